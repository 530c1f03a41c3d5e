package org.vendorbench.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.Invoice;
import org.vendorbench.domain.monitoring.InvoiceReport;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.Normalized;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * Reads the signed vendor's invoices from a sheet {@code Invoices} (found like the other sheets:
 * exact name, then a name starting with it, then any sheet with the header row), one line per row:
 * {@code Month} ({@code YYYY-MM} text or any date of the month), {@code Component}
 * ({@link CostComponent#fromLabel}: fees, retraining, governance, other and their synonyms) and
 * {@code Amount} (read like a CURRENCY answer: {@code $41,000.00}, {@code 41 000 USD}, a number;
 * another currency is kept unconverted with a FOREIGN_CURRENCY warning). Other columns
 * (descriptions) are ignored. Lines of one month and component are added up. A row that cannot be
 * read (month, component, amount, a negative amount) is skipped with a warning naming its cell.
 */
public final class InvoiceReader {
    static final TableSpec SPEC = new TableSpec("Invoices",
            List.of(TableSpec.col("Month", "Period", "Invoice month", "Billing month", "Billing period"),
                    TableSpec.col("Component", "Cost component", "Category", "Cost type", "Type", "Item"),
                    TableSpec.col("Amount", "Invoiced", "Invoice amount", "Total", "Cost", "Amount invoiced")),
            List.of(List.of("Month"), List.of("Component"), List.of("Amount")));

    private InvoiceReader() {}

    /**
     * Reads {@code file}; refused (one line naming the file and sheet) when it has no Invoices
     * sheet or no line can be read.
     *
     * @param currency the contract currency (ISO 4217); amounts in another one are warned about
     */
    public static InvoiceReport read(Path file, String currency) throws RefusedException {
        WorkbookGrid wb = WorkbookLoader.load(file, null);
        String name = wb.fileName();
        Table t = SheetFinder.find(wb, SPEC, Set.of()).orElseThrow(() -> new RefusedException(
                name + ": no sheet 'Invoices' with a Month, Component and Amount header row"));
        Warnings w = new Warnings();
        ValueNormalizer norm = new ValueNormalizer(currency);
        Map<YearMonth, Map<CostComponent, Double>> sums = new TreeMap<>();
        int lines = 0;
        for (int r : t.dataRows()) {
            if (t.isSkippable(r)) continue;
            YearMonth month = month(t, r, w);
            CostComponent component = component(t, r, w);
            Double amount = amount(norm, t, r, w);
            if (month == null || component == null || amount == null) continue;
            sums.computeIfAbsent(month, k -> new EnumMap<>(CostComponent.class)).merge(component, amount, Double::sum);
            lines++;
        }
        if (lines == 0) throw new RefusedException(name + ", sheet " + t.sheetName() + ": no invoice line could be read");
        List<Invoice> invoices = new ArrayList<>();
        sums.forEach((m, byComponent) -> byComponent.forEach((c, a) -> invoices.add(new Invoice(m, c, a))));
        return new InvoiceReport(name, invoices, lines, w.list());
    }

    /** {@code YYYY-MM} text or a date (its month); null, warned, otherwise. */
    static YearMonth month(Table t, int r, Warnings w) {
        CellValue cell = t.cell(r, "Month");
        if (cell.isBlank()) {
            w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), t.address(r, "Month"), "the month is blank; row ignored");
            return null;
        }
        if (cell.kind() == CellValue.Kind.STRING) {
            try {
                return YearMonth.parse(cell.text().strip());
            } catch (DateTimeParseException notYearMonth) {
                // a full date below
            }
        }
        try {
            String iso = ValueNormalizer.parseDate(cell);
            if (iso != null) return YearMonth.from(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            // warned below
        }
        w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), t.address(r, "Month"),
                "'" + cell.displayed() + "' is not a month (YYYY-MM) or a date; row ignored");
        return null;
    }

    private static CostComponent component(Table t, int r, Warnings w) {
        String text = t.text(r, "Component");
        CostComponent c = CostComponent.fromLabel(text);
        if (c == null) {
            w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), t.address(r, "Component"), "component '" + text
                    + "' is not fees, retraining, governance or other; row ignored");
        }
        return c;
    }

    private static Double amount(ValueNormalizer norm, Table t, int r, Warnings w) {
        CellValue cell = t.cell(r, "Amount");
        String at = t.address(r, "Amount");
        if (cell.isBlank()) {
            w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), at, "the amount is blank; row ignored");
            return null;
        }
        Normalized n = norm.normalize(cell, QuestionType.CURRENCY, List.of(), null);
        w.addIssues(n, "Amount", t.sheetName(), at);
        if (n.status() != AnswerStatus.ANSWERED || n.number() == null) {
            if (n.issues().stream().noneMatch(i -> i.code() == WarningCode.UNREADABLE_VALUE)) {
                w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), at, "'" + cell.displayed() + "' is not an amount; row ignored");
            }
            return null;
        }
        if (n.number() < 0 || !Double.isFinite(n.number())) {
            w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), at, "the amount " + cell.displayed()
                    + " is negative; enter credits as a lower amount of the month; row ignored");
            return null;
        }
        return n.number();
    }
}
