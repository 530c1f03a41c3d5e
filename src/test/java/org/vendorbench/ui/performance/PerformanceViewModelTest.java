package org.vendorbench.ui.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.DemoWorkspace;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.domain.monitoring.BreachStatus;
import org.vendorbench.domain.monitoring.RemediationItem;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;

/** The Vendor performance view-model on the real demo workspace (sample KPI report, invoices, reviews). */
class PerformanceViewModelTest {
    @TempDir static Path shared;
    static Path demo;
    @TempDir Path dir;

    private final StoreWorkspaceService service = new StoreWorkspaceService();
    private final SimpleObjectProperty<OpenWorkspace> open = new SimpleObjectProperty<>();
    private int changes;

    @BeforeAll
    static void buildDemo() throws Exception {
        demo = DemoWorkspace.ensure(shared);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (open.get() != null && open.get().isOpen()) service.close(open.get());
    }

    private PerformanceViewModel openCopyOfDemo() throws Exception {
        Path copy = java.nio.file.Files.copy(demo, dir.resolve("demo-copy.vbench"));
        PerformanceViewModel vm = new PerformanceViewModel(open, StoreWorkspaceService::storeOf, new SynchronousTaskRunner(),
                () -> LocalDate.of(2026, 11, 27), () -> changes++);
        open.set(service.open(copy));
        return vm;
    }

    @Test
    void demoShowsTheDriftBreachesCostAndReviews() throws Exception {
        PerformanceViewModel vm = openCopyOfDemo();
        assertThat(vm.signedProperty().get()).isTrue();
        assertThat(vm.bannerProperty().get()).startsWith("CareLine Partners, live since 2027-01-01: 12 months reported, "
                + "2 open remediation items, 1 exit right, ").endsWith("(as of 2027-12-31)");

        assertThat(vm.charts()).hasSize(8);
        PerformanceViewModel.KpiChart fcr = vm.charts().get(0);
        assertThat(fcr.kpiId()).isEqualTo("FCR");
        assertThat(fcr.months()).hasSize(12).startsWith("2027-01");
        assertThat(fcr.target()).isEqualTo(80);
        assertThat(fcr.remediation()).isEqualTo(75);
        assertThat(fcr.exit()).isEqualTo(70);

        assertThat(vm.breaches()).extracting(b -> b.month() + " " + b.kpiId() + " " + b.status())
                .contains("2027-11 FCR REMEDIATION", "2027-10 FCR REMEDIATION", "2027-09 ABANDON REMEDIATION",
                        "2027-08 ASA EXIT_RIGHT", "2027-12 ATTRITION BELOW_TARGET")
                .doesNotContain("2027-01 FCR MET");
        assertThat(vm.breaches()).allMatch(b -> b.status() != BreachStatus.MET);
        assertThat(vm.breaches().get(0).month()).as("newest first").isEqualTo("2027-12");
        assertThat(vm.alerts()).anySatisfy(a -> assertThat(a).startsWith("Exit right: ASA 2027-08"))
                .anySatisfy(a -> assertThat(a).startsWith("Rising trend: ATTRITION"));

        assertThat(vm.costComponents()).extracting(PerformanceViewModel.CostRow::component)
                .containsExactly("Fees", "Retraining", "Governance", "Other", "Total");
        assertThat(vm.costMonths()).hasSize(12);
        assertThat(vm.costMonths().get(11).cumulative()).startsWith("+");

        assertThat(vm.governance()).anySatisfy(g -> assertThat(g.cadence() + " " + g.period() + " " + g.status())
                .isEqualTo("Monthly 2027-09 missed"));
        assertThat(vm.governance()).filteredOn(g -> g.period().equals("2027-06") && g.cadence().equals("Monthly"))
                .singleElement().satisfies(g -> assertThat(g.shortfalls()).contains("12 recorded calls"));
    }

    @Test
    void remediationItemsAreAssignedAndClosedOnlyWithEvidence() throws Exception {
        PerformanceViewModel vm = openCopyOfDemo();
        RemediationItem fcr = vm.remediation().stream().filter(i -> i.kpiId().equals("FCR")).findFirst().orElseThrow();
        vm.selectedProperty().set(fcr);
        vm.ownerProperty().set("Sam Ops");
        vm.dueProperty().set(LocalDate.of(2028, 1, 31));
        vm.notesProperty().set("Retrain on scheduling scripts");
        vm.saveRemediation();
        assertThat(vm.messageProperty().get()).startsWith("Saved: FCR");
        assertThat(changes).isEqualTo(1);
        RemediationItem saved = vm.remediation().stream().filter(i -> i.id() == fcr.id()).findFirst().orElseThrow();
        assertThat(saved.owner()).isEqualTo("Sam Ops");
        assertThat(saved.dueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(vm.selectedProperty().get()).as("selection survives the reload").isEqualTo(saved);

        vm.closeRemediation(LocalDate.of(2028, 1, 20));
        assertThat(vm.messageProperty().get()).contains("needs the closure evidence");
        assertThat(vm.remediation()).filteredOn(i -> i.id() == fcr.id()).allMatch(RemediationItem::isOpen);

        vm.evidenceProperty().set("December report: FCR 76.1 %");
        vm.closeRemediation(LocalDate.of(2028, 1, 20));
        assertThat(vm.messageProperty().get()).startsWith("Closed: FCR");
        assertThat(vm.remediation()).filteredOn(i -> i.id() == fcr.id()).singleElement()
                .satisfies(i -> assertThat(i.closedOn()).isEqualTo(LocalDate.of(2028, 1, 20)));
        assertThat(vm.bannerProperty().get()).contains("1 open remediation item,");
        Workspace ws = StoreWorkspaceService.storeOf(open.get());
        assertThat(ws.auditEntries()).filteredOn(e -> e.entity().startsWith("remediation/FCR") && e.action().equals("update"))
                .hasSize(2);
    }

    @Test
    void withoutWorkspaceOrSignedVendorTheAreaSaysWhatIsMissing() throws Exception {
        PerformanceViewModel vm = new PerformanceViewModel(open, StoreWorkspaceService::storeOf, new SynchronousTaskRunner(),
                LocalDate::now, null);
        vm.refresh();
        assertThat(vm.bannerProperty().get()).isEqualTo("No workspace open");
        open.set(service.create(dir.resolve("empty.vbench")));
        assertThat(vm.bannerProperty().get()).startsWith("No signed vendor");
        assertThat(vm.signedProperty().get()).isFalse();
        assertThat(List.of(vm.charts(), vm.breaches(), vm.remediation(), vm.governance())).allMatch(List::isEmpty);
        vm.saveRemediation();
        assertThat(vm.messageProperty().get()).isEqualTo("Select a remediation item first.");
    }
}
