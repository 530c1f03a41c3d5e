package org.vendorbench.ui.memo;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.tco.MonteCarlo;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.memo.PdfPages;
import org.vendorbench.service.MemoService;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.FileDialogs;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.JobCancelledException;
import org.vendorbench.ui.task.JobContext;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * The Memo area: the memo's options, a page preview and the export. Preview renders the memo with
 * {@link MemoService} (exactly what {@code vendorbench memo} writes) and rasterises its pages with
 * PDFBox at {@link #dpiProperty()}, all in a background job that can be cancelled between steps.
 * Export asks for a file and writes it atomically in a job, reusing the previewed bytes when the
 * options did not change since.
 */
public final class MemoViewModel {
    /** Zoom limits of the page view. */
    public static final double MIN_ZOOM = 0.25, MAX_ZOOM = 4;

    private record Rendered(MemoService.Options options, byte[] pdf, List<BufferedImage> pages) {}

    private final ObservableValue<OpenWorkspace> workspace;
    private final Function<OpenWorkspace, Workspace> storeOf;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private final DialogService dialogs;

    private final BooleanProperty finalStatus = new SimpleBooleanProperty(this, "final", false);
    private final BooleanProperty pdfa = new SimpleBooleanProperty(this, "pdfa", false);
    private final BooleanProperty appendix = new SimpleBooleanProperty(this, "appendix", true);
    private final StringProperty preparedBy = new SimpleStringProperty(this, "preparedBy", System.getProperty("user.name", ""));
    private final DoubleProperty dpi = new SimpleDoubleProperty(this, "dpi", 96);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final IntegerProperty selectedPage = new SimpleIntegerProperty(this, "selectedPage", -1);
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Press Preview to render the memo");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");
    private Rendered last;
    private OpenWorkspace lastFrom;

    public MemoViewModel(ObservableValue<OpenWorkspace> workspace, Function<OpenWorkspace, Workspace> storeOf,
                         TaskRunner tasks, FileDialogs files, DialogService dialogs) {
        this.workspace = Objects.requireNonNull(workspace);
        this.storeOf = Objects.requireNonNull(storeOf);
        this.tasks = Objects.requireNonNull(tasks);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        zoom.addListener((o, a, z) -> {
            double c = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z.doubleValue()));
            if (c != z.doubleValue()) zoom.set(c);
        });
        workspace.addListener((o, a, b) -> {
            last = null;
            pages.clear();
            selectedPage.set(-1);
            exported.set(null);
            message.set(b == null ? "No workspace open" : "Press Preview to render the memo");
        });
    }

    public BooleanProperty finalStatusProperty() { return finalStatus; }
    /** PDF/A-2A instead of PDF/UA-1. */
    public BooleanProperty pdfaProperty() { return pdfa; }
    public BooleanProperty appendixProperty() { return appendix; }
    public StringProperty preparedByProperty() { return preparedBy; }
    /** Resolution of the page images: the view sets 96 × the screen's output scale. */
    public DoubleProperty dpiProperty() { return dpi; }
    /** 1 = 100 % (a page at its printed size on a 96-dpi screen); clamped to {@link #MIN_ZOOM}..{@link #MAX_ZOOM}. */
    public DoubleProperty zoomProperty() { return zoom; }
    /** Index of the page shown large (−1 before a preview). */
    public IntegerProperty selectedPageProperty() { return selectedPage; }
    /** The previewed pages, rasterised at {@link #dpiProperty()}. */
    public ObservableList<BufferedImage> pages() { return pages; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The last file written by Export, or null. */
    public ReadOnlyObjectProperty<Path> exportedProperty() { return exported.getReadOnlyProperty(); }

    /** The options as chosen now. */
    public MemoService.Options options() {
        return new MemoService.Options(finalStatus.get(), pdfa.get(), appendix.get(), preparedBy.get(),
                MemoService.DEFAULT_RUNS, null);
    }

    /** Renders the memo and its page images in a background job. */
    public void preview() {
        OpenWorkspace open = openWorkspace();
        if (open == null || busy.get()) return;
        MemoService.Options o = options();
        float d = (float) dpi.get();
        busy.set(true);
        message.set("Rendering the memo…");
        tasks.submit(BackgroundJob.of("Rendering the memo preview", ctx -> {
            byte[] pdf = render(open, o, ctx);
            List<BufferedImage> images = new ArrayList<>();
            try (PdfPages doc = PdfPages.open(pdf)) {
                for (int i = 0; i < doc.count(); i++) {
                    ctx.throwIfCancelled();
                    ctx.updateMessage("Rasterising page " + (i + 1) + " of " + doc.count());
                    ctx.updateProgress(i, doc.count());
                    images.add(doc.render(i, d));
                }
            }
            return new Rendered(o, pdf, images);
        }).onFinished(() -> busy.set(false)).onSuccess(r -> {
            if (workspace.getValue() != open) return;
            last = r;
            lastFrom = open;
            pages.setAll(r.pages());
            selectedPage.set(r.pages().isEmpty() ? -1 : 0);
            message.set(String.format(Locale.ROOT, "%d page%s, %,d KB%s", r.pages().size(), r.pages().size() == 1 ? "" : "s",
                    (r.pdf().length + 1023) / 1024, o.pdfa() ? ", PDF/A-2A" : ", PDF/UA-1"));
        }).onCancelled(() -> message.set("Preview cancelled"))
                .onFailure(e -> message.set("Memo not rendered: " + e.getMessage())));
    }

    /** Asks where to save the memo, then writes it atomically in a background job. */
    public void export() {
        OpenWorkspace open = openWorkspace();
        if (open == null || busy.get()) return;
        String base = open.path().getFileName().toString().replaceFirst("\\.vbench$", "");
        Path target = files.choosePdfTarget(base + "-memo.pdf").orElse(null);
        if (target == null) return;
        MemoService.Options o = options();
        Rendered cached = last != null && lastFrom == open && last.options().equals(o) ? last : null;
        busy.set(true);
        message.set("Writing " + target.getFileName() + "…");
        tasks.submit(BackgroundJob.of("Exporting the memo", ctx -> {
            byte[] pdf = cached != null ? cached.pdf() : render(open, o, ctx);
            ctx.throwIfCancelled();
            ctx.updateMessage("Writing " + target.getFileName());
            AtomicFiles.write(target, pdf);
            return target;
        }).onFinished(() -> busy.set(false)).onSuccess(p -> {
            exported.set(p);
            message.set("Wrote " + p);
        }).onCancelled(() -> message.set("Export cancelled")).onFailure(e -> {
            message.set("Memo not written: " + e.getMessage());
            dialogs.showError("Export memo", target.getFileName().toString(), e.getMessage());
        }));
    }

    private OpenWorkspace openWorkspace() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen()) {
            message.set("No workspace open");
            return null;
        }
        return open;
    }

    /** The memo's bytes; the uncertainty run inside stops when the job is cancelled. */
    private byte[] render(OpenWorkspace open, MemoService.Options o, JobContext ctx) throws Exception {
        try {
            return MemoService.render(storeOf.apply(open), o, new MonteCarlo.Monitor() {
                @Override
                public void progress(int done, int runs) {}

                @Override
                public boolean isCancelled() {
                    return ctx.isCancelled();
                }
            });
        } catch (CancellationException e) {
            throw new JobCancelledException();
        }
    }
}
