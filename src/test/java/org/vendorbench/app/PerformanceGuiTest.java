package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.TilePane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.vendorbench.domain.monitoring.BreachStatus;
import org.vendorbench.ui.Area;
import org.vendorbench.ui.performance.PerformanceViewModel;

/** The Vendor performance area in the real window on the first-start demo (headless Monocle). */
class PerformanceGuiTest extends DemoWindowTest {
    @Test
    void ctrl8ShowsTheDemoVendorsBreachesAndTrendCharts() throws Exception {
        press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.mainViewModel().areaProperty().get()).isEqualTo(Area.PERFORMANCE);
        Label banner = lookup("#performance-banner").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> banner.getText().startsWith("CareLine Partners, live since"));
        assertThat(banner.getText()).contains("2 open remediation items").contains("1 exit right");

        TableView<PerformanceViewModel.BreachRow> breaches = lookup("#performance-breaches").queryTableView();
        assertThat(breaches.getItems()).anySatisfy(b -> {
            assertThat(b.month() + " " + b.kpiId()).isEqualTo("2027-11 FCR");
            assertThat(b.status()).isEqualTo(BreachStatus.REMEDIATION);
        });
        assertThat(breaches.getItems()).anySatisfy(b -> assertThat(b.month() + " " + b.kpiId() + " " + b.statusLabel())
                .isEqualTo("2027-08 ASA Exit right reached"));
        TilePane charts = lookup("#performance-charts").query();
        assertThat(charts.getChildren()).hasSize(8);

        clickOn("Breaches");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("2027-11").tryQuery()).isPresent();
    }
}
