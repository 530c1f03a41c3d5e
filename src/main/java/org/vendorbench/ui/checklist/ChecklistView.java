package org.vendorbench.ui.checklist;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.EffectiveStatus;

/**
 * The Checklist area's view: vendor selector, readiness banner with what is missing, the groups with
 * their progress bars and items (status badge, flags, claim, evidence count; drop files on an item to
 * attach them), and the editor of the selected item. Binds to {@link ChecklistViewModel}; every edit
 * is handed to it when a field is committed (Enter or leaving the field, a picked date or status).
 */
public final class ChecklistView extends BorderPane {
    private final ChecklistViewModel vm;
    private final VBox groupsBox = new VBox(8);
    private final List<Node> itemNodes = new ArrayList<>();

    private final Label title = new Label();
    private final Label required = new Label();
    private final Label effective = new Label();
    private final ComboBox<ChecklistStatus> status = new ComboBox<>();
    private final TextField reason = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker due = new DatePicker();
    private final Label evidenceDateLabel = new Label("Evidence date");
    private final DatePicker evidenceDate = new DatePicker();
    private final TextArea note = new TextArea();
    private final Label verified = new Label();
    private final Label claim = new Label();
    private final ListView<ChecklistItemRow.EvidenceRow> evidence = new ListView<>();
    private final Button addEvidence = new Button("Add evidence…");
    private final Button openEvidence = new Button("Open");
    private ChecklistItemRow shown;
    private boolean syncing;
    private final InvalidationListener rowChanged = o -> sync();

    public ChecklistView(ChecklistViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
        setId("checklist-view");
        getStylesheets().add(Objects.requireNonNull(ChecklistView.class.getResource("checklist.css")).toExternalForm());
        setTop(header());
        ScrollPane groups = new ScrollPane(groupsBox);
        groups.setFitToWidth(true);
        groupsBox.setPadding(new Insets(6));
        groupsBox.setId("checklist-groups");
        ScrollPane detail = new ScrollPane(detail());
        detail.setFitToWidth(true);
        SplitPane split = new SplitPane(groups, detail);
        split.setDividerPositions(0.6);
        setCenter(split);

        vm.groups().addListener((javafx.collections.ListChangeListener<ChecklistGroupRow>) c -> buildGroups());
        vm.selectedProperty().addListener((o, a, row) -> select(row));
        vm.messageProperty().addListener((o, a, m) -> sync());
        buildGroups();
        select(vm.selectedProperty().get());
        vm.refresh();
    }

    private Node header() {
        ComboBox<String> vendor = new ComboBox<>(vm.vendors());
        vendor.setId("checklist-vendor");
        vendor.setPromptText("Vendor");
        vendor.valueProperty().bindBidirectional(vm.vendorProperty());
        Label message = new Label();
        message.setId("checklist-message");
        message.getStyleClass().add("checklist-message");
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((o, a, err) -> toggle(message, "error", err));
        Label hint = new Label("Drop files on an item to attach them as evidence");
        hint.getStyleClass().add("checklist-missing");
        HBox bar = new HBox(8, new Label("Vendor"), vendor, hint, message);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label banner = new Label();
        banner.setId("checklist-banner");
        banner.getStyleClass().add("checklist-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(vm.bannerProperty());
        toggle(banner, "ready", vm.readyProperty().get());
        toggle(banner, "not-ready", !vm.readyProperty().get());
        vm.readyProperty().addListener((o, a, r) -> {
            toggle(banner, "ready", r);
            toggle(banner, "not-ready", !r);
        });
        VBox missing = new VBox(2);
        missing.setId("checklist-missing");
        Runnable fillMissing = () -> missing.getChildren().setAll(vm.missing().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().add("checklist-missing");
            return (Node) l;
        }).toList());
        vm.missing().addListener((javafx.collections.ListChangeListener<String>) c -> fillMissing.run());
        fillMissing.run();
        ScrollPane missingScroll = new ScrollPane(missing);
        missingScroll.setFitToWidth(true);
        missingScroll.setPrefViewportHeight(64);
        missingScroll.setMaxHeight(80);
        missingScroll.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.missing()));
        missingScroll.managedProperty().bind(missingScroll.visibleProperty());
        VBox top = new VBox(6, bar, banner, missingScroll);
        top.setPadding(new Insets(8));
        return top;
    }

    // ------------------------------------------------------------------ groups and items

    private void buildGroups() {
        groupsBox.getChildren().clear();
        itemNodes.clear();
        int index = 0;
        for (ChecklistGroupRow g : vm.groups()) {
            ProgressBar bar = new ProgressBar();
            bar.setId("checklist-progress-" + index);
            bar.progressProperty().bind(g.progressProperty());
            bar.setPrefWidth(140);
            Label count = new Label();
            count.setId("checklist-progress-text-" + index);
            count.textProperty().bind(g.progressTextProperty());
            HBox head = new HBox(10, new Label(g.name()), bar, count);
            head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox items = new VBox();
            for (ChecklistItemRow row : g.items()) items.getChildren().add(itemNode(row));
            TitledPane pane = new TitledPane(null, items);
            pane.setGraphic(head);
            pane.setId("checklist-group-" + index);
            groupsBox.getChildren().add(pane);
            index++;
        }
        highlightSelected();
    }

    private Node itemNode(ChecklistItemRow row) {
        Label id = new Label(row.id());
        id.getStyleClass().add("checklist-item-id");
        Label text = new Label(row.text() + (row.required() ? "" : " (optional)"));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label badge = new Label();
        badge.getStyleClass().add("status-badge");
        Label flags = new Label();
        flags.getStyleClass().add("checklist-flag");
        flags.textProperty().bind(row.flagsProperty());
        Label claimMark = new Label("claimed, not verified");
        claimMark.getStyleClass().add("checklist-claim");
        claimMark.visibleProperty().bind(row.claimOnlyProperty());
        claimMark.managedProperty().bind(row.claimOnlyProperty());
        claimMark.setTooltip(new Tooltip());
        claimMark.getTooltip().textProperty().bind(row.claimProperty());
        Label files = new Label();
        Label who = new Label();
        who.getStyleClass().add("checklist-missing");
        Runnable update = () -> {
            EffectiveStatus s = row.statusProperty().get();
            badge.setText(s.label);
            badge.getStyleClass().removeIf(c -> !c.equals("status-badge") && !c.equals("label"));
            badge.getStyleClass().add(s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            files.setText(row.evidence().isEmpty() ? "" : row.evidence().size() + (row.evidence().size() == 1 ? " file" : " files"));
            List<String> facts = new ArrayList<>();
            if (!row.ownerProperty().get().isEmpty()) facts.add(row.ownerProperty().get());
            if (row.dueDateProperty().get() != null) facts.add("due " + row.dueDateProperty().get());
            who.setText(String.join(" · ", facts));
        };
        for (Observable o : List.<Observable>of(row.statusProperty(), row.ownerProperty(), row.dueDateProperty(), row.evidence())) {
            o.addListener(x -> update.run());
        }
        update.run();
        for (Label l : List.of(id, claimMark, who, files, flags, badge)) l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinWidth(120);
        HBox node = new HBox(8, id, text, claimMark, who, files, flags, badge);
        node.setId("item-" + row.id());
        node.getStyleClass().add("checklist-item");
        node.setUserData(row);
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) vm.selectedProperty().set(row);
        });
        node.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.editableProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                toggle(node, "drop-target", true);
            }
            e.consume();
        });
        node.setOnDragExited(e -> toggle(node, "drop-target", false));
        node.setOnDragDropped(e -> dropOn(row, e));
        itemNodes.add(node);
        return node;
    }

    private void dropOn(ChecklistItemRow row, DragEvent e) {
        List<Path> dropped = e.getDragboard().hasFiles()
                ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
        e.setDropCompleted(!dropped.isEmpty());
        e.consume();
        if (row != null && !dropped.isEmpty()) {
            vm.selectedProperty().set(row);
            vm.attach(row, dropped);
        }
    }

    private void highlightSelected() {
        ChecklistItemRow row = vm.selectedProperty().get();
        for (Node n : itemNodes) toggle(n, "selected", n.getUserData() == row);
    }

    // ------------------------------------------------------------------ detail editor

    private Node detail() {
        title.setId("item-title");
        title.setWrapText(true);
        title.getStyleClass().add("title-4");
        effective.setId("item-effective");
        effective.setWrapText(true);
        status.setId("item-status");
        status.getItems().setAll(ChecklistStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override public String toString(ChecklistStatus s) { return s == null ? "" : s.label; }
            @Override public ChecklistStatus fromString(String s) { return null; }
        });
        status.setOnAction(e -> {
            if (syncing || shown == null || status.getValue() == null) return;
            ChecklistStatus s = status.getValue();
            String text = s == ChecklistStatus.NOT_APPLICABLE ? reason.getText() : s == ChecklistStatus.FAILED ? note.getText() : null;
            if (!vm.setStatus(shown, s, text)) sync();
        });
        reason.setId("item-reason");
        reason.setPromptText("Reason (required for Not applicable)");
        commitOnLeave(reason, text -> {
            if (shown.storedStatusProperty().get() == ChecklistStatus.NOT_APPLICABLE
                    && !text.strip().equals(shown.naReasonProperty().get())) {
                if (!vm.setStatus(shown, ChecklistStatus.NOT_APPLICABLE, text)) sync();
            }
        });
        owner.setId("item-owner");
        owner.setPromptText("Internal owner");
        commitOnLeave(owner, text -> vm.setOwner(shown, text));
        due.setId("item-due");
        due.valueProperty().addListener((o, a, d) -> {
            if (!syncing && shown != null && !vm.setDueDate(shown, d)) sync();
        });
        evidenceDate.setId("item-evidence-date");
        evidenceDate.valueProperty().addListener((o, a, d) -> {
            if (!syncing && shown != null && !vm.setEvidenceDate(shown, d)) sync();
        });
        note.setId("item-note");
        note.setPromptText("Note (required for Failed)");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.focusedProperty().addListener((o, was, now) -> {
            if (!now && !syncing && shown != null) vm.setNote(shown, note.getText());
        });
        verified.setId("item-verified");
        claim.setId("item-claim");
        claim.getStyleClass().add("checklist-claim");
        claim.setWrapText(true);
        evidence.setId("item-evidence");
        evidence.setPrefHeight(90);
        evidence.setPlaceholder(new Label("No evidence yet: add files or drop them here"));
        evidence.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ChecklistItemRow.EvidenceRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.describe());
                setTooltip(empty || item == null ? null
                        : new Tooltip("Original name: " + item.originalName() + "\nSHA-256: " + item.sha256()));
            }
        });
        evidence.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(evidence.getSelectionModel().getSelectedItem());
        });
        addEvidence.setId("item-add-evidence");
        addEvidence.setOnAction(e -> vm.chooseAndAttach(shown));
        openEvidence.setId("item-open-evidence");
        openEvidence.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        openEvidence.setOnAction(e -> vm.open(evidence.getSelectionModel().getSelectedItem()));
        Tooltip.install(openEvidence, new Tooltip("Writes a private temporary copy (hash checked) and opens it with the system viewer"));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Status"), status);
        form.addRow(1, new Label("Not applicable because"), reason);
        form.addRow(2, new Label("Owner"), owner);
        form.addRow(3, new Label("Due date"), due);
        form.addRow(4, evidenceDateLabel, evidenceDate);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        GridPane.setHgrow(owner, Priority.ALWAYS);
        for (Node n : List.of(status, reason, owner, due, evidenceDate, note, addEvidence)) {
            n.disableProperty().bind(vm.editableProperty().not().or(vm.selectedProperty().isNull()));
        }
        VBox box = new VBox(8, title, required, effective, claim, form, new Label("Evidence"), evidence,
                new HBox(8, addEvidence, openEvidence), verified, new Label("Note"), note);
        box.setId("checklist-detail");
        box.getStyleClass().add("checklist-detail");
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && shown != null && vm.editableProperty().get()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        box.setOnDragDropped(e -> dropOn(shown, e));
        return box;
    }

    private void commitOnLeave(TextField field, Consumer<String> commit) {
        field.setOnAction(e -> {
            if (!syncing && shown != null) commit.accept(field.getText());
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !syncing && shown != null) commit.accept(field.getText());
        });
    }

    private void select(ChecklistItemRow row) {
        commitPending();
        if (shown != null) {
            for (Observable o : observed(shown)) o.removeListener(rowChanged);
        }
        shown = row;
        if (row != null) {
            for (Observable o : observed(row)) o.addListener(rowChanged);
        }
        evidence.setItems(row == null ? javafx.collections.FXCollections.observableArrayList() : row.evidence());
        highlightSelected();
        sync();
    }

    /**
     * Saves text typed into the editor that was not committed yet (a click on another item does not
     * move the focus out of the field), so switching items never drops what the user typed.
     */
    private void commitPending() {
        ChecklistItemRow row = shown;
        if (row == null || syncing || !vm.editableProperty().get()) return;
        if (!owner.getText().strip().equals(row.ownerProperty().get())) vm.setOwner(row, owner.getText());
        if (!note.getText().strip().equals(row.noteProperty().get())) vm.setNote(row, note.getText());
        if (row.storedStatusProperty().get() == ChecklistStatus.NOT_APPLICABLE
                && !reason.getText().isBlank() && !reason.getText().strip().equals(row.naReasonProperty().get())) {
            vm.setStatus(row, ChecklistStatus.NOT_APPLICABLE, reason.getText());
        }
    }

    private static List<Observable> observed(ChecklistItemRow row) {
        return List.of(row.statusProperty(), row.storedStatusProperty(), row.ownerProperty(), row.dueDateProperty(),
                row.evidenceDateProperty(), row.noteProperty(), row.naReasonProperty(), row.verifiedProperty(),
                row.claimProperty(), row.problemProperty(), row.flagsProperty());
    }

    /** Copies the shown row's values into the editor (also after a refused edit, to undo the control's change). */
    private void sync() {
        syncing = true;
        try {
            ChecklistItemRow row = shown;
            if (row == null) {
                title.setText("Select an item");
                for (Label l : List.of(required, effective, verified, claim)) l.setText("");
                status.setValue(null);
                reason.clear();
                owner.clear();
                due.setValue(null);
                note.clear();
                evidenceDate.setValue(null);
                return;
            }
            title.setText(row.id() + " — " + row.text());
            required.setText((row.required() ? "Required" : "Optional")
                    + (row.requiresEvidence() ? "; verifying needs an evidence file" : ""));
            String problem = row.problemProperty().get();
            String flags = row.flagsProperty().get();
            effective.setText("Now: " + row.statusProperty().get().label + (flags.isEmpty() ? "" : " (" + flags + ")")
                    + (problem.isEmpty() ? "" : " — " + problem));
            status.setValue(row.storedStatusProperty().get());
            reason.setText(row.naReasonProperty().get());
            owner.setText(row.ownerProperty().get());
            due.setValue(row.dueDateProperty().get());
            note.setText(row.noteProperty().get());
            boolean dated = row.evidenceDateMeaning() != null;
            evidenceDateLabel.setText(dated ? "Evidence date (" + row.evidenceDateMeaning() + ")" : "Evidence date");
            for (Node n : List.of(evidenceDateLabel, evidenceDate)) {
                n.setVisible(dated);
                n.setManaged(dated);
            }
            evidenceDate.setValue(row.evidenceDateProperty().get());
            verified.setText(row.verifiedProperty().get());
            claim.setText(row.claimProperty().get().isEmpty() ? "" : "Vendor's workbook: " + row.claimProperty().get());
        } finally {
            syncing = false;
        }
    }

    private static void toggle(Node n, String styleClass, boolean on) {
        if (on && !n.getStyleClass().contains(styleClass)) n.getStyleClass().add(styleClass);
        if (!on) n.getStyleClass().remove(styleClass);
    }
}
