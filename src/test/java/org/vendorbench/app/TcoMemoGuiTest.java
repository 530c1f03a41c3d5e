package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.ui.Area;

/** The TCO and Memo areas in the real window (AppContext on a temp data folder, headless Monocle). */
class TcoMemoGuiTest extends DemoWindowTest {
    @Test
    void tcoAreaShowsTheChartsOfTheDemoAndASliderMovesTheTotals() throws Exception {
        interact(() -> context.mainViewModel().areaProperty().set(Area.TCO));
        StackedBarChart<String, Number> components = lookup("#tco-components").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !components.getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(components.getData()).hasSize(6); // fees … expected exit
        assertThat(components.getData().get(0).getData()).hasSize(5);
        LineChart<?, ?> cumulative = lookup("#tco-cumulative").query();
        assertThat(cumulative.getData()).extracting(s -> s.getName()).contains("CareLine Partners", "Crossovers");
        assertThat(cumulative.getData().get(0).getData()).hasSize(36);
        BarChart<?, ?> tornado = lookup("#tco-tornado").query();
        assertThat(tornado.getData()).hasSize(2);
        assertThat(tornado.getData().get(0).getData()).isNotEmpty();
        TableView<?> staffing = lookup("#tco-staffing").queryTableView();
        assertThat(staffing.getItems()).hasSize(5);

        Number before = components.getData().get(0).getData().get(0).getYValue();
        Slider volume = lookup("#tco-slider-MONTHLY_CALL_VOLUME").query();
        interact(() -> volume.setValue(volume.getValue() * 1.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(components.getData().get(0).getData().get(0).getYValue().doubleValue())
                .isGreaterThan(before.doubleValue());
        assertThat(lookup("#tco-save").queryButton().isDisabled()).isFalse();

        interact(() -> lookup("#tco-runs").queryTextInputControl().setText("500"));
        clickOn("#tco-run");
        TableView<?> unc = lookup("#tco-uncertainty").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> unc.getItems().size() == 5);
        assertThat(lookup("#tco-uncertainty-note").queryAs(Label.class).getText()).startsWith("500 runs");
    }

    @Test
    void memoAreaPreviewsPagesAndExportsTheFile() throws Exception {
        interact(() -> context.mainViewModel().areaProperty().set(Area.MEMO));
        clickOn("#memo-preview");
        ListView<?> pages = lookup("#memo-pages").queryListView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> pages.getItems().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        ImageView page = lookup("#memo-page").query();
        assertThat(page.getImage()).as("the first page is shown large").isNotNull();
        assertThat(page.getFitWidth()).isGreaterThan(500);

        Path target = home.resolve("exports").resolve("decision-memo.pdf");
        Files.createDirectories(target.getParent());
        files.answer(target);
        clickOn("#memo-export");
        Label exported = lookup("#memo-exported").query();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> exported.getText().contains("decision-memo.pdf"));
        assertThat(target).isRegularFile();
        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(exported.getText()).isEqualTo("Exported to " + target);
    }
}
