package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.io.NetworkFolders;
import org.vendorbench.store.Workspace;

/** The network-folder decision (issue 10) on sample mount tables and paths of each OS. */
class NetworkFoldersTest {
    private static final String MOUNTS = String.join("\n",
            "/dev/vda1 / ext4 rw,relatime 0 0",
            "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0",
            "tmpfs /tmp tmpfs rw,nosuid,nodev 0 0",
            "fileserver:/export/home /home nfs4 rw,relatime,vers=4.2 0 0",
            "//nas/shared /mnt/shared cifs rw,relatime,vers=3.1.1 0 0",
            "me@box:/data /mnt/box fuse.sshfs rw,nosuid,nodev 0 0",
            "/dev/sdb1 /home/pat/local\\040disk ext4 rw 0 0",
            "lxcfs /var/lib/lxcfs fuse.lxcfs rw 0 0",
            "/dev/sdc1 /media/usb fuseblk rw 0 0",
            "gdrive: /mnt/gdrive fuse.rclone rw 0 0");

    @Test
    void linuxMountTablesAreMatchedByTheLongestMountPoint() {
        assertThat(NetworkFolders.decide("/home/pat/eval.vbench", "nfs4", MOUNTS)).contains("nfs4");
        assertThat(NetworkFolders.decide("/mnt/shared/rfp/eval.vbench", null, MOUNTS)).contains("cifs");
        assertThat(NetworkFolders.decide("/mnt/box/eval.vbench", null, MOUNTS)).contains("fuse.sshfs");
        assertThat(NetworkFolders.decide("/mnt/gdrive/eval.vbench", null, MOUNTS)).contains("fuse.rclone");
        // a local disk mounted inside the NFS home (escaped space in the mount point) is local
        assertThat(NetworkFolders.decide("/home/pat/local disk/eval.vbench", "ext4", MOUNTS)).isEmpty();
        assertThat(NetworkFolders.decide("/tmp/eval.vbench", "tmpfs", MOUNTS)).isEmpty();
        assertThat(NetworkFolders.decide("/srv/eval.vbench", "ext4", MOUNTS)).isEmpty();
        assertThat(NetworkFolders.decide("/media/usb/eval.vbench", "fuseblk", MOUNTS)).isEmpty();
        assertThat(NetworkFolders.decide("/var/lib/lxcfs/x.vbench", "fuse.lxcfs", MOUNTS)).isEmpty();
        // "/home2" is not inside "/home"
        assertThat(NetworkFolders.fromMounts("/home2/x.vbench", MOUNTS)).contains("ext4");
    }

    @Test
    void windowsUncPathsAndNetworkDriveTypes() {
        assertThat(NetworkFolders.decide("\\\\fileserver\\rfp\\eval.vbench", "NTFS", null)).isPresent();
        assertThat(NetworkFolders.decide("\\\\?\\UNC\\fileserver\\rfp\\eval.vbench", "NTFS", null)).isPresent();
        assertThat(NetworkFolders.decide("C:\\Users\\pat\\eval.vbench", "NTFS", null)).isEmpty();
        assertThat(NetworkFolders.decide("\\\\?\\C:\\Users\\pat\\eval.vbench", "NTFS", null)).isEmpty();
        // a mapped drive whose volume reports a network file-system type
        assertThat(NetworkFolders.decide("Z:\\eval.vbench", "CIFS", null)).contains("CIFS");
    }

    @Test
    void macosFileStoreTypes() {
        assertThat(NetworkFolders.decide("/Volumes/share/eval.vbench", "smbfs", null)).contains("smbfs");
        assertThat(NetworkFolders.decide("/Volumes/nfs/eval.vbench", "nfs", null)).contains("nfs");
        assertThat(NetworkFolders.decide("/Volumes/old/eval.vbench", "afpfs", null)).contains("afpfs");
        assertThat(NetworkFolders.decide("/Users/pat/eval.vbench", "apfs", null)).isEmpty();
    }

    @Test
    void aLocalWorkspaceHasNoWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("local.vbench");
        try (Workspace w = Workspace.create(f)) {
            assertThat(w.networkWarning()).isEqualTo(NetworkFolders.warning(f));
            if (!NetworkFolders.isNetworkType(Files.getFileStore(dir).type())) assertThat(w.networkWarning()).isEmpty();
        }
    }

    @Test
    void theWarningNamesTheFileAndTheFileSystem() {
        Path f = Path.of("eval.vbench");
        String w = f.getFileName() + " is in a network folder (nfs4): file locking and crash safety are not reliable"
                + " there; copy it to a local folder to work on it";
        assertThat(NetworkFolders.warningText(f, "nfs4")).isEqualTo(w);
    }
}
