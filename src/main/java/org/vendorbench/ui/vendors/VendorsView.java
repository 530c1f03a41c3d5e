package org.vendorbench.ui.vendors;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vendorbench.store.ResponseHistoryEntry;

/** The Vendors area's view: binds to {@link VendorsViewModel}; drop .xlsx/.xlsm/.xls files to import. */
public final class VendorsView extends BorderPane {
    private final VendorsViewModel vm;

    public VendorsView(VendorsViewModel vm) {
        this.vm = vm;
        setId("vendors-view");
        Button importButton = new Button("Import responses…");
        importButton.setId("vendors-import");
        importButton.setOnAction(e -> vm.chooseAndImport());
        Label outcome = new Label();
        outcome.setId("vendors-outcome");
        outcome.textProperty().bind(vm.outcomeProperty());
        HBox bar = new HBox(8, importButton, new Label("or drop workbooks here"), outcome);
        bar.setPadding(new Insets(8));

        TableView<VendorsViewModel.VendorRow> vendors = new TableView<>(vm.vendors());
        vendors.setId("vendors-table");
        vendors.getColumns().setAll(List.of(
                col("Vendor", VendorsViewModel.VendorRow::vendor),
                col("Blind label", VendorsViewModel.VendorRow::blindLabel),
                col("File", VendorsViewModel.VendorRow::file),
                col("Imported at", r -> r.importedAt() == null ? "" : r.importedAt().toString()),
                col("Answered", r -> Integer.toString(r.answered())),
                col("Warnings", r -> Integer.toString(r.warnings()))));
        vendors.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vendors.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedProperty().set(row));

        TableView<ResponseHistoryEntry> history = new TableView<>(vm.history());
        history.setId("vendors-history");
        history.setPlaceholder(new Label("Select a vendor to see its imports"));
        history.getColumns().setAll(List.of(
                col("Imported at", h -> h.importedAt().toString()),
                col("File", ResponseHistoryEntry::fileName),
                col("SHA-256", h -> h.fileSha256().substring(0, Math.min(12, h.fileSha256().length())) + "…"),
                col("Current", h -> h.current() ? "yes" : "")));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TextField filter = new TextField();
        filter.setId("warnings-filter");
        filter.setPromptText("Filter warnings");
        filter.textProperty().bindBidirectional(vm.warningFilterProperty());
        Button export = new Button("Export CSV…");
        export.setId("warnings-export");
        export.setOnAction(e -> vm.exportWarnings());
        HBox.setHgrow(filter, Priority.ALWAYS);
        TableView<VendorsViewModel.WarningRow> warnings = new TableView<>(vm.warnings());
        warnings.setId("warnings-table");
        warnings.setPlaceholder(new Label("Warnings of the last import appear here"));
        warnings.getColumns().setAll(List.of(
                col("Vendor", VendorsViewModel.WarningRow::vendor),
                col("Code", VendorsViewModel.WarningRow::code),
                col("Sheet", VendorsViewModel.WarningRow::sheet),
                col("Cell", VendorsViewModel.WarningRow::cell),
                col("Message", VendorsViewModel.WarningRow::message)));
        warnings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListView<VendorsViewModel.RefusedFile> refused = new ListView<>(vm.refused());
        refused.setId("refused-list");
        refused.setPrefHeight(70);
        refused.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(VendorsViewModel.RefusedFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "Refused " + item.file() + ": " + item.reason());
            }
        });
        VBox report = new VBox(6, new HBox(8, new Label("Import report"), filter, export), warnings, refused);
        VBox.setVgrow(warnings, Priority.ALWAYS);
        report.setPadding(new Insets(6));

        SplitPane split = new SplitPane(vendors, history, report);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.35, 0.55);
        setTop(bar);
        setCenter(split);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            List<Path> dropped = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            e.setDropCompleted(!dropped.isEmpty());
            e.consume();
            if (!dropped.isEmpty()) vm.importFiles(dropped);
        });
        vm.refresh();
    }

    /** Starts the import of {@code files} as if they were dropped here (files dropped on the main window). */
    public void importFiles(List<Path> files) {
        vm.importFiles(files);
    }

    static <S> TableColumn<S, String> col(String title, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
