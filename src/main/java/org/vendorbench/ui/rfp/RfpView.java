package org.vendorbench.ui.rfp;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Section;
import org.vendorbench.ui.rfp.RfpEditor.ChecklistField;
import org.vendorbench.ui.rfp.RfpEditor.KpiField;
import org.vendorbench.ui.rfp.RfpEditor.QuestionField;
import org.vendorbench.workbook.RfpWriter;

/**
 * The RFP area: tabs Sections, Questions, KPIs, Assumptions and Checklist as tables edited in
 * place (double-click or F2, Enter to store, Esc to cancel), the refused-edit message under the
 * tables, and the Import RFP…, Export RFP… and Pairwise weights… buttons. Binds to
 * {@link RfpViewModel} only; a refused edit puts the stored value back in the cell.
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

        TableView<Section> sections = table("rfp-sections", model.sections(), List.of(
                column("ID", Section::id, null, 80),
                column("Section", Section::name, (s, t) -> model.editSectionName(s.id(), t), 320),
                column("Weight", s -> RfpWriter.number(s.weight()), (s, t) -> model.editSectionWeight(s.id(), t), 90)));
        TableView<Question> questions = table("rfp-questions", model.questions(), List.of(
                column("ID", Question::id, null, 70),
                column("Section", Question::sectionId, null, 60),
                column("Requirement", Question::requirement, (q, t) -> model.editQuestion(q.id(), QuestionField.REQUIREMENT, t), 320),
                column("Type", q -> q.type().name(), (q, t) -> model.editQuestion(q.id(), QuestionField.TYPE, t), 90),
                column("Options", q -> RfpWriter.optionsText(q.options()), (q, t) -> model.editQuestion(q.id(), QuestionField.OPTIONS, t), 150),
                column("Mandatory", q -> q.mandatory() ? "Y" : "N", (q, t) -> model.editQuestion(q.id(), QuestionField.MANDATORY, t), 80),
                column("Knockout", q -> q.knockout() == null ? "" : q.knockout().expression(),
                        (q, t) -> model.editQuestion(q.id(), QuestionField.KNOCKOUT, t), 140),
                column("Weight", q -> RfpWriter.number(q.weight()), (q, t) -> model.editQuestion(q.id(), QuestionField.WEIGHT, t), 70),
                column("Scoring", q -> nz(RfpWriter.scoringText(q)), (q, t) -> model.editQuestion(q.id(), QuestionField.SCORING, t), 180)));
        TableView<Kpi> kpis = table("rfp-kpis", model.kpis(), List.of(
                column("KPI ID", Kpi::id, null, 90),
                column("KPI", Kpi::name, (k, t) -> model.editKpi(k.id(), KpiField.NAME, t), 240),
                column("Unit", k -> k.unit().name().toLowerCase(java.util.Locale.ROOT), null, 80),
                column("Direction", k -> k.direction().name().toLowerCase(java.util.Locale.ROOT), null, 80),
                column("Target", k -> RfpWriter.number(k.target()), (k, t) -> model.editKpi(k.id(), KpiField.TARGET, t), 80),
                column("Exit threshold", k -> RfpWriter.number(k.exitThreshold()), (k, t) -> model.editKpi(k.id(), KpiField.EXIT, t), 100),
                column("Weight", k -> RfpWriter.number(k.weight()), (k, t) -> model.editKpi(k.id(), KpiField.WEIGHT, t), 70)));
        TableView<Assumption> assumptions = table("rfp-assumptions", model.assumptions(), List.of(
                column("Key", Assumption::key, null, 260),
                column("Value", a -> RfpWriter.number(a.value()), (a, t) -> model.editAssumption(a.key(), t), 100),
                column("Low", a -> a.low() == null ? "" : RfpWriter.number(a.low()), null, 80),
                column("High", a -> a.high() == null ? "" : RfpWriter.number(a.high()), null, 80)));
        TableView<ChecklistItemDef> checklist = table("rfp-checklist", model.checklist(), List.of(
                column("Item ID", ChecklistItemDef::id, null, 80),
                column("Group", ChecklistItemDef::group, (c, t) -> model.editChecklist(c.id(), ChecklistField.GROUP, t), 160),
                column("Item", ChecklistItemDef::item, (c, t) -> model.editChecklist(c.id(), ChecklistField.ITEM, t), 360),
                column("Required", c -> c.required() ? "Y" : "N", (c, t) -> model.editChecklist(c.id(), ChecklistField.REQUIRED, t), 80)));

        TabPane tabs = new TabPane(
                tab("Sections", sections, "Section weights set here are audited overrides; the RFP keeps the weights issued to vendors"),
                tab("Questions", questions, "Edit in place: the RFP workbook's rules check every field"),
                tab("KPIs", kpis, null),
                tab("Assumptions", assumptions, "Values set here override the RFP's for every vendor (audited)"),
                tab("Checklist", checklist, null));
        tabs.setId("rfp-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Label error = new Label();
        error.setId("rfp-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("rfp-status");
        status.textProperty().bind(model.statusProperty());

        Button pairwise = new Button("Pairwise weights…");
        pairwise.setId("rfp-pairwise");
        pairwise.setOnAction(e -> openPairwise(model));
        pairwise.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.canWeighPairwise(), model.sections()));
        Button importRfp = new Button("_Import RFP…");
        importRfp.setId("rfp-import");
        importRfp.setOnAction(e -> chooser("Import an RFP workbook").map(c -> c.showOpenDialog(window()))
                .ifPresent(f -> model.importRfp(f.toPath())));
        Button exportRfp = new Button("_Export RFP…");
        exportRfp.setId("rfp-export");
        exportRfp.setOnAction(e -> chooser("Export the RFP workbook").map(c -> {
            c.setInitialFileName("rfp.xlsx");
            return c.showSaveDialog(window());
        }).ifPresent(f -> model.exportRfp(f.toPath())));

        setTop(new VBox(4, area, title));
        setCenter(tabs);
        HBox actions = new HBox(8, importRfp, exportRfp, pairwise, status);
        VBox bottom = new VBox(6, error, actions);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        BorderPane.setMargin(tabs, new Insets(8, 0, 0, 0));
    }

    private static <T> TableView<T> table(String id, ObservableList<T> items, List<TableColumn<T, String>> columns) {
        TableView<T> t = new TableView<>(items);
        t.setId(id);
        t.setEditable(true);
        t.getColumns().setAll(columns);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    /** A text column; editable when {@code commit} is given (false from it = refused, the cell reverts). */
    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, BiPredicate<T, String> commit,
                                                     double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        if (commit == null) {
            c.setEditable(false);
        } else {
            c.setCellFactory(TextFieldTableCell.forTableColumn());
            c.setOnEditCommit(e -> {
                if (!commit.test(e.getRowValue(), e.getNewValue())) e.getTableView().refresh();
            });
        }
        return c;
    }

    private static Tab tab(String name, TableView<?> table, String tip) {
        Tab t = new Tab(name, table);
        t.setId("rfp-tab-" + name.toLowerCase(java.util.Locale.ROOT));
        if (tip != null) t.setTooltip(new Tooltip(tip));
        return t;
    }

    private static java.util.Optional<FileChooser> chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbooks", "*.xlsx", "*.xlsm", "*.xls"));
        return java.util.Optional.of(c);
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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
