package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.KpiReport;
import org.vendorbench.domain.monitoring.KpiTerm;
import org.vendorbench.domain.monitoring.MonthlyValue;

class ContractStoreTest {
    @TempDir
    Path dir;

    @Test
    void signingFreezesTermsAndSurvivesReopenAndLaterImports() throws Exception {
        Path f = dir.resolve("c.vbench");
        try (Workspace ws = Workspace.create(f)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("CareLine", "careline.xlsx", 90), "a".repeat(64));
            assertThat(ws.contract()).isEmpty();
            ContractBaseline b = ws.signVendor("careline", LocalDate.of(2027, 1, 1), "board decision 12/2026");
            assertThat(b.vendor()).isEqualTo("CareLine");
        }
        try (Workspace ws = Workspace.open(f)) {
            // a later import with other commitments must not change what was signed
            ws.importResponse(Fixtures.response("CareLine", "careline-v2.xlsx", 95), "b".repeat(64));
            ContractBaseline b = ws.contract().orElseThrow();
            assertThat(b.vendor()).isEqualTo("CareLine");
            assertThat(b.goLive()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(b.termMonths()).isEqualTo(36);
            assertThat(b.endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
            assertThat(b.currency()).isEqualTo("EUR");
            assertThat(b.pricing()).isEqualTo(Fixtures.response("x", "y", 1).pricing());
            KpiTerm asa = b.kpi("k-asa").orElseThrow();
            assertThat(asa.target()).isEqualTo(30);
            assertThat(asa.remediation()).isEqualTo(45.0);
            assertThat(asa.exit()).isEqualTo(60);
            assertThat(asa.committed()).isEqualTo(25.0);
            KpiTerm abn = b.kpi("K-ABN").orElseThrow();
            assertThat(abn.remediation()).isNull();
            assertThat(abn.committed()).as("unreadable commitment stays null").isNull();
            assertThat(ws.auditEntries()).anySatisfy(e -> {
                assertThat(e.entity()).isEqualTo("contract");
                assertThat(e.action()).isEqualTo("sign");
                assertThat(e.reason()).isEqualTo("board decision 12/2026");
                assertThat(e.newValue()).contains("\"goLive\":\"2027-01-01\"").contains("K-ASA");
            });
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void resigningReplacesTheBaselineAndKeepsTheOldOneInTheAudit() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("r.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("CareLine", "a.xlsx", 90), "a".repeat(64));
            ws.signVendor("CareLine", LocalDate.of(2027, 1, 1), null);
            ws.signVendor("CareLine", LocalDate.of(2027, 2, 1), "go-live moved");
            assertThat(ws.contract().orElseThrow().goLive()).isEqualTo(LocalDate.of(2027, 2, 1));
            var last = ws.auditEntries().get(ws.auditEntries().size() - 1);
            assertThat(last.oldValue()).contains("2027-01-01");
            assertThat(last.newValue()).contains("2027-02-01");
        }
    }

    @Test
    void signingAnUnknownVendorOrWithoutRfpIsRefusedAndChangesNothing() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("u.vbench"))) {
            assertThatThrownBy(() -> ws.signVendor("CareLine", LocalDate.of(2027, 1, 1), null))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("has no RFP");
            ws.saveRfp(Fixtures.rfp());
            int audit = ws.auditEntries().size();
            assertThatThrownBy(() -> ws.signVendor("Nobody", LocalDate.of(2027, 1, 1), null))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("no vendor 'Nobody'");
            assertThat(ws.contract()).isEmpty();
            assertThat(ws.auditEntries()).hasSize(audit);
        }
    }

    @Test
    void aVersion2WorkspaceIsMigratedWithABackupAndKeepsItsData() throws Exception {
        Path f = dir.resolve("v2.vbench");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            Migrations.migrate(c, 0, 2);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO vendor (name, folded, blind_label) VALUES ('CareLine', 'careline', 'Vendor A')");
            }
        }
        try (Workspace ws = Workspace.open(f)) {
            assertThat(ws.info().schemaVersion()).isEqualTo(4).isEqualTo(Migrations.CURRENT);
            Path backup = ws.migrationBackup().orElseThrow();
            assertThat(backup.getFileName().toString()).isEqualTo("v2.v2.bak.vbench");
            assertThat(Files.exists(backup)).isTrue();
            assertThat(ws.vendors()).containsExactly("CareLine");
            assertThat(ws.contract()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN"
                     + " ('contract', 'contract_kpi', 'kpi_month', 'remediation_item', 'exit_right', 'invoice',"
                     + " 'governance_review')")) {
            assertThat(rs.getInt(1)).isEqualTo(7);
            assertThat(SchemaCheck.problem(c, Migrations.CURRENT)).isNull();
        }
    }

    @Test
    void reimportingAMonthReplacesItAndKeepsOtherMonths() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("k.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("CareLine", "a.xlsx", 90), "a".repeat(64));
            KpiReport jan = new KpiReport("r1.xlsx", "wide",
                    List.of(new MonthlyValue(YearMonth.of(2027, 1), "K-ASA", 28, 1),
                            new MonthlyValue(YearMonth.of(2027, 1), "K-ABN", 4, 1),
                            new MonthlyValue(YearMonth.of(2027, 2), "K-ASA", 31, 4)),
                    Map.of(YearMonth.of(2027, 2), 40000.0), List.of());
            assertThatThrownBy(() -> ws.importKpiReport(jan)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("no signed vendor");
            ws.signVendor("CareLine", LocalDate.of(2027, 1, 1), null);
            assertThat(ws.importKpiReport(jan)).isEqualTo(3);
            KpiReport fix = new KpiReport("r2.xlsx", "long",
                    List.of(new MonthlyValue(YearMonth.of(2027, 2), "K-ASA", 33, 1)), Map.of(), List.of());
            ws.importKpiReport(fix);
            assertThat(ws.kpiMonths()).containsExactly(
                    new MonthlyValue(YearMonth.of(2027, 1), "K-ABN", 4, 1),
                    new MonthlyValue(YearMonth.of(2027, 1), "K-ASA", 28, 1),
                    new MonthlyValue(YearMonth.of(2027, 2), "K-ASA", 33, 1));
            assertThat(ws.reportedVolumes()).isEmpty();
            var last = ws.auditEntries().get(ws.auditEntries().size() - 1);
            assertThat(last.entity()).isEqualTo("kpi-report/2027-02");
            assertThat(last.action()).isEqualTo("replace");
            assertThat(last.oldValue()).contains("31");
            assertThat(last.newValue()).contains("33").contains("r2.xlsx");
        }
    }

    private static MonthlyValue asa(int month, double v) {
        return new MonthlyValue(YearMonth.of(2027, month), "K-ASA", v, 1);
    }

    @Test
    void twoConsecutiveMonthsPastRemediationOpenOneItemAndExitMonthsAreRecorded() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("m.vbench"))) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("CareLine", "a.xlsx", 90), "a".repeat(64));
            ws.signVendor("CareLine", LocalDate.of(2027, 1, 1), null);
            // ASA: target 30, remediation 45, exit 60 (lower is better)
            ws.importKpiReport(new KpiReport("r.xlsx", "wide",
                    List.of(asa(1, 30), asa(2, 46), asa(3, 44), asa(4, 46)), Map.of(), List.of()));
            assertThat(ws.remediationItems()).as("a recovered month breaks the streak").isEmpty();
            ws.importKpiReport(new KpiReport("r5.xlsx", "wide", List.of(asa(5, 61)), Map.of(), List.of()));
            var items = ws.remediationItems();
            assertThat(items).hasSize(1);
            assertThat(items.get(0).kpiId()).isEqualTo("K-ASA");
            assertThat(items.get(0).since()).isEqualTo(YearMonth.of(2027, 4));
            assertThat(items.get(0).opened()).isEqualTo(YearMonth.of(2027, 5));
            assertThat(items.get(0).isOpen()).isTrue();
            assertThat(ws.exitRights()).singleElement().satisfies(e -> {
                assertThat(e.right().month()).isEqualTo(YearMonth.of(2027, 5));
                assertThat(e.right().value()).isEqualTo(61);
                assertThat(e.recordedOn()).isNotNull();
            });
            // re-importing the same months opens nothing twice
            ws.importKpiReport(new KpiReport("r5.xlsx", "wide", List.of(asa(5, 61)), Map.of(), List.of()));
            assertThat(ws.remediationItems()).hasSize(1);
            assertThat(ws.exitRights()).hasSize(1);
            long id = items.get(0).id();
            assertThatThrownBy(() -> ws.updateRemediation(id, "Ops lead", LocalDate.of(2027, 6, 30), "plan agreed",
                    null, LocalDate.of(2027, 7, 1), null)).hasMessageContaining("closure evidence");
            ws.updateRemediation(id, "Ops lead", LocalDate.of(2027, 6, 30), "plan agreed", "June report: ASA 29 s",
                    LocalDate.of(2027, 7, 10), "fixed");
            assertThat(ws.remediationItems().get(0).isOpen()).isFalse();
            assertThat(ws.remediationItems().get(0).owner()).isEqualTo("Ops lead");
            assertThat(ws.monitorReport().orElseThrow().exitRights()).hasSize(1);
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }
}
