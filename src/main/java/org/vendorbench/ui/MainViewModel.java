package org.vendorbench.ui;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.ui.settings.RecentFiles;
import org.vendorbench.ui.settings.Settings;
import org.vendorbench.ui.settings.SettingsStore;
import org.vendorbench.ui.settings.UiTheme;
import org.vendorbench.ui.settings.WindowBounds;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.Job;
import org.vendorbench.ui.task.JobCancelledException;
import org.vendorbench.ui.task.JobStatus;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.ui.workspace.WritingRefusedException;
import org.vendorbench.ui.workspace.WorkspaceService;
import org.vendorbench.ui.workspace.WorkspaceSummary;

/**
 * State and actions of the main window: the open workspace, the area shown, theme and recent files,
 * and the File menu operations. Every file operation runs as a background job through the
 * {@link TaskRunner}; the window only binds to these properties and calls these methods.
 * Only one workspace operation runs at a time ({@link #busyProperty()}).
 */
public final class MainViewModel {
    /** File name extension of workspace files. */
    public static final String EXTENSION = ".vbench";

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final WorkspaceService workspaces;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private final DialogService dialogs;
    private final SettingsStore settingsStore;
    private Settings settings;

    private final ReadOnlyObjectWrapper<OpenWorkspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<WorkspaceSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObjectProperty<Area> area;
    private final ObjectProperty<UiTheme> theme;
    private final ObservableList<Path> recentFiles;
    private final ObservableList<Path> recentFilesView;
    private final StringBinding windowTitle;
    private final StringBinding fileLabel;
    private final BooleanBinding readOnly;
    private final BooleanBinding canUseWorkspace;

    public MainViewModel(WorkspaceService workspaces, TaskRunner tasks, FileDialogs files, DialogService dialogs,
                         SettingsStore settingsStore, Settings initial) {
        this.workspaces = Objects.requireNonNull(workspaces);
        this.tasks = Objects.requireNonNull(tasks);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.settingsStore = Objects.requireNonNull(settingsStore);
        this.settings = Objects.requireNonNull(initial);

        area = new SimpleObjectProperty<>(this, "area", Area.fromName(initial.area(), Area.RFP));
        area.addListener((o, old, now) -> {
            if (now == null) {
                area.set(old);
            }
        });
        theme = new SimpleObjectProperty<>(this, "theme", initial.theme());
        theme.addListener((o, old, now) -> {
            if (now == null) {
                theme.set(old);
            } else {
                updateSettings(settings.withTheme(now));
            }
        });
        recentFiles = FXCollections.observableArrayList(initial.recentFiles());
        recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

        windowTitle = Bindings.createStringBinding(() -> {
            OpenWorkspace ws = workspace.get();
            return ws == null ? "Vendorbench"
                    : ws.path().getFileName() + (ws.readOnly() ? " (read-only)" : "") + " — Vendorbench";
        }, workspace);
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath();
        fileLabel = Bindings.createStringBinding(() -> {
            OpenWorkspace ws = workspace.get();
            return ws == null ? "No workspace open" : displayPath(ws.path(), home);
        }, workspace);
        readOnly = Bindings.createBooleanBinding(() -> workspace.get() != null && workspace.get().readOnly(), workspace);
        canUseWorkspace = workspace.isNotNull().and(busy.not());
    }

    // ---------------------------------------------------------------- properties

    /** The open workspace, or null. */
    public ReadOnlyObjectProperty<OpenWorkspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public OpenWorkspace getWorkspace() {
        return workspace.get();
    }

    /** Facts about the open workspace for the area pages, or null when none is open. */
    public ReadOnlyObjectProperty<WorkspaceSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a workspace operation (new, open, copy, close) runs; those actions are disabled meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The outcome of the last finished operation, for the status bar ("Saved a copy to …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public ObjectProperty<UiTheme> themeProperty() {
        return theme;
    }

    /** Recently opened workspaces, most recent first, at most {@link RecentFiles#MAX}. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    public StringBinding windowTitle() {
        return windowTitle;
    }

    /** The open file's path for the status bar ({@code ~} for the home folder), or "No workspace open". */
    public StringBinding fileLabel() {
        return fileLabel;
    }

    public BooleanBinding readOnly() {
        return readOnly;
    }

    /** True when a workspace is open and no operation runs: enables Save As copy and Close. */
    public BooleanBinding canUseWorkspace() {
        return canUseWorkspace;
    }

    public JobStatus jobStatus() {
        return tasks.status();
    }

    /** The remembered settings as they are now (window bounds as of the last {@link #rememberLayout}). */
    public Settings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- actions

    /** Switches to the area with the given 1-based number (Ctrl+1 … Ctrl+7); other numbers are ignored. */
    public void selectArea(int number) {
        if (number >= 1 && number <= Area.values().length) {
            area.set(Area.values()[number - 1]);
        }
    }

    /**
     * What happens right after the window is shown: on the very first start the demo workspace is
     * created and opened; later the most recent workspace that still exists is reopened. Missing
     * recent files are pruned either way.
     *
     * @param demo creates (if needed) the demo workspace and returns its path; runs in the background
     */
    public void startUp(boolean firstStart, Job<Path> demo) {
        List<Path> remembered = List.copyOf(recentFiles);
        record Startup(List<Path> recent, Optional<Path> toOpen) { }
        runExclusive(BackgroundJob.of("Starting", ctx -> {
            List<Path> pruned = RecentFiles.prune(remembered, Files::exists);
            Optional<Path> toOpen = firstStart ? Optional.of(demo.run(ctx))
                    : pruned.stream().findFirst();
            return new Startup(pruned, toOpen);
        }).onSuccess(result -> {
            if (!result.recent().equals(remembered)) {
                setRecent(result.recent());
            }
            result.toOpen().ifPresent(p -> openFile(p, false));
        }).onFailure(e -> showFailure("Cannot prepare the demo workspace", Path.of("demo" + EXTENSION), e)));
    }

    /** File ▸ New workspace…: asks where, creates it and opens it in place of the current one. */
    public void newWorkspace() {
        if (busy.get()) {
            return;
        }
        files.chooseNewWorkspace("workspace" + EXTENSION).map(MainViewModel::withExtension).ifPresent(target -> {
            OpenWorkspace current = workspace.get();
            runExclusive(BackgroundJob.of("Creating " + target.getFileName(), ctx -> {
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                OpenWorkspace created = workspaces.create(target);
                closeQuietly(current);
                return created;
            }).onSuccess(this::opened).onFailure(e -> showFailure("Cannot create workspace", target, e)));
        });
    }

    /** File ▸ Open…: asks which workspace and opens it. */
    public void openWorkspace() {
        if (busy.get()) {
            return;
        }
        files.chooseWorkspaceToOpen().ifPresent(p -> openFile(p, false));
    }

    /** File ▸ Open Recent ▸ entry. A file that no longer exists is reported and dropped from the list. */
    public void openRecent(Path file) {
        if (busy.get()) {
            return;
        }
        openFile(file, false);
    }

    /** Opens {@code file} (read-only if asked) in place of the current workspace, in the background. */
    public void openFile(Path file, boolean asReadOnly) {
        if (busy.get()) {
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        OpenWorkspace current = workspace.get();
        boolean reopeningCurrent = current != null && current.path().equals(target);
        if (reopeningCurrent && current.readOnly() == asReadOnly) {
            return;
        }
        runExclusive(BackgroundJob.of("Opening " + target.getFileName(), ctx -> {
            if (!Files.exists(target)) {
                throw new NoSuchFileException(target.toString());
            }
            if (reopeningCurrent) {
                closeQuietly(current);
            }
            OpenWorkspace opened = asReadOnly ? workspaces.openReadOnly(target) : workspaces.open(target);
            if (ctx.isCancelled()) {
                closeQuietly(opened);
                throw new JobCancelledException();
            }
            if (!reopeningCurrent) {
                closeQuietly(current);
            }
            return opened;
        }).onSuccess(this::opened).onFailure(e -> openFailed(target, e)).onCancelled(() -> {
            if (reopeningCurrent) {
                workspace.set(null);
                summary.set(null);
            }
        }));
    }

    /** File ▸ Save As copy…: writes a consistent copy of the open workspace; the open file stays the same. */
    public void saveCopy() {
        OpenWorkspace current = workspace.get();
        if (busy.get() || current == null) {
            return;
        }
        String base = stripExtension(current.path().getFileName().toString());
        files.chooseCopyTarget(current.path(), base + "-copy" + EXTENSION).map(MainViewModel::withExtension).ifPresent(target -> {
            runExclusive(BackgroundJob.of("Saving a copy to " + target.getFileName(), ctx -> {
                if (target.equals(current.path())) {
                    throw new RefusedException("it is the workspace that is open; choose another file name");
                }
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                return workspaces.saveCopy(current, target);
            }).onSuccess(continued -> {
                workspace.set(continued);
                notice.set("Saved a copy to " + target);
            })
                    .onFailure(e -> {
                        if (!current.isOpen()) {
                            workspace.set(null);
                            summary.set(null);
                        }
                        showFailure("Cannot save a copy", target, e);
                    }));
        });
    }

    /** File ▸ Close. */
    public void closeWorkspace() {
        OpenWorkspace current = workspace.get();
        if (busy.get() || current == null) {
            return;
        }
        runExclusive(BackgroundJob.of("Closing " + current.path().getFileName(), ctx -> {
            workspaces.close(current);
            return current;
        }).onSuccess(closed -> {
            workspace.set(null);
            summary.set(null);
            notice.set("Closed " + closed.path().getFileName());
        }).onFailure(e -> showFailure("Cannot close workspace", current.path(), e)));
    }

    /** Re-reads the open workspace's summary, e.g. after an import changed it. */
    public void refreshSummary() {
        OpenWorkspace current = workspace.get();
        if (current == null) {
            return;
        }
        tasks.submit(BackgroundJob.of("Reading " + current.path().getFileName(), ctx -> workspaces.summary(current))
                .onSuccess(s -> {
                    if (workspace.get() == current) {
                        summary.set(s);
                    }
                })
                .onFailure(e -> showFailure("Cannot read workspace", current.path(), e)));
    }

    /** Stores window bounds, area and divider so the next start looks the same. */
    public void rememberLayout(Optional<WindowBounds> window, double dividerPosition) {
        updateSettings(settings.withWindow(window).withDividerPosition(dividerPosition).withArea(area.get().name()));
    }

    /**
     * File ▸ Quit: closes the workspace in the background, then calls {@code exit}. Refused while an
     * operation runs, so a half-written copy or import is never abandoned silently.
     *
     * @return false when quitting had to wait for a running operation
     */
    public boolean quit(Runnable exit) {
        if (busy.get()) {
            dialogs.showInfo("Quit", "An operation is still running",
                    "Wait for “" + tasks.status().getMessage() + "” to finish, or press Cancel in the status bar, then quit again.");
            return false;
        }
        OpenWorkspace current = workspace.get();
        if (current == null) {
            exit.run();
            return true;
        }
        runExclusive(BackgroundJob.of("Closing " + current.path().getFileName(), ctx -> {
            workspaces.close(current);
            return current;
        }).onSuccess(closed -> exit.run()).onFailure(e -> {
            LOG.log(Level.WARNING, "Closing " + current.path() + " failed while quitting", e);
            exit.run();
        }));
        return true;
    }

    /** Help ▸ About. */
    public void about(String version) {
        dialogs.showInfo("About Vendorbench", "Vendorbench " + version,
                "Choose, sign and manage a medical call-center outsourcing vendor: RFP, vendor responses, "
                        + "scoring, TCO, pre-signing checklist, decision memo and audit log.\n\n"
                        + "Licence: GNU Affero General Public License v3.0 or later.");
    }

    // ---------------------------------------------------------------- internals

    private <T> void runExclusive(BackgroundJob<T> job) {
        busy.set(true);
        notice.set("");
        job.onFinished(() -> busy.set(false));
        tasks.submit(job);
    }

    private void opened(OpenWorkspace ws) {
        workspace.set(ws);
        summary.set(ws.summary());
        notice.set((ws.readOnly() ? "Opened read-only: " : "Opened ") + ws.path().getFileName()
                + ws.warning().map(w -> ". Warning: " + w).orElse(""));
        setRecent(RecentFiles.touch(recentFiles, ws.path()));
    }

    private void openFailed(Path file, Throwable error) {
        if (error instanceof WritingRefusedException locked) {
            boolean readOnlyInstead = dialogs.confirm("Open read-only?", file.getFileName() + " cannot be opened for editing",
                    reason(file, locked) + "\n\nOpen it read-only instead?", "Open read-only");
            if (readOnlyInstead) {
                openFile(file, true);
            }
            return;
        }
        if (error instanceof NoSuchFileException && recentFiles.contains(file)) {
            setRecent(RecentFiles.remove(recentFiles, file));
            dialogs.showError("Cannot open workspace", file.getFileName().toString(),
                    file + " no longer exists; it was removed from the recent list.");
            return;
        }
        showFailure("Cannot open workspace", file, error);
    }

    private void showFailure(String title, Path file, Throwable error) {
        LOG.log(Level.DEBUG, title + ": " + file, error);
        dialogs.showError(title, file.getFileName().toString(), reason(file, error));
    }

    /** One specific line: the file and why, without exception class names or stack traces. */
    static String reason(Path file, Throwable error) {
        String name = file.getFileName().toString();
        String why;
        if (error instanceof NoSuchFileException) {
            why = "the file does not exist (" + file + ")";
        } else if (error instanceof FileAlreadyExistsException) {
            why = "the file already exists (" + file + "); choose a new name so no workspace is overwritten";
        } else if (error instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied (" + file + ")";
        } else if (error instanceof RefusedException || error instanceof IOException) {
            why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        } else {
            why = "unexpected error: " + error;
        }
        why = why.lines().findFirst().orElse(why).strip();
        return why.contains(name) ? why : name + ": " + why;
    }

    private void closeQuietly(OpenWorkspace ws) {
        if (ws == null) {
            return;
        }
        try {
            workspaces.close(ws);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing " + ws.path() + " failed", e);
        }
    }

    private void setRecent(List<Path> recent) {
        recentFiles.setAll(recent);
        updateSettings(settings.withRecentFiles(recent));
    }

    private void updateSettings(Settings updated) {
        settings = updated;
        settingsStore.save(updated);
    }

    /** {@code file} with the user's home folder shown as {@code ~}, as file managers do. */
    static String displayPath(Path file, Path home) {
        if (home.getNameCount() > 0 && file.startsWith(home) && !file.equals(home)) {
            return "~" + file.getFileSystem().getSeparator() + home.relativize(file);
        }
        return file.toString();
    }

    static Path withExtension(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? abs : abs.resolveSibling(name + EXTENSION);
    }

    private static String stripExtension(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
