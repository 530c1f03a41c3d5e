package org.vendorbench.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The page of an area that has no full view yet: heading, purpose and the workspace status line. */
public final class AreaPlaceholderView extends VBox {

    public AreaPlaceholderView(AreaPlaceholderViewModel viewModel) {
        getStyleClass().add("area-page");
        setId("area-" + viewModel.area().name().toLowerCase(java.util.Locale.ROOT));

        FontIcon icon = new FontIcon(viewModel.area().icon());
        icon.setIconSize(28);
        icon.getStyleClass().add("area-icon");
        Label title = new Label(viewModel.title());
        title.setId("areaTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        HBox heading = new HBox(12, icon, title);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label purpose = new Label(viewModel.purpose());
        purpose.setWrapText(true);
        purpose.getStyleClass().add("area-purpose");

        Label status = new Label();
        status.setId("areaStatus");
        status.setWrapText(true);
        status.getStyleClass().addAll("area-status", Styles.TITLE_4);
        status.textProperty().bind(viewModel.status());

        Label note = new Label(viewModel.note());
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        getChildren().addAll(heading, purpose, status, note);
    }
}
