package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.ImportService;
import org.vendorbench.workbook.ResponseReader;

/**
 * Hostile vendor files beyond workbook-format.md §5 (issue 10): each import is attempted the way
 * the app does it (open the workspace, {@link ImportService}) within 5 s, and a refused file
 * leaves the workspace file byte-for-byte unchanged (SHA-256 before and after).
 */
class HostileImportTest {
    private static final Path SAMPLES = HostileWorkspace.SAMPLES;
    @TempDir
    Path dir;
    private HostileWorkspace hw;
    private Rfp rfp;

    @BeforeEach
    void setUp() throws Exception {
        hw = new HostileWorkspace(dir);
        rfp = hw.rfp;
    }

    private Path rezip(String name, int extraEntries, boolean binaryWorkbook) throws Exception {
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(SAMPLES.resolve("vendor-careline.xlsx").toFile());
                ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (binaryWorkbook && n.startsWith("xl/")) {
                    n = n.replace(".xml", ".bin");
                }
                zos.putNextEntry(new ZipEntry(n));
                try (InputStream is = in.getInputStream(e)) {
                    is.transferTo(zos);
                }
                zos.closeEntry();
            }
            for (int i = 0; i < extraEntries; i++) {
                zos.putNextEntry(new ZipEntry("junk/" + i + ".xml"));
                zos.write("<a/>".getBytes());
                zos.closeEntry();
            }
        }
        return out;
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path f = dir.resolve("empty.xlsx");
        Files.write(f, new byte[0]);
        assertThat(hw.refused(f)).contains("empty.xlsx");
    }

    @Test
    void truncatedFileIsRefused() throws Exception {
        byte[] all = Files.readAllBytes(SAMPLES.resolve("vendor-careline.xlsx"));
        Path f = dir.resolve("cut.xlsx");
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        assertThat(hw.refused(f)).contains("cut.xlsx");
    }

    @Test
    void binaryWorkbookRenamedIsRefused() throws Exception {
        Path f = rezip("vendor.xlsb", 0, true);
        assertThat(hw.refused(f)).isEqualTo("vendor.xlsb: binary .xlsb workbooks are not supported; save as .xlsx");
    }

    @Test
    void aThousandAndOneZipEntriesEitherReadOrRefusedQuickly() throws Exception {
        Path f = rezip("many.xlsx", 1001, false);
        String before = hw.sha();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                ResponseReader.read(f, rfp, null);
            } catch (RefusedException e) {
                assertThat(e.getMessage()).contains("many.xlsx");
            }
        });
        assertThat(hw.sha()).isEqualTo(before);
    }

    @Test
    void textRenamedAsWorkbookIsRefused() throws Exception {
        Path f = dir.resolve("notes.xlsx");
        Files.writeString(f, "=cmd|' /c calc'!A1\n");
        assertThat(hw.refused(f)).contains("notes.xlsx");
    }

    @Test
    void refusedMessagesAreOneLine() throws Exception {
        Path f = dir.resolve("x.xlsx");
        try (OutputStream os = Files.newOutputStream(f)) {
            os.write(new byte[] {'P', 'K', 3, 4, 0, 0});
        }
        assertThat(hw.refused(f)).doesNotContain("\n");
        assertThatThrownBy(() -> ResponseReader.read(f, rfp, null)).isInstanceOf(RefusedException.class);
    }
}
