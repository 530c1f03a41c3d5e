package org.vendorbench.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.vendorbench.domain.Section;

/**
 * The Scoring area's view: filter bar, the questions × vendors grid (tooltips explain every score), the
 * selected cell's detail with the evaluator's score and the lead's consensus, and the ranking panel with
 * one weight slider per section whose red mark is the sensitivity threshold. Binds to
 * {@link ScoringViewModel} only.
 */
public final class ScoringView extends BorderPane {
    private static final int FIXED_COLUMNS = 3;
    private static final double THUMB_HALF = 8;

    private final ScoringViewModel vm;
    private final TableView<ScoreRow> grid = new TableView<>();

    public ScoringView(ScoringViewModel vm) {
        this.vm = vm;
        setId("scoring-view");
        setPadding(new Insets(8));
        setTop(filterBar());
        SplitPane split = new SplitPane(gridPane(), new ScrollPane(sidePanel()));
        ((ScrollPane) split.getItems().get(1)).setFitToWidth(true);
        split.setDividerPositions(0.62);
        setCenter(split);
        Label message = new Label();
        message.setId("scoring-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        BorderPane.setMargin(message, new Insets(6, 0, 0, 0));
        setBottom(message);
    }

    private VBox filterBar() {
        Label title = new Label("Scoring");
        title.setId("areaTitle");
        title.getStyleClass().add("title-2");

        ComboBox<String> evaluator = new ComboBox<>(vm.evaluators());
        evaluator.setId("scoring-evaluator");
        evaluator.setEditable(true);
        evaluator.setPromptText("Evaluator (or type a new name)");
        evaluator.setPrefWidth(220);
        evaluator.valueProperty().bindBidirectional(vm.evaluatorProperty());
        evaluator.setTooltip(new Tooltip("Who is scoring: pick a name from this workspace or type a new evaluator's name"));

        ToggleButton blind = new ToggleButton("Blind mode");
        blind.setId("scoring-blind");
        blind.setSelected(vm.blindProperty().get());
        vm.blindProperty().addListener((o, a, on) -> blind.setSelected(on));
        blind.setOnAction(e -> {
            vm.setBlind(blind.isSelected());
            blind.setSelected(vm.blindProperty().get()); // follows the stored mode once the edit is saved
        });
        blind.setTooltip(new Tooltip("Show vendors as Vendor A, B, C… and hide prices until the lead reveals them"));

        ComboBox<String> section = new ComboBox<>();
        section.setId("scoring-section");
        Runnable fillSections = () -> {
            List<String> items = new ArrayList<>(List.of("All sections"));
            for (Section s : vm.sections()) items.add(s.id() + " — " + s.name());
            section.getItems().setAll(items);
            section.getSelectionModel().select(0);
        };
        vm.sections().addListener((ListChangeListener<Section>) c -> fillSections.run());
        fillSections.run();
        section.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> vm.sectionFilterProperty().set(
                i.intValue() <= 0 || i.intValue() > vm.sections().size() ? null : vm.sections().get(i.intValue() - 1)));

        ComboBox<RowFilter.Flag> flag = new ComboBox<>();
        flag.setId("scoring-flag");
        flag.getItems().setAll(RowFilter.Flag.values());
        flag.valueProperty().bindBidirectional(vm.flagFilterProperty());

        TextField text = new TextField();
        text.setId("scoring-filter");
        text.setPromptText("Filter by ID, requirement or answer");
        text.textProperty().bindBidirectional(vm.textFilterProperty());
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox bar = new HBox(8, new Label("Evaluator"), evaluator, blind, section, flag, text);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, bar);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private TableView<ScoreRow> gridPane() {
        grid.setId("scoring-grid");
        grid.setItems(vm.rows());
        grid.setPlaceholder(new Label("No rows: open a workspace with an RFP and responses, or loosen the filter"));
        grid.getSelectionModel().setCellSelectionEnabled(true);
        vm.vendors().addListener((ListChangeListener<ScoringViewModel.VendorColumn>) c -> buildColumns());
        buildColumns();
        grid.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            if (grid.getSelectionModel().getSelectedCells().isEmpty()) return;
            TablePosition<?, ?> pos = grid.getSelectionModel().getSelectedCells().get(0);
            ScoreRow row = pos.getRow() >= 0 && pos.getRow() < grid.getItems().size() ? grid.getItems().get(pos.getRow()) : null;
            if (row == null || !(pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof Integer v)) return;
            vm.selectionProperty().set(new ScoringViewModel.Selection(row.id(), v));
        });
        return grid;
    }

    private void buildColumns() {
        List<TableColumn<ScoreRow, ?>> cols = new ArrayList<>();
        cols.add(textColumn("ID", 70, ScoreRow::id));
        cols.add(textColumn("Section", 60, ScoreRow::sectionId));
        TableColumn<ScoreRow, String> requirement = textColumn("Requirement", 220,
                r -> (r.manual() ? "✎ " : r.kpi() ? "KPI " : "") + r.label());
        cols.add(requirement);
        for (int i = 0; i < vm.vendors().size(); i++) {
            int v = i;
            TableColumn<ScoreRow, ScoreCell> col = new TableColumn<>(vm.vendors().get(i).shown());
            col.setId("scoring-vendor-" + i);
            col.setUserData(v);
            col.setSortable(false);
            col.setPrefWidth(150);
            col.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue().cell(v)));
            col.setCellFactory(c -> new ScoreTableCell());
            cols.add(col);
        }
        grid.getColumns().setAll(cols);
    }

    private static TableColumn<ScoreRow, String> textColumn(String title, double width, Function<ScoreRow, String> value) {
        TableColumn<ScoreRow, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    /** A grid cell: the cell's text, its explanation as tooltip, a style class per mark. */
    private static final class ScoreTableCell extends TableCell<ScoreRow, ScoreCell> {
        @Override
        protected void updateItem(ScoreCell item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("score-knockout", "score-spread", "score-gap", "score-unscored");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.text());
            Tooltip tip = new Tooltip(item.tooltip());
            tip.setShowDelay(Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            setTooltip(tip);
            if (item.knockout() != null) getStyleClass().add("score-knockout");
            if (item.needsConsensus()) getStyleClass().add("score-spread");
            if (item.mandatoryGap()) getStyleClass().add("score-gap");
            if (item.unscoredManual()) getStyleClass().add("score-unscored");
        }
    }

    private VBox sidePanel() {
        VBox box = new VBox(12, detailPane(), rankingPane());
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private VBox detailPane() {
        Label title = new Label();
        title.setId("scoring-detail-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.textProperty().bind(vm.detailTitleProperty());
        Label explanation = new Label();
        explanation.setId("scoring-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(Bindings.createStringBinding(
                () -> vm.selectedCellProperty().get() == null ? "" : vm.selectedCellProperty().get().tooltip(),
                vm.selectedCellProperty()));

        TextField score = field("scoring-score", "0-5", vm.scoreInputProperty());
        score.setPrefColumnCount(4);
        TextField note = field("scoring-note", "Note (why this score)", vm.noteInputProperty());
        Button save = new Button("Save score");
        save.setId("scoring-save");
        save.setOnAction(e -> vm.saveScore());
        score.setOnAction(e -> vm.saveScore());
        note.setOnAction(e -> vm.saveScore());

        TextField consensus = field("scoring-consensus", "0-5", vm.consensusInputProperty());
        consensus.setPrefColumnCount(4);
        TextField reason = field("scoring-consensus-reason", "Reason (required, audited)", vm.consensusReasonProperty());
        Button setConsensus = new Button("Set consensus");
        setConsensus.setId("scoring-consensus-save");
        setConsensus.setOnAction(e -> vm.saveConsensus());

        var notScorable = Bindings.createBooleanBinding(
                () -> vm.selectedCellProperty().get() == null || !vm.selectedCellProperty().get().scorable(),
                vm.selectedCellProperty());
        for (var n : List.of(score, note, save, consensus, reason, setConsensus)) n.disableProperty().bind(notScorable);

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label("My score"), score, note, save);
        form.addRow(1, new Label("Consensus"), consensus, reason, setConsensus);
        GridPane.setHgrow(note, Priority.ALWAYS);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        return new VBox(6, title, explanation, form);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private VBox rankingPane() {
        Label title = new Label("Ranking");
        title.getStyleClass().add("title-4");
        TableView<ScoringViewModel.RankRow> table = new TableView<>(vm.ranking());
        table.setId("scoring-ranking");
        table.setPrefHeight(170);
        table.getColumns().setAll(List.of(
                rankColumn("Rank", ScoringViewModel.RankRow::rank, 45),
                rankColumn("Vendor", ScoringViewModel.RankRow::vendor, 170),
                rankColumn("Quality", ScoringViewModel.RankRow::quality, 65),
                rankColumn("Price", ScoringViewModel.RankRow::price, 65),
                rankColumn("Combined", ScoringViewModel.RankRow::combined, 75),
                rankColumn("TCO", ScoringViewModel.RankRow::tco, 95),
                rankColumn("Status", ScoringViewModel.RankRow::status, 160)));

        VBox sliders = new VBox(4);
        sliders.setId("scoring-sliders");
        Runnable fill = () -> sliders.getChildren().setAll(vm.sliders().stream().map(this::sliderRow).toList());
        vm.sliders().addListener((ListChangeListener<SectionSlider>) c -> fill.run());
        fill.run();

        Button saveWeights = new Button("Save weights");
        saveWeights.setId("scoring-save-weights");
        saveWeights.disableProperty().bind(vm.weightsChangedProperty().not());
        saveWeights.setOnAction(e -> vm.saveWeights());
        saveWeights.setTooltip(new Tooltip("Store these weights as the section weight overrides (audited, undoable)"));
        Button reset = new Button("Reset");
        reset.setId("scoring-reset-weights");
        reset.disableProperty().bind(vm.weightsChangedProperty().not());
        reset.setOnAction(e -> vm.resetWeights());
        Label hint = new Label("Section weights (share of 100 %; red mark: where the first place changes)");
        hint.setWrapText(true);
        return new VBox(6, title, table, hint, sliders, new HBox(8, saveWeights, reset));
    }

    private static TableColumn<ScoringViewModel.RankRow, String> rankColumn(String title,
            Function<ScoringViewModel.RankRow, String> value, double width) {
        TableColumn<ScoringViewModel.RankRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private GridPane sliderRow(SectionSlider s) {
        Slider slider = new Slider(0, 100, s.percentProperty().get());
        slider.setId("weight-" + s.sectionId());
        slider.setBlockIncrement(1);
        slider.valueProperty().bindBidirectional(s.percentProperty());
        s.changingProperty().bind(slider.valueChangingProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(s.thresholdTextProperty());
        slider.setTooltip(tip);

        Region marker = new Region();
        marker.setId("marker-" + s.sectionId());
        marker.getStyleClass().add("sensitivity-marker");
        marker.setStyle("-fx-background-color: #d1242f;");
        marker.setMinSize(3, 16);
        marker.setMaxSize(3, 16);
        marker.setManaged(false);
        marker.visibleProperty().bind(s.thresholdProperty().isNotNull());
        marker.layoutXProperty().bind(Bindings.createDoubleBinding(() -> {
            Double t = s.thresholdProperty().get();
            return t == null ? 0 : THUMB_HALF + (slider.getWidth() - 2 * THUMB_HALF) * t / 100 - 1.5;
        }, s.thresholdProperty(), slider.widthProperty()));
        marker.resize(3, 16);
        Pane overlay = new Pane(marker);
        overlay.setMouseTransparent(true);
        StackPane track = new StackPane(slider, overlay);
        track.setMinWidth(160);

        Label name = new Label(s.sectionId() + " " + s.name());
        name.setMinWidth(150);
        name.setMaxWidth(150);
        Label value = new Label();
        value.setId("weight-value-" + s.sectionId());
        value.textProperty().bind(Bindings.format(java.util.Locale.ROOT, "%.1f %%", s.percentProperty()));
        value.setMinWidth(55);
        Label threshold = new Label();
        threshold.setId("threshold-" + s.sectionId());
        threshold.getStyleClass().add("text-small");
        threshold.textProperty().bind(s.thresholdTextProperty());

        GridPane row = new GridPane();
        row.setHgap(6);
        row.add(name, 0, 0);
        row.add(track, 1, 0);
        row.add(value, 2, 0);
        row.add(threshold, 1, 1, 2, 1);
        GridPane.setHgrow(track, Priority.ALWAYS);
        return row;
    }
}
