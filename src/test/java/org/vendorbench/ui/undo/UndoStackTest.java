package org.vendorbench.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.DemoWorkspace;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.SynchronousTaskRunner;

class UndoStackTest {
    @TempDir Path dir;

    @Test
    void undoRestoresThePreviousScoreAndRedoReappliesAllAudited() throws Exception {
        try (Workspace ws = Workspace.open(DemoWorkspace.ensure(dir))) {
            EvaluatorScore before = ws.scores().get(0);
            int[] changes = {0};
            UndoStack undo = new UndoStack(new SynchronousTaskRunner(), () -> changes[0]++);
            int audit = ws.auditEntries().size();
            double other = before.score() == 5 ? 1 : 5;
            undo.execute(WorkspaceEdits.putScore(ws, new EvaluatorScore(before.evaluator(), before.vendor(),
                    before.questionId(), other, "changed")));
            assertThat(score(ws, before)).isEqualTo(other);
            assertThat(undo.canUndoProperty().get()).isTrue();

            undo.undo();
            assertThat(score(ws, before)).isEqualTo(before.score());
            assertThat(undo.canUndoProperty().get()).isFalse();
            assertThat(undo.canRedoProperty().get()).isTrue();

            undo.redo();
            assertThat(score(ws, before)).isEqualTo(other);
            assertThat(ws.auditEntries()).as("each step is a new audited change").hasSize(audit + 3);
            assertThat(ws.verifyAudit().ok()).isTrue();
            assertThat(changes[0]).isEqualTo(3);
        }
    }

    @Test
    void undoOfANewScoreRemovesItAndNewEditClearsRedo() throws Exception {
        try (Workspace ws = Workspace.open(DemoWorkspace.ensure(dir))) {
            EvaluatorScore any = ws.scores().get(0);
            UndoStack undo = new UndoStack(new SynchronousTaskRunner(), () -> { });
            EvaluatorScore fresh = new EvaluatorScore("newcomer", any.vendor(), any.questionId(), 3, "");
            undo.execute(WorkspaceEdits.putScore(ws, fresh));
            assertThat(ws.scores()).contains(fresh);
            undo.undo();
            assertThat(ws.scores()).noneMatch(s -> s.evaluator().equals("newcomer"));

            String section = ws.loadRfp().orElseThrow().sections().get(0).id();
            undo.execute(WorkspaceEdits.putSectionWeight(ws, new SectionWeightOverride(section, 0.5, "slider")));
            assertThat(undo.canRedoProperty().get()).isFalse();
            assertThat(ws.sectionWeights()).extracting(SectionWeightOverride::sectionId).contains(section);
            undo.undo();
            assertThat(ws.sectionWeights()).extracting(SectionWeightOverride::sectionId).doesNotContain(section);

            boolean blind = ws.blindMode();
            undo.execute(WorkspaceEdits.setBlindMode(ws, !blind));
            assertThat(ws.blindMode()).isEqualTo(!blind);
            undo.undo();
            assertThat(ws.blindMode()).isEqualTo(blind);
        }
    }

    @Test
    void labelsNameTheNextStepAndTheRevisionCountsEveryStep() throws Exception {
        try (Workspace ws = Workspace.open(DemoWorkspace.ensure(dir))) {
            UndoStack undo = new UndoStack(new SynchronousTaskRunner(), () -> { });
            assertThat(undo.undoLabelProperty().get()).isEmpty();
            String section = ws.loadRfp().orElseThrow().sections().get(1).id();
            undo.execute(WorkspaceEdits.replaceSectionWeights(ws,
                    List.of(new SectionWeightOverride(section, 7, "sliders")), "sliders"));
            assertThat(undo.undoLabelProperty().get()).isEqualTo("section weights");
            assertThat(undo.revisionProperty().get()).isEqualTo(1);
            undo.undo();
            assertThat(ws.sectionWeights()).isEmpty();
            assertThat(undo.undoLabelProperty().get()).isEmpty();
            assertThat(undo.redoLabelProperty().get()).isEqualTo("section weights");
            undo.redo();
            assertThat(ws.sectionWeights()).containsExactly(new SectionWeightOverride(section, 7, "sliders"));
            assertThat(undo.revisionProperty().get()).isEqualTo(3);
            undo.clear();
            assertThat(undo.canUndoProperty().get()).isFalse();
            assertThat(undo.undoLabelProperty().get()).isEmpty();
        }
    }

    private static double score(Workspace ws, EvaluatorScore key) {
        List<EvaluatorScore> all = ws.scores();
        return all.stream().filter(s -> s.evaluator().equals(key.evaluator()) && s.vendor().equals(key.vendor())
                && s.questionId().equals(key.questionId())).findFirst().orElseThrow().score();
    }
}
