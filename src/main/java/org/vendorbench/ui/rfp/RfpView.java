package org.vendorbench.ui.rfp;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.vendorbench.domain.Section;

/**
 * The RFP area: the stored RFP's sections with their weights and the "Pairwise weights…" button
 * that opens {@link PairwiseWeightsView} in a dialog. Binds to {@link RfpViewModel} only.
 */
public final class RfpView extends BorderPane {

    public RfpView(RfpViewModel model) {
        setPadding(new Insets(12));
        Label area = new Label("RFP");
        area.setId("areaTitle");
        area.getStyleClass().add("title-2");
        Label title = new Label();
        title.setId("areaStatus");
        title.textProperty().bind(model.messageProperty());
        title.getStyleClass().add("title-4");

        TableView<Section> table = new TableView<>(model.sections());
        table.setId("rfp-sections");
        TableColumn<Section, String> id = new TableColumn<>("ID");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        TableColumn<Section, String> name = new TableColumn<>("Section");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(320);
        TableColumn<Section, Double> weight = new TableColumn<>("Weight");
        weight.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().weight()));
        table.getColumns().setAll(java.util.List.of(id, name, weight));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button pairwise = new Button("Pairwise weights…");
        pairwise.setId("rfp-pairwise");
        pairwise.setOnAction(e -> openPairwise(model));
        pairwise.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.canWeighPairwise(), model.sections()));

        setTop(new javafx.scene.layout.VBox(4, area, title));
        setCenter(table);
        HBox actions = new HBox(8, pairwise);
        actions.setPadding(new Insets(8, 0, 0, 0));
        setBottom(actions);
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
    }

    private void openPairwise(RfpViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Pairwise section weights");
        if (getScene() != null) dialog.initOwner(getScene().getWindow());
        dialog.getDialogPane().setContent(new PairwiseWeightsView(model.pairwise(), model::weightsStored));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
