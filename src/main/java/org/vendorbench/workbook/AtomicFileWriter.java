package org.vendorbench.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a file so that it is either the complete new content or untouched: the bytes go to a
 * temporary file in the same folder, which then replaces the target by an atomic move (a plain
 * replacing move where the file system cannot do atomic moves). An existing target is
 * overwritten; a failure deletes the temporary file and leaves the target as it was.
 */
public final class AtomicFileWriter {
    /** Writes bytes to a stream; may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWriter() {}

    /** Writes the content to {@code target} atomically. */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(target.toString(), null, "the folder does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(target + ": is a folder, not a file");
        }
        // Not Files.createTempFile: its owner-only permissions would end up on the target.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the new file keeps the default permissions
        }
    }

    /** Writes the workbook to {@code target} atomically and closes it. */
    public static void write(Path target, Workbook workbook) throws IOException {
        try (workbook) {
            write(target, workbook::write);
        }
    }
}
