package org.vendorbench.domain;

/** Warning codes of the response importer (workbook-format.md §4, §3 and §8). */
public enum WarningCode {
    QUALIFIED_VALUE, UNREADABLE_VALUE, UNKNOWN_QUESTION, DUPLICATE_QUESTION, MISSING_ANSWER,
    MISSING_KPI, MISSING_PRICING_ITEM, FOREIGN_CURRENCY, RFP_MISMATCH, MISSING_COVER, FORMAT_VERSION
}
