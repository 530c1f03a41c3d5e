package org.vendorbench.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
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

    @Override
    public Optional<String> askPassword(String title, String file, String problem) {
        Dialog<String> dialog = new Dialog<>();
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            dialog.initOwner(w);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(file + " is password protected");
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setPromptText("Password");
        Label info = new Label(problem == null ? "Enter the password to open it; Cancel leaves it refused." : problem);
        info.setId(problem == null ? "dialogText" : "passwordProblem");
        info.setWrapText(true);
        info.setMaxWidth(420);
        VBox box = new VBox(8, info, field);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("passwordDialog");
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == open ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait().filter(p -> !p.isEmpty());
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
