package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.Invoice;
import org.vendorbench.domain.monitoring.InvoiceReport;

class InvoiceReaderTest {
    @TempDir Path dir;

    private Path write(String sheet, Object[][] rows) throws Exception {
        Path f = dir.resolve("inv" + rows.length + sheet.length() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Invoices of CareLine");
            Sheet s = wb.createSheet(sheet);
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                    else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else cell.setCellValue(v.toString());
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void readsSynonymHeadersMonthsAsTextOrDatesAndAddsUpLinesOfOneComponent() throws Exception {
        Path f = write("Invoices 2027", new Object[][] {
                {"Billing month", "Description", "Category", "Total"},
                {"2027-01", "usage", "Fees", "$41,000.00"},
                {LocalDate.of(2027, 1, 20), "credit note", "Service fees", 1_000},
                {"2027-01", "", "Onboarding", "25,000 USD"},
                {"2027-02", "", "fees", 43_500.5},
                {"2027-02", "", "Training", 900}});
        InvoiceReport r = InvoiceReader.read(f, "USD");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.lines()).isEqualTo(5);
        assertThat(r.months()).containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2));
        assertThat(r.invoices()).containsExactly(
                new Invoice(YearMonth.of(2027, 1), CostComponent.FEES, 42_000),
                new Invoice(YearMonth.of(2027, 1), CostComponent.OTHER, 25_000),
                new Invoice(YearMonth.of(2027, 2), CostComponent.FEES, 43_500.5),
                new Invoice(YearMonth.of(2027, 2), CostComponent.RETRAINING, 900));
    }

    @Test
    void unreadableRowsAreSkippedWithTheirCellAndForeignAmountsWarned() throws Exception {
        Path f = write("Invoices", new Object[][] {
                {"Month", "Component", "Amount"},
                {"March", "fees", 10},
                {"2027-03", "pizza", 10},
                {"2027-03", "fees", "about ten"},
                {"2027-03", "fees", -5},
                {"2027-03", "governance", "EUR 500"},
                {"2027-03", "other", 7}});
        InvoiceReport r = InvoiceReader.read(f, "USD");
        assertThat(r.invoices()).containsExactly(new Invoice(YearMonth.of(2027, 3), CostComponent.GOVERNANCE, 500),
                new Invoice(YearMonth.of(2027, 3), CostComponent.OTHER, 7));
        assertThat(r.warnings()).extracting(w -> w.code() + " " + w.sheet() + "!" + w.cell()).containsExactly(
                "UNREADABLE_VALUE Invoices!A2", "UNREADABLE_VALUE Invoices!B3", "UNREADABLE_VALUE Invoices!C4",
                "UNREADABLE_VALUE Invoices!C5", "FOREIGN_CURRENCY Invoices!C6");
        assertThat(r.warnings().get(1).message()).contains("pizza");
        assertThat(r.warnings().get(3).message()).contains("negative");
    }

    @Test
    void aWorkbookWithoutInvoicesOrWithoutReadableLinesIsRefusedNamingTheFile() throws Exception {
        Path none = write("KPI Report", new Object[][] {{"Month", "FCR"}, {"2027-01", 80}});
        assertThatThrownBy(() -> InvoiceReader.read(none, "USD")).isInstanceOf(RefusedException.class)
                .hasMessageContaining(none.getFileName().toString()).hasMessageContaining("no sheet 'Invoices'");
        Path empty = write("Invoices", new Object[][] {{"Month", "Component", "Amount"}, {"2027-01", "nothing", 5}});
        assertThatThrownBy(() -> InvoiceReader.read(empty, "USD")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("sheet Invoices: no invoice line could be read");
    }
}
