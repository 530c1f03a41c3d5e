package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.GovernanceReview;
import org.vendorbench.domain.Rfp;
import org.vendorbench.store.Workspace;

/** sign → kpi-report → invoice → monitor on the sample RFP and CareLine's response. */
class MonitoringCommandsTest {
    @TempDir
    Path dir;
    Path ws;
    Rfp rfp;

    @BeforeEach
    void workspace() throws Exception {
        ws = dir.resolve("eval.vbench");
        rfp = CliRun.workspaceWithCareline(ws);
    }

    private Kpi kpi(String id) {
        return rfp.kpis().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private Path report() throws Exception {
        Kpi fcr = kpi("FCR");
        double step = fcr.direction() == org.vendorbench.domain.Direction.HIGHER ? -1 : 1;
        double[] values = {fcr.target(), fcr.target() + step, fcr.remediationThreshold() + step, fcr.remediationThreshold() + 2 * step};
        Path f = dir.resolve("kpi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("KPI Report");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Month");
            h.createCell(1).setCellValue("Calls");
            h.createCell(2).setCellValue("FCR");
            for (int i = 0; i < values.length; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue("2027-0" + (i + 1));
                r.createCell(1).setCellValue(20000);
                r.createCell(2).setCellValue(values[i]);
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void signImportInvoiceAndMonitor() throws Exception {
        assertThat(run("monitor", ws.toString()).code()).isEqualTo(ExitCodes.REFUSED);
        CliRun sign = run("sign", ws.toString(), "--vendor", "CareLine Partners", "--go-live", "2027-01-01",
                "--reason", "board 2026-12");
        assertThat(sign.code()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("Signed CareLine Partners").contains("FCR");
        CliRun imp = run("kpi-report", ws.toString(), report().toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("remediation opened: FCR").contains("MISSING_KPI");
        assertThat(run("invoice", ws.toString(), "--month", "2027-02", "--component", "fees", "--amount", "41000").code())
                .isZero();
        CliRun bad = run("invoice", ws.toString(), "--month", "Feb", "--component", "fees", "--amount", "1");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("not YYYY-MM");
        CliRun text = run("monitor", ws.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Remediation OPEN").contains("Cost fees");
        CliRun json = run("monitor", ws.toString(), "--json");
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("vendor").asText()).isEqualTo("CareLine Partners");
        assertThat(n.get("remediation")).hasSize(1);
        assertThat(n.get("remediation").get(0).get("since").asText()).isEqualTo("2027-03");
        JsonNode cost = n.get("cost");
        assertThat(cost.get("actual").asDouble()).isEqualTo(41000);
        assertThat(cost.get("months").get(0).get("actualVolume").asDouble()).isEqualTo(20000);
        assertThat(cost.get("months").get(0).get("fees").get("forecast").asDouble()).isPositive();
    }

    @Test
    void reviewPdfListsBreachesShortfallsAndIsByteIdentical() throws Exception {
        run("sign", ws.toString(), "--vendor", "CareLine Partners", "--go-live", "2027-01-01");
        run("kpi-report", ws.toString(), report().toString());
        run("invoice", ws.toString(), "--month", "2027-04", "--component", "fees", "--amount", "50000");
        try (Workspace w = Workspace.open(ws)) {
            w.putReview(new GovernanceReview(GovernanceCadence.MONTHLY, "2027-04", java.time.LocalDate.of(2027, 4, 28),
                    "calls reviewed", 12, 3), null);
        }
        Path a = dir.resolve("a.pdf"), b = dir.resolve("b.pdf");
        CliRun r = run("review", ws.toString(), "--month", "2027-04", "--out", a.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(run("review", ws.toString(), "--month", "2027-04", "--out", b.toString()).code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        String text;
        try (PDDocument doc = Loader.loadPDF(a.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Monthly vendor review 2027-04")
                .contains("FCR 2027-03").contains("FCR 2027-04").contains("Remediation triggered")
                .contains("12 recorded calls listened to, below the minimum of 15")
                .contains("open");
        assertThat(run("review", ws.toString(), "--month", "April", "--out", a.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }
}
