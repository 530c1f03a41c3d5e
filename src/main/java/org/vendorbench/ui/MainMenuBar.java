package org.vendorbench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.vendorbench.ui.settings.UiTheme;

/**
 * File, Edit, View and Help menus with mnemonics and accelerators (Ctrl+N, Ctrl+O, Ctrl+Shift+S, Ctrl+W,
 * Ctrl+Q, Ctrl+Z, Ctrl+Y, Ctrl+1 … Ctrl+7; Cmd on macOS). Items only call the view-model and bind their enabled state.
 */
final class MainMenuBar extends MenuBar {
    private final MainViewModel vm;
    private final Menu recentMenu = new Menu("Open _Recent");

    MainMenuBar(MainViewModel vm, Runnable quit, String version) {
        this(vm, quit, version, null);
    }

    /** With an Edit menu (Undo Ctrl+Z, Redo Ctrl+Y; Ctrl+Shift+Z is the window's) when {@code undo} is given. */
    MainMenuBar(MainViewModel vm, Runnable quit, String version, org.vendorbench.ui.undo.UndoStack undo) {
        this.vm = vm;
        setId("menuBar");
        getMenus().add(fileMenu(quit));
        if (undo != null) getMenus().add(editMenu(undo));
        getMenus().addAll(viewMenu(), helpMenu(version));
    }

    private Menu editMenu(org.vendorbench.ui.undo.UndoStack undo) {
        MenuItem undoItem = item("_Undo", "menuUndo", Feather.CORNER_UP_LEFT, KeyCode.Z, undo::undo);
        undoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> undo.undoLabelProperty().get().isEmpty() ? "_Undo" : "_Undo " + undo.undoLabelProperty().get(),
                undo.undoLabelProperty()));
        undoItem.disableProperty().bind(undo.canUndoProperty().not().or(vm.readOnly()));
        MenuItem redoItem = item("_Redo", "menuRedo", Feather.CORNER_UP_RIGHT, KeyCode.Y, undo::redo);
        redoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> undo.redoLabelProperty().get().isEmpty() ? "_Redo" : "_Redo " + undo.redoLabelProperty().get(),
                undo.redoLabelProperty()));
        redoItem.disableProperty().bind(undo.canRedoProperty().not().or(vm.readOnly()));
        Menu edit = new Menu("_Edit");
        edit.setId("menuEdit");
        edit.getItems().addAll(undoItem, redoItem);
        return edit;
    }

    private Menu fileMenu(Runnable quit) {
        MenuItem newItem = item("_New workspace…", "menuNew", Feather.FILE_PLUS, KeyCode.N, vm::newWorkspace);
        newItem.disableProperty().bind(vm.busyProperty());
        MenuItem open = item("_Open…", "menuOpen", Feather.FOLDER, KeyCode.O, vm::openWorkspace);
        open.disableProperty().bind(vm.busyProperty());
        recentMenu.setId("menuRecent");
        recentMenu.setGraphic(Icons.menu(Feather.CLOCK));
        recentMenu.disableProperty().bind(vm.busyProperty());
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent(vm.recentFiles()));
        rebuildRecent(vm.recentFiles());
        MenuItem copy = item("Save _As copy…", "menuSaveCopy", Feather.COPY, null, vm::saveCopy);
        copy.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copy.disableProperty().bind(vm.canUseWorkspace().not());
        MenuItem close = item("_Close", "menuClose", Feather.X_SQUARE, KeyCode.W, vm::closeWorkspace);
        close.disableProperty().bind(vm.canUseWorkspace().not());
        MenuItem quitItem = item("_Quit", "menuQuit", Feather.LOG_OUT, KeyCode.Q, quit);
        Menu file = new Menu("_File");
        file.setId("menuFile");
        file.getItems().addAll(newItem, open, recentMenu, new SeparatorMenuItem(), copy, close,
                new SeparatorMenuItem(), quitItem);
        return file;
    }

    private void rebuildRecent(List<Path> recent) {
        recentMenu.getItems().clear();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent workspaces");
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (int i = 0; i < recent.size(); i++) {
            Path p = recent.get(i);
            Path dir = p.getParent();
            MenuItem item = new MenuItem((i + 1) + "  " + p.getFileName() + (dir == null ? "" : "   —  " + dir));
            item.setMnemonicParsing(false);
            item.setId("recent" + i);
            item.setOnAction(e -> vm.openRecent(p));
            recentMenu.getItems().add(item);
        }
    }

    private Menu viewMenu() {
        Menu view = new Menu("_View");
        view.setId("menuView");
        ToggleGroup areas = new ToggleGroup();
        for (Area area : Area.values()) {
            RadioMenuItem item = new RadioMenuItem(area.title());
            item.setMnemonicParsing(false);
            item.setId("menuArea" + area.name());
            item.setGraphic(Icons.menu(area.icon()));
            item.setToggleGroup(areas);
            item.setUserData(area);
            item.setAccelerator(new KeyCodeCombination(digit(area.number()), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> vm.areaProperty().set(area));
            view.getItems().add(item);
        }
        selectToggle(areas, vm.areaProperty().get());
        vm.areaProperty().addListener((o, old, now) -> selectToggle(areas, now));

        ToggleGroup themes = new ToggleGroup();
        view.getItems().add(new SeparatorMenuItem());
        for (UiTheme theme : UiTheme.values()) {
            RadioMenuItem item = new RadioMenuItem("_" + theme.label() + " theme");
            item.setId("menuTheme" + theme.name());
            item.setToggleGroup(themes);
            item.setUserData(theme);
            item.setOnAction(e -> vm.themeProperty().set(theme));
            view.getItems().add(item);
        }
        selectToggle(themes, vm.themeProperty().get());
        vm.themeProperty().addListener((o, old, now) -> selectToggle(themes, now));
        return view;
    }

    private Menu helpMenu(String version) {
        Menu help = new Menu("_Help");
        help.setId("menuHelp");
        help.getItems().add(item("_About Vendorbench", "menuAbout", Feather.INFO, null, () -> vm.about(version)));
        return help;
    }

    private static void selectToggle(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(t -> t.getUserData() == value).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private static MenuItem item(String text, String id, Feather icon, KeyCode shortcut, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.menu(icon));
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }
}
