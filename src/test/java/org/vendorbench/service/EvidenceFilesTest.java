package org.vendorbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistRuleException;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.ChecklistUpdate;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.EvidenceNames;
import org.vendorbench.store.EvidenceUpload;
import org.vendorbench.store.Workspace;

/** Checklist changes through the service (one transaction) and evidence copies for viewing. */
class EvidenceFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path file;
    String vendor;

    @BeforeEach
    void demo() throws Exception {
        file = dir.resolve("w.vbench");
        try (Workspace ws = Workspace.create(file)) {
            DemoData.fill(ws);
            vendor = ws.vendors().get(0);
        }
    }

    @Test
    void exportWritesTheExactBytesUnderTheSafeNameInAFreshPrivateFolder() throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        Path root = Files.createDirectories(dir.resolve("tmp"));
        try (Workspace ws = Workspace.open(file)) {
            Evidence e = ws.saveChecklistChange(vendor, "CS-02", null, null,
                    List.of(new EvidenceUpload("../../evil\u202Egpj.exe", bytes)), List.of()).get(0);
            Path first = EvidenceFiles.exportForViewing(ws, e.id(), root);
            Path second = EvidenceFiles.exportForViewing(ws, e.id(), root);
            assertThat(first.getFileName().toString()).isEqualTo("evilgpj.exe_").isEqualTo(EvidenceNames.safeFileName(e.fileName()));
            assertThat(first.getParent().getParent()).isEqualTo(root);
            assertThat(first.getParent()).isNotEqualTo(second.getParent());
            assertThat(first.getParent().getFileName().toString()).startsWith(EvidenceFiles.TEMP_PREFIX);
            assertThat(Files.readAllBytes(first)).isEqualTo(bytes);
            assertThat(EvidenceFiles.sha256(Files.readAllBytes(first))).isEqualTo(e.sha256());
            assertThat(root.resolve("evil")).doesNotExist();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.getParent()))).isEqualTo("rwx------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
            }
            assertThatThrownBy(() -> EvidenceFiles.exportForViewing(ws, 424242, root)).hasMessage("no evidence #424242");
        }
    }

    @Test
    void aDamagedBlobIsRefusedInsteadOfBeingShown() throws Exception {
        long id;
        try (Workspace ws = Workspace.open(file)) {
            id = ws.saveChecklistChange(vendor, "CS-01", null, null,
                    List.of(new EvidenceUpload("baa.pdf", "%PDF signed BAA".getBytes(StandardCharsets.US_ASCII))), List.of()).get(0).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE evidence_blob SET bytes = X'255044462074616d7065726564'");
        }
        Path root = Files.createDirectories(dir.resolve("tmp"));
        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(() -> EvidenceFiles.exportForViewing(ws, id, root))
                    .hasMessageStartingWith("evidence baa.pdf is damaged: its content does not match the SHA-256");
        }
        try (var left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void verifyingWithAFileWritesBothOrNeither() throws Exception {
        Path report = Files.writeString(dir.resolve("soc2.pdf"), "%PDF SOC 2 Type II report");
        ChecklistDefinition def;
        try (Workspace ws = Workspace.open(file)) {
            def = VendorChecklist.definition(ws, ChecklistDefinition.Mode.MERGE);
            long audit = ws.info().auditEntries();
            // SOC 2 needs an evidence date: refused by the rules, the file is not stored
            assertThatThrownBy(() -> ChecklistChanges.apply(ws, def, vendor, "CS-02",
                    ChecklistUpdate.status(ChecklistStatus.VERIFIED), List.of(report), null, CLOCK))
                    .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("evidence date");
            assertThat(ws.evidence(vendor)).isEmpty();
            assertThat(ws.info().auditEntries()).isEqualTo(audit);

            ChecklistChanges.Result r = ChecklistChanges.apply(ws, def, vendor, "cs 02",
                    ChecklistUpdate.status(ChecklistStatus.VERIFIED).withEvidenceDate(LocalDate.of(2026, 3, 31)),
                    List.of(report), "report read", CLOCK);
            assertThat(r.after().status()).isEqualTo(ChecklistStatus.VERIFIED);
            assertThat(r.after().verifiedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
            assertThat(r.after().verifiedBy()).isEqualTo(ws.user());
            assertThat(r.attached()).singleElement().extracting(Evidence::fileName).isEqualTo("soc2.pdf");
            assertThat(ws.info().auditEntries()).isEqualTo(audit + 2);
            VendorChecklist now = VendorChecklist.load(ws, def, vendor);
            assertThat(now.entry("CS-02").status()).isEqualTo(ChecklistStatus.VERIFIED);
            assertThat(now.evidenceOf("CS-02")).hasSize(1);
            assertThat(now.assess(CLOCK).groups().get(0).verified()).isEqualTo(1);
        }
    }
}
