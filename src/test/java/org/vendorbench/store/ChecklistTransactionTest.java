package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.Evidence;

/** Evidence and the checklist entry it supports are written in one transaction; attachments are deduplicated and capped. */
class ChecklistTransactionTest {
    private static final String VENDOR = "Acme Corp";

    @TempDir
    Path dir;

    private Workspace workspace() throws Exception {
        Workspace ws = Workspace.create(dir.resolve("w.vbench"));
        ws.importResponse(Fixtures.response(VENDOR, "a.xlsx", 90), "c".repeat(64));
        return ws;
    }

    private static int count(Workspace ws, String table) {
        return ws.<Integer>read(c -> Settings.count(c, "SELECT count(*) FROM " + table));
    }

    private static EvidenceUpload upload(String name, String content) {
        return new EvidenceUpload(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static ChecklistEntry inProgress(String item) {
        return new ChecklistEntry(VENDOR, item, ChecklistStatus.IN_PROGRESS, "Kim", LocalDate.of(2026, 6, 1), null, null,
                null, null, null, null);
    }

    @Test
    void aFailureInTheEntryPartLeavesNoAttachmentNoBlobAndNoAuditEntry() throws Exception {
        try (Workspace ws = workspace()) {
            long audit = ws.info().auditEntries();
            ChecklistEntry broken = new ChecklistEntry(VENDOR, "CS-01", ChecklistStatus.NOT_APPLICABLE, null, null, null,
                    null, null, " ", null, null);
            assertThatThrownBy(() -> ws.saveChecklistChange(VENDOR, "CS-01", broken, null,
                    List.of(upload("baa.pdf", "%PDF baa")), List.of()))
                    .hasMessage("checklist item CS-01 marked not applicable needs a reason");
            assertThat(count(ws, "evidence")).isZero();
            assertThat(count(ws, "evidence_blob")).isZero();
            assertThat(ws.checklistEntries(VENDOR)).isEmpty();
            assertThat(ws.info().auditEntries()).isEqualTo(audit);
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void attachmentAndEntryAreSavedTogetherWithTheirAuditEntries() throws Exception {
        try (Workspace ws = workspace()) {
            long audit = ws.info().auditEntries();
            List<Evidence> added = ws.saveChecklistChange(VENDOR, "CS-01", inProgress("CS-01"), "received",
                    List.of(upload("baa.pdf", "%PDF baa"), upload("email.eml", "From: x")), List.of());
            assertThat(added).extracting(Evidence::fileName).containsExactly("baa.pdf", "email.eml");
            assertThat(ws.evidence(VENDOR)).containsExactlyElementsOf(added);
            assertThat(ws.checklistEntries(VENDOR)).containsExactly(inProgress("CS-01"));
            assertThat(ws.info().auditEntries()).isEqualTo(audit + 3);
            assertThat(ws.evidenceById(added.get(0).id())).contains(added.get(0));
            assertThat(ws.evidenceById(9999)).isEmpty();

            // the undo direction: detach and restore the entry, again in one transaction
            assertThatThrownBy(() -> ws.saveChecklistChange(VENDOR, "CS-01", ChecklistEntry.notStarted(VENDOR, "CS-01"),
                    null, List.of(), List.of(added.get(0).id(), added.get(1).id())))
                    .hasMessageContaining("reason");
            assertThat(ws.evidence(VENDOR)).hasSize(2);
            ws.saveChecklistChange(VENDOR, "CS-01", ChecklistEntry.notStarted(VENDOR, "CS-01"), "undo", List.of(),
                    List.of(added.get(0).id(), added.get(1).id()));
            assertThat(ws.evidence(VENDOR)).isEmpty();
            assertThat(count(ws, "evidence_blob")).isZero();
            assertThat(ws.checklistEntries(VENDOR)).containsExactly(ChecklistEntry.notStarted(VENDOR, "CS-01"));
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void anEntryForAnotherItemIsRefused() throws Exception {
        try (Workspace ws = workspace()) {
            assertThatThrownBy(() -> ws.saveChecklistChange(VENDOR, "CS-02", inProgress("CS-01"), null,
                    List.of(upload("x.pdf", "x")), List.of())).hasMessageContaining("not Acme Corp CS-02");
            assertThat(count(ws, "evidence")).isZero();
        }
    }

    @Test
    void identicalBytesAreStoredOnceAndEachAttachmentKeepsItsOriginalName() throws Exception {
        List<String> hostile = List.of("../../x", "CON", "aux.txt", "a".repeat(300) + ".pdf", "bad\u0000\u202Ename.pdf",
                "C:\\Windows\\system32\\drivers\\etc\\hosts");
        try (Workspace ws = workspace()) {
            for (String name : hostile) {
                ws.saveChecklistChange(VENDOR, "CS-02", null, null, List.of(upload(name, "same bytes")), List.of());
            }
            assertThat(ws.evidence(VENDOR)).extracting(Evidence::fileName).containsExactlyElementsOf(hostile);
            assertThat(ws.evidence(VENDOR)).extracting(Evidence::sha256).containsOnly(ws.evidence(VENDOR).get(0).sha256());
            assertThat(count(ws, "evidence_blob")).isEqualTo(1);
            assertThat(ws.evidenceBytes(ws.evidence(VENDOR).get(3).id())).isEqualTo("same bytes".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(dir.resolve("x")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("w.vbench"));
        }
    }

    @Test
    void aFileAboveTheCapIsRefusedFromItsSizeWithoutReadingIt() throws Exception {
        Path big = dir.resolve("scan.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Workspace.DEFAULT_EVIDENCE_CAP + 1); // sparse: no 50 MB written or read
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> EvidenceUpload.read(big, Workspace.DEFAULT_EVIDENCE_CAP))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("scan.pdf is larger than the evidence limit of 50 MB (50.0 MB)");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);

        Path small = Files.write(dir.resolve("ok.txt"), new byte[11]);
        assertThatThrownBy(() -> EvidenceUpload.read(small, 10)).hasMessageStartingWith("ok.txt is larger than the evidence limit of 10 bytes");
        assertThat(EvidenceUpload.read(small, 11).bytes()).hasSize(11);
        assertThatThrownBy(() -> EvidenceUpload.read(dir.resolve("missing.pdf"), 10)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> EvidenceUpload.read(dir, 10)).hasMessageContaining("is not a file");

        try (Workspace ws = workspace()) {
            EvidenceUpload tooBig = new EvidenceUpload("huge.bin", new byte[(int) Workspace.DEFAULT_EVIDENCE_CAP + 1]);
            assertThatThrownBy(() -> ws.saveChecklistChange(VENDOR, "CS-01", inProgress("CS-01"), null, List.of(tooBig), List.of()))
                    .hasMessageStartingWith("huge.bin is larger than the evidence limit of 50 MB");
            assertThat(ws.checklistEntries(VENDOR)).isEmpty();
        }
    }
}
