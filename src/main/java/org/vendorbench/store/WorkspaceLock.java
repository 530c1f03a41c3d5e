package org.vendorbench.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vendorbench.domain.RefusedException;

/**
 * The exclusive hold on a workspace for writing: a {@code name.vbench.lock} file beside it,
 * locked with a java.nio {@link FileLock} and naming the holder (user, host, pid, time) so a
 * refused opener can say who has the file. A lock file whose lock is not held (left behind by a
 * crash) is taken over. The locked region lies past the text so other processes can read it.
 */
final class WorkspaceLock implements AutoCloseable {
    private static final long REGION = 1L << 30;
    /**
     * Lock files held by this JVM, with their text. Checked before touching the file: closing any
     * descriptor of a file drops this process's POSIX locks on it, so a second in-process opener
     * must not even read the lock file.
     */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    /** Takes the lock or refuses with a message naming the workspace and its holder. */
    static WorkspaceLock acquire(Path workspace, String user) throws RefusedException {
        Path lockFile = lockFileOf(workspace).toAbsolutePath().normalize();
        String text = "user=" + user + "\nhost=" + host() + "\npid=" + ProcessHandle.current().pid()
                + "\ntime=" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        String inProcess = HELD.putIfAbsent(lockFile, text);
        if (inProcess != null) throw alreadyOpen(workspace, holder(inProcess));
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) {
                ch.close();
                HELD.remove(lockFile);
                throw alreadyOpen(workspace, holder(readQuietly(lockFile)));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return new WorkspaceLock(lockFile, ch, lock);
        } catch (IOException e) {
            closeQuietly(ch);
            HELD.remove(lockFile);
            throw new RefusedException("cannot lock " + workspace.getFileName() + " (" + lockFile + "): "
                    + e.getMessage(), e);
        }
    }

    private static WorkspaceInUseException alreadyOpen(Path workspace, String holder) {
        return new WorkspaceInUseException(workspace.getFileName() + " is already open by " + holder
                + "; close it there or open it read-only", holder);
    }

    private static String readQuietly(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** "user@host (pid N, since T)" from the lock file text, with "?" for what it lacks. */
    static String holder(String lockText) {
        String user = "?", host = "?", pid = "?", time = "?";
        for (String line : lockText.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String k = line.substring(0, eq), v = line.substring(eq + 1);
            switch (k) {
                case "user" -> user = v;
                case "host" -> host = v;
                case "pid" -> pid = v;
                case "time" -> time = v;
                default -> { }
            }
        }
        return user + "@" + host + " (pid " + pid + ", since " + time + ")";
    }

    private static String host() {
        for (String env : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String h = System.getenv(env);
            if (h != null && !h.isBlank()) return h;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    /** Removes the lock file, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a lock file left behind is stale and taken over by the next opener
        }
        try {
            if (lock.isValid()) lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
        HELD.remove(lockFile);
    }
}
