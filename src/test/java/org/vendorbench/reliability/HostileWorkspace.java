package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.RfpReader;

/**
 * Shared fixture of the hostile-file tests: a workspace that already holds the sample RFP and
 * Premier's response, into which one file at a time is imported the way the CLI and the window do
 * it (open the workspace, {@link ImportService}) within a time limit. A refused file must leave
 * the workspace file byte-for-byte unchanged (SHA-256 before and after).
 */
final class HostileWorkspace {
    static final Path SAMPLES = Path.of("sample-rfps").toAbsolutePath();
    static final Path CARELINE = SAMPLES.resolve("vendor-careline.xlsx");

    /** The sample RFP as read from its workbook. */
    final Rfp rfp;
    /** The workspace file. */
    final Path file;

    /** Creates {@code dir/ws.vbench} holding the sample RFP and Premier's response. */
    HostileWorkspace(Path dir) throws Exception {
        rfp = RfpReader.read(SAMPLES.resolve("mcc-rfp.xlsx"));
        file = dir.resolve("ws.vbench");
        try (Workspace ws = Workspace.create(file)) {
            assertThat(ImportService.importFiles(ws, SAMPLES.resolve("mcc-rfp.xlsx"),
                    List.of(SAMPLES.resolve("vendor-premier.xlsx")), null, null, null).allImported()).isTrue();
        }
    }

    /**
     * Copies the zip archive {@code from} (a workbook) to {@code to} entry by entry, passing each
     * entry's bytes through {@code edit(name, bytes)}: how the tests plant XML that POI would not write.
     */
    static Path rewriteEntries(Path from, Path to, BiFunction<String, byte[], byte[]> edit) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(to))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data;
                try (InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                zos.putNextEntry(new ZipEntry(e.getName()));
                zos.write(edit.apply(e.getName(), data));
                zos.closeEntry();
            }
        }
        return to;
    }

    static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    /** SHA-256 of the workspace file now. */
    String sha() throws Exception {
        return sha(file);
    }

    /** Imports {@code f} through ImportService within 5 s and returns its result. */
    ImportReport.FileResult importWithin5s(Path f) {
        return importWithin(f, Duration.ofSeconds(5));
    }

    ImportReport.FileResult importWithin(Path f, Duration limit) {
        return assertTimeoutPreemptively(limit, () -> {
            try (Workspace ws = Workspace.open(file)) {
                return ImportService.importFiles(ws, null, List.of(f), null, null, null).files().get(0);
            }
        });
    }

    /** Asserts that importing {@code f} is refused within 5 s and leaves the workspace bytes unchanged; returns the message. */
    String refused(Path f) throws Exception {
        String before = sha();
        ImportReport.FileResult r = importWithin5s(f);
        assertThat(r.status()).as("status of " + f.getFileName()).isEqualTo(ImportReport.Status.REFUSED);
        assertThat(sha()).as("workspace bytes").isEqualTo(before);
        return r.error();
    }
}
