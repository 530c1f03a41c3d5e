package org.vendorbench.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.vendorbench.ui.MainViewModel;

/**
 * With {@code -Dvendorbench.screenshot=file.png}: waits until start-up work is done and the window
 * has settled, snapshots the main window's scene to a PNG (written off the UI thread) and exits.
 * Used by {@code scripts/screenshot.sh} for the README picture.
 */
final class ScreenshotOnStart {
    static final String PROPERTY = "vendorbench.screenshot";
    private static final int QUIET_TICKS_NEEDED = 5;
    private static final int MAX_TICKS = 150;

    private final Stage stage;
    private final MainViewModel vm;
    private final Path target;
    private final Executor background;
    private int quietTicks;
    private int ticks;

    ScreenshotOnStart(Stage stage, MainViewModel vm, Path target, Executor background) {
        this.stage = stage;
        this.vm = vm;
        this.target = target.toAbsolutePath();
        this.background = background;
    }

    void arm() {
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
            ticks++;
            boolean idle = !vm.isBusy() && !vm.jobStatus().isRunning();
            quietTicks = idle ? quietTicks + 1 : 0;
            if (quietTicks >= QUIET_TICKS_NEEDED || ticks >= MAX_TICKS) {
                poll.stop();
                capture();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void capture() {
        WritableImage image = stage.getScene().snapshot(null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        background.execute(() -> {
            try {
                Files.createDirectories(target.getParent());
                ImageIO.write(buffered, "png", target.toFile());
                System.out.println("vendorbench: screenshot saved to " + target);
            } catch (IOException e) {
                System.err.println("vendorbench: cannot write screenshot " + target + ": " + e.getMessage());
            }
            Platform.runLater(() -> vm.quit(Platform::exit));
        });
    }
}
