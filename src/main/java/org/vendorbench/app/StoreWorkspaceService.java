package org.vendorbench.app;

import java.io.IOException;
import org.vendorbench.io.AtomicFiles;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;
import org.vendorbench.store.WorkspaceInUseException;
import org.vendorbench.store.WorkspaceInfo;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.ui.workspace.WorkspaceService;
import org.vendorbench.ui.workspace.WorkspaceSummary;
import org.vendorbench.ui.workspace.WritingRefusedException;

/**
 * {@link WorkspaceService} on the SQLite workspace store. Opening for writing that is refused while
 * the file is still readable (locked elsewhere, newer format) becomes a {@link WritingRefusedException}
 * so the window can offer read-only. Save As copy closes the workspace (which checkpoints the WAL into
 * the file), copies the file under a temporary name, moves it into place and reopens the original.
 */
public final class StoreWorkspaceService implements WorkspaceService {

    /** An open store workspace with its summary. */
    private static final class Handle implements OpenWorkspace {
        private volatile Workspace workspace;
        private final Path path;
        private final boolean readOnly;
        private final WorkspaceSummary summary;
        private volatile boolean open = true;

        Handle(Workspace workspace, Path path, WorkspaceSummary summary) {
            this.workspace = workspace;
            this.path = path;
            this.readOnly = workspace.isReadOnly();
            this.summary = summary;
            this.warning = workspace.networkWarning(); // file-system look-up: done here, off the UI thread
        }

        private final java.util.Optional<String> warning;

        @Override
        public java.util.Optional<String> warning() {
            return warning;
        }

        @Override
        public Path path() {
            return path;
        }

        @Override
        public boolean readOnly() {
            return readOnly;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public WorkspaceSummary summary() {
            return summary;
        }
    }

    @Override
    public OpenWorkspace create(Path file) throws RefusedException {
        Path target = normalise(file);
        return wrap(Workspace.create(target), target);
    }

    @Override
    public OpenWorkspace open(Path file) throws RefusedException {
        Path target = normalise(file);
        Workspace ws;
        try {
            ws = Workspace.open(target);
        } catch (WorkspaceInUseException inUse) {
            throw new WritingRefusedException(inUse.getMessage(), inUse);
        } catch (RefusedException refused) {
            // e.g. a newer format: still worth offering read-only when the store can read it
            if (readableReadOnly(target)) {
                throw new WritingRefusedException(refused.getMessage(), refused);
            }
            throw refused;
        }
        return wrap(ws, target);
    }

    @Override
    public OpenWorkspace openReadOnly(Path file) throws RefusedException {
        Path target = normalise(file);
        return wrap(Workspace.openReadOnly(target), target);
    }

    @Override
    public OpenWorkspace saveCopy(OpenWorkspace workspace, Path target) throws RefusedException, IOException {
        Handle h = handle(workspace);
        Path dest = normalise(target);
        if (dest.equals(h.path)) {
            throw new RefusedException(dest.getFileName() + " is the open workspace; choose another file name");
        }
        if (Files.exists(dest)) {
            throw new FileAlreadyExistsException(dest.toString());
        }
        if (h.readOnly) {
            // no lock and no checkpoint possible: copy the file with its write-ahead log, if any
            copy(h.path, dest);
            Path wal = h.path.resolveSibling(h.path.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, dest.resolveSibling(dest.getFileName() + "-wal"));
            }
            return h;
        }
        close(h);
        IOException copyFailure = null;
        try {
            copy(h.path, dest);
        } catch (IOException e) {
            copyFailure = e;
        }
        // reopen even when the copy failed, so the user keeps working on the original (same handle)
        try {
            h.workspace = Workspace.open(h.path);
            h.open = true;
        } catch (RefusedException e) {
            throw new RefusedException(h.path.getFileName() + " could not be reopened after copying it"
                    + (copyFailure == null ? " to " + dest.getFileName() : "") + ": " + e.getMessage(), e);
        }
        if (copyFailure != null) {
            throw copyFailure;
        }
        return h;
    }

    @Override
    public WorkspaceSummary summary(OpenWorkspace workspace) throws RefusedException {
        return summarise(handle(workspace).workspace);
    }

    @Override
    public void close(OpenWorkspace workspace) throws IOException {
        Handle h = handle(workspace);
        if (!h.open) {
            return;
        }
        h.open = false;
        try {
            h.workspace.close();
        } catch (WorkspaceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Handle wrap(Workspace ws, Path path) throws RefusedException {
        try {
            return new Handle(ws, path, summarise(ws));
        } catch (RefusedException | RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    static WorkspaceSummary summarise(Workspace ws) throws RefusedException {
        WorkspaceInfo info;
        try {
            info = ws.info();
        } catch (WorkspaceException e) {
            throw new RefusedException(e.getMessage(), e);
        }
        Optional<String> title = Optional.ofNullable(info.rfpTitle()).filter(t -> !t.isBlank())
                .or(() -> Optional.ofNullable(info.rfpId()));
        return new WorkspaceSummary(title, info.vendors(), info.evaluatorScores(), info.checklistEntries(),
                (int) Math.min(Integer.MAX_VALUE, info.auditEntries()));
    }

    private static boolean readableReadOnly(Path file) {
        try {
            Workspace.openReadOnly(file).close();
            return true;
        } catch (RefusedException | RuntimeException e) {
            return false;
        }
    }

    /** The caller has refused an existing target; the copy appears complete or not at all. */
    private static void copy(Path source, Path dest) throws IOException {
        AtomicFiles.write(dest, out -> Files.copy(source, out));
    }

    /** The store behind a workspace this service opened (for area view-models; use it from jobs only). */
    public static Workspace storeOf(OpenWorkspace workspace) {
        return handle(workspace).workspace;
    }

    private static Handle handle(OpenWorkspace workspace) {
        if (!(Objects.requireNonNull(workspace) instanceof Handle h)) {
            throw new IllegalArgumentException("not a workspace opened by this service: " + workspace.path());
        }
        return h;
    }

    private static Path normalise(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
