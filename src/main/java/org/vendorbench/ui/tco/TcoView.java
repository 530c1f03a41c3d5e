package org.vendorbench.ui.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.tco.Staffing;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.domain.tco.VendorUncertainty;
import org.vendorbench.store.AssumptionOverride;

/**
 * The TCO area's view: the assumptions with a value field and a slider each (left), the charts
 * (right): components per vendor as stacked bars, cumulative cost curves with their crossovers,
 * P10/P50/P90 after an uncertainty run, the tornado of the chosen vendor and staffing feasibility.
 * JavaFX charts (vector, themed by the stylesheet). Binds to {@link TcoViewModel} only.
 */
public final class TcoView extends BorderPane {
    private static final List<String> COMPONENTS = List.of("Fees", "Onboarding", "Retraining", "Patient impact",
            "Governance", "Expected exit");
    private static final List<ToDoubleFunction<TcoResult>> PARTS = List.of(TcoResult::fees, TcoResult::onboarding,
            TcoResult::retraining, TcoResult::patientImpact, TcoResult::governance, TcoResult::expectedExit);

    private static final String TIP_KEY = "vendorbench.tooltip";
    private final TcoViewModel vm;
    private final GridPane grid = new GridPane();
    private final StackedBarChart<String, Number> components;
    private final LineChart<Number, Number> cumulative;
    private final BarChart<Number, String> tornado;

    public TcoView(TcoViewModel vm) {
        this.vm = vm;
        setId("tco-view");

        // ---- toolbar: save with reason, uncertainty run --------------------------------------
        TextField reason = new TextField();
        reason.setId("tco-reason");
        reason.setPromptText("Reason for the change (audit log)");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId("tco-save");
        save.setTooltip(new Tooltip("Store the changed assumptions as overrides of the workspace (audited)"));
        save.disableProperty().bind(vm.dirtyProperty().not());
        save.setOnAction(e -> vm.save());
        Button revert = new Button("Revert");
        revert.setId("tco-revert");
        revert.setTooltip(new Tooltip("Back to the saved values"));
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        TextField runs = new TextField();
        runs.setId("tco-runs");
        runs.setPrefColumnCount(7);
        runs.textProperty().bindBidirectional(vm.runsProperty());
        TextField seed = new TextField();
        seed.setId("tco-seed");
        seed.setPrefColumnCount(5);
        seed.textProperty().bindBidirectional(vm.seedProperty());
        Button run = new Button("Run uncertainty");
        run.setId("tco-run");
        run.setTooltip(new Tooltip("Monte Carlo: draw every assumption with a Low/High range, same draws for every vendor"));
        run.disableProperty().bind(vm.runningProperty().or(vm.readyProperty().not()));
        run.setOnAction(e -> vm.runUncertainty());
        Button cancel = new Button("Cancel");
        cancel.setId("tco-cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelUncertainty());
        ProgressBar progress = new ProgressBar();
        progress.setId("tco-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("tco-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("tco-message");
        FlowPane bar = new FlowPane(8, 6, new HBox(6, reason, save, revert), new Label("Runs"), runs, new Label("Seed"), seed,
                run, progress, cancel, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);

        // ---- left: assumptions ----------------------------------------------------------------
        grid.setId("tco-assumptions");
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        ColumnConstraints sliderColumn = new ColumnConstraints(60, 140, Double.MAX_VALUE);
        sliderColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(), sliderColumn);
        vm.assumptions().addListener((ListChangeListener<AssumptionRow>) c -> fillGrid());
        fillGrid();
        TableView<AssumptionOverride> perVendor = new TableView<>(vm.vendorOverrides());
        perVendor.setId("tco-vendor-overrides");
        perVendor.setPlaceholder(new Label("No vendor-specific overrides"));
        perVendor.setPrefHeight(120);
        perVendor.getColumns().setAll(List.of(col("Vendor", AssumptionOverride::vendor),
                col("Assumption", AssumptionOverride::key), col("Value", o -> num(o.value())),
                col("Reason", AssumptionOverride::reason)));
        perVendor.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox left = new VBox(6, title("Assumptions"), grid, title("Per-vendor overrides (fixed for that vendor)"), perVendor);
        left.setPadding(new Insets(4));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);

        // ---- right: charts --------------------------------------------------------------------
        CategoryAxis vendorAxis = new CategoryAxis();
        NumberAxis moneyAxis = new NumberAxis();
        moneyAxis.setLabel("TCO over the term");
        components = new StackedBarChart<>(vendorAxis, moneyAxis);
        components.setId("tco-components");
        components.setTitle("Components per vendor");
        components.setAnimated(false);
        components.setPrefHeight(400);

        NumberAxis monthAxis = new NumberAxis(1, 36, 6);
        monthAxis.setLabel("Month");
        monthAxis.setAutoRanging(false);
        NumberAxis cumAxis = new NumberAxis();
        cumAxis.setLabel("Cumulative cost");
        cumulative = new LineChart<>(monthAxis, cumAxis);
        cumulative.setId("tco-cumulative");
        cumulative.setTitle("Cumulative cost (crossovers marked)");
        cumulative.setAnimated(false);
        cumulative.setCreateSymbols(false);
        cumulative.setPrefHeight(320);
        Label crossText = new Label();
        crossText.setId("tco-crossovers");
        crossText.setWrapText(true);

        TableView<VendorUncertainty> unc = new TableView<>(vm.uncertainty());
        unc.setId("tco-uncertainty");
        unc.setPlaceholder(new Label("Run uncertainty to see P10 / P50 / P90"));
        unc.setPrefHeight(170);
        unc.getColumns().setAll(List.of(col("Vendor", VendorUncertainty::vendor),
                col("P10", u -> money(u.p10())), col("P50", u -> money(u.p50())), col("P90", u -> money(u.p90())),
                col("Cheapest", u -> pct(u.shareCheapest())), col("Ranked first", u -> pct(u.shareFirst()))));
        unc.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label uncNote = new Label();
        uncNote.setId("tco-uncertainty-note");
        uncNote.textProperty().bind(vm.uncertaintyNoteProperty());

        NumberAxis deltaAxis = new NumberAxis();
        deltaAxis.setLabel("Change of the TCO");
        CategoryAxis keyAxis = new CategoryAxis();
        tornado = new BarChart<>(deltaAxis, keyAxis);
        tornado.setId("tco-tornado");
        tornado.setTitle("Tornado: the assumptions that move the TCO most");
        tornado.setAnimated(false);
        tornado.setBarGap(0);
        tornado.setPrefHeight(320);
        ComboBox<String> tornadoVendor = new ComboBox<>(vm.vendorNames());
        tornadoVendor.setId("tco-tornado-vendor");
        tornadoVendor.valueProperty().bindBidirectional(vm.tornadoVendorProperty());

        TableView<Staffing.Assessment> staffing = new TableView<>(vm.staffing());
        staffing.setId("tco-staffing");
        staffing.setPrefHeight(190);
        staffing.getColumns().setAll(List.of(col("Vendor", Staffing.Assessment::vendor),
                col("Agents quoted", s -> s.agents() + " (" + s.agentsSource() + ")"),
                col("Needed for committed ASA", s -> s.agentsForCommittedAsa() == null ? "–" : s.agentsForCommittedAsa().toString()),
                col("Needed for 80 % in 20 s", s -> Integer.toString(s.agentsFor80In20s())),
                col("Achievable ASA", s -> s.achievableAsaSeconds() == null ? "unstable" : String.format(Locale.ROOT, "%.1f s", s.achievableAsaSeconds())),
                col("Committed ASA", s -> s.committedAsaSeconds() == null ? "–" : String.format(Locale.ROOT, "%.0f s (%s)", s.committedAsaSeconds(), s.committedAsaSource())),
                col("SL 20 s", s -> pct(s.serviceLevel20s())),
                col("Feasible", s -> s.flagged() ? "⚠ no" : "yes")));
        staffing.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Staffing.Assessment item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.explanation()));
            }
        });
        staffing.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        VBox charts = new VBox(8, components, cumulative, crossText,
                title("Uncertainty (P10 / P50 / P90 of the TCO)"), uncNote, unc,
                new HBox(8, title("Tornado for"), tornadoVendor), tornado,
                title("Staffing feasibility (Erlang C, peak hour)"), staffing);
        charts.setPadding(new Insets(6));
        ScrollPane chartScroll = new ScrollPane(charts);
        chartScroll.setFitToWidth(true);

        SplitPane split = new SplitPane(leftScroll, chartScroll);
        split.setDividerPositions(0.56);
        setCenter(split);

        vm.vendors().addListener((ListChangeListener<Evaluation.VendorEvaluation>) c -> {
            fillComponents();
            fillCumulative(crossText);
        });
        vm.tornado().addListener((ListChangeListener<TcoViewModel.TornadoRow>) c -> fillTornado());
        vm.load();
    }

    private void fillGrid() {
        grid.getChildren().clear();
        int r = 0;
        grid.addRow(r++, bold("Assumption"), bold("Value"), bold(""), bold("Range"));
        for (AssumptionRow row : vm.assumptions()) {
            Label name = new Label(row.label());
            name.setTooltip(new Tooltip(row.key().partOfTco() ? row.label() : row.label() + " (staffing only, not in the TCO)"));
            name.setMinWidth(Region.USE_PREF_SIZE);
            TextField value = new TextField(num(row.valueProperty().get()));
            value.setId("tco-value-" + row.key().name());
            value.setPrefWidth(88);
            value.setMinWidth(Region.USE_PREF_SIZE);
            Slider slider = new Slider();
            slider.setId("tco-slider-" + row.key().name());
            slider.setMinWidth(80);
            slider.minProperty().bind(row.sliderMinProperty());
            slider.maxProperty().bind(row.sliderMaxProperty());
            slider.valueProperty().bindBidirectional(row.valueProperty());
            row.valueProperty().addListener((o, a, v) -> {
                if (!value.isFocused()) value.setText(num(v.doubleValue()));
            });
            value.setOnAction(e -> commit(row, value));
            value.focusedProperty().addListener((o, was, now) -> {
                if (!now) commit(row, value);
            });
            String range = row.low() == null ? "no range" : num(row.low()) + " – " + num(row.high());
            Label source = new Label();
            source.setId("tco-source-" + row.key().name());
            source.setMinWidth(Region.USE_PREF_SIZE);
            source.setStyle("-fx-font-size: 0.85em;");
            source.textProperty().bind(row.sourceProperty().map(src -> range + "\n" + src));
            Button reset = new Button("↺");
            reset.setTooltip(new Tooltip("Back to the RFP value" + (row.low() != null ? " and its Low/High range" : "")));
            reset.disableProperty().bind(row.overriddenProperty().not());
            reset.setOnAction(e -> vm.reset(row.key()));
            grid.addRow(r++, name, value, slider, source, reset);
        }
    }

    private void commit(AssumptionRow row, TextField field) {
        String before = num(row.valueProperty().get());
        if (!field.getText().strip().equals(before)) vm.setText(row.key(), field.getText());
        field.setText(num(row.valueProperty().get()));
    }

    private void fillComponents() {
        List<Evaluation.VendorEvaluation> priced = vm.vendors().stream().filter(v -> v.tco().isPresent()).toList();
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (int i = 0; i < COMPONENTS.size(); i++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(COMPONENTS.get(i));
            for (Evaluation.VendorEvaluation v : priced) {
                s.getData().add(new XYChart.Data<>(v.vendor(), PARTS.get(i).applyAsDouble(v.tco().result())));
            }
            series.add(s);
        }
        boolean sameShape = components.getData().size() == series.size() && !components.getData().isEmpty()
                && components.getData().get(0).getData().size() == priced.size();
        if (sameShape) { // live update: change the values in place, no flicker
            for (int i = 0; i < series.size(); i++) {
                for (int j = 0; j < priced.size(); j++) {
                    XYChart.Data<String, Number> d = components.getData().get(i).getData().get(j);
                    XYChart.Data<String, Number> n = series.get(i).getData().get(j);
                    if (d.getXValue().equals(n.getXValue())) d.setYValue(n.getYValue());
                    else sameShape = false;
                }
            }
        }
        if (!sameShape) {
            components.getData().setAll(series);
            ((CategoryAxis) components.getXAxis()).getCategories().setAll(priced.stream().map(Evaluation.VendorEvaluation::vendor).toList());
        }
        for (XYChart.Series<String, Number> s : components.getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                tip(d.getNode(), d.getXValue() + " — " + s.getName() + ": " + money(d.getYValue().doubleValue()));
            }
        }
    }

    private void fillCumulative(Label crossText) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (Evaluation.VendorEvaluation v : vm.vendors()) {
            if (!v.tco().isPresent()) continue;
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(v.vendor());
            List<Double> cum = v.tco().result().cumulative();
            for (int m = 0; m < cum.size(); m++) s.getData().add(new XYChart.Data<>(m + 1, cum.get(m)));
            all.add(s);
        }
        XYChart.Series<Number, Number> marks = new XYChart.Series<>();
        marks.setName("Crossovers");
        List<String> lines = new ArrayList<>();
        for (TcoViewModel.Crossover c : vm.crossovers()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(c.month(), c.value());
            Circle dot = new Circle(5);
            dot.getStyleClass().add("tco-crossover");
            Tooltip.install(dot, new Tooltip(c.a() + " and " + c.b() + " cross in month " + c.month()));
            d.setNode(dot);
            marks.getData().add(d);
            lines.add(c.a() + " × " + c.b() + ": month " + c.month());
        }
        all.add(marks);
        int term = vm.vendors().stream().filter(v -> v.tco().isPresent()).mapToInt(v -> v.tco().result().termMonths())
                .max().orElse(36);
        NumberAxis months = (NumberAxis) cumulative.getXAxis();
        months.setUpperBound(term);
        months.setTickUnit(term > 24 ? 6 : term > 12 ? 3 : 1);
        cumulative.getData().setAll(all);
        if (marks.getNode() != null) marks.getNode().setStyle("-fx-stroke: transparent;");
        crossText.setText(lines.isEmpty() ? "No crossovers: the order of the cumulative costs never changes over the term."
                : "Crossovers — " + String.join("; ", lines));
    }

    private void fillTornado() {
        XYChart.Series<Number, String> atLow = new XYChart.Series<>();
        atLow.setName("At Low");
        XYChart.Series<Number, String> atHigh = new XYChart.Series<>();
        atHigh.setName("At High");
        List<TcoViewModel.TornadoRow> rows = new ArrayList<>(vm.tornado());
        java.util.Collections.reverse(rows); // the category axis draws bottom-up: biggest swing on top
        List<String> cats = new ArrayList<>();
        for (TcoViewModel.TornadoRow r : rows) {
            String cat = r.label();
            cats.add(cat);
            atLow.getData().add(new XYChart.Data<>(r.deltaAtLow(), cat));
            atHigh.getData().add(new XYChart.Data<>(r.deltaAtHigh(), cat));
        }
        ((CategoryAxis) tornado.getYAxis()).getCategories().setAll(cats);
        tornado.getData().setAll(List.of(atLow, atHigh));
        for (int i = 0; i < rows.size(); i++) {
            TcoViewModel.TornadoRow r = rows.get(i);
            String tip = String.format(Locale.ROOT, "%s: Low %s → %s, High %s → %s", r.label(), num(r.low()),
                    signedMoney(r.deltaAtLow()), num(r.high()), signedMoney(r.deltaAtHigh()));
            for (XYChart.Series<Number, String> s : tornado.getData()) {
                tip(s.getData().get(i).getNode(), tip);
            }
        }
    }

    /** One tooltip per node, its text updated on live changes (installing anew each time would pile up handlers). */
    private static void tip(Node node, String text) {
        if (node == null) return;
        Object existing = node.getProperties().get(TIP_KEY);
        if (existing instanceof Tooltip t) {
            t.setText(text);
        } else {
            Tooltip t = new Tooltip(text);
            Tooltip.install(node, t);
            node.getProperties().put(TIP_KEY, t);
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String money(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String signedMoney(double v) {
        return String.format(Locale.ROOT, "%+,.0f", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static <S> TableColumn<S, String> col(String title, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
