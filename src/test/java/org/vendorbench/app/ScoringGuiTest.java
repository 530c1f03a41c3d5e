package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.Area;
import org.vendorbench.ui.scoring.ScoringViewModel;

/**
 * The Scoring area in the real window (AppContext on a temp data folder, the demo workspace, headless
 * Monocle): a section weight moves the ranking, two evaluators two points apart raise the spread flag,
 * Ctrl+Z takes the last score back out of the workspace.
 */
class ScoringGuiTest extends DemoWindowTest {
    private Workspace store() {
        return StoreWorkspaceService.storeOf(context.mainViewModel().getWorkspace());
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // while the grid refreshes its cells are briefly empty: a lookup that finds none is "not yet"
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (org.testfx.service.query.EmptyNodeQueryException notYet) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableCell<?, ?> gridCell(String columnId, int row) {
        return lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row && c.getText() != null
                        // the cell is read off the FX thread: its text can be set a moment before its tooltip
                        && c.getTooltip() != null)
                .queryAs(TableCell.class);
    }

    @Test
    void movingASectionWeightReranksScoringAsTwoEvaluatorsFlagsTheSpreadAndCtrlZUndoes() throws Exception {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(context.mainViewModel().areaProperty().get()).isEqualTo(Area.SCORING);
        TableView<ScoringViewModel.RankRow> ranking = lookup("#scoring-ranking").queryTableView();
        waitFor(() -> ranking.getItems().size() == 5);
        assertThat(ranking.getItems().get(0).vendor()).isEqualTo("CareLine Partners");
        String combinedBefore = ranking.getItems().get(0).combined();
        String kpiBefore = lookup("#weight-value-KPI").queryAs(Label.class).getText();

        // move the KPI weight with the keyboard (the panel may be scrolled: focus the slider, then step right)
        javafx.scene.control.Slider kpi = lookup("#weight-KPI").queryAs(javafx.scene.control.Slider.class);
        interact(kpi::requestFocus);
        for (int i = 0; i < 10; i++) type(KeyCode.RIGHT);

        waitFor(() -> !ranking.getItems().get(0).combined().equals(combinedBefore));
        assertThat(lookup("#weight-value-KPI").queryAs(Label.class).getText()).isNotEqualTo(kpiBefore).isEqualTo("32.7 %");
        assertThat(lookup("#scoring-save-weights").queryButton().isDisabled()).isFalse();
        assertThat(store().sectionWeights()).as("not stored until Save weights").isEmpty();

        // CareLine's TK-05 (escalation protocol; the demo's evaluators gave 3.5, 3, 3.5): two more evaluators
        clickOn("#scoring-filter").write("TK-05");
        TableView<?> grid = lookup("#scoring-grid").queryTableView();
        waitFor(() -> grid.getItems().size() == 1);
        int careLine = 1; // import order: MedConnect, CareLine, Premier, BudgetVoice, SecureCall
        String column = "scoring-vendor-" + careLine;
        TableCell<?, ?> cell = gridCell(column, 0);
        assertThat(cell.getText()).doesNotContain("⚑");
        assertThat(cell.getTooltip().getText()).contains("mean of 3 evaluators");
        clickOn(cell);
        waitFor(() -> lookup("#scoring-detail-title").queryAs(Label.class).getText().startsWith("TK-05 · CareLine"));

        scoreAs("Panel Low", "3");
        waitFor(() -> gridCell(column, 0).getTooltip().getText().contains("Panel Low: 3"));
        assertThat(gridCell(column, 0).getText()).as("3 to 3.5: no spread").doesNotContain("⚑");
        scoreAs("Panel High", "5");
        waitFor(() -> gridCell(column, 0).getText().contains("⚑"));
        assertThat(gridCell(column, 0).getTooltip().getText()).contains("consensus needed").contains("Panel High: 5");
        assertThat(gridCell(column, 0).getStyleClass()).contains("score-spread");

        // Ctrl+Z with the focus on the grid (in a text field it would undo the typing)
        clickOn(gridCell(column, 0));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> store().scores().stream().noneMatch(s -> s.evaluator().equals("Panel High")));
        List<EvaluatorScore> left = store().scores().stream().filter(s -> s.evaluator().startsWith("Panel ")).toList();
        assertThat(left).extracting(EvaluatorScore::evaluator).containsExactly("Panel Low");
        waitFor(() -> !gridCell(column, 0).getTooltip().getText().contains("Panel High"));
        assertThat(gridCell(column, 0).getText()).as("the flag went with the undone score").doesNotContain("⚑");
        assertThat(context.undoStack().canRedoProperty().get()).isTrue();
    }

    private void scoreAs(String evaluator, String score) {
        clickOn("#scoring-evaluator .text-field");
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(evaluator).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#scoring-score");
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(score);
        clickOn("#scoring-save");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
