package org.vendorbench.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a file lies on a network file system (NFS, SMB/CIFS, SSHFS and other FUSE
 * mounts, AFP, WebDAV). SQLite's locking and fsync are unreliable there, so a workspace in such a
 * folder gets a warning (it is still opened: refusing would strand users whose only shared space
 * is a network drive).
 *
 * <p>The decisions are pure functions of what the OS reports, so they are unit-tested with
 * sample mount tables: {@link #fromMounts} for Linux's {@code /proc/mounts},
 * {@link #isUncPath} for Windows {@code \\server\share} paths, {@link #isNetworkType} for the
 * file-system type that {@link FileStore#type()} reports (Linux and macOS report the mount's
 * type, e.g. {@code nfs4}, {@code cifs}, {@code smbfs}, {@code afpfs}; Windows reports the
 * remote volume's own type for a mapped drive, so a mapped drive is only caught when that type
 * names a network file system).
 */
public final class NetworkFolders {
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "sshfs", "afpfs", "afs", "webdav", "davfs", "ncpfs", "9p", "ceph", "glusterfs", "lustre", "gpfs");

    private static final Set<String> LOCAL_FUSE = Set.of("fuse.portal", "fuse.lxcfs", "fuse.gvfsd-fuse",
            "fuse.snapfuse", "fuse.ntfs-3g", "fuse.appimagefuse", "fuse.fuse-overlayfs", "fuse.squashfuse",
            "fuse.bindfs", "fuse.encfs", "fuse.gocryptfs", "fuse.vmhgfs-fuse");

    private NetworkFolders() {}

    /** True for a file-system type name that is a network file system ({@code fuse.*} included). */
    public static boolean isNetworkType(String fsType) {
        if (fsType == null || fsType.isBlank()) return false;
        String t = fsType.strip().toLowerCase(Locale.ROOT);
        // fuse.* is how Linux names user-space mounts (fuse.sshfs, fuse.rclone, fuse.s3fs...): network
        // unless it is one of the common local ones; plain fuse/fuseblk are local (e.g. NTFS disks)
        if (t.startsWith("fuse.")) return !LOCAL_FUSE.contains(t);
        return NETWORK_TYPES.contains(t);
    }

    /** True for a Windows UNC path ({@code \\server\share\...} or {@code //server/share/...}). */
    public static boolean isUncPath(String path) {
        if (path == null) return false;
        return (path.startsWith("\\\\") || path.startsWith("//")) && path.length() > 2
                && !path.startsWith("\\\\?\\") && !path.startsWith("\\\\.\\")
                || path.startsWith("\\\\?\\UNC\\");
    }

    /**
     * The type of the mount that holds {@code absolutePath} according to a Linux mount table
     * ({@code /proc/mounts} text: device, mount point, type, ... per line; octal escapes such as
     * {@code \040} for a space in the mount point), by the longest mount point that contains the
     * path. Empty when no line matches.
     */
    public static Optional<String> fromMounts(String absolutePath, String mountsText) {
        String best = null;
        String bestType = null;
        for (String line : mountsText.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3) continue;
            String mountPoint = unescape(f[1]);
            if (!contains(mountPoint, absolutePath)) continue;
            if (best == null || mountPoint.length() >= best.length()) {
                best = mountPoint;
                bestType = f[2];
            }
        }
        return Optional.ofNullable(bestType);
    }

    private static boolean contains(String mountPoint, String path) {
        if (mountPoint.equals("/")) return path.startsWith("/");
        return path.equals(mountPoint) || path.startsWith(mountPoint + "/");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && isOctal(s, i + 1)) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isOctal(String s, int from) {
        if (from + 3 > s.length()) return false;
        for (int i = from; i < from + 3; i++) if (s.charAt(i) < '0' || s.charAt(i) > '7') return false;
        return true;
    }

    /**
     * The decision for one file: the network file-system type when it is on one, else empty.
     *
     * @param absolutePath the file's absolute path as text
     * @param storeType    what {@link FileStore#type()} reports for it (null when unknown)
     * @param mountsText   the Linux mount table, null elsewhere
     */
    public static Optional<String> decide(String absolutePath, String storeType, String mountsText) {
        if (isUncPath(absolutePath)) return Optional.of("a Windows network share");
        if (mountsText != null) {
            Optional<String> t = fromMounts(absolutePath.replace('\\', '/'), mountsText);
            if (t.isPresent() && isNetworkType(t.get())) return t;
        }
        return isNetworkType(storeType) ? Optional.of(storeType.strip()) : Optional.empty();
    }

    /** {@link #decide} for a real file: asks the OS (never throws; empty when it cannot tell). */
    public static Optional<String> networkType(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String storeType = null;
        try {
            Path existing = Files.exists(abs) ? abs : abs.getParent();
            if (existing != null) {
                FileStore fs = Files.getFileStore(existing);
                storeType = fs.type();
            }
        } catch (IOException | RuntimeException e) {
            storeType = null;
        }
        String mounts = null;
        Path proc = Path.of("/proc/mounts");
        try {
            if (Files.isReadable(proc)) mounts = Files.readString(proc, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            mounts = null;
        }
        return decide(abs.toString(), storeType, mounts);
    }

    /** The one-line warning for a workspace on a network file system, or empty. */
    public static Optional<String> warning(Path workspace) {
        return networkType(workspace).map(t -> warningText(workspace, t));
    }

    /** The warning text for {@code workspace} on a file system of type {@code fsType}. */
    public static String warningText(Path workspace, String fsType) {
        return workspace.getFileName() + " is in a network folder (" + fsType
                + "): file locking and crash safety are not reliable there; copy it to a local folder to work on it";
    }
}
