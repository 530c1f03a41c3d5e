package org.vendorbench.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.DemoWorkspace;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.DemoData;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.undo.UndoStack;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/** The Scoring view-model against real workspace files (SQLite), the sample workbooks and synchronous jobs. */
class ScoringViewModelTest {
    @TempDir Path dir;
    private final StoreWorkspaceService service = new StoreWorkspaceService();
    private final SimpleObjectProperty<OpenWorkspace> open = new SimpleObjectProperty<>();
    private final SynchronousTaskRunner tasks = new SynchronousTaskRunner();
    private final List<String> confirmations = new ArrayList<>();
    private boolean accept = true;
    private final DialogService dialogs = new DialogService() {
        @Override public void showError(String title, String header, String reason) { }
        @Override public boolean confirm(String title, String header, String question, String acceptLabel) {
            confirmations.add(header);
            return accept;
        }
        @Override public void showInfo(String title, String header, String text) { }
    };
    private final UndoStack undo = new UndoStack(tasks, () -> { });

    @AfterEach
    void tearDown() throws Exception {
        if (open.get() != null && open.get().isOpen()) service.close(open.get());
    }

    private ScoringViewModel demo() throws Exception {
        open.set(service.open(DemoWorkspace.ensure(dir)));
        return new ScoringViewModel(open, StoreWorkspaceService::storeOf, tasks, undo, dialogs);
    }

    /** The sample RFP and five responses, but no evaluator scores yet. */
    private ScoringViewModel unscored() throws Exception {
        List<Path> samples = DemoData.extractSamples(dir.resolve("samples"));
        OpenWorkspace ws = service.create(dir.resolve("fresh.vbench"));
        Workspace store = StoreWorkspaceService.storeOf(ws);
        Rfp rfp = RfpReader.read(samples.get(0));
        store.saveRfp(rfp);
        for (Path p : samples.subList(1, 6)) store.importResponse(ResponseReader.read(p, rfp, null), DemoData.sha256(p));
        open.set(ws);
        return new ScoringViewModel(open, StoreWorkspaceService::storeOf, tasks, undo, dialogs);
    }

    private Workspace store() {
        return StoreWorkspaceService.storeOf(open.get());
    }

    private static int column(ScoringViewModel vm, String vendorStart) {
        for (int i = 0; i < vm.vendors().size(); i++) if (vm.vendors().get(i).vendor().startsWith(vendorStart)) return i;
        throw new AssertionError("no vendor " + vendorStart);
    }

    @Test
    void gridShowsEveryQuestionAndKpiWithTheEnginesExplanationAndTheDemosFlags() throws Exception {
        ScoringViewModel vm = demo();
        Rfp rfp = store().loadRfp().orElseThrow();
        assertThat(vm.rows()).hasSize(rfp.questions().size() + rfp.kpis().size());
        assertThat(vm.vendors()).extracting(ScoringViewModel.VendorColumn::vendor).containsExactlyElementsOf(store().vendors());

        ScoreRow linear = vm.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> c.explanation()
                .contains("linear between floor"))).findFirst().orElseThrow();
        int v = 0;
        while (!linear.cell(v).explanation().contains("linear")) v++;
        assertThat(linear.cell(v).tooltip()).startsWith(linear.cell(v).explanation());
        assertThat(linear.cell(v).text()).contains(" → ");

        int med = column(vm, "MedConnect");
        ScoreCell tk05 = vm.row("TK-05").cell(med);
        assertThat(tk05.evaluatorScores()).extracting(EvaluatorScore::score).containsExactlyInAnyOrder(2.0, 4.0, 3.0);
        assertThat(tk05.needsConsensus()).isTrue();
        assertThat(tk05.text()).startsWith("2 4 3 → 3").contains("⚑");
        assertThat(tk05.tooltip()).contains("consensus needed").contains("3 = mean of 3 evaluators");

        vm.flagFilterProperty().set(RowFilter.Flag.NEEDS_CONSENSUS);
        assertThat(vm.rows()).extracting(ScoreRow::id).contains("TK-05");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.cells()).anyMatch(ScoreCell::needsConsensus));
        vm.flagFilterProperty().set(RowFilter.Flag.KNOCKOUT);
        assertThat(vm.rows()).extracting(ScoreRow::id).containsExactly("CS-02");
        assertThat(vm.row("CS-02").cell(column(vm, "SecureCall")).tooltip()).contains("knockout");
        vm.flagFilterProperty().set(RowFilter.Flag.MANDATORY_GAP);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.cells()).anyMatch(ScoreCell::mandatoryGap));

        vm.flagFilterProperty().set(RowFilter.Flag.ALL);
        vm.sectionFilterProperty().set(rfp.section("TK").orElseThrow());
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.sectionId()).isEqualTo("TK"));
        vm.sectionFilterProperty().set(null);
        vm.textFilterProperty().set("tk-05");
        assertThat(vm.rows()).extracting(ScoreRow::id).containsExactly("TK-05");
    }

    @Test
    void twoEvaluatorsTwoPointsApartFlagTheSpreadUndoRestoresAndConsensusNeedsAReason() throws Exception {
        ScoringViewModel vm = unscored();
        int v = column(vm, "CareLine");
        vm.flagFilterProperty().set(RowFilter.Flag.UNSCORED_MANUAL);
        assertThat(vm.rows()).isNotEmpty();
        String q = vm.rows().stream().filter(r -> r.cell(v).scorable()).findFirst().orElseThrow().id();
        vm.selectionProperty().set(new ScoringViewModel.Selection(q, v));
        int audit = store().auditEntries().size();

        vm.evaluatorProperty().set("Dr. Alvarez");
        vm.scoreInputProperty().set("1");
        vm.noteInputProperty().set("thin escalation path");
        vm.saveScore();
        assertThat(vm.row(q).cell(v).points()).isEqualTo(1.0);
        assertThat(vm.row(q).cell(v).needsConsensus()).isFalse();
        assertThat(vm.evaluators()).containsExactly("Dr. Alvarez");

        vm.evaluatorProperty().set("Compliance");
        assertThat(vm.scoreInputProperty().get()).as("the new evaluator has no score yet").isEmpty();
        vm.scoreInputProperty().set("3,5");
        vm.saveScore();
        ScoreCell flagged = vm.row(q).cell(v);
        assertThat(flagged.needsConsensus()).isTrue();
        assertThat(flagged.points()).isEqualTo(2.25);
        vm.flagFilterProperty().set(RowFilter.Flag.NEEDS_CONSENSUS);
        assertThat(vm.rows()).extracting(ScoreRow::id).containsExactly(q);
        assertThat(store().scores()).hasSize(2);
        assertThat(store().auditEntries()).hasSize(audit + 2);

        undo.undo();
        assertThat(vm.row(q).cell(v).needsConsensus()).isFalse();
        assertThat(vm.row(q).cell(v).points()).isEqualTo(1.0);
        assertThat(store().scores()).extracting(EvaluatorScore::evaluator).containsExactly("Dr. Alvarez");
        undo.redo();
        assertThat(vm.row(q).cell(v).needsConsensus()).isTrue();

        vm.selectionProperty().set(new ScoringViewModel.Selection(q, v));
        vm.consensusInputProperty().set("3");
        vm.consensusReasonProperty().set("  ");
        vm.saveConsensus();
        assertThat(vm.messageProperty().get()).contains("needs a reason");
        assertThat(store().consensus()).isEmpty();
        vm.consensusReasonProperty().set("agreed in the panel of 12 May");
        vm.saveConsensus();
        assertThat(vm.row(q).cell(v).points()).isEqualTo(3.0);
        assertThat(vm.row(q).cell(v).needsConsensus()).isFalse();
        assertThat(vm.row(q).cell(v).tooltip()).contains("consensus override");
        assertThat(store().consensus()).singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("agreed in the panel of 12 May"));
        undo.undo();
        assertThat(store().consensus()).isEmpty();
        assertThat(vm.row(q).cell(v).needsConsensus()).isTrue();
        assertThat(store().verifyAudit().ok()).isTrue();
    }

    @Test
    void badInputIsRefusedWithAReasonAndStoresNothing() throws Exception {
        ScoringViewModel vm = unscored();
        int v = column(vm, "Premier");
        String manual = vm.rows().stream().filter(r -> r.cell(v).scorable()).findFirst().orElseThrow().id();
        String linear = vm.rows().stream().filter(r -> !r.manual() && !r.kpi()).findFirst().orElseThrow().id();

        vm.selectionProperty().set(new ScoringViewModel.Selection(manual, v));
        vm.scoreInputProperty().set("4");
        vm.saveScore();
        assertThat(vm.messageProperty().get()).contains("Pick the evaluator");
        vm.evaluatorProperty().set("Ops");
        vm.scoreInputProperty().set("7");
        vm.saveScore();
        assertThat(vm.messageProperty().get()).contains("from 0 to 5").contains("'7'");
        vm.scoreInputProperty().set("four");
        vm.saveScore();
        assertThat(vm.messageProperty().get()).contains("'four'");
        vm.selectionProperty().set(new ScoringViewModel.Selection(linear, v));
        vm.scoreInputProperty().set("4");
        vm.saveScore();
        assertThat(vm.messageProperty().get()).contains("manual question");
        assertThat(store().scores()).isEmpty();
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void theDemosRankingFollowsASliderButItsWinnerIsStable() throws Exception {
        ScoringViewModel vm = demo();
        assertThat(vm.ranking().get(0).vendor()).isEqualTo("CareLine Partners");
        assertThat(vm.ranking().get(0).combined()).isEqualTo("97.39");
        assertThat(vm.ranking()).extracting(ScoringViewModel.RankRow::vendor).last().isEqualTo("SecureCall Health");
        assertThat(vm.ranking().get(vm.ranking().size() - 1).status()).startsWith("disqualified: CS-02");
        assertThat(vm.sliders()).hasSize(store().loadRfp().orElseThrow().sections().size());
        assertThat(vm.sliders().stream().mapToDouble(s -> s.percentProperty().get()).sum()).isCloseTo(100, within());
        assertThat(vm.sliders()).allSatisfy(s -> {
            assertThat(s.thresholdProperty().get()).isNull();
            assertThat(s.thresholdTextProperty().get()).isEqualTo("CareLine Partners stays first across 0-100 %");
        });
        SectionSlider kpi = vm.sliders().stream().filter(s -> s.sectionId().equals("KPI")).findFirst().orElseThrow();
        vm.moveWeight("KPI", 80);
        assertThat(kpi.percentProperty().get()).isEqualTo(80);
        assertThat(vm.ranking().get(0).vendor()).isEqualTo("CareLine Partners");
        assertThat(vm.ranking().get(0).combined()).as("KPI weighs 80 %%: CareLine's 100 points count more")
                .isNotEqualTo("97.39");
    }

    @Test
    void movingASectionPastItsSensitivityThresholdChangesTheWinnerAndSavedWeightsAreUndoable() throws Exception {
        Path file = DemoWorkspace.ensure(dir);
        try (Workspace ws = Workspace.open(file)) {
            // the panel marks CareLine's written answers down: Premier leads, CareLine wins only if KPIs weigh more
            for (var q : ws.loadRfp().orElseThrow().questions()) {
                if (q.isManual()) ws.putConsensus(new ConsensusOverride("CareLine Partners", q.id(), 0, "panel"));
            }
        }
        ScoringViewModel vm = demo();
        assertThat(vm.ranking().get(0).vendor()).isEqualTo("Premier Patient Access");
        SectionSlider moved = vm.sliders().stream().filter(s -> s.thresholdProperty().get() != null).findFirst()
                .orElseThrow(() -> new AssertionError("the winner changes with some section weight"));
        double now = moved.percentProperty().get();
        double at = moved.thresholdProperty().get();
        assertThat(moved.thresholdTextProperty().get()).contains("CareLine Partners overtakes Premier Patient Access");
        double past = at + (at > now ? 0.5 : -0.5);
        double before = at - (at > now ? 0.5 : -0.5);

        vm.moveWeight(moved.sectionId(), before);
        assertThat(vm.ranking().get(0).vendor()).as("just before the marker").isEqualTo("Premier Patient Access");
        vm.moveWeight(moved.sectionId(), past);
        assertThat(vm.weightsChangedProperty().get()).isTrue();
        assertThat(vm.ranking().get(0).vendor()).as("just past the marker").isEqualTo("CareLine Partners");
        assertThat(vm.sliders().stream().mapToDouble(s -> s.percentProperty().get()).sum()).isCloseTo(100, within());
        assertThat(store().sectionWeights()).as("session weights are not stored").isEmpty();

        vm.resetWeights();
        assertThat(vm.ranking().get(0).vendor()).isEqualTo("Premier Patient Access");
        assertThat(moved.percentProperty().get()).isCloseTo(now, within());

        vm.moveWeight(moved.sectionId(), past);
        int audit = store().auditEntries().size();
        vm.saveWeights();
        assertThat(store().sectionWeights()).hasSize(vm.sliders().size())
                .allSatisfy(w -> assertThat(w.reason()).isEqualTo(ScoringViewModel.SAVE_WEIGHTS_REASON));
        assertThat(store().auditEntries()).hasSize(audit + vm.sliders().size());
        assertThat(vm.weightsChangedProperty().get()).isFalse();
        assertThat(vm.ranking().get(0).vendor()).as("reloaded from the stored weights").isEqualTo("CareLine Partners");
        SectionSlider reloaded = vm.sliders().stream().filter(s -> s.sectionId().equals(moved.sectionId())).findFirst().orElseThrow();
        assertThat(reloaded.percentProperty().get()).isCloseTo(past, org.assertj.core.data.Offset.offset(1e-4));

        undo.undo();
        assertThat(store().sectionWeights()).isEmpty();
        assertThat(vm.ranking().get(0).vendor()).isEqualTo("Premier Patient Access");
        assertThat(vm.sliders().stream().filter(s -> s.sectionId().equals(moved.sectionId())).findFirst().orElseThrow()
                .percentProperty().get()).isCloseTo(now, within());
        assertThat(store().verifyAudit().ok()).isTrue();
    }

    @Test
    void unsavedSliderPositionsSurviveAScoreSave() throws Exception {
        ScoringViewModel vm = demo();
        SectionSlider first = vm.sliders().get(0);
        vm.moveWeight(first.sectionId(), 60);
        int v = column(vm, "Premier");
        String q = vm.rows().stream().filter(r -> r.cell(v).scorable()).findFirst().orElseThrow().id();
        vm.selectionProperty().set(new ScoringViewModel.Selection(q, v));
        vm.evaluatorProperty().set("Lead");
        vm.scoreInputProperty().set("5");
        vm.saveScore();
        assertThat(vm.row(q).cell(v).evaluatorScores()).extracting(EvaluatorScore::evaluator).contains("Lead");
        assertThat(vm.sliders().get(0).percentProperty().get()).isCloseTo(60, within());
        assertThat(vm.weightsChangedProperty().get()).isTrue();
    }

    @Test
    void blindModeShowsLabelsHidesPricesAndRevealsOnlyAfterConfirmation() throws Exception {
        ScoringViewModel vm = demo();
        vm.setBlind(true);
        assertThat(store().blindMode()).isTrue();
        assertThat(vm.blindProperty().get()).isTrue();
        assertThat(vm.vendors()).extracting(ScoringViewModel.VendorColumn::shown)
                .containsExactly("Vendor A", "Vendor B", "Vendor C", "Vendor D", "Vendor E");
        assertThat(vm.ranking()).allSatisfy(r -> {
            assertThat(r.vendor()).startsWith("Vendor ");
            assertThat(r.price()).isEqualTo("hidden");
            assertThat(r.combined()).isEqualTo("hidden");
            assertThat(r.tco()).isEqualTo("hidden");
        });
        assertThat(vm.sliders()).allSatisfy(s -> assertThat(s.thresholdTextProperty().get())
                .doesNotContain("CareLine").doesNotContain("Premier"));
        // ordered by quality alone: Premier (Q 98.61) before CareLine (96.27)
        assertThat(vm.ranking().get(0).vendor()).isEqualTo(vm.vendors().get(column(vm, "Premier")).shown());

        accept = false;
        vm.setBlind(false);
        assertThat(confirmations).hasSize(1);
        assertThat(store().blindMode()).isTrue();
        accept = true;
        vm.setBlind(false);
        assertThat(store().blindMode()).isFalse();
        assertThat(vm.ranking().get(0).vendor()).isEqualTo("CareLine Partners");
        undo.undo();
        assertThat(vm.blindProperty().get()).isTrue();
    }

    @Test
    void readOnlyWorkspaceRefusesEditsAndMovingASliderIsFast() throws Exception {
        Path demo = DemoWorkspace.ensure(dir);
        open.set(service.openReadOnly(demo));
        ScoringViewModel vm = new ScoringViewModel(open, StoreWorkspaceService::storeOf, tasks, undo, dialogs);
        assertThat(vm.rows()).isNotEmpty();
        vm.saveWeights();
        assertThat(vm.messageProperty().get()).contains("read-only");

        SectionSlider s = vm.sliders().get(1);
        int moves = 200;
        long t0 = System.nanoTime();
        s.changingProperty().set(true); // a drag: thresholds follow when it ends
        for (int i = 0; i < moves; i++) vm.moveWeight(s.sectionId(), (i * 7) % 100);
        s.changingProperty().set(false);
        assertThat(s.thresholdTextProperty().get()).contains("stays first");
        double msPerMove = (System.nanoTime() - t0) / 1e6 / moves;
        System.out.printf("scoring area: one slider move re-ranks in %.2f ms (5 vendors, 61 questions)%n", msPerMove);
        assertThat(msPerMove).as("re-ranking runs on the UI thread").isLessThan(50);
    }

    @Test
    void noWorkspaceOrNoRfpSaysSo() throws Exception {
        ScoringViewModel vm = new ScoringViewModel(open, StoreWorkspaceService::storeOf, tasks, undo, dialogs);
        assertThat(vm.messageProperty().get()).isEqualTo("No workspace open");
        open.set(service.create(dir.resolve("empty.vbench")));
        assertThat(vm.messageProperty().get()).startsWith("No RFP imported yet");
        assertThat(vm.rows()).isEmpty();
        vm.saveScore();
        assertThat(vm.messageProperty().get()).contains("Open a workspace with an RFP");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
