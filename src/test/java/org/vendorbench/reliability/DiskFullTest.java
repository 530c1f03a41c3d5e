package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.store.Workspace;

/**
 * A full disk (issue 10): during an import (SQLite's {@code max_page_count} set low through the
 * store's test hook gives a real SQLITE_FULL) and during the backup before a migration (a real
 * small tmpfs that the backup does not fit on; Linux as root only, skipped elsewhere, because
 * {@code VACUUM INTO} ignores max_page_count). Each refuses with a clear message, commits nothing
 * and leaves the workspace usable.
 */
class DiskFullTest {
    private static final Path SAMPLES = Path.of("sample-rfps").toAbsolutePath();
    private static final String MAX_PAGES = "vendorbench.test.maxPageCount";

    @TempDir
    Path dir;

    @AfterEach
    void clearHook() {
        System.clearProperty(MAX_PAGES);
    }

    private static Path workspaceWithOneVendor(Path ws) throws Exception {
        try (Workspace w = Workspace.create(ws)) {
            ImportReport r = ImportService.importFiles(w, SAMPLES.resolve("mcc-rfp.xlsx"),
                    List.of(SAMPLES.resolve("vendor-careline.xlsx")), null, null, null);
            assertThat(r.allImported()).isTrue();
        }
        return ws;
    }

    private static long pragma(Path f, String pragma) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.getLong(1);
        }
    }

    private static void vacuum(Path f) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("VACUUM");
        }
    }

    private static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void aFullDiskDuringAnImportStoresNothingAndTheWorkspaceStaysUsable() throws Exception {
        Path ws = workspaceWithOneVendor(dir.resolve("full.vbench"));
        vacuum(ws); // no free pages: the import needs new ones
        long pages = pragma(ws, "page_count");
        org.vendorbench.store.WorkspaceInfo before;
        try (Workspace w = Workspace.openReadOnly(ws)) {
            before = w.info();
        }
        long auditBefore;
        System.setProperty(MAX_PAGES, Long.toString(pages));
        try (Workspace w = Workspace.open(ws)) {
            auditBefore = w.info().auditEntries();
            ImportReport r = ImportService.importFiles(w, null, List.of(SAMPLES.resolve("vendor-medconnect.xlsx")),
                    null, null, null);
            ImportReport.FileResult f = r.files().get(0);
            assertThat(f.status()).isEqualTo(ImportReport.Status.REFUSED);
            assertThat(f.error()).isEqualTo("disk full while importing vendor-medconnect.xlsx: nothing was stored");
            // the same session still reads and holds exactly what it held
            assertThat(w.vendors()).containsExactly("CareLine Partners");
            assertThat(w.info().auditEntries()).isEqualTo(auditBefore);
            assertThat(w.verifyAudit().ok()).isTrue();
        }
        // nothing committed: the same counts and the same audit head (the bytes may differ: the
        // attempted change switched the file to WAL mode and closing switched it back)
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.info()).isEqualTo(before);
        }
        System.clearProperty(MAX_PAGES);
        try (Workspace w = Workspace.open(ws)) {
            ImportReport r = ImportService.importFiles(w, null, List.of(SAMPLES.resolve("vendor-medconnect.xlsx")),
                    null, null, null);
            assertThat(r.allImported()).as("with space again the same file imports").isTrue();
            assertThat(w.vendors()).hasSize(2);
        }
    }

    @Test
    void aFullDiskInTheMiddleOfABatchStoresNoneOfItsFiles() throws Exception {
        Path ws = workspaceWithOneVendor(dir.resolve("batch.vbench"));
        vacuum(ws);
        long pages = pragma(ws, "page_count");
        org.vendorbench.store.WorkspaceInfo before;
        try (Workspace w = Workspace.openReadOnly(ws)) {
            before = w.info();
        }
        List<Path> four = Stream.of("vendor-medconnect.xlsx", "vendor-premier.xlsx", "vendor-budgetvoice.xlsx",
                "vendor-securecall.xlsx").map(SAMPLES::resolve).toList();
        // how many pages the first file needs, measured on a copy: room for it, not for all four,
        // so the disk fills in the middle of the batch
        Path probe = dir.resolve("probe.vbench");
        Files.copy(ws, probe);
        try (Workspace w = Workspace.open(probe)) {
            assertThat(ImportService.importFiles(w, null, four.subList(0, 1), null, null, null).allImported()).isTrue();
        }
        vacuum(probe);
        long oneFile = pragma(probe, "page_count") - pages;
        assertThat(oneFile).isPositive();
        System.setProperty(MAX_PAGES, Long.toString(pages + oneFile));
        try (Workspace w = Workspace.open(ws)) {
            // a file refused for its own reason keeps that reason in the report
            Path notAWorkbook = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
            List<Path> files = new java.util.ArrayList<>(four);
            files.add(1, notAWorkbook);
            List<Integer> reached = new java.util.ArrayList<>();
            ImportReport r = ImportService.importFiles(w, null, files, null, (file, done, total) -> reached.add(done), null);
            assertThat(reached).as("the first file was stored before the disk filled").hasSizeGreaterThanOrEqualTo(3);
            assertThat(r.files()).extracting(ImportReport.FileResult::status).containsOnly(ImportReport.Status.REFUSED);
            for (int i = 0; i < files.size(); i++) {
                String error = r.files().get(i).error();
                if (i == 1) {
                    assertThat(error).startsWith("notes.xlsx").doesNotContain("disk full");
                } else {
                    assertThat(error).isEqualTo("disk full while importing " + files.get(i).getFileName()
                            + ": nothing was stored");
                }
            }
            assertThat(w.vendors()).containsExactly("CareLine Partners");
            assertThat(w.verifyAudit().ok()).isTrue();
        }
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.info()).as("the files before the full disk were taken back too").isEqualTo(before);
        }
    }

    @Test
    void aFullDiskDuringAMigrationKeepsTheOldSchema() throws Exception {
        Path ws = workspaceWithOneVendor(dir.resolve("old.vbench"));
        OldWorkspace.downgradeToV2(ws, 0);
        String before = sha(ws);
        System.setProperty(MAX_PAGES, Long.toString(pragma(ws, "page_count")));
        assertThatThrownBy(() -> Workspace.open(ws)).isInstanceOf(RefusedException.class)
                .hasMessage("disk full while upgrading old.vbench to schema 4: it keeps its older schema;"
                        + " free some space and open it again");
        assertThat(sha(ws)).isEqualTo(before);
        assertThat(pragma(ws, "user_version")).isEqualTo(2);
        System.clearProperty(MAX_PAGES);
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.info().schemaVersion()).isEqualTo(4);
            assertThat(w.vendors()).containsExactly("CareLine Partners");
        }
    }

    @Test
    void aFullDiskDuringTheMigrationBackupChangesNothing() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("small"));
        Path built = workspaceWithOneVendor(dir.resolve("old.vbench"));
        OldWorkspace.downgradeToV2(built, 0);
        long size = Files.size(built);
        // a real file system with room for the workspace but not for its backup copy
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + (size + 24 * 1024), "tmpfs", mnt.toString()),
                "needs Linux and the right to mount a tmpfs");
        try {
            Path ws = Files.copy(built, mnt.resolve("old.vbench"));
            String before = sha(ws);
            assertThatThrownBy(() -> Workspace.open(ws)).isInstanceOf(RefusedException.class)
                    .hasMessage("disk full while backing up old.vbench before upgrading it from schema 2: nothing was"
                            + " changed; free some space and open it again");
            assertThat(sha(ws)).isEqualTo(before);
            try (Stream<Path> files = Files.list(mnt)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList())
                        .as("no partial backup, no temporary file, no lock").containsExactly("old.vbench");
            }
            // with space (the same bytes on a roomy disk) it upgrades and holds its data
            Path roomy = Files.copy(ws, dir.resolve("roomy.vbench"));
            try (Workspace w = Workspace.open(roomy)) {
                assertThat(w.info().schemaVersion()).isEqualTo(4);
                assertThat(w.vendors()).containsExactly("CareLine Partners");
                assertThat(w.migrationBackup()).isPresent();
            }
        } finally {
            run("umount", mnt.toString());
        }
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
