package org.vendorbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
        Path live = tmp.normalize();
        LIVE.add(live);
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                // held while writing so that another process's cleanLeftovers leaves the file alone
                FileLock hold = tryLock(ch);
                writer.writeTo(out);
                out.flush();
                ch.force(true);
                if (hold != null && hold.isValid()) hold.release();
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            LIVE.remove(live);
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files this JVM is writing now: never touched by {@link #cleanLeftovers}. */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static FileLock tryLock(FileChannel ch) {
        try {
            return ch.tryLock();
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            return null; // locking is a courtesy to other processes' cleaners, never a reason to fail
        }
    }

    /** True when {@code name} is one of this class's temporary files. */
    public static boolean isLeftoverName(String name) {
        return name.startsWith(".") && name.contains(TEMP_MARKER) && name.endsWith(".part");
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

    /**
     * Deletes temporary files left in a folder by an interrupted write (a crash, a kill, a power
     * cut) and returns how many. A temporary file that a write is still filling is left alone:
     * this JVM's own writes are known, another process's hold a lock on their file.
     */
    public static int cleanLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!isLeftoverName(p.getFileName().toString()) || LIVE.contains(p.normalize())) continue;
                if (deleteUnlessLocked(p)) n++;
            }
        }
        return n;
    }

    private static boolean deleteUnlessLocked(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            FileLock l = tryLock(ch);
            if (l == null) return false; // another process is writing it
            l.release();
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        } catch (java.nio.file.AccessDeniedException denied) {
            // Windows refuses to open a file another process holds: it is being written
            return false;
        }
        return Files.deleteIfExists(p);
    }
}
