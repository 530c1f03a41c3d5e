package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.domain.monitoring.KpiReport;
import org.vendorbench.domain.monitoring.KpiTerm;
import org.vendorbench.domain.monitoring.MonthlyValue;

class KpiReportReaderTest {
    @TempDir
    Path dir;

    static final List<KpiTerm> TERMS = List.of(
            new KpiTerm("K-FCR", "First call resolution", KpiUnit.PERCENT, Direction.HIGHER, 85, 80.0, 75, 85.0),
            new KpiTerm("K-ASA", "Average speed of answer", KpiUnit.SECONDS, Direction.LOWER, 30, 45.0, 60, 25.0));

    private Path write(String sheetName, Object[][] rows) throws Exception {
        Path f = dir.resolve(sheetName.replace(' ', '_') + rows.length + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) continue;
                    var cell = row.createCell(c);
                    if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                    else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else cell.setCellValue(v.toString());
                }
            }
            wb.write(out);
        }
        return f;
    }

    private static double value(KpiReport r, String month, String kpi) {
        return r.values().stream().filter(v -> v.month().equals(YearMonth.parse(month)) && v.kpiId().equals(kpi))
                .mapToDouble(MonthlyValue::value).findFirst().orElseThrow();
    }

    @Test
    void wideLayoutWithMonthTextAndCallWeightedWeeks() throws Exception {
        Path f = write("KPI Report", new Object[][] {
                {"Month", "Week", "Calls", "K-FCR", "K-ASA", "Notes"},
                {"2027-01", null, 40000, "86%", "28 s", "fine"},
                {"2027-02", LocalDate.of(2027, 2, 1), 10000, 84, 30},
                {"2027-02", LocalDate.of(2027, 2, 8), 30000, 80, 40},
                {"2027-03", null, 41000, 0.83, "n/a"}});
        KpiReport r = KpiReportReader.read(f, TERMS);
        assertThat(r.layout()).isEqualTo("wide");
        assertThat(r.months()).containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3));
        assertThat(value(r, "2027-01", "K-FCR")).isEqualTo(86);
        assertThat(value(r, "2027-01", "K-ASA")).isEqualTo(28);
        // (84 × 10000 + 80 × 30000) / 40000 = 81
        assertThat(value(r, "2027-02", "K-FCR")).isCloseTo(81, within(1e-9));
        assertThat(value(r, "2027-02", "K-ASA")).isCloseTo(37.5, within(1e-9));
        assertThat(r.values().stream().filter(v -> v.month().equals(YearMonth.of(2027, 2))))
                .allSatisfy(v -> assertThat(v.sourceRows()).isEqualTo(2));
        assertThat(value(r, "2027-03", "K-FCR")).as("0.83 in percent units").isCloseTo(83, within(1e-9));
        assertThat(r.calls()).containsEntry(YearMonth.of(2027, 2), 40000.0).containsEntry(YearMonth.of(2027, 1), 40000.0);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
            assertThat(w.sheet()).isEqualTo("KPI Report");
            assertThat(w.cell()).isEqualTo("E5");
        });
    }

    @Test
    void longLayoutWithDatesThatAreNotMonthStartsIsWeeklyAndUnweightedWithoutCalls() throws Exception {
        Path f = write("KPI Report 2027", new Object[][] {
                {"Vendor report"},
                {"Month", "KPI ID", "Value"},
                {LocalDate.of(2027, 1, 1), "K-FCR", 86},
                {LocalDate.of(2027, 1, 1), "k-asa", 29},
                {LocalDate.of(2027, 2, 5), "K-FCR", 80},
                {LocalDate.of(2027, 2, 12), "K-FCR", 84},
                {LocalDate.of(2027, 2, 1), "K-XYZ", 1}});
        KpiReport r = KpiReportReader.read(f, TERMS);
        assertThat(r.layout()).isEqualTo("long");
        assertThat(value(r, "2027-01", "K-ASA")).isEqualTo(29);
        assertThat(value(r, "2027-02", "K-FCR")).isCloseTo(82, within(1e-9));
        assertThat(r.calls()).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.UNKNOWN_QUESTION);
            assertThat(w.cell()).isEqualTo("B7");
        });
    }

    @Test
    void aMonthRowWinsOverWeeksOfTheSameMonth() throws Exception {
        Path f = write("KPI Report", new Object[][] {
                {"Month", "Week", "K-FCR"},
                {"2027-01", null, 86},
                {null, LocalDate.of(2027, 1, 11), 70}});
        KpiReport r = KpiReportReader.read(f, TERMS);
        assertThat(value(r, "2027-01", "K-FCR")).isEqualTo(86);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo(WarningCode.DUPLICATE_QUESTION));
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.MISSING_KPI);
            assertThat(w.message()).contains("K-ASA");
        });
    }

    @Test
    void aWorkbookWithoutAReportOrValuesIsRefusedWithItsName() throws Exception {
        Path none = write("Other", new Object[][] {{"Foo", "Bar"}, {1, 2}});
        assertThatThrownBy(() -> KpiReportReader.read(none, TERMS)).isInstanceOf(RefusedException.class)
                .hasMessageContaining(none.getFileName().toString()).hasMessageContaining("KPI Report");
        Path noKpi = write("KPI Report", new Object[][] {{"Month", "Foo"}, {"2027-01", 2}});
        assertThatThrownBy(() -> KpiReportReader.read(noKpi, TERMS)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("K-FCR, K-ASA");
        Path empty = write("KPI Report", new Object[][] {{"Month", "K-FCR"}, {"2027-01", "n/a"}});
        assertThatThrownBy(() -> KpiReportReader.read(empty, TERMS)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("no KPI value");
    }
}
