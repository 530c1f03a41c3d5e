package org.vendorbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an output file so that a reader (or a crash) only ever sees the old file or the complete
 * new one: the bytes go to a temporary file in the same folder, are forced to disk, and the
 * temporary file is renamed over the target in one atomic step.
 */
public final class AtomicFiles {
    /** Temporary files carry this marker so a later start can clean up leftovers. */
    public static final String TEMP_MARKER = ".vbtmp-";

    private AtomicFiles() {}

    /** Something that writes the whole content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(target.toString(), null, "the folder does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(target + ": is a folder, not a file");
        }
        // Not Files.createTempFile: its owner-only permissions would end up on the user's file.
        Path tmp = dir.resolve("." + abs.getFileName() + TEMP_MARKER
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
        Files.createFile(tmp);
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                writer.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    /** A replaced file keeps its permissions (best effort; POSIX file systems only). */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target)
                    && Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the new file keeps the folder's default permissions
        }
    }

    /** Deletes temporary files left in a folder by an interrupted write. Returns how many. */
    public static int cleanLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.contains(TEMP_MARKER) && name.endsWith(".part")) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        }
        return n;
    }
}
