package org.vendorbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.EvidenceNames;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;

/**
 * Copies an evidence attachment out of the workspace so the user can look at it. The copy goes to
 * a fresh folder only the user can read (owner-only permissions where the file system is POSIX),
 * under the {@link EvidenceNames#safeFileName sanitised} name, after checking its SHA-256 against
 * the stored one. Nothing is opened here: the GUI hands the path to the system viewer only when
 * the user clicks Open.
 */
public final class EvidenceFiles {
    /** Prefix of the temporary folders, so they are recognisable in the temp folder. */
    public static final String TEMP_PREFIX = "vendorbench-evidence-";

    private EvidenceFiles() {}

    /** As {@link #exportForViewing(Workspace, long, Path)} in the system's temporary folder. */
    public static Path exportForViewing(Workspace ws, long evidenceId) {
        return exportForViewing(ws, evidenceId, null);
    }

    /**
     * Writes attachment {@code evidenceId} to a new private folder under {@code tempRoot} (null =
     * the system temp folder) and returns the file's path.
     *
     * @throws WorkspaceException when the attachment is unknown, its bytes do not match its SHA-256
     *                            or size, or the copy cannot be written
     */
    public static Path exportForViewing(Workspace ws, long evidenceId, Path tempRoot) {
        Evidence meta = ws.evidenceById(evidenceId)
                .orElseThrow(() -> new WorkspaceException("no evidence #" + evidenceId));
        byte[] bytes = ws.evidenceBytes(evidenceId);
        String name = EvidenceNames.safeFileName(meta.fileName());
        if (bytes.length != meta.size() || !sha256(bytes).equalsIgnoreCase(meta.sha256())) {
            throw new WorkspaceException("evidence " + name + " is damaged: its content does not match the SHA-256 "
                    + meta.sha256() + " recorded when it was attached");
        }
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path dir = posix
                    ? createDir(tempRoot, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : createDir(tempRoot);
            Path file = dir.resolve(name);
            if (!file.normalize().getParent().equals(dir.normalize())) {
                throw new WorkspaceException("evidence name " + name + " does not stay in its folder");
            }
            Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
            if (posix) Files.createFile(file, PosixFilePermissions.asFileAttribute(owner));
            else Files.createFile(file);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(bytes);
            }
            if (!posix) restrictToOwner(file);
            dir.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new WorkspaceException("cannot write a copy of " + name + " to view it: " + e.getMessage(), e);
        }
    }

    private static Path createDir(Path root, FileAttribute<?>... attrs) throws IOException {
        return root == null ? Files.createTempDirectory(TEMP_PREFIX, attrs) : Files.createTempDirectory(root, TEMP_PREFIX, attrs);
    }

    /** Best effort on non-POSIX file systems (Windows: the user's temp folder is already private). */
    private static void restrictToOwner(Path file) {
        java.io.File f = file.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
        f.setExecutable(false, false);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
