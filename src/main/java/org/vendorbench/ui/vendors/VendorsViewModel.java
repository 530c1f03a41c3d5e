package org.vendorbench.ui.vendors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.service.PasswordSource;
import org.vendorbench.store.ResponseHistoryEntry;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.FileDialogs;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.workbook.SafeCells;

/**
 * The Vendors area: the imported vendors with their current response, each vendor's re-import history,
 * and the import of response workbooks (several files, progress per file, cancel) with its warnings
 * report (filterable, exported as RFC 4180 CSV escaped against formula injection) and the refused files
 * with their reason (a refused file stores nothing).
 */
public final class VendorsViewModel {
    /** One vendor's current response. */
    public record VendorRow(String vendor, String blindLabel, String file, Instant importedAt, int answered,
                            int warnings) {}

    /** One warning of the last import. */
    public record WarningRow(String vendor, String code, String sheet, String cell, String message) {
        List<String> fields() {
            return List.of(vendor, code, sheet, cell, message);
        }
    }

    /** A file the last import refused and why. */
    public record RefusedFile(String file, String reason) {}

    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls");

    private final ObservableValue<OpenWorkspace> workspace;
    private final Function<OpenWorkspace, Workspace> storeOf;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private final DialogService dialogs;
    private final Runnable changed;

    private final ObservableList<VendorRow> vendors = FXCollections.observableArrayList();
    private final ObjectProperty<VendorRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ResponseHistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();
    private final FilteredList<WarningRow> filteredWarnings = new FilteredList<>(warnings);
    private final StringProperty warningFilter = new SimpleStringProperty("");
    private final ObservableList<RefusedFile> refused = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    /** Files imported and chosen in the last import (password retries add to the first). */
    private int importedCount;
    private int fileCount;

    /**
     * @param storeOf  the store behind an open workspace
     * @param changed  called on the UI thread after an import changed the workspace (refresh the summary)
     */
    public VendorsViewModel(ObservableValue<OpenWorkspace> workspace, Function<OpenWorkspace, Workspace> storeOf,
                            TaskRunner tasks, FileDialogs files, DialogService dialogs, Runnable changed) {
        this.workspace = Objects.requireNonNull(workspace);
        this.storeOf = Objects.requireNonNull(storeOf);
        this.tasks = Objects.requireNonNull(tasks);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.changed = Objects.requireNonNull(changed);
        warningFilter.addListener((o, a, text) -> filteredWarnings.setPredicate(matching(text)));
        selected.addListener((o, a, row) -> loadHistory(row));
        workspace.addListener((o, a, ws) -> refresh());
    }

    public ObservableList<VendorRow> vendors() { return vendors; }
    public ObjectProperty<VendorRow> selectedProperty() { return selected; }
    public ObservableList<ResponseHistoryEntry> history() { return history; }
    public ObservableList<WarningRow> warnings() { return filteredWarnings; }
    public StringProperty warningFilterProperty() { return warningFilter; }
    public ObservableList<RefusedFile> refused() { return refused; }
    public StringProperty outcomeProperty() { return outcome; }

    /** True for the file names the import accepts (.xlsx, .xlsm, .xls, any case). */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Reloads the vendor table from the open workspace (in a job). */
    public void refresh() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen()) {
            vendors.clear();
            history.clear();
            return;
        }
        tasks.submit(BackgroundJob.of("Loading vendors", ctx -> rows(storeOf.apply(open)))
                .onSuccess(vendors::setAll)
                .onFailure(e -> dialogs.showError("Vendors", open.path().getFileName().toString(), reason(e))));
    }

    private static List<VendorRow> rows(Workspace ws) {
        List<VendorRow> rows = new ArrayList<>();
        for (VendorResponse r : ws.currentResponses()) {
            Instant at = ws.history(r.vendor()).stream().filter(ResponseHistoryEntry::current)
                    .map(ResponseHistoryEntry::importedAt).findFirst().orElse(null);
            int answered = (int) r.answers().stream().filter(a -> a != null).count();
            rows.add(new VendorRow(r.vendor(), ws.blindLabel(r.vendor()).orElse(""), r.file(), at, answered,
                    r.warnings().size()));
        }
        return rows;
    }

    private void loadHistory(VendorRow row) {
        OpenWorkspace open = workspace.getValue();
        if (row == null || open == null) {
            history.clear();
            return;
        }
        tasks.submit(BackgroundJob.of("Loading history of " + row.vendor(),
                ctx -> storeOf.apply(open).history(row.vendor())).onSuccess(history::setAll));
    }

    /** Asks for workbooks and imports them. */
    public void chooseAndImport() {
        List<Path> chosen = files.chooseWorkbooksToImport();
        if (!chosen.isEmpty()) {
            importFiles(chosen);
        }
    }

    private record FileOutcome(Path file, String vendor, List<ImportWarning> warnings, String refusal,
                               boolean passwordProtected, boolean wrongPassword) {
        static FileOutcome refused(Path file, String reason) {
            return new FileOutcome(file, null, List.of(), reason, false, false);
        }
    }

    /**
     * Imports response workbooks in one job (progress per file, cancellable between files). Files that are
     * not workbooks or that the reader refuses are listed in {@link #refused()} and store nothing. A file
     * refused as password protected is then asked for its password ({@link DialogService#askPassword}) and
     * imported with it; a wrong password asks again saying so; Cancel leaves it refused.
     */
    public void importFiles(List<Path> chosen) {
        OpenWorkspace open = workspace.getValue();
        if (open == null || open.readOnly()) {
            dialogs.showError("Import", open == null ? "No workspace open" : open.path().getFileName().toString(),
                    open == null ? "Open or create a workspace first." : "The workspace is open read-only.");
            return;
        }
        List<Path> todo = List.copyOf(chosen);
        warnings.clear();
        refused.clear();
        importedCount = 0;
        fileCount = todo.size();
        tasks.submit(BackgroundJob.of("Importing " + todo.size() + " file(s)", ctx -> {
            Workspace ws = storeOf.apply(open);
            Optional<Rfp> rfp = ws.loadRfp();
            // files refused before reading keep their place; the rest import as one batch (read ahead
            // in parallel, one sync at the end), each file still all or nothing
            FileOutcome[] out = new FileOutcome[todo.size()];
            List<Path> batch = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                FileOutcome early = refusedBeforeReading(rfp, todo.get(i));
                if (early != null) {
                    out[i] = early;
                } else {
                    batch.add(todo.get(i));
                    at.add(i);
                }
            }
            if (!batch.isEmpty()) {
                ImportReport report = ImportService.importFiles(ws, null, batch, PasswordSource.fixed(null),
                        (file, done, total) -> {
                            ctx.updateMessage("Importing " + file.getFileName() + " (" + (done + 1) + "/" + total + ")");
                            ctx.updateProgress(done, total);
                        }, ctx::isCancelled);
                for (int k = 0; k < report.files().size(); k++) out[at.get(k)] = outcome(report.files().get(k));
            }
            ctx.throwIfCancelled();
            ctx.updateProgress(todo.size(), todo.size());
            return List.of(out);
        }).onSuccess(outcomes -> {
            show(outcomes);
            askPasswords(open, outcomes.stream().filter(FileOutcome::passwordProtected).map(FileOutcome::file).toList(),
                    null);
        }).onCancelled(() -> {
            outcome.set("Import cancelled; files imported before the cancel are kept.");
            changed.run();
            refresh();
        }).onFailure(e -> dialogs.showError("Import", open.path().getFileName().toString(), reason(e))));
    }

    private static FileOutcome importOne(Workspace ws, Optional<Rfp> rfp, Path file, String password) {
        FileOutcome early = refusedBeforeReading(rfp, file);
        if (early != null) return early;
        try {
            return outcome(ImportService.importResponse(ws, rfp.get(), file, PasswordSource.fixed(password)));
        } catch (RuntimeException e) {
            return FileOutcome.refused(file, file.getFileName() + ": " + reason(e));
        }
    }

    /** A refusal that needs no reading (not a workbook, no RFP yet), else null. */
    private static FileOutcome refusedBeforeReading(Optional<Rfp> rfp, Path file) {
        if (!isWorkbook(file)) return FileOutcome.refused(file, "not an Excel workbook (.xlsx, .xlsm, .xls)");
        if (rfp.isEmpty()) return FileOutcome.refused(file, "no RFP imported yet: import the RFP first");
        return null;
    }

    private static FileOutcome outcome(ImportReport.FileResult r) {
        if (r.status() == ImportReport.Status.CANCELLED) {
            return FileOutcome.refused(r.path(), "not imported: the import was cancelled");
        }
        if (r.error() == null) return new FileOutcome(r.path(), r.vendor(), r.warnings(), null, false, false);
        RefusedException e = new RefusedException(r.error());
        return new FileOutcome(r.path(), null, List.of(), r.error(), ImportService.isPasswordProtected(e),
                ImportService.isWrongPassword(e));
    }

    /**
     * Asks for the password of the first of {@code pending}, imports it with that password in a job,
     * asks again after a wrong one ({@code problem} says so), then goes on with the rest. Cancel
     * leaves the file refused.
     */
    private void askPasswords(OpenWorkspace open, List<Path> pending, String problem) {
        if (pending.isEmpty()) return;
        Path file = pending.get(0);
        List<Path> rest = pending.subList(1, pending.size());
        String name = file.getFileName().toString();
        Optional<String> password = dialogs.askPassword("Password protected workbook", name, problem);
        if (password.isEmpty()) {
            askPasswords(open, rest, null);
            return;
        }
        tasks.submit(BackgroundJob.of("Importing " + name, ctx -> {
            Workspace ws = storeOf.apply(open);
            return importOne(ws, ws.loadRfp(), file, password.get());
        }).onSuccess(o -> {
            if (o.wrongPassword()) {
                setRefusal(name, o.refusal());
                askPasswords(open, pending, name + ": wrong password. Try again, or Cancel to leave it refused.");
                return;
            }
            if (o.refusal() != null) {
                setRefusal(name, o.refusal());
            } else {
                refused.removeIf(r -> r.file().equals(name));
                importedCount++;
                addWarnings(o);
                changed.run();
                refresh();
            }
            summarise();
            askPasswords(open, rest, null);
        }).onFailure(e -> dialogs.showError("Import", name, reason(e))));
    }

    private void setRefusal(String name, String reason) {
        for (int i = 0; i < refused.size(); i++) {
            if (refused.get(i).file().equals(name)) {
                refused.set(i, new RefusedFile(name, reason));
                return;
            }
        }
        refused.add(new RefusedFile(name, reason));
    }

    private void show(List<FileOutcome> outcomes) {
        for (FileOutcome o : outcomes) {
            if (o.refusal() != null) {
                refused.add(new RefusedFile(o.file().getFileName().toString(), o.refusal()));
                continue;
            }
            importedCount++;
            addWarnings(o);
        }
        summarise();
        changed.run();
        refresh();
    }

    private void addWarnings(FileOutcome o) {
        for (ImportWarning w : o.warnings()) {
            warnings.add(new WarningRow(o.vendor(), w.code().toString(), w.sheet(), w.cell(), w.message()));
        }
    }

    private void summarise() {
        outcome.set("Imported " + importedCount + " of " + fileCount + " file(s); " + warnings.size()
                + " warning(s), " + refused.size() + " refused.");
    }

    /** The filtered warnings as CSV (header + rows), RFC 4180, formula-injection safe. */
    public String warningsCsv() {
        StringBuilder sb = new StringBuilder(SafeCells.csvRow(List.of("vendor", "code", "sheet", "cell", "message")))
                .append("\r\n");
        for (WarningRow w : filteredWarnings) {
            sb.append(SafeCells.csvRow(w.fields())).append("\r\n");
        }
        return sb.toString();
    }

    /** Asks for a target and writes {@link #warningsCsv()} there atomically (in a job). */
    public void exportWarnings() {
        Optional<Path> target = files.chooseCsvTarget("import-warnings.csv");
        if (target.isEmpty()) return;
        byte[] bytes = warningsCsv().getBytes(StandardCharsets.UTF_8);
        tasks.submit(BackgroundJob.of("Exporting warnings", ctx -> {
            AtomicFiles.write(target.get(), bytes);
            return target.get();
        }).onSuccess(p -> outcome.set("Warnings exported to " + p.getFileName()))
                .onFailure(e -> dialogs.showError("Export CSV", target.get().getFileName().toString(), reason(e))));
    }

    private static java.util.function.Predicate<WarningRow> matching(String text) {
        if (text == null || text.isBlank()) return w -> true;
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return w -> w.fields().stream().anyMatch(f -> f != null && f.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
