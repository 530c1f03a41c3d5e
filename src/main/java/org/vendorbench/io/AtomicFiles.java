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
        Files.createDirectories(dir);
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
