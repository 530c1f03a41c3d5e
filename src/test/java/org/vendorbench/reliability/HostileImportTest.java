package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/**
 * Hostile vendor files beyond workbook-format.md §5 (issue 10): each import is attempted the way
 * the app does it (open the workspace, {@link ImportService}) within 5 s, and a refused file
 * leaves the workspace file byte-for-byte unchanged (SHA-256 before and after).
 */
class HostileImportTest {
    private static final Path SAMPLES = Path.of("sample-rfps");
    @TempDir
    Path dir;
    private Rfp rfp;
    private Path workspace;

    @BeforeEach
    void setUp() throws Exception {
        rfp = RfpReader.read(SAMPLES.resolve("mcc-rfp.xlsx"));
        workspace = dir.resolve("ws.vbench");
        try (Workspace ws = Workspace.create(workspace)) {
            ws.saveRfp(rfp);
            ImportService.importFiles(ws, null, List.of(SAMPLES.resolve("vendor-premier.xlsx")), null, null, null);
        }
    }

    private static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    /**
     * Imports the way the CLI and the window do (open the workspace, then {@link ImportService})
     * within 5 s; returns the refusal message after checking the workspace file is byte-for-byte
     * what it was.
     */
    private String refusedImport(Path file) throws Exception {
        String before = sha(workspace);
        ImportReport.FileResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try (Workspace ws = Workspace.open(workspace)) {
                return ImportService.importFiles(ws, null, List.of(file), null, null, null).files().get(0);
            }
        });
        assertThat(r.status()).as("refused").isEqualTo(ImportReport.Status.REFUSED);
        assertThat(sha(workspace)).as("workspace unchanged").isEqualTo(before);
        return r.error();
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
        assertThat(refusedImport(f)).contains("empty.xlsx");
    }

    @Test
    void truncatedFileIsRefused() throws Exception {
        byte[] all = Files.readAllBytes(SAMPLES.resolve("vendor-careline.xlsx"));
        Path f = dir.resolve("cut.xlsx");
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        assertThat(refusedImport(f)).contains("cut.xlsx");
    }

    @Test
    void binaryWorkbookRenamedIsRefused() throws Exception {
        Path f = rezip("vendor.xlsb", 0, true);
        assertThat(refusedImport(f)).isEqualTo("vendor.xlsb: binary .xlsb workbooks are not supported; save as .xlsx");
    }

    @Test
    void aThousandAndOneZipEntriesEitherReadOrRefusedQuickly() throws Exception {
        Path f = rezip("many.xlsx", 1001, false);
        String before = sha(workspace);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                ResponseReader.read(f, rfp, null);
            } catch (RefusedException e) {
                assertThat(e.getMessage()).contains("many.xlsx");
            }
        });
        assertThat(sha(workspace)).isEqualTo(before);
    }

    @Test
    void textRenamedAsWorkbookIsRefused() throws Exception {
        Path f = dir.resolve("notes.xlsx");
        Files.writeString(f, "=cmd|' /c calc'!A1\n");
        assertThat(refusedImport(f)).contains("notes.xlsx");
    }

    @Test
    void refusedMessagesAreOneLine() throws Exception {
        Path f = dir.resolve("x.xlsx");
        try (OutputStream os = Files.newOutputStream(f)) {
            os.write(new byte[] {'P', 'K', 3, 4, 0, 0});
        }
        assertThat(refusedImport(f)).doesNotContain("\n");
        assertThatThrownBy(() -> ResponseReader.read(f, rfp, null)).isInstanceOf(RefusedException.class);
    }
}
