package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.Invoice;
import org.vendorbench.store.Workspace;

/** invoice import and governance / governance done on the sample RFP with CareLine signed. */
class GovernanceInvoiceCommandsTest {
    @TempDir Path dir;
    Path ws;

    @BeforeEach
    void signedWorkspace() throws Exception {
        ws = dir.resolve("eval.vbench");
        CliRun.workspaceWithCareline(ws);
        CliRun sign = run("sign", ws.toString(), "--vendor", "careline partners", "--go-live", "2027-01-01");
        assertThat(sign.code()).as(sign.err()).isZero();
    }

    private Path invoices(String name, Object[][] rows) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Invoices");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue(rows[r][c].toString());
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void reimportingAMonthReplacesItsLinesAndKeepsTheOldOnesInTheAudit() throws Exception {
        Path first = invoices("jan-feb.xlsx", new Object[][] {{"Month", "Component", "Amount"},
                {"2027-01", "fees", 52_000}, {"2027-01", "onboarding", 25_000}, {"2027-02", "fees", 53_000},
                {"2027-02", "pizza", 1}});
        CliRun r = run("invoice", "import", ws.toString(), first.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 3 invoice lines as 3 amounts for 2 months (2027-01 to 2027-02)")
                .contains("warning UNREADABLE_VALUE Invoices!B5");
        Path corrected = invoices("jan.xlsx", new Object[][] {{"Month", "Component", "Amount"}, {"2027-01", "fees", 51_500}});
        assertThat(run("invoice", "import", ws.toString(), corrected.toString(), "--reason", "credit note").code()).isZero();
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.invoices()).containsExactly(new Invoice(YearMonth.of(2027, 1), CostComponent.FEES, 51_500),
                    new Invoice(YearMonth.of(2027, 2), CostComponent.FEES, 53_000));
            var audit = w.auditEntries().stream().filter(e -> e.entity().equals("invoice/2027-01")).toList();
            assertThat(audit).extracting(e -> e.action()).containsExactly("import", "replace");
            assertThat(audit.get(1).oldValue()).contains("25000").contains("52000");
            assertThat(audit.get(1).reason()).isEqualTo("credit note");
        }
        // the single-amount form still works next to the subcommand
        assertThat(run("invoice", ws.toString(), "--month", "2027-03", "--component", "fees", "--amount", "1").code()).isZero();
        assertThat(run("invoice", ws.toString(), "--month", "2027-03").code()).isEqualTo(ExitCodes.USAGE);
        CliRun none = run("invoice", "import", ws.toString(), Path.of("sample-rfps/mcc-rfp.xlsx").toString());
        assertThat(none.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(none.err()).contains("mcc-rfp.xlsx: no sheet 'Invoices'");
    }

    @Test
    void doneReviewsShowInTheCalendarWithTheMonthlyCallShortfall() throws Exception {
        CliRun jan = run("governance", "done", ws.toString(), "--vendor", "CareLine Partners", "--review", "monthly",
                "--date", "2027-02-03", "--period", "2027-01", "--calls-listened", "12", "--call-types", "3",
                "--attendees", "Pat Lead,Priya Raman", "--note", "late January review");
        assertThat(jan.code()).as(jan.err()).isZero();
        assertThat(jan.out()).contains("Monthly review 2027-01 marked done on 2027-02-03")
                .contains("12 recorded calls listened to, below the minimum of 15");
        assertThat(run("governance", "done", ws.toString(), "--vendor", "CareLine Partners", "--review", "Quarterly",
                "--date", "2027-03-30").code()).isZero();

        CliRun list = run("governance", ws.toString(), "--vendor", "CareLine Partners", "--as-of", "2027-03-10");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Monthly: 1 done, 1 missed, 1 due.")
                .containsPattern("2027-01 +2027-01-01 to 2027-01-31 +done +held 2027-02-03, 12 calls listened to across 3 call types"
                        + " – Attendees: Pat Lead, Priya Raman\\. late January review")
                .containsPattern("2027-02 .* missed")
                .contains("shortfall: monthly review 2027-01: 12 recorded calls")
                .contains("Quarterly: 1 done, 0 missed, 0 due.")
                .contains(org.vendorbench.domain.governance.GovernanceCadence.MONTHLY.aim);
        JsonNode json = new ObjectMapper().readTree(run("governance", ws.toString(), "--vendor", "CareLine Partners",
                "--as-of", "2027-03-10", "--json").out());
        JsonNode monthly = json.get("cadences").get(1);
        assertThat(monthly.get("cadence").asText()).isEqualTo("monthly");
        assertThat(monthly.get("periods").get(0).get("status").asText()).isEqualTo("done");
        assertThat(monthly.get("periods").get(0).get("shortfalls")).hasSize(1);
        assertThat(monthly.get("periods").get(3).get("status").asText()).isEqualTo("upcoming");

        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.auditEntries()).anySatisfy(e -> assertThat(e.entity()).isEqualTo("review/monthly/2027-01"));
        }
    }

    @Test
    void monitorGovernanceAndReviewWorkOnTheDemoWorkspace() throws Exception {
        Path demo = org.vendorbench.app.DemoWorkspace.ensure(dir.resolve("home"));
        CliRun monitor = run("monitor", demo.toString());
        assertThat(monitor.code()).as(monitor.err()).isZero();
        assertThat(monitor.out()).contains("Remediation OPEN: ABANDON").contains("Remediation OPEN: FCR")
                .contains("Exit right: ASA 2027-08").contains("Trend: ATTRITION");
        CliRun gov = run("governance", demo.toString(), "--vendor", "CareLine Partners");
        assertThat(gov.code()).as(gov.err()).isZero();
        assertThat(gov.out()).contains("as of 2027-12-31").containsPattern("2027-09 .* missed")
                .contains("shortfall: monthly review 2027-06: 12 recorded calls");
        Path pdf = dir.resolve("review.pdf");
        CliRun review = run("review", demo.toString(), "--month", "2027-09", "--out", pdf.toString());
        assertThat(review.code()).as(review.err()).isZero();
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Quarterly vendor review 2027-09").contains("ABANDON 2027-09")
                .contains("Exit right: ASA 2027-08").contains("no monthly review recorded for 2027-09")
                .as("attendance of the quarter only").contains("Monthly review 2027-07 held 2027-07-28")
                .doesNotContain("Monthly review 2027-06 held");
    }

    @Test
    void wrongVendorCadencePeriodOrDateIsRefusedAndChangesNothing() throws Exception {
        CliRun other = run("governance", "done", ws.toString(), "--vendor", "BudgetVoice", "--review", "monthly", "--date", "2027-02-03");
        assertThat(other.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(other.err()).contains("'BudgetVoice' is not the signed vendor").contains("CareLine Partners");
        CliRun cadence = run("governance", "done", ws.toString(), "--vendor", "CareLine Partners", "--review", "daily", "--date", "2027-02-03");
        assertThat(cadence.code()).isEqualTo(ExitCodes.USAGE);
        CliRun period = run("governance", "done", ws.toString(), "--vendor", "CareLine Partners", "--review", "quarterly",
                "--date", "2027-02-03", "--period", "2027-02");
        assertThat(period.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(period.err()).contains("'2027-02' is not a quarterly period (e.g. 2027-Q1)");
        CliRun early = run("governance", "done", ws.toString(), "--vendor", "CareLine Partners", "--review", "monthly", "--date", "2026-10-01");
        assertThat(early.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(early.err()).contains("outside the contract");
        assertThat(run("governance", ws.toString()).code()).isEqualTo(ExitCodes.USAGE);
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.reviews()).isEmpty();
        }
    }
}
