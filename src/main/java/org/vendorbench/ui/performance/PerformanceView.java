package org.vendorbench.ui.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.vendorbench.domain.monitoring.RemediationItem;

/**
 * The Vendor performance area's view: a banner and five tabs (KPI trends with their threshold
 * lines, breaches with exit rights and trends, remediation items with an edit form, cost against
 * forecast, governance reviews). It only binds to {@link PerformanceViewModel}.
 */
public final class PerformanceView extends BorderPane {

    public PerformanceView(PerformanceViewModel vm) {
        setId("performance-view");
        Label banner = new Label();
        banner.setId("performance-banner");
        banner.setWrapText(true);
        banner.setStyle("-fx-font-weight: bold;");
        banner.textProperty().bind(vm.bannerProperty());
        Button reload = new Button("Reload");
        reload.setOnAction(e -> vm.refresh());
        HBox top = new HBox(8, banner, reload);
        top.setPadding(new Insets(8));

        TabPane tabs = new TabPane(
                tab("KPI trends", trends(vm)),
                tab("Breaches", breaches(vm)),
                tab("Remediation", remediation(vm)),
                tab("Cost", cost(vm)),
                tab("Governance", governance(vm)));
        tabs.setId("performance-tabs");
        tabs.disableProperty().bind(vm.signedProperty().not());
        setTop(top);
        setCenter(tabs);
        vm.refresh();
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    // ---- trends --------------------------------------------------------------------------------

    private static javafx.scene.Node trends(PerformanceViewModel vm) {
        TilePane tiles = new TilePane(8, 8);
        tiles.setId("performance-charts");
        tiles.setPadding(new Insets(8));
        tiles.setPrefColumns(2);
        Runnable rebuild = () -> tiles.getChildren().setAll(vm.charts().stream().map(PerformanceView::chart).toList());
        vm.charts().addListener((ListChangeListener<PerformanceViewModel.KpiChart>) c -> rebuild.run());
        rebuild.run();
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** A line chart of the KPI's months with flat target, remediation and exit lines. */
    static LineChart<String, Number> chart(PerformanceViewModel.KpiChart k) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(k.unit());
        y.setForceZeroInRange(false);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setTitle(k.title());
        chart.setId("chart-" + k.kpiId());
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefSize(460, 260);
        chart.getData().add(series(k.kpiId(), k.months(), k.values()));
        chart.getData().add(flat("Target", k.months(), k.target()));
        if (k.remediation() != null) chart.getData().add(flat("Remediation", k.months(), k.remediation()));
        chart.getData().add(flat("Exit", k.months(), k.exit()));
        return chart;
    }

    private static XYChart.Series<String, Number> series(String name, List<String> months, List<Double> values) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < months.size(); i++) s.getData().add(new XYChart.Data<>(months.get(i), values.get(i)));
        return s;
    }

    private static XYChart.Series<String, Number> flat(String name, List<String> months, double value) {
        return series(name, months, months.stream().map(m -> value).toList());
    }

    // ---- breaches ------------------------------------------------------------------------------

    private static javafx.scene.Node breaches(PerformanceViewModel vm) {
        TableView<PerformanceViewModel.BreachRow> table = table("performance-breaches", vm.breaches(),
                col("Month", PerformanceViewModel.BreachRow::month),
                col("KPI", PerformanceViewModel.BreachRow::kpiId),
                col("Value", PerformanceViewModel.BreachRow::value),
                col("Status", PerformanceViewModel.BreachRow::statusLabel));
        table.setPlaceholder(new Label("Every reported KPI met its target."));
        ListView<String> alerts = new ListView<>(vm.alerts());
        alerts.setId("performance-alerts");
        alerts.setPlaceholder(new Label("No exit right and no rising trend."));
        VBox right = new VBox(4, new Label("Exit rights and rising trends"), alerts);
        right.setPadding(new Insets(4));
        SplitPane split = new SplitPane(table, right);
        split.setDividerPositions(0.55);
        return split;
    }

    // ---- remediation ---------------------------------------------------------------------------

    private static javafx.scene.Node remediation(PerformanceViewModel vm) {
        TableView<RemediationItem> table = table("performance-remediation", vm.remediation(),
                col("KPI", RemediationItem::kpiId),
                col("Months", i -> i.since() + " – " + i.opened()),
                col("Owner", i -> i.owner() == null ? "unassigned" : i.owner()),
                col("Due", i -> i.dueDate() == null ? "" : i.dueDate().toString()),
                col("Status", i -> i.isOpen() ? "open" : "closed " + i.closedOn()),
                col("Why", RemediationItem::message));
        table.setPlaceholder(new Label("No KPI was past its remediation threshold two months running."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> vm.selectedProperty().set(item));
        vm.selectedProperty().addListener((o, a, item) -> {
            if (item != table.getSelectionModel().getSelectedItem()) table.getSelectionModel().select(item);
        });

        TextField owner = new TextField();
        owner.setId("remediation-owner");
        owner.textProperty().bindBidirectional(vm.ownerProperty());
        DatePicker due = new DatePicker();
        due.setId("remediation-due");
        due.valueProperty().bindBidirectional(vm.dueProperty());
        TextArea notes = new TextArea();
        notes.setId("remediation-notes");
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        TextField evidence = new TextField();
        evidence.setId("remediation-evidence");
        evidence.setPromptText("What shows the KPI is back (report, audit, call review)");
        evidence.textProperty().bindBidirectional(vm.evidenceProperty());
        Button save = new Button("Save");
        save.setId("remediation-save");
        save.setOnAction(e -> vm.saveRemediation());
        Button close = new Button("Close with evidence");
        close.setId("remediation-close");
        close.setOnAction(e -> vm.closeRemediation(LocalDate.now()));
        Label message = new Label();
        message.setId("remediation-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("Owner"), owner);
        form.addRow(1, new Label("Due"), due);
        form.addRow(2, new Label("Notes"), notes);
        form.addRow(3, new Label("Closure evidence"), evidence);
        form.add(new HBox(8, save, close), 1, 4);
        form.add(message, 1, 5);
        form.disableProperty().bind(vm.selectedProperty().isNull());
        SplitPane split = new SplitPane(table, form);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    // ---- cost ----------------------------------------------------------------------------------

    private static javafx.scene.Node cost(PerformanceViewModel vm) {
        TableView<PerformanceViewModel.CostRow> components = table("performance-cost-components", vm.costComponents(),
                col("Component", PerformanceViewModel.CostRow::component),
                col("Forecast", PerformanceViewModel.CostRow::forecast),
                col("Actual", PerformanceViewModel.CostRow::actual),
                col("Variance", PerformanceViewModel.CostRow::variance));
        components.setPlaceholder(new Label("No invoices entered, or the contract has no complete pricing."));
        TableView<PerformanceViewModel.CostMonthRow> months = table("performance-cost-months", vm.costMonths(),
                col("Month", PerformanceViewModel.CostMonthRow::month),
                col("Forecast", PerformanceViewModel.CostMonthRow::forecast),
                col("Actual", PerformanceViewModel.CostMonthRow::actual),
                col("Variance", PerformanceViewModel.CostMonthRow::variance),
                col("Cumulative", PerformanceViewModel.CostMonthRow::cumulative));
        Label note = new Label("Forecast: the signed vendor's TCO month, fees recomputed at the reported call volume;"
                + " only invoiced months are compared. Variance = actual − forecast.");
        note.setWrapText(true);
        VBox box = new VBox(6, note, components, months);
        box.setPadding(new Insets(8));
        return box;
    }

    // ---- governance ----------------------------------------------------------------------------

    private static javafx.scene.Node governance(PerformanceViewModel vm) {
        TableView<PerformanceViewModel.GovernanceRow> table = table("performance-governance", vm.governance(),
                col("Review", PerformanceViewModel.GovernanceRow::cadence),
                col("Period", PerformanceViewModel.GovernanceRow::period),
                col("Dates", PerformanceViewModel.GovernanceRow::dates),
                col("Status", PerformanceViewModel.GovernanceRow::status),
                col("Held", PerformanceViewModel.GovernanceRow::held),
                col("Shortfalls", PerformanceViewModel.GovernanceRow::shortfalls));
        return table;
    }

    /** A read-only table of {@code items} with these columns, the last one taking the spare width. */
    @SafeVarargs
    private static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items,
                                          TableColumn<T, String>... columns) {
        TableView<T> t = new TableView<>(items);
        t.setId(id);
        t.getColumns().setAll(List.of(columns));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
