package org.vendorbench.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.domain.monitoring.KpiReport;
import org.vendorbench.domain.monitoring.KpiTerm;
import org.vendorbench.domain.monitoring.MonthlyAggregator;
import org.vendorbench.domain.monitoring.MonthlyValue;
import org.vendorbench.domain.monitoring.WeeklyValue;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.Normalized;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * Reads the vendor's monthly KPI report (sheet {@code KPI Report}, found like the other sheets:
 * exact name, then a name starting with it, then any sheet with the header row).
 *
 * <ul>
 *   <li><b>Layout by headers.</b> A header row with {@code KPI ID} and {@code Value} is the long
 *       layout (one row per period and KPI); otherwise every header that is a contract KPI ID is a
 *       value column (wide layout). Other headers are ignored; a header that looks like a KPI ID
 *       ({@code K-...}) but is not in the contract is warned about.</li>
 *   <li><b>Periods.</b> {@code Month} holds {@code YYYY-MM} text or a date. A row is weekly when a
 *       {@code Week} column holds a date on that row (the week belongs to the month of that date),
 *       or when the Month date is not the 1st of a month. Weekly rows of one month and KPI are
 *       averaged by {@link MonthlyAggregator}: weighted by {@code Calls} when every such row has a
 *       positive call volume, else plainly. A month reported both as a month row and as weekly
 *       rows keeps the month row (warned).</li>
 *   <li><b>Values</b> are normalised per KPI unit like commitments ({@code ValueNormalizer.normalizeKpi});
 *       blank cells are skipped, unreadable ones warned with their cell address.</li>
 * </ul>
 */
public final class KpiReportReader {
    static final TableSpec SPEC = new TableSpec("KPI Report",
            List.of(TableSpec.col("Month", "Period", "Reporting month"), TableSpec.col("Week", "Week of", "Week start"),
                    TableSpec.col("KPI ID", "KPI"), TableSpec.col("Value", "Actual", "Result"),
                    TableSpec.col("Calls", "Call volume", "Volume", "Calls handled")),
            List.of(List.of("Month", "Week")));

    private KpiReportReader() {}

    /** Reads {@code file}; refused (one line naming the file and sheet) when no value can be read. */
    public static KpiReport read(Path file, List<KpiTerm> terms) throws RefusedException {
        WorkbookGrid wb = WorkbookLoader.load(file, null);
        String name = wb.fileName();
        Table t = SheetFinder.find(wb, SPEC, Set.of()).orElseThrow(() -> new RefusedException(
                name + ": no sheet 'KPI Report' with a Month (or Week) header row"));
        Warnings w = new Warnings();
        ValueNormalizer norm = new ValueNormalizer(null);
        boolean longLayout = t.has("KPI ID") && t.has("Value");
        Map<String, Integer> kpiColumns = longLayout ? Map.of() : kpiColumns(t, terms, w);
        if (!longLayout && kpiColumns.isEmpty()) {
            throw new RefusedException(name + ", sheet " + t.sheetName() + ": row " + (t.headerRow() + 1)
                    + " has neither KPI ID/Value columns nor a column named after a contract KPI ("
                    + String.join(", ", terms.stream().map(KpiTerm::kpiId).toList()) + ")");
        }
        List<Row> rows = new ArrayList<>();
        Map<LocalDate, Double> callsByDate = new TreeMap<>();
        for (int r : t.dataRows()) {
            if (t.isSkippable(r)) continue;
            Period p = period(t, r, w);
            if (p == null) continue;
            Double calls = calls(t, r, w);
            if (calls != null) callsByDate.merge(p.date(), calls, Math::max);
            if (longLayout) {
                String id = t.text(r, "KPI ID");
                KpiTerm term = term(terms, id);
                if (term == null) {
                    if (!id.isEmpty()) w.add(WarningCode.UNKNOWN_QUESTION, t.sheetName(), t.address(r, "KPI ID"),
                            "KPI '" + id + "' is not in the contract; row ignored");
                    continue;
                }
                Double v = value(norm, term, t.cell(r, "Value"), t.sheetName(), t.address(r, "Value"), w);
                if (v != null) rows.add(new Row(p, term.kpiId(), v, calls, t.address(r, "Value")));
            } else {
                for (Map.Entry<String, Integer> e : kpiColumns.entrySet()) {
                    KpiTerm term = term(terms, e.getKey());
                    String at = t.sheet().address(r, e.getValue());
                    Double v = value(norm, term, t.sheet().cell(r, e.getValue()), t.sheetName(), at, w);
                    if (v != null) rows.add(new Row(p, term.kpiId(), v, calls, at));
                }
            }
        }
        List<MonthlyValue> values = aggregate(rows, t.sheetName(), w);
        if (values.isEmpty()) throw new RefusedException(name + ", sheet " + t.sheetName() + ": no KPI value could be read");
        Map<YearMonth, Double> calls = new TreeMap<>();
        callsByDate.forEach((d, c) -> calls.merge(YearMonth.from(d), c, Double::sum));
        for (KpiTerm term : terms) {
            if (values.stream().noneMatch(v -> Fold.same(v.kpiId(), term.kpiId()))) {
                w.add(WarningCode.MISSING_KPI, t.sheetName(), null, "KPI " + term.kpiId() + " is not in the report");
            }
        }
        return new KpiReport(name, longLayout ? "long" : "wide", values, calls, w.list());
    }

    private record Period(LocalDate date, boolean weekly) {}

    private record Row(Period period, String kpiId, double value, Double calls, String cell) {}

    private static Map<String, Integer> kpiColumns(Table t, List<KpiTerm> terms, Warnings w) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Set<Integer> claimed = new java.util.HashSet<>(t.columns().values());
        for (int c : t.sheet().columns(t.headerRow())) {
            if (claimed.contains(c)) continue;
            CellValue h = t.sheet().cell(t.headerRow(), c);
            if (h.isBlank()) continue;
            String text = h.displayed() == null ? "" : h.displayed().strip();
            KpiTerm term = term(terms, text);
            if (term != null) {
                out.putIfAbsent(term.kpiId(), c);
            } else if (Fold.fold(text).startsWith("k-")) {
                w.add(WarningCode.UNKNOWN_QUESTION, t.sheetName(), t.sheet().address(t.headerRow(), c),
                        "column '" + text + "' is not a contract KPI; ignored");
            }
        }
        return out;
    }

    private static KpiTerm term(List<KpiTerm> terms, String id) {
        return terms.stream().filter(k -> Fold.same(k.kpiId(), id)).findFirst().orElse(null);
    }

    private static Period period(Table t, int r, Warnings w) {
        CellValue week = t.cell(r, "Week");
        if (!week.isBlank()) {
            LocalDate d = date(week);
            if (d == null) {
                w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), t.address(r, "Week"),
                        "'" + week.displayed() + "' is not a date; row ignored");
                return null;
            }
            return new Period(d, true);
        }
        CellValue month = t.cell(r, "Month");
        if (month.isBlank()) return null;
        if (month.kind() == CellValue.Kind.STRING) {
            try {
                return new Period(YearMonth.parse(month.text().strip()).atDay(1), false);
            } catch (DateTimeParseException notYearMonth) {
                // fall through to a full date
            }
        }
        LocalDate d = date(month);
        if (d == null) {
            w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), t.address(r, "Month"),
                    "'" + month.displayed() + "' is not a month (YYYY-MM) or a date; row ignored");
            return null;
        }
        return new Period(d, d.getDayOfMonth() != 1);
    }

    private static LocalDate date(CellValue cell) {
        try {
            String iso = ValueNormalizer.parseDate(cell);
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Double calls(Table t, int r, Warnings w) {
        if (!t.has("Calls")) return null;
        CellValue c = t.cell(r, "Calls");
        if (c.isBlank()) return null;
        Double n = ValueNormalizer.parseNumber(c);
        if (n == null || n < 0 || n.isNaN() || n.isInfinite()) {
            w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), t.address(r, "Calls"),
                    "Calls '" + c.displayed() + "' is not a call count; the row is not weighted");
            return null;
        }
        return n;
    }

    private static Double value(ValueNormalizer norm, KpiTerm term, CellValue cell, String sheet, String at, Warnings w) {
        if (cell.isBlank()) return null;
        Normalized n = norm.normalizeKpi(cell, term.unit(), null);
        w.addIssues(n, term.kpiId(), sheet, at);
        if (n.status() == AnswerStatus.ANSWERED && n.number() != null) return n.number();
        if (n.issues().stream().noneMatch(i -> i.code() == WarningCode.UNREADABLE_VALUE)) {
            w.add(WarningCode.UNREADABLE_VALUE, sheet, at, term.kpiId() + ": '" + cell.displayed()
                    + "' cannot be read as " + term.unit().valueType);
        }
        return null;
    }

    /** Month rows win over weekly rows of the same month and KPI; duplicates keep the first row. */
    private static List<MonthlyValue> aggregate(List<Row> rows, String sheet, Warnings w) {
        Map<String, Row> monthRows = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.period().weekly()) continue;
            String key = key(YearMonth.from(r.period().date()), r.kpiId());
            if (monthRows.putIfAbsent(key, r) != null) {
                w.add(WarningCode.DUPLICATE_QUESTION, sheet, r.cell(), r.kpiId() + " " + YearMonth.from(r.period().date())
                        + " is reported twice; the first row is used");
            }
        }
        List<WeeklyValue> weeks = new ArrayList<>();
        Map<String, Boolean> warned = new HashMap<>();
        for (Row r : rows) {
            if (!r.period().weekly()) continue;
            String key = key(YearMonth.from(r.period().date()), r.kpiId());
            if (monthRows.containsKey(key)) {
                if (warned.put(key, true) == null) {
                    w.add(WarningCode.DUPLICATE_QUESTION, sheet, r.cell(), r.kpiId() + " "
                            + YearMonth.from(r.period().date()) + " has a month row and weekly rows; the month row is used");
                }
                continue;
            }
            weeks.add(new WeeklyValue(r.period().date(), r.kpiId(), r.value(), r.calls()));
        }
        List<MonthlyValue> out = new ArrayList<>(MonthlyAggregator.aggregate(weeks));
        for (Row r : monthRows.values()) {
            out.add(new MonthlyValue(YearMonth.from(r.period().date()), r.kpiId(), r.value(), 1));
        }
        out.sort(java.util.Comparator.comparing(MonthlyValue::month).thenComparing(m -> Fold.fold(m.kpiId())));
        return out;
    }

    private static String key(YearMonth m, String kpiId) {
        return m + "\u0000" + Fold.fold(kpiId);
    }
}
