package org.vendorbench.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX application: reads settings off the UI thread in {@link #init()}, shows the main window
 * in {@link #start(Stage)} and releases resources in {@link #stop()}. All wiring is in {@link AppContext}.
 * Started by {@link Launcher} without arguments, or by {@code mvn javafx:run}.
 */
public final class VendorbenchApp extends Application {
    private AppContext context;
    private String startupProblem;

    public static void main(String[] args) {
        launch(VendorbenchApp.class, args);
    }

    /** Runs on the JavaFX launcher thread, not the UI thread: the place for start-up I/O. */
    @Override
    public void init() {
        Path dataDir = DataDirectory.resolve();
        try {
            context = AppContext.load(dataDir);
            Launcher.workspaceArgument(getParameters().getRaw().toArray(String[]::new)).ifPresent(context::openAtStart);
        } catch (IOException | RuntimeException e) {
            startupProblem = "Cannot use the data folder " + dataDir + ": " + e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        if (context == null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupProblem);
            alert.setHeaderText("Vendorbench cannot start");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        context.useHostServices(getHostServices());
        context.start(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}
