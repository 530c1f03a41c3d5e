package org.vendorbench.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private AtomicFileWriter() {}

    /** Writes the content to {@code target} atomically (see {@link org.vendorbench.io.AtomicFiles}). */
    public static void write(Path target, Content content) throws IOException {
        org.vendorbench.io.AtomicFiles.write(target, content::writeTo);
    }

    /** Writes the workbook to {@code target} atomically and closes it. */
    public static void write(Path target, Workbook workbook) throws IOException {
        try (workbook) {
            write(target, workbook::write);
        }
    }
}
