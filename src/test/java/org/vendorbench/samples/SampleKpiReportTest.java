package org.vendorbench.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.CostVariance;
import org.vendorbench.domain.monitoring.Invoice;
import org.vendorbench.domain.monitoring.InvoiceReport;
import org.vendorbench.domain.monitoring.KpiMonitor;
import org.vendorbench.domain.monitoring.KpiReport;
import org.vendorbench.domain.monitoring.MonthlyValue;
import org.vendorbench.service.Monitoring;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.InvoiceReader;
import org.vendorbench.workbook.KpiReportReader;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/**
 * {@code sample-rfps/kpi-report-2027.xlsx} is what {@link SampleKpiReportGenerator} writes (run with
 * {@code -Dvendorbench.regenerateSamples=true} to rewrite it) and tells the story of
 * sample-rfps/README.md when read by the product's own readers, store and monitor.
 */
class SampleKpiReportTest {
    static final Path COMMITTED = Path.of("sample-rfps", SampleKpiReportGenerator.FILE);

    @TempDir Path dir;

    @Test
    void committedFileHoldsWhatTheGeneratorWrites() throws Exception {
        if (Boolean.getBoolean("vendorbench.regenerateSamples")) SampleKpiReportGenerator.main(new String[] {"sample-rfps"});
        try (Workbook committed = WorkbookFactory.create(COMMITTED.toFile(), null, true);
             Workbook generated = SampleKpiReportGenerator.build()) {
            assertThat(cells(committed)).isEqualTo(cells(generated));
        }
    }

    private static List<String> cells(Workbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            out.add("sheet " + s.getSheetName());
            for (Row r : s) {
                for (Cell c : r) {
                    String v = switch (c.getCellType()) {
                        case NUMERIC -> Double.toString(c.getNumericCellValue()) + " " + c.getCellStyle().getDataFormatString();
                        case STRING -> c.getStringCellValue();
                        default -> c.getCellType().name();
                    };
                    out.add(c.getAddress() + "=" + v);
                }
            }
        }
        return out;
    }

    @Test
    void tellsTheDriftStoryThroughTheProductsReadersAndMonitor() throws Exception {
        Rfp rfp = RfpReader.read(Path.of("sample-rfps/mcc-rfp.xlsx"));
        Path ws = dir.resolve("story.vbench");
        KpiReport report;
        InvoiceReport invoices;
        Monitoring.Status status;
        try (Workspace w = Workspace.create(ws)) {
            w.saveRfp(rfp);
            Path careline = Path.of("sample-rfps/vendor-careline.xlsx");
            w.importResponse(ResponseReader.read(careline, rfp, null), org.vendorbench.service.DemoData.sha256(careline));
            var contract = w.signVendor("CareLine Partners", java.time.LocalDate.of(2027, 1, 1), null);
            report = KpiReportReader.read(COMMITTED, contract.kpis());
            invoices = InvoiceReader.read(COMMITTED, contract.currency());
            w.importKpiReport(report);
            w.importInvoices(invoices, null);
            status = Monitoring.status(w);
        }
        assertThat(report.warnings()).isEmpty();
        assertThat(report.layout()).isEqualTo("wide");
        assertThat(report.months()).hasSize(12).startsWith(YearMonth.of(2027, 1)).endsWith(YearMonth.of(2027, 12));

        // November and December come in weekly rows, averaged by calls
        YearMonth nov = YearMonth.of(2027, 11);
        MonthlyValue fcrNov = report.values().stream().filter(v -> v.month().equals(nov) && v.kpiId().equals("FCR"))
                .findFirst().orElseThrow();
        assertThat(fcrNov.sourceRows()).isEqualTo(5);
        assertThat(fcrNov.value()).isCloseTo(SampleKpiReportGenerator.monthValue(nov, "FCR"), within(1e-9));
        double plainMean = SampleKpiReportGenerator.reportRows().stream().filter(r -> r.month().equals(nov))
                .mapToDouble(r -> r.values().get("FCR")).average().orElseThrow();
        assertThat(fcrNov.value()).as("weighted, not the plain mean").isNotCloseTo(plainMean, within(1e-6));
        assertThat(report.calls().get(nov)).isEqualTo(13_600);

        KpiMonitor.Report k = status.kpis();
        assertThat(status.remediation()).extracting(i -> i.kpiId() + " " + i.since() + " " + i.opened())
                .containsExactly("ABANDON 2027-09 2027-10", "FCR 2027-10 2027-11");
        assertThat(status.exitRights()).extracting(e -> e.right().kpiId() + " " + e.right().month())
                .containsExactly("ASA 2027-08");
        assertThat(k.trends()).extracting(t -> t.kpiId() + " " + t.from() + " " + t.to())
                .containsExactly("ATTRITION 2027-09 2027-12");
        KpiMonitor.KpiHistory attrition = k.kpis().stream().filter(h -> h.term().kpiId().equals("ATTRITION")).findFirst().orElseThrow();
        assertThat(attrition.months().get(11).status().pastRemediation()).as("flagged before it breaches").isFalse();

        // invoices: 12 months, January's three onboarding lines added up
        assertThat(invoices.months()).hasSize(12);
        assertThat(invoices.invoices()).filteredOn(i -> i.month().equals(YearMonth.of(2027, 1)) && i.component() == CostComponent.OTHER)
                .extracting(Invoice::amount).containsExactly(25_000 + 30_000 + 8_400.0);
        CostVariance.Result cost = status.costs().orElseThrow();
        assertThat(cost.months()).hasSize(12);
        CostVariance.MonthVariance jan = cost.months().get(0), novCost = cost.months().get(10);
        double janFees = jan.actual().get(CostComponent.FEES) - jan.forecast().get(CostComponent.FEES);
        double novFees = novCost.actual().get(CostComponent.FEES) - novCost.forecast().get(CostComponent.FEES);
        assertThat(janFees).as("FCR as committed: fees as forecast at the actual volume").isCloseTo(0, within(1.0));
        assertThat(novFees).as("FCR fell to 74 %: repeat calls billed above the forecast").isGreaterThan(4_000);
        assertThat(cost.months().get(11).cumulativeVariance()).isPositive();
    }
}
