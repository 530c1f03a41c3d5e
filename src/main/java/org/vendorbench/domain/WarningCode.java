package org.vendorbench.domain;

/**
 * Warning codes of the response importer (workbook-format.md §4, §3 and §8), plus
 * {@link #SUSPICIOUS_TEXT}, which the contract does not name: text that hid bidi overrides or
 * zero-width characters (removed) or ran past what an Excel cell holds (cut). It gets a code of its
 * own so that no reader mistakes it for a dropped qualifier (docs/normalisation.md).
 */
public enum WarningCode {
    QUALIFIED_VALUE, UNREADABLE_VALUE, UNKNOWN_QUESTION, DUPLICATE_QUESTION, MISSING_ANSWER,
    MISSING_KPI, MISSING_PRICING_ITEM, FOREIGN_CURRENCY, RFP_MISMATCH, MISSING_COVER, FORMAT_VERSION,
    SUSPICIOUS_TEXT
}
