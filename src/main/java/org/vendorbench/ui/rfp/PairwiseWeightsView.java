package org.vendorbench.ui.rfp;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The pairwise weighting matrix: sections as rows and columns, the upper triangle as text fields
 * (1/9..9), the lower triangle as labels showing the reciprocals, the weights column, and the
 * consistency ratio with its warning, all following {@link PairwiseWeightsViewModel}. A refused
 * entry gets a red border and its reason as tooltip, and the model keeps the previous value.
 */
public final class PairwiseWeightsView extends VBox {

    private static final String ERROR_STYLE = "-fx-border-color: #d32f2f; -fx-border-width: 2;";

    private final PairwiseWeightsViewModel model;
    private final Label[][] reciprocals;
    private final Label[] weightLabels;

    public PairwiseWeightsView(PairwiseWeightsViewModel model, Runnable afterApply) {
        this.model = model;
        int n = model.size();
        reciprocals = new Label[n][n];
        weightLabels = new Label[n];
        setSpacing(8);
        getStyleClass().add("pairwise-weights");

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        for (int k = 0; k < n; k++) {
            String name = model.sections().get(k).name();
            grid.add(new Label(name), k + 1, 0);
            grid.add(new Label(name), 0, k + 1);
        }
        grid.add(new Label("Weight"), n + 1, 0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (PairwiseWeightsViewModel.editable(i, j)) {
                    grid.add(judgementField(i, j), j + 1, i + 1);
                } else {
                    Label l = new Label();
                    reciprocals[i][j] = l;
                    grid.add(l, j + 1, i + 1);
                }
            }
            weightLabels[i] = new Label();
            grid.add(weightLabels[i], n + 1, i + 1);
        }

        Label cr = new Label();
        cr.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "Consistency ratio: %.2f", model.consistencyRatioProperty().get()),
                model.consistencyRatioProperty()));
        Label warning = new Label();
        warning.textProperty().bind(model.warningProperty());
        warning.setStyle("-fx-text-fill: #d32f2f;");
        warning.visibleProperty().bind(model.inconsistentProperty());
        warning.managedProperty().bind(warning.visibleProperty());

        Button apply = new Button("Apply");
        apply.setId("pairwise-apply");
        apply.setOnAction(e -> model.apply(afterApply));
        Label outcome = new Label();
        outcome.textProperty().bind(model.outcomeProperty());

        getChildren().addAll(warning, grid, cr, new HBox(8, apply, outcome));
        refresh();
    }

    private TextField judgementField(int i, int j) {
        TextField field = new TextField(PairwiseWeightsViewModel.format(model.judgement(i, j)));
        field.setPrefColumnCount(4);
        field.setId("pairwise-" + i + "-" + j);
        field.textProperty().addListener((obs, old, text) -> {
            String refusal = model.setJudgement(i, j, text);
            if (refusal.isEmpty()) {
                field.setStyle("");
                field.setTooltip(null);
                refresh();
            } else {
                field.setStyle(ERROR_STYLE);
                field.setTooltip(new Tooltip(refusal));
            }
        });
        return field;
    }

    private void refresh() {
        double[] w = model.weights();
        for (int i = 0; i < w.length; i++) {
            weightLabels[i].setText(String.format(Locale.ROOT, "%.1f %%", 100 * w[i]));
            for (int j = 0; j < w.length; j++)
                if (reciprocals[i][j] != null) reciprocals[i][j].setText(PairwiseWeightsViewModel.format(model.judgement(i, j)));
        }
    }
}
