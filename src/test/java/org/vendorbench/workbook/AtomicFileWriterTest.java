package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (var s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("out.xlsx");
        Files.writeString(f, "old");
        AtomicFileWriter.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailingWriteLeavesTheOldFileUntouched() throws Exception {
        Path f = dir.resolve("out.xlsx");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFileWriter.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailingWriteOfANewFileCreatesNothing() throws Exception {
        Path f = dir.resolve("new.xlsx");
        assertThatThrownBy(() -> AtomicFileWriter.write(f, out -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void refusesAMissingFolderAndAFolderAsTarget() {
        assertThatThrownBy(() -> AtomicFileWriter.write(dir.resolve("no/such/x.xlsx"), out -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("folder does not exist");
        assertThatThrownBy(() -> AtomicFileWriter.write(dir, out -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("is a folder");
    }

    @Test
    void theNewFileIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path f = dir.resolve("perm.xlsx");
        AtomicFileWriter.write(f, out -> out.write(1));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }
}
