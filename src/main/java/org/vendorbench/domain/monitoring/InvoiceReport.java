package org.vendorbench.domain.monitoring;

import java.time.YearMonth;
import java.util.List;
import org.vendorbench.domain.ImportWarning;

/**
 * An {@code Invoices} sheet after reading: the amounts per month and cost component (several lines
 * of one month and component already added up), how many lines were read, and the importer's
 * warnings (codes and cell addresses as for responses). Importing it replaces the invoices of
 * every month it covers.
 */
public record InvoiceReport(String fileName, List<Invoice> invoices, int lines, List<ImportWarning> warnings) {
    public InvoiceReport {
        invoices = List.copyOf(invoices);
        warnings = List.copyOf(warnings);
    }

    /** The months the sheet covers, ascending. */
    public List<YearMonth> months() {
        return invoices.stream().map(Invoice::month).distinct().sorted().toList();
    }
}
