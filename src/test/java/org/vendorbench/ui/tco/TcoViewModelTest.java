package org.vendorbench.ui.tco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.tco.TcoKey;
import org.vendorbench.domain.tco.VendorUncertainty;
import org.vendorbench.ui.DemoWorkspace;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;

/** The TCO area's view-model on the real demo workspace (SQLite), jobs run synchronously. */
class TcoViewModelTest {
    @TempDir Path dir;
    private DemoWorkspace demo;
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner();
    private int changes;

    @BeforeEach
    void setUp() throws Exception {
        demo = new DemoWorkspace(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
    }

    private TcoViewModel vm() {
        TcoViewModel vm = new TcoViewModel(demo.open, null, StoreWorkspaceService::storeOf, runner, () -> changes++);
        vm.load();
        return vm;
    }

    private static double total(TcoViewModel vm, String vendor) {
        return vm.vendors().stream().filter(v -> v.vendor().equals(vendor)).findFirst().orElseThrow()
                .tco().result().total();
    }

    private static AssumptionRow row(TcoViewModel vm, TcoKey key) {
        return vm.assumptions().stream().filter(r -> r.key() == key).findFirst().orElseThrow();
    }

    @Test
    void loadsTheDemoAndAMovedSliderRecomputesTheTcoLive() {
        TcoViewModel vm = vm();
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.assumptions()).hasSize(TcoKey.values().length);
        assertThat(vm.vendors()).hasSize(5);
        assertThat(vm.staffing()).hasSize(5);
        assertThat(vm.tornadoVendorProperty().get()).isEqualTo("CareLine Partners");
        assertThat(vm.tornado()).isNotEmpty().hasSizeLessThanOrEqualTo(TcoViewModel.TORNADO_BARS);
        AssumptionRow volume = row(vm, TcoKey.MONTHLY_CALL_VOLUME);
        assertThat(volume.rfpValue()).isEqualTo(12_000);
        assertThat(volume.low()).isNotNull();
        assertThat(volume.sourceProperty().get()).isEqualTo("RFP");
        assertThat(volume.sliderMinProperty().get()).isLessThanOrEqualTo(volume.low());
        assertThat(volume.sliderMaxProperty().get()).isGreaterThanOrEqualTo(volume.high());
        double before = total(vm, "CareLine Partners");
        assertThat(before).isCloseTo(4_360_318, org.assertj.core.data.Offset.offset(1.0));

        volume.valueProperty().set(18_000); // what the slider does

        double after = total(vm, "CareLine Partners");
        assertThat(after).isGreaterThan(before);
        Evaluation.VendorEvaluation careline = vm.vendors().stream().filter(v -> v.vendor().equals("CareLine Partners"))
                .findFirst().orElseThrow();
        assertThat(careline.tco().result().months().get(0).volume()).isEqualTo(18_000);
        assertThat(volume.sourceProperty().get()).isEqualTo("changed (not saved)");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.lastComputeMillisProperty().get()).isNotNull();
        double[] ms = new double[40];
        for (int i = 0; i < ms.length; i++) {
            vm.set(TcoKey.MONTHLY_CALL_VOLUME, 10_000 + 100 * i);
            ms[i] = vm.lastComputeMillisProperty().get();
        }
        java.util.Arrays.sort(ms);
        System.out.printf("TCO area live recompute (demo, 5 vendors, 40 moves): median %.2f ms, min %.2f ms, max %.2f ms%n",
                ms[20], ms[0], ms[39]);

        vm.reset(TcoKey.MONTHLY_CALL_VOLUME);
        assertThat(total(vm, "CareLine Partners")).isEqualTo(before);
        assertThat(volume.valueProperty().get()).isEqualTo(12_000);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void followsTheOpenWorkspaceAndForgetsTheNoWorkspaceMessage() {
        OpenWorkspace ws = demo.open.get();
        demo.open.set(null);
        TcoViewModel vm = vm();
        assertThat(vm.messageProperty().get()).isEqualTo("No workspace open");
        assertThat(vm.readyProperty().get()).isFalse();
        demo.open.set(ws);
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.vendors()).hasSize(5);
    }

    @Test
    void aValueTheModelRefusesIsNotTakenAndSaysWhy() {
        TcoViewModel vm = vm();
        double before = total(vm, "Premier Patient Access");
        vm.set(TcoKey.WORKING_DAYS_PER_MONTH, 0);
        assertThat(vm.messageProperty().get()).contains("Working days per month").contains("greater than 0");
        assertThat(row(vm, TcoKey.WORKING_DAYS_PER_MONTH).valueProperty().get()).isEqualTo(22);
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.setText(TcoKey.PATIENT_ANNUAL_VALUE, "lots");
        assertThat(vm.messageProperty().get()).isEqualTo("Patient annual value: 'lots' is not a number");
        vm.setText(TcoKey.PATIENT_ANNUAL_VALUE, "2,500");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(total(vm, "Premier Patient Access")).isGreaterThan(before);
    }

    @Test
    void saveNeedsAReasonStoresOverridesInOneAuditedChangeAndAReloadShowsThem() {
        demo.store().putAssumptionOverride(new AssumptionOverride("Exit probability", "BudgetVoice Solutions", 45, "history"));
        TcoViewModel vm = vm();
        assertThat(vm.vendorOverrides()).extracting(AssumptionOverride::vendor).containsExactly("BudgetVoice Solutions");
        int audit = demo.store().auditEntries().size();
        vm.set(TcoKey.MONTHLY_CALL_VOLUME, 15_000);
        vm.set(TcoKey.DISCOUNT_RATE, 4);

        vm.save();
        assertThat(vm.messageProperty().get()).startsWith("Give a reason");
        assertThat(demo.store().assumptionOverrides()).hasSize(1);

        vm.reasonProperty().set("Finance's 2027 volume plan");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved 2 assumption changes");
        assertThat(changes).isEqualTo(1);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(demo.store().assumptionOverrides()).filteredOn(o -> o.vendor() == null)
                .extracting(AssumptionOverride::value).containsExactlyInAnyOrder(15_000.0, 4.0);
        assertThat(demo.store().auditEntries()).hasSize(audit + 2);
        assertThat(demo.store().auditEntries().get(audit).reason()).isEqualTo("Finance's 2027 volume plan");

        TcoViewModel again = vm();
        assertThat(row(again, TcoKey.MONTHLY_CALL_VOLUME).valueProperty().get()).isEqualTo(15_000);
        assertThat(row(again, TcoKey.MONTHLY_CALL_VOLUME).sourceProperty().get()).isEqualTo("saved override");
        assertThat(total(again, "CareLine Partners")).isEqualTo(total(vm, "CareLine Partners"));

        again.reset(TcoKey.DISCOUNT_RATE);
        again.reasonProperty().set("back to the RFP");
        again.save();
        assertThat(demo.store().assumptionOverrides()).filteredOn(o -> o.vendor() == null)
                .extracting(AssumptionOverride::value).containsExactly(15_000.0);
        assertThat(demo.store().verifyAudit().ok()).isTrue();
    }

    @Test
    void uncertaintyRunGivesOrderedPercentilesAndAChangeMakesThemStale() {
        TcoViewModel vm = vm();
        vm.runsProperty().set("2,000");
        vm.seedProperty().set("7");
        vm.runUncertainty();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.uncertainty()).hasSize(5);
        for (VendorUncertainty u : vm.uncertainty()) {
            assertThat(u.p10()).isLessThanOrEqualTo(u.p50());
            assertThat(u.p50()).isLessThanOrEqualTo(u.p90());
            assertThat(u.p10()).isLessThan(u.p90());
        }
        assertThat(vm.uncertaintyNoteProperty().get()).startsWith("2,000 runs, seed 7");

        vm.set(TcoKey.PATIENT_ANNUAL_VALUE, 2_200);
        assertThat(vm.uncertainty()).isEmpty();
        assertThat(vm.uncertaintyNoteProperty().get()).contains("run it again");

        vm.runsProperty().set("many");
        vm.runUncertainty();
        assertThat(vm.messageProperty().get()).isEqualTo("Runs: 'many' is not a whole number");
        vm.runsProperty().set("0");
        vm.runUncertainty();
        assertThat(vm.messageProperty().get()).startsWith("Runs must be between 1 and");
    }

    @Test
    void cancelStopsTheRunningSimulation() {
        TcoViewModel vm = vm();
        List<Double> seen = new java.util.ArrayList<>();
        runner.status().progressProperty().addListener((o, a, p) -> {
            seen.add(p.doubleValue());
            if (p.doubleValue() > 0) vm.cancelUncertainty(); // the Cancel button, after the first chunk
        });
        vm.runsProperty().set("10000");
        vm.runUncertainty();
        assertThat(vm.uncertaintyNoteProperty().get()).isEqualTo("Uncertainty run cancelled");
        assertThat(vm.uncertainty()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(seen).contains(0.1).doesNotContain(1.0);

        vm.runsProperty().set("1000"); // a later run is not affected by the old cancel
        vm.runUncertainty();
        assertThat(vm.uncertainty()).hasSize(5);
    }
}
