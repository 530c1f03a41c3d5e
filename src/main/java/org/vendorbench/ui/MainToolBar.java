package org.vendorbench.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/** New, Open and Save As copy buttons with tooltips naming their shortcuts. */
final class MainToolBar extends ToolBar {

    MainToolBar(MainViewModel vm) {
        setId("toolBar");
        getItems().addAll(
                button("toolNew", Feather.FILE_PLUS, "New", "New workspace (Ctrl+N)", vm::newWorkspace, vm.busyProperty()),
                button("toolOpen", Feather.FOLDER, "Open", "Open a workspace (Ctrl+O)", vm::openWorkspace, vm.busyProperty()),
                button("toolSaveCopy", Feather.COPY, "Save As copy", "Save a copy of the open workspace (Ctrl+Shift+S)",
                        vm::saveCopy, vm.canUseWorkspace().not()));
    }

    private static Button button(String id, Feather icon, String text, String tip, Runnable action,
                                 ObservableBooleanValue disabled) {
        Button b = new Button(text, Icons.toolbar(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.getStyleClass().add(Styles.FLAT);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(400));
        b.setTooltip(tooltip);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(disabled);
        return b;
    }
}
