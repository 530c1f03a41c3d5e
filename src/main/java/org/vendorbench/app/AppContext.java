package org.vendorbench.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vendorbench.ui.Area;
import org.vendorbench.ui.AreaPlaceholderView;
import org.vendorbench.ui.AreaPlaceholderViewModel;
import org.vendorbench.ui.AreaViews;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.FileDialogs;
import org.vendorbench.ui.FxDialogService;
import org.vendorbench.ui.FxFileDialogs;
import org.vendorbench.ui.MainViewModel;
import org.vendorbench.ui.MainWindow;
import org.vendorbench.ui.settings.SettingsStore;
import org.vendorbench.ui.task.FxTaskRunner;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.ui.workspace.WorkspaceService;

/**
 * The one place where the workbench's objects are created and wired, by constructor: settings
 * store, background executors and task runner, workspace service, dialogs, the main view-model,
 * the area views and the main window. No static singletons: a test builds its own context on a
 * temporary data folder and replaces the file choosers.
 *
 * <p>To give an area its real view, register it in {@link #registerAreaViews()}.
 */
public final class AppContext {
    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    private final Path dataDir;
    private final boolean firstStart;
    private final ExecutorService jobExecutor;
    private final ExecutorService settingsWriter;
    private final SettingsStore settingsStore;
    private final TaskRunner taskRunner;
    private final WorkspaceService workspaceService;
    private final FileDialogs fileDialogs;
    private final DialogService dialogs;
    private final MainViewModel mainViewModel;
    private final AreaViews areaViews;
    private final org.vendorbench.ui.undo.UndoStack undoStack;
    private final String version;
    private Stage stage;
    private MainWindow mainWindow;
    private final DesktopSystemViewer desktopViewer = new DesktopSystemViewer();
    private org.vendorbench.ui.checklist.SystemViewer systemViewer = desktopViewer;
    private Path startFile;

    private AppContext(Path dataDir, FileDialogs fileDialogsOrNull) {
        this.dataDir = dataDir;
        this.version = version();
        jobExecutor = Executors.newCachedThreadPool(daemonThreads("vendorbench-job"));
        settingsWriter = Executors.newSingleThreadExecutor(daemonThreads("vendorbench-settings"));
        settingsStore = new SettingsStore(dataDir, settingsWriter, problem -> LOG.log(Level.WARNING, problem));
        firstStart = settingsStore.isFirstStart();
        taskRunner = new FxTaskRunner(jobExecutor);
        workspaceService = new StoreWorkspaceService();
        fileDialogs = fileDialogsOrNull != null ? fileDialogsOrNull : new FxFileDialogs(this::owner, () -> dataDir);
        dialogs = new FxDialogService(this::owner);
        mainViewModel = new MainViewModel(workspaceService, taskRunner, fileDialogs, dialogs, settingsStore,
                settingsStore.load());
        undoStack = new org.vendorbench.ui.undo.UndoStack(taskRunner, mainViewModel::refreshSummary);
        // the history belongs to one workspace: another one (or none) starts afresh
        mainViewModel.workspaceProperty().addListener((o, before, now) -> undoStack.clear());
        areaViews = new AreaViews(area -> new AreaPlaceholderView(
                new AreaPlaceholderViewModel(area, mainViewModel.summaryProperty())));
        registerAreaViews();
    }

    /**
     * Creates the data folder and reads the settings, then wires everything. Blocking I/O: call it
     * off the UI thread (the application does so in {@code Application.init}).
     */
    public static AppContext load(Path dataDir) throws IOException {
        return load(dataDir, null);
    }

    /** As {@link #load(Path)} with the given file choosers (tests), or the native ones when null. */
    public static AppContext load(Path dataDir, FileDialogs fileDialogs) throws IOException {
        Path dir = Objects.requireNonNull(dataDir).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        return new AppContext(dir, fileDialogs);
    }

    /** Where each area's full view is installed once it exists; until then areas show their placeholder page. */
    private void registerAreaViews() {
        // e.g. areaViews.register(Area.RFP, () -> new RfpView(new RfpViewModel(workspaceService, taskRunner)));
        areaViews.register(org.vendorbench.ui.Area.VENDORS, () -> new org.vendorbench.ui.vendors.VendorsView(
                new org.vendorbench.ui.vendors.VendorsViewModel(mainViewModel.workspaceProperty(),
                        StoreWorkspaceService::storeOf, taskRunner, fileDialogs, dialogs, mainViewModel::refreshSummary)));
        areaViews.register(org.vendorbench.ui.Area.AUDIT, () -> new org.vendorbench.ui.audit.AuditView(
                new org.vendorbench.ui.audit.AuditViewModel(mainViewModel.workspaceProperty(),
                        StoreWorkspaceService::storeOf, taskRunner)));
        areaViews.register(Area.RFP, () -> new org.vendorbench.ui.rfp.RfpView(new org.vendorbench.ui.rfp.RfpViewModel(
                mainViewModel.workspaceProperty(), taskRunner, new StoreRfpStore(), mainViewModel::refreshSummary)));
        areaViews.register(Area.PERFORMANCE, () -> new org.vendorbench.ui.performance.PerformanceView(
                new org.vendorbench.ui.performance.PerformanceViewModel(mainViewModel.workspaceProperty(),
                        StoreWorkspaceService::storeOf, taskRunner, java.time.LocalDate::now, mainViewModel::refreshSummary)));
        areaViews.register(Area.SCORING, () -> new org.vendorbench.ui.scoring.ScoringView(
                new org.vendorbench.ui.scoring.ScoringViewModel(mainViewModel.workspaceProperty(),
                        StoreWorkspaceService::storeOf, taskRunner, undoStack, dialogs)));
        areaViews.register(Area.TCO, () -> new org.vendorbench.ui.tco.TcoView(new org.vendorbench.ui.tco.TcoViewModel(
                mainViewModel.workspaceProperty(), mainViewModel.summaryProperty(), StoreWorkspaceService::storeOf,
                taskRunner, mainViewModel::refreshSummary)));
        areaViews.register(Area.MEMO, () -> new org.vendorbench.ui.memo.MemoView(new org.vendorbench.ui.memo.MemoViewModel(
                mainViewModel.workspaceProperty(), StoreWorkspaceService::storeOf, taskRunner, fileDialogs, dialogs)));
        areaViews.register(Area.CHECKLIST, this::checklistView);
    }

    /** The Checklist area; it reloads whenever another area changed the workspace (the summary moved). */
    private org.vendorbench.ui.checklist.ChecklistView checklistView() {
        var vm = new org.vendorbench.ui.checklist.ChecklistViewModel(mainViewModel.workspaceProperty(),
                StoreWorkspaceService::storeOf, taskRunner, fileDialogs, dialogs, file -> systemViewer.show(file),
                java.time.Clock.systemDefaultZone(), mainViewModel::refreshSummary,
                undoStack::record);
        mainViewModel.summaryProperty().addListener((o, a, now) -> {
            if (now != null) vm.refresh();
        });
        return new org.vendorbench.ui.checklist.ChecklistView(vm);
    }

    /** Replaces the system viewer that opens evidence copies (tests record instead of starting programs). */
    public void useSystemViewer(org.vendorbench.ui.checklist.SystemViewer viewer) {
        this.systemViewer = Objects.requireNonNull(viewer);
    }

    /** Lets evidence open through the application's {@code HostServices} (the reliable way under JavaFX). */
    public void useHostServices(javafx.application.HostServices services) {
        desktopViewer.useHostServices(services);
    }

    /**
     * The workspace to open at start instead of the demo or the most recent one: the file given on
     * the command line or by the operating system's file association. Call before {@link #start}.
     */
    public void openAtStart(Path workspace) {
        this.startFile = workspace == null ? null : workspace.toAbsolutePath().normalize();
    }

    /** Files dropped on the window: a workspace opens, workbooks go to the Vendors import wizard. */
    void filesDropped(org.vendorbench.ui.DroppedFiles dropped) {
        if (dropped.workspace() != null) {
            mainViewModel.openFile(dropped.workspace(), false);
        } else if (!dropped.workbooks().isEmpty()) {
            mainViewModel.areaProperty().set(Area.VENDORS);
            if (areaViews.viewFor(Area.VENDORS) instanceof org.vendorbench.ui.vendors.VendorsView vendors) {
                vendors.importFiles(dropped.workbooks());
            }
        }
    }

    /**
     * Builds and shows the main window on {@code stage} (UI thread), then opens the demo workspace on
     * the first start or the last workspace afterwards, in the background.
     */
    public void start(Stage stage) {
        this.stage = stage;
        mainWindow = new MainWindow(mainViewModel, areaViews, version, undoStack);
        mainWindow.setOnFilesDropped(this::filesDropped);
        mainWindow.show(stage, Platform::exit);
        if (startFile != null) {
            mainViewModel.openFile(startFile, false);
        } else {
            mainViewModel.startUp(firstStart, ctx -> {
                ctx.updateMessage("Preparing the demo workspace…");
                return DemoWorkspace.ensure(dataDir);
            });
        }
        String screenshot = System.getProperty(ScreenshotOnStart.PROPERTY);
        if (screenshot != null && !screenshot.isBlank()) {
            String area = System.getProperty("vendorbench.screenshot.area");
            if (area != null && !area.isBlank()) {
                mainViewModel.areaProperty().set(org.vendorbench.ui.Area.valueOf(area.strip().toUpperCase(java.util.Locale.ROOT)));
            }
            new ScreenshotOnStart(stage, mainViewModel, Path.of(screenshot), jobExecutor).arm();
        }
    }

    /**
     * Releases everything: closes a workspace still open (the normal Quit closed it already), lets
     * pending settings writes finish and stops the background threads.
     */
    public void shutdown() {
        OpenWorkspace open = mainViewModel.getWorkspace();
        if (open != null && open.isOpen()) {
            try {
                workspaceService.close(open);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Closing " + open.path() + " at shutdown failed", e);
            }
        }
        jobExecutor.shutdownNow();
        settingsWriter.shutdown();
        try {
            if (!settingsWriter.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "Settings were still being written at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isFirstStart() {
        return firstStart;
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    public AreaViews areaViews() {
        return areaViews;
    }

    /** The app-wide Undo/Redo history of this session's edits (Edit menu). */
    public org.vendorbench.ui.undo.UndoStack undoStack() {
        return undoStack;
    }

    public TaskRunner taskRunner() {
        return taskRunner;
    }

    public WorkspaceService workspaceService() {
        return workspaceService;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    /** The shown main window, or null before {@link #start(Stage)}. */
    public MainWindow mainWindow() {
        return mainWindow;
    }

    private Window owner() {
        return stage;
    }

    static String version() {
        String v = AppContext.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
