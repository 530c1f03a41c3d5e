package org.vendorbench.ui.checklist;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistItem;
import org.vendorbench.domain.checklist.ChecklistRuleException;
import org.vendorbench.domain.checklist.ChecklistRules;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.ChecklistUpdate;
import org.vendorbench.domain.checklist.ItemAssessment;
import org.vendorbench.domain.checklist.ReadinessReport;
import org.vendorbench.service.EvidenceFiles;
import org.vendorbench.service.VendorChecklist;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.FileDialogs;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.undo.Edit;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * The Checklist area: the pre-signing checklist of one vendor at a time, grouped, with progress per
 * group and the readiness banner ("Ready to sign", or what is missing per group with owners and
 * due dates). Every edit (status, owner, due date, note, evidence date, evidence files) is checked
 * against the checklist rules at once on the UI thread (from the loaded state, no I/O), then saved
 * in a background job (attachments and entry in one audited transaction) and handed to the undo
 * history. Loads and edits carry a generation number, so an older load never overwrites a newer one;
 * edits of this area run one after another.
 */
public final class ChecklistViewModel {
    /** The checklist mode of the GUI: the RFP's Checklist sheet extends the built-in list (the CLI's default). */
    public static final ChecklistDefinition.Mode MODE = ChecklistDefinition.Mode.MERGE;

    private record Snapshot(List<String> vendors, String vendor, VendorChecklist checklist, ReadinessReport report,
                            boolean readOnly, String user) {}

    private final ObservableValue<OpenWorkspace> workspace;
    private final Function<OpenWorkspace, Workspace> storeOf;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private final DialogService dialogs;
    private final SystemViewer viewer;
    private final Clock clock;
    private final Runnable changed;
    private final Consumer<Edit> undoHistory;
    private final Object editLock = new Object();

    private final ObservableList<String> vendors = FXCollections.observableArrayList();
    private final ObjectProperty<String> vendor = new SimpleObjectProperty<>(this, "vendor");
    private final ObservableList<ChecklistGroupRow> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistItemRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("No workspace open");
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final Map<String, ChecklistItemRow> rowsById = new HashMap<>();

    private Snapshot current;
    private long generation;
    private boolean applying;

    /**
     * @param storeOf     the store behind an open workspace
     * @param viewer      opens an exported evidence copy with the system viewer (only on the user's click)
     * @param clock       "today" for expiry, overdue and verified-on
     * @param changed     called on the UI thread after an edit changed the workspace (refresh the summary)
     * @param undoHistory receives every applied edit (e.g. {@code undoStack::record}); UI thread
     */
    public ChecklistViewModel(ObservableValue<OpenWorkspace> workspace, Function<OpenWorkspace, Workspace> storeOf,
                              TaskRunner tasks, FileDialogs files, DialogService dialogs, SystemViewer viewer,
                              Clock clock, Runnable changed, Consumer<Edit> undoHistory) {
        this.workspace = Objects.requireNonNull(workspace);
        this.storeOf = Objects.requireNonNull(storeOf);
        this.tasks = Objects.requireNonNull(tasks);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.viewer = Objects.requireNonNull(viewer);
        this.clock = Objects.requireNonNull(clock);
        this.changed = Objects.requireNonNull(changed);
        this.undoHistory = Objects.requireNonNull(undoHistory);
        workspace.addListener((o, a, ws) -> {
            current = null;
            refresh();
        });
        vendor.addListener((o, a, v) -> {
            if (!applying && v != null && (current == null || !v.equals(current.vendor()))) refresh();
        });
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<String> vendors() { return vendors; }
    /** The vendor shown; setting it loads that vendor's checklist. */
    public ObjectProperty<String> vendorProperty() { return vendor; }
    public ObservableList<ChecklistGroupRow> groups() { return groups; }
    /** The item shown in the detail editor. */
    public ObjectProperty<ChecklistItemRow> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    /** "Ready to sign: …" or "Not ready to sign: …". */
    public ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }
    /** Per group with missing items: "Compliance and Security: CS-01 (owner Kim, due 2026-07-01, overdue); …". */
    public ObservableList<String> missing() { return missing; }
    /** The outcome of the last edit or why it was refused. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }
    /** A writable workspace and a vendor are there. */
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** The row of {@code itemId} (as defined), or null. */
    public ChecklistItemRow row(String itemId) {
        return rowsById.get(itemId);
    }

    // ------------------------------------------------------------------ loading

    /** Reloads vendors and the selected vendor's checklist from the open workspace (in a job). */
    public void refresh() {
        OpenWorkspace open = workspace.getValue();
        long gen = ++generation;
        if (open == null || !open.isOpen()) {
            apply(null, gen);
            return;
        }
        String wanted = vendor.get();
        loading.set(true);
        tasks.submit(BackgroundJob.of("Loading the checklist", ctx -> load(storeOf.apply(open), wanted))
                .onSuccess(s -> apply(s, gen))
                .onFailure(e -> {
                    loading.set(false);
                    fail("Could not read the checklist: " + reason(e));
                }));
    }

    private Snapshot load(Workspace ws, String wanted) {
        List<String> names = ws.vendors();
        String v = names.contains(wanted) ? wanted : names.isEmpty() ? null : names.get(0);
        if (v == null) return new Snapshot(names, null, null, null, ws.isReadOnly(), ws.user());
        ChecklistDefinition def = VendorChecklist.definition(ws, MODE);
        VendorChecklist checklist = VendorChecklist.load(ws, def, v);
        return new Snapshot(names, v, checklist, checklist.assess(clock), ws.isReadOnly(), ws.user());
    }

    private void apply(Snapshot s, long gen) {
        if (gen != generation) return;
        loading.set(false);
        applying = true;
        try {
            current = s;
            if (s == null || s.vendor() == null) {
                vendors.setAll(s == null ? List.of() : s.vendors());
                vendor.set(null);
                groups.clear();
                rowsById.clear();
                selected.set(null);
                ready.set(false);
                banner.set(s == null ? "No workspace open" : "No vendors imported yet: import responses in the Vendors area");
                missing.clear();
                editable.set(false);
                return;
            }
            if (!vendors.equals(s.vendors())) vendors.setAll(s.vendors());
            vendor.set(s.vendor());
            editable.set(!s.readOnly());
            updateRows(s);
            ready.set(s.report().ready());
            banner.set(bannerText(s.report()));
            missing.setAll(missingLines(s.report()));
        } finally {
            applying = false;
        }
    }

    private void updateRows(Snapshot s) {
        List<ReadinessReport.Group> reportGroups = s.report().groups();
        boolean sameShape = groups.size() == reportGroups.size();
        for (int i = 0; sameShape && i < reportGroups.size(); i++) {
            ReadinessReport.Group g = reportGroups.get(i);
            ChecklistGroupRow row = groups.get(i);
            sameShape = row.name().equals(g.name()) && row.items().stream().map(ChecklistItemRow::id).toList()
                    .equals(g.items().stream().map(a -> a.item().id()).toList());
        }
        if (!sameShape) {
            String selectedId = selected.get() == null ? null : selected.get().id();
            List<ChecklistGroupRow> fresh = new ArrayList<>();
            rowsById.clear();
            for (ReadinessReport.Group g : reportGroups) {
                ChecklistGroupRow row = new ChecklistGroupRow(g.name());
                for (ItemAssessment a : g.items()) {
                    ChecklistItemRow item = new ChecklistItemRow(a.item());
                    rowsById.put(a.item().id(), item);
                    row.items().add(item);
                }
                fresh.add(row);
            }
            groups.setAll(fresh);
            selected.set(selectedId == null ? null : rowsById.get(selectedId));
        }
        for (int i = 0; i < reportGroups.size(); i++) {
            ReadinessReport.Group g = reportGroups.get(i);
            groups.get(i).update(g);
            for (ItemAssessment a : g.items()) {
                String id = a.item().id();
                rowsById.get(id).update(a, s.checklist().entry(id), s.checklist().evidenceOf(id));
            }
        }
        if (selected.get() == null && !groups.isEmpty() && !groups.get(0).items().isEmpty()) {
            selected.set(groups.get(0).items().get(0));
        }
    }

    /** "Ready to sign: all 20 required items are verified or not applicable." or "Not ready to sign: …". */
    static String bannerText(ReadinessReport r) {
        String s = r.summary();
        return (r.ready() ? "Ready to sign — " : "Not ready to sign — ") + s;
    }

    /** One line per group that blocks signing, naming each missing item with its owner and due date. */
    static List<String> missingLines(ReadinessReport r) {
        List<String> lines = new ArrayList<>();
        for (ReadinessReport.Group g : r.groups()) {
            if (g.missing().isEmpty()) continue;
            List<String> items = new ArrayList<>();
            for (ReadinessReport.Missing m : g.missing()) {
                List<String> facts = new ArrayList<>();
                facts.add(m.status().label.toLowerCase(java.util.Locale.ROOT));
                facts.add(m.owner() == null || m.owner().isBlank() ? "no owner" : "owner " + m.owner());
                facts.add(m.dueDate() == null ? "no due date" : "due " + m.dueDate());
                if (m.overdue()) facts.add("OVERDUE");
                items.add(m.itemId() + " (" + String.join(", ", facts) + ")");
            }
            lines.add(g.name() + ": " + String.join("; ", items));
        }
        return lines;
    }

    // ------------------------------------------------------------------ edits

    /**
     * Sets the status. {@code text} is the reason for Not applicable (required) or the note for
     * Failed (required unless the item has a note); ignored otherwise.
     *
     * @return false when the rules refuse it (the reason is in {@link #messageProperty()}); nothing is saved
     */
    public boolean setStatus(ChecklistItemRow row, ChecklistStatus status, String text) {
        ChecklistUpdate u = ChecklistUpdate.status(status);
        if (status == ChecklistStatus.NOT_APPLICABLE) u = u.withNaReason(text == null ? "" : text);
        if (status == ChecklistStatus.FAILED && text != null && !text.isBlank()) u = u.withNote(text);
        return edit(row, u, List.of(), row.id() + ": " + status.label);
    }

    /** Sets (or with blank text clears) the owner. */
    public boolean setOwner(ChecklistItemRow row, String owner) {
        if (Objects.equals(nz(owner).strip(), row.ownerProperty().get())) return true;
        return edit(row, ChecklistUpdate.status(null).withOwner(nz(owner)), List.of(), "owner of " + row.id());
    }

    /** Sets the due date (a cleared picker keeps the stored date: the checklist rules have no "no due date" change). */
    public boolean setDueDate(ChecklistItemRow row, LocalDate due) {
        if (due == null || due.equals(row.dueDateProperty().get())) return true;
        return edit(row, ChecklistUpdate.status(null).withDueDate(due), List.of(), "due date of " + row.id());
    }

    /** Sets (or with blank text clears) the note. */
    public boolean setNote(ChecklistItemRow row, String note) {
        if (Objects.equals(nz(note).strip(), row.noteProperty().get())) return true;
        return edit(row, ChecklistUpdate.status(null).withNote(nz(note)), List.of(), "note of " + row.id());
    }

    /** Sets the date the evidence speaks for (SOC 2 period end, last audit). */
    public boolean setEvidenceDate(ChecklistItemRow row, LocalDate date) {
        if (date == null || date.equals(row.evidenceDateProperty().get())) return true;
        return edit(row, ChecklistUpdate.status(null).withEvidenceDate(date), List.of(), "evidence date of " + row.id());
    }

    /**
     * Attaches files (button or drag and drop). A not-started item moves to In progress in the same
     * transaction; the files are read (size cap first) in the job.
     */
    public boolean attach(ChecklistItemRow row, List<Path> paths) {
        if (paths.isEmpty()) return false;
        ChecklistUpdate u = row.entry().status() == ChecklistStatus.NOT_STARTED
                ? ChecklistUpdate.status(ChecklistStatus.IN_PROGRESS) : ChecklistUpdate.status(null);
        String what = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files";
        return edit(row, u, paths, "evidence " + what + " for " + row.id());
    }

    /** Asks for evidence files and attaches them. */
    public void chooseAndAttach(ChecklistItemRow row) {
        if (row == null || !editable.get()) return;
        List<Path> chosen = files.chooseEvidenceFiles();
        if (!chosen.isEmpty()) attach(row, chosen);
    }

    /**
     * Writes the attachment to a private temporary copy (hash checked) in a job, then hands it to
     * the system viewer. Only ever called from the user's click.
     */
    public void open(ChecklistItemRow.EvidenceRow evidence) {
        OpenWorkspace open = workspace.getValue();
        if (evidence == null || open == null || !open.isOpen()) return;
        tasks.submit(BackgroundJob.of("Opening " + evidence.name(),
                        ctx -> EvidenceFiles.exportForViewing(storeOf.apply(open), evidence.id()))
                .onSuccess(path -> {
                    try {
                        viewer.show(path);
                        info("Opened " + evidence.name() + " (a temporary copy)");
                    } catch (Exception e) {
                        dialogs.showError("Open evidence", evidence.name(), "No program could open " + path + ": " + reason(e));
                    }
                })
                .onFailure(e -> dialogs.showError("Open evidence", evidence.name(), reason(e))));
    }

    private boolean edit(ChecklistItemRow row, ChecklistUpdate update, List<Path> paths, String label) {
        OpenWorkspace open = workspace.getValue();
        Snapshot s = current;
        if (row == null || open == null || !open.isOpen() || s == null || s.vendor() == null) return false;
        if (!editable.get()) {
            fail(open.path().getFileName() + " is open read-only: the checklist cannot be changed");
            return false;
        }
        ChecklistItem item = row.item();
        ChecklistEntry base = row.entry();
        try {
            // the rules, from the loaded state, before anything is written (the job checks again against the store)
            new ChecklistRules(clock).apply(item, base, update, s.user(), row.evidence().size() + paths.size());
        } catch (ChecklistRuleException refused) {
            fail(refused.getMessage());
            return false;
        }
        Workspace ws = storeOf.apply(open);
        ChecklistEdit edit = new ChecklistEdit(ws, s.checklist().definition(), s.vendor(), item.id(), update, paths,
                label + " of " + s.vendor(), clock);
        long gen = ++generation;
        String vendorName = s.vendor();
        loading.set(true);
        tasks.submit(BackgroundJob.of("Saving " + label, ctx -> {
            synchronized (editLock) {
                edit.apply();
                return load(ws, vendorName);
            }
        }).onSuccess(snapshot -> {
            undoHistory.accept(edit);
            info("Saved " + label);
            if (gen == generation) apply(snapshot, gen);
            else refresh();
            changed.run();
        }).onFailure(e -> {
            loading.set(false);
            fail(reason(e));
            refresh();
        }));
        return true;
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void fail(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
