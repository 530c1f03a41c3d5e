package org.vendorbench.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.vendorbench.ui.settings.Settings;
import org.vendorbench.ui.settings.UiTheme;
import org.vendorbench.ui.settings.WindowBounds;

/**
 * The main window: menu bar and toolbar on top, area navigation on the left, the selected area's
 * view in the centre, status bar at the bottom. It binds to {@link MainViewModel} and restores and
 * remembers its size, position, theme, area and divider through it.
 */
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final MainViewModel vm;
    private final AreaViews areaViews;
    private final String version;
    private final org.vendorbench.ui.undo.UndoStack undo;
    private Stage stage;
    private SplitPane split;
    private java.util.function.Consumer<DroppedFiles> onFilesDropped = d -> { };

    public MainWindow(MainViewModel vm, AreaViews areaViews, String version) {
        this(vm, areaViews, version, null);
    }

    /** @param undo the app-wide undo stack behind the Edit menu, or null for a window without one */
    public MainWindow(MainViewModel vm, AreaViews areaViews, String version, org.vendorbench.ui.undo.UndoStack undo) {
        this.vm = Objects.requireNonNull(vm);
        this.areaViews = Objects.requireNonNull(areaViews);
        this.version = Objects.requireNonNull(version);
        this.undo = undo;
    }

    /**
     * Builds the scene on {@code stage} and shows it.
     *
     * @param exit ends the application once the workspace was closed (Quit or the window's close box)
     */
    public void show(Stage stage, Runnable exit) {
        this.stage = stage;
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((o, old, now) -> applyTheme(now));

        Runnable quit = () -> requestQuit(exit);
        VBox top = new VBox(new MainMenuBar(vm, quit, version, undo), new MainToolBar(vm));

        StackPane content = new StackPane();
        content.setId("areaContent");
        content.getChildren().setAll(areaViews.viewFor(vm.areaProperty().get()));
        vm.areaProperty().addListener((o, old, now) -> content.getChildren().setAll(areaViews.viewFor(now)));

        NavigationPane navigation = new NavigationPane(vm);
        split = new SplitPane(navigation, content);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(navigation, false);
        split.setDividerPositions(vm.settings().dividerPosition());

        BorderPane root = new BorderPane(split, top, null, new StatusBar(vm), null);
        root.setId("mainRoot");
        acceptDroppedFiles(root);
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("vendorbench.css"), "vendorbench.css").toExternalForm());

        if (undo != null) {
            // a menu item has one accelerator: Ctrl+Y is on Redo, the other usual Redo key is the scene's
            scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN), () -> {
                        if (undo.canRedoProperty().get() && !vm.readOnly().get()) undo.redo();
                    });
        }
        stage.setScene(scene);
        stage.titleProperty().bind(vm.windowTitle());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        var icon = MainWindow.class.getResource("vendorbench-icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        restoreBounds(vm.settings());
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit.run();
        });
        stage.show();
        navigation.requestFocus();
    }

    /**
     * What to do with files dropped on the window outside an area that takes them itself (a
     * {@code .vbench} opens, workbooks go to the import wizard); set before {@link #show}.
     */
    public void setOnFilesDropped(java.util.function.Consumer<DroppedFiles> action) {
        this.onFilesDropped = Objects.requireNonNull(action);
    }

    private void acceptDroppedFiles(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && DroppedFiles.classify(files(e.getDragboard())).actionable()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            DroppedFiles dropped = DroppedFiles.classify(e.getDragboard().hasFiles() ? files(e.getDragboard()) : java.util.List.of());
            e.setDropCompleted(dropped.actionable());
            e.consume();
            if (dropped.actionable()) onFilesDropped.accept(dropped);
        });
    }

    private static java.util.List<java.nio.file.Path> files(javafx.scene.input.Dragboard board) {
        return board.getFiles().stream().map(java.io.File::toPath).toList();
    }

    /** The divider position between navigation and content, as shown now. */
    public double dividerPosition() {
        return split == null || split.getDividers().isEmpty() ? Settings.DEFAULT_DIVIDER
                : split.getDividers().get(0).getPosition();
    }

    private void requestQuit(Runnable exit) {
        vm.rememberLayout(currentBounds(), dividerPosition());
        vm.quit(exit);
    }

    private Optional<WindowBounds> currentBounds() {
        if (stage == null || !(stage.getWidth() > 0) || !(stage.getHeight() > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
    }

    private void restoreBounds(Settings settings) {
        Optional<WindowBounds> saved = settings.window().filter(w ->
                !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty());
        if (saved.isPresent()) {
            WindowBounds w = saved.get();
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    private static void applyTheme(UiTheme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet());
    }
}
