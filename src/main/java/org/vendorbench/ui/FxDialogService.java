package org.vendorbench.ui;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts owned by the main window. Call on the UI thread. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public void showError(String title, String header, String reason) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, reason);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String question, String acceptLabel) {
        ButtonType accept = new ButtonType(acceptLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, question);
        alert.getDialogPane().setId("confirmDialog");
        alert.getButtonTypes().setAll(accept, ButtonType.CANCEL);
        return alert.showAndWait().filter(accept::equals).isPresent();
    }

    @Override
    public void showInfo(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, header, text);
        alert.getDialogPane().setId("infoDialog");
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setId("dialogText");
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        return alert;
    }
}
