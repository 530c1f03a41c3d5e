package org.vendorbench.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left navigation: one entry per {@link Area}, kept in step with the view-model's area. */
final class NavigationPane extends ListView<Area> {

    NavigationPane(MainViewModel vm) {
        super(javafx.collections.FXCollections.observableArrayList(Area.values()));
        setId("navigation");
        getStyleClass().add("navigation");
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Area area, boolean empty) {
                super.updateItem(area, empty);
                if (empty || area == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(area.title());
                    FontIcon icon = new FontIcon(area.icon());
                    icon.setIconSize(16);
                    setGraphic(icon);
                    setGraphicTextGap(10);
                    setTooltip(new Tooltip(area.purpose() + " (Ctrl+" + area.number() + ")"));
                }
            }
        });
        getSelectionModel().select(vm.areaProperty().get());
        getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.areaProperty().set(now);
            }
        });
        vm.areaProperty().addListener((o, old, now) -> getSelectionModel().select(now));
    }
}
