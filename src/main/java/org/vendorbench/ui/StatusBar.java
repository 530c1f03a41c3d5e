package org.vendorbench.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.vendorbench.ui.task.JobStatus;

/**
 * Bottom bar: the open file and its read-only flag on the left; on the right the running job's
 * message, progress bar and Cancel button (or the last operation's outcome when nothing runs).
 */
final class StatusBar extends HBox {

    StatusBar(MainViewModel vm) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        JobStatus job = vm.jobStatus();

        Label file = new Label();
        file.setId("statusFile");
        file.setGraphic(Icons.menu(Feather.DATABASE));
        file.textProperty().bind(vm.fileLabel());
        file.setMinWidth(80);

        Label readOnly = new Label("Read-only");
        readOnly.setId("statusReadOnly");
        readOnly.setGraphic(Icons.menu(Feather.LOCK));
        readOnly.getStyleClass().add("read-only-badge");
        readOnly.visibleProperty().bind(vm.readOnly());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label message = new Label();
        message.setId("statusMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(Bindings.when(job.runningProperty())
                .then(job.messageProperty()).otherwise(vm.noticeProperty()));

        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(job.progressProperty());
        progress.visibleProperty().bind(job.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button cancel = new Button("Cancel", Icons.menu(Feather.X_CIRCLE));
        cancel.setId("statusCancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(e -> job.cancel());
        cancel.visibleProperty().bind(job.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        getChildren().addAll(file, readOnly, spacer, message, progress, cancel);
    }
}
