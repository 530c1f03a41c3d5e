package org.vendorbench.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.workbook.AtomicFileWriter;

/**
 * Generates {@code sample-rfps/kpi-report-2027.xlsx}: the twelve monthly KPI reports (2027-01 to
 * 2027-12) of the demo's signed vendor, CareLine Partners, with its invoices. It tells the
 * article's fifth mistake: after go-live, performance slides toward the contractual minimum.
 *
 * <ul>
 *   <li>Sheet {@code KPI Report}, wide layout: {@code Month}, {@code Week}, {@code Calls}, then one
 *       column per contract KPI ID. January to October are month rows; November and December are
 *       reported per week (a {@code Week} date per row, with the week's calls), which the importer
 *       averages into the month weighted by calls.</li>
 *   <li>FCR is below its remediation threshold (75 %) in October and November, abandonment above
 *       its threshold (7 %) in September and October: two remediation items.</li>
 *   <li>ASA passes its exit threshold (60 s) once, in August (a telephony outage): an exit right,
 *       no remediation (one month only).</li>
 *   <li>Agent attrition rises four months running from August to December without reaching its
 *       remediation threshold (6 %): a rising trend flagged before the breach.</li>
 *   <li>Sheet {@code Invoices} ({@code Month}, {@code Component}, {@code Amount}, {@code Description}):
 *       fees billed on the calls handled plus the repeat calls of unresolved ones, so falling FCR
 *       shows as fees above the forecast; monthly retraining, internal governance time, and the
 *       one-off onboarding lines in January (several lines of one month and component add up).</li>
 * </ul>
 *
 * <p>Run: {@code main(new String[] {"sample-rfps"})}; {@code SampleKpiReportTest} checks that the
 * committed file holds exactly what this class writes and that it tells the story above.
 */
public final class SampleKpiReportGenerator {
    public static final String FILE = "kpi-report-2027.xlsx";
    public static final YearMonth FIRST = YearMonth.of(2027, 1);
    public static final int MONTHS = 12;
    /** KPI column order (the RFP's order). */
    public static final List<String> KPIS = List.of("FCR", "ASA", "ABANDON", "FILL", "CSAT", "HIPAA", "ATTRITION", "ACW");

    /** The month's value of each KPI (for weekly months: the centre the weeks scatter around). */
    static final Map<String, double[]> MONTHLY = new LinkedHashMap<>();

    static {
        MONTHLY.put("FCR", new double[] {85, 84.5, 83.6, 82.8, 81.9, 80.7, 79.4, 77.8, 76.2, 74.5, 74.0, 76.1});
        MONTHLY.put("ASA", new double[] {24, 25, 26, 27, 28, 30, 32, 63, 36, 34, 35, 37});
        MONTHLY.put("ABANDON", new double[] {3.0, 3.1, 3.4, 3.8, 4.3, 4.9, 5.6, 6.4, 7.3, 7.8, 6.6, 6.1});
        MONTHLY.put("FILL", new double[] {89, 88.5, 88, 87.2, 86.4, 86, 85.1, 84.7, 84, 83.2, 83.9, 84.2});
        MONTHLY.put("CSAT", new double[] {91, 90.4, 90, 89.1, 88.3, 87.9, 87, 86.2, 85.1, 84.0, 84.4, 85.2});
        MONTHLY.put("HIPAA", new double[] {0, 0, 0, 0, 0, 0.05, 0, 0, 0, 0, 0, 0});
        MONTHLY.put("ATTRITION", new double[] {3.0, 3.1, 2.9, 3.2, 3.0, 3.3, 3.5, 3.4, 3.8, 4.4, 5.1, 5.7});
        MONTHLY.put("ACW", new double[] {84, 85, 86, 88, 90, 92, 95, 97, 99, 101, 100, 98});
    }

    /** Calls of the month rows (January to October). */
    static final int[] CALLS = {11_800, 12_100, 12_400, 12_300, 12_600, 12_500, 12_900, 13_200, 13_100, 13_400};
    /** Months (0-based) reported per week. */
    static final List<Integer> WEEKLY_MONTHS = List.of(10, 11);
    /** Calls of each Monday-dated week of November (5 weeks) and December (4 weeks). */
    static final int[][] WEEK_CALLS = {{2_700, 3_150, 3_300, 3_050, 1_400}, {3_200, 3_350, 3_100, 2_250}};
    /** How each week departs from the month's centre, in units of the KPI's spread. */
    static final double[][] WEEK_OFFSETS = {{1.0, 0.3, -0.6, -0.4, 0.8}, {0.6, -0.2, -0.5, 0.4}};
    /** Weekly scatter per KPI (0: the vendor repeats the monthly figure each week). */
    static final Map<String, Double> SPREAD = Map.of("FCR", 1.0, "ASA", 3.0, "ABANDON", 0.5, "FILL", 0.8,
            "CSAT", 0.7, "HIPAA", 0.0, "ATTRITION", 0.0, "ACW", 4.0);

    /** Contract prices of CareLine Partners (sample vendor): per-minute rate, billable minutes per call. */
    static final double RATE = 0.95, MINUTES_PER_CALL = 4, AGENTS = 20, TRAINING_PER_AGENT = 1_500, HOURLY = 60;

    private SampleKpiReportGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-rfps");
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        AtomicFileWriter.write(file, build());
        System.out.println("wrote " + file);
    }

    /** One row of sheet {@code KPI Report}: a month row ({@code week} null) or a weekly row. */
    public record ReportRow(YearMonth month, LocalDate week, int calls, Map<String, Double> values) {}

    /** One line of sheet {@code Invoices}. */
    public record InvoiceLine(YearMonth month, String component, double amount, String description) {}

    /** The report rows in sheet order. */
    public static List<ReportRow> reportRows() {
        List<ReportRow> rows = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = FIRST.plusMonths(m);
            int w = WEEKLY_MONTHS.indexOf(m);
            if (w < 0) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (String k : KPIS) values.put(k, MONTHLY.get(k)[m]);
                rows.add(new ReportRow(month, null, CALLS[m], values));
                continue;
            }
            List<LocalDate> mondays = mondays(month);
            for (int i = 0; i < mondays.size(); i++) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (String k : KPIS) {
                    double v = MONTHLY.get(k)[m] + WEEK_OFFSETS[w][i] * SPREAD.get(k);
                    values.put(k, Math.round(v * 10) / 10.0);
                }
                rows.add(new ReportRow(month, mondays.get(i), WEEK_CALLS[w][i], values));
            }
        }
        return rows;
    }

    /** The Mondays of a month (the vendor dates each week by its Monday). */
    static List<LocalDate> mondays(YearMonth month) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
             !d.isAfter(month.atEndOfMonth()); d = d.plusWeeks(1)) {
            out.add(d);
        }
        return out;
    }

    /** The month's calls: the month row's, or the sum of its weeks. */
    public static int monthCalls(YearMonth month) {
        return reportRows().stream().filter(r -> r.month().equals(month)).mapToInt(ReportRow::calls).sum();
    }

    /** The month's value of a KPI as the importer computes it: the month row, or the call-weighted mean of the weeks. */
    public static double monthValue(YearMonth month, String kpi) {
        double num = 0, den = 0;
        for (ReportRow r : reportRows()) {
            if (!r.month().equals(month)) continue;
            num += r.calls() * r.values().get(kpi);
            den += r.calls();
        }
        return num / den;
    }

    /** The invoice lines in sheet order. */
    public static List<InvoiceLine> invoices() {
        List<InvoiceLine> out = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = FIRST.plusMonths(m);
            int calls = monthCalls(month);
            double fcr = monthValue(month, "FCR");
            // every unresolved call comes back once and is billed again
            double billed = calls * (1 + (100 - fcr) / 100);
            out.add(new InvoiceLine(month, "Fees", cents(RATE * MINUTES_PER_CALL * billed),
                    String.format(java.util.Locale.ROOT, "%,.0f billed calls x %.0f min x $%.2f", billed, MINUTES_PER_CALL, RATE)));
            if (m == 0) {
                out.add(new InvoiceLine(month, "Other", 25_000, "Onboarding fee"));
                out.add(new InvoiceLine(month, "Other", AGENTS * TRAINING_PER_AGENT, "Initial training, 20 agents"));
                out.add(new InvoiceLine(month, "Other", 140 * HOURLY, "Internal onboarding time, 140 h"));
            }
            double attrition = monthValue(month, "ATTRITION");
            out.add(new InvoiceLine(month, "Retraining", cents(AGENTS * attrition / 100 * TRAINING_PER_AGENT),
                    String.format(java.util.Locale.ROOT, "Replacement agents trained (attrition %.1f %%)", attrition)));
            int hours = m >= 8 ? 22 : 16; // remediation meetings from September
            out.add(new InvoiceLine(month, "Governance", hours * HOURLY, "Internal review time, " + hours + " h"));
        }
        return out;
    }

    private static double cents(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The workbook. */
    public static XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.0#"));
        CellStyle count = wb.createCellStyle();
        count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("$#,##0.00"));

        Sheet s = wb.createSheet("KPI Report");
        List<String> headers = new ArrayList<>(List.of("Month", "Week", "Calls"));
        headers.addAll(KPIS);
        headerRow(s, headers, header);
        int r = 1;
        for (ReportRow row : reportRows()) {
            Row x = s.createRow(r++);
            x.createCell(0).setCellValue(row.month().toString());
            if (row.week() != null) {
                Cell c = x.createCell(1);
                c.setCellValue(row.week());
                c.setCellStyle(date);
            }
            Cell calls = x.createCell(2);
            calls.setCellValue(row.calls());
            calls.setCellStyle(count);
            int col = 3;
            for (String k : KPIS) {
                Cell c = x.createCell(col++);
                c.setCellValue(row.values().get(k));
                c.setCellStyle(decimal);
            }
        }
        for (int c = 0; c < headers.size(); c++) s.setColumnWidth(c, c < 2 ? 12 * 256 : 10 * 256);

        Sheet inv = wb.createSheet("Invoices");
        headerRow(inv, List.of("Month", "Component", "Amount", "Description"), header);
        r = 1;
        for (InvoiceLine line : invoices()) {
            Row x = inv.createRow(r++);
            x.createCell(0).setCellValue(line.month().toString());
            x.createCell(1).setCellValue(line.component());
            Cell a = x.createCell(2);
            a.setCellValue(line.amount());
            a.setCellStyle(money);
            x.createCell(3).setCellValue(line.description());
        }
        inv.setColumnWidth(0, 10 * 256);
        inv.setColumnWidth(1, 12 * 256);
        inv.setColumnWidth(2, 14 * 256);
        inv.setColumnWidth(3, 48 * 256);
        return wb;
    }

    private static void headerRow(Sheet s, List<String> headers, CellStyle style) {
        Row h = s.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(style);
        }
        s.createFreezePane(0, 1);
    }
}
