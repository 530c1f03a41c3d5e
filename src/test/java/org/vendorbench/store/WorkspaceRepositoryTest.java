package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.Evidence;

class WorkspaceRepositoryTest {
    private static final String SHA1 = "a".repeat(64);
    private static final String SHA2 = "b".repeat(64);

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("eval.vbench");
    }

    private static int blobs(Workspace ws) {
        return ws.<Integer>read(c -> Settings.count(c, "SELECT count(*) FROM evidence_blob"));
    }

    private static AuditEntry last(Workspace ws) {
        List<AuditEntry> all = ws.auditEntries();
        return all.get(all.size() - 1);
    }

    @Test
    void rfpRoundTripsAndIsReplacedAsAWhole() throws Exception {
        Rfp rfp = Fixtures.rfp();
        try (Workspace ws = Workspace.create(file)) {
            assertThat(ws.loadRfp()).isEmpty();
            ws.saveRfp(rfp);
            assertThat(ws.loadRfp()).contains(rfp);
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.loadRfp()).contains(rfp);
            Rfp smaller = new Rfp("RFP-2", "Second", null, null, null, "USD", 12, 0.5, Rfp.FORMAT,
                    rfp.sections().subList(0, 1), rfp.questions().subList(0, 2), List.of(), List.of(), List.of());
            ws.saveRfp(smaller);
            assertThat(ws.loadRfp()).contains(smaller);
            assertThat(ws.info().rfpId()).isEqualTo("RFP-2");
            AuditEntry e = last(ws);
            assertThat(e.entity()).isEqualTo("rfp");
            assertThat(e.oldValue()).contains("RFP-2026-07");
            assertThat(e.newValue()).contains("RFP-2");
        }
    }

    @Test
    void importRoundTripsAResponse() throws Exception {
        VendorResponse r = Fixtures.response("Acme Corp", "acme.xlsx", 92);
        try (Workspace ws = Workspace.create(file)) {
            ws.saveRfp(Fixtures.rfp());
            ImportResult res = ws.importResponse(r, SHA1);
            assertThat(res.vendor()).isEqualTo("Acme Corp");
            assertThat(res.blindLabel()).isEqualTo("Vendor A");
            assertThat(res.replaced()).isFalse();
            assertThat(res.answers()).isEqualTo(4);
            assertThat(res.warnings()).isEqualTo(2);
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.currentResponses()).containsExactly(r);
            WorkspaceInfo info = ws.info();
            assertThat(info.vendors()).isEqualTo(1);
            assertThat(info.currentResponses()).isEqualTo(1);
            AuditEntry e = last(ws);
            assertThat(e.entity()).isEqualTo("response/Acme Corp");
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).contains("acme.xlsx").contains(SHA1);
        }
    }

    @Test
    void reImportKeepsTheOlderResponseAsHistory() throws Exception {
        try (Workspace ws = Workspace.create(file)) {
            ws.importResponse(Fixtures.response("Acme Corp", "acme-v1.xlsx", 85), SHA1);
            ws.importResponse(Fixtures.response("Beta Care", "beta.xlsx", 90), SHA1);
            ImportResult second = ws.importResponse(Fixtures.response("ACME  corp", "acme-v2.xlsx", 97), SHA2);
            assertThat(second.replaced()).isTrue();
            assertThat(second.vendor()).isEqualTo("Acme Corp");
            assertThat(second.blindLabel()).isEqualTo("Vendor A");
            assertThat(ws.blindLabel("beta care")).contains("Vendor B");
            assertThat(ws.vendors()).containsExactly("Acme Corp", "Beta Care");

            List<VendorResponse> current = ws.currentResponses();
            assertThat(current).extracting(VendorResponse::file).containsExactly("acme-v2.xlsx", "beta.xlsx");
            assertThat(current.get(0).answer("Q-3").map(Answer::number)).contains(0.97);

            List<ResponseHistoryEntry> h = ws.history("acme corp");
            assertThat(h).extracting(ResponseHistoryEntry::fileName).containsExactly("acme-v1.xlsx", "acme-v2.xlsx");
            assertThat(h).extracting(ResponseHistoryEntry::current).containsExactly(false, true);
            assertThat(ws.response(h.get(0).responseId()).orElseThrow().answer("Q-3").map(Answer::number))
                    .contains(0.85);
            assertThat(last(ws).oldValue()).contains("acme-v1.xlsx");
            assertThat(ws.history("nobody")).isEmpty();
        }
    }

    @Test
    void aFailingImportLeavesNothingBehind() throws Exception {
        try (Workspace ws = Workspace.create(file)) {
            ws.importResponse(Fixtures.response("Acme Corp", "acme-v1.xlsx", 85), SHA1);
            WorkspaceInfo before = ws.info();
            VendorResponse good = Fixtures.response("Acme Corp", "acme-v2.xlsx", 90);
            List<Answer> dup = new ArrayList<>(good.answers());
            dup.add(good.answers().get(0));
            VendorResponse bad = new VendorResponse(good.file(), good.rfpId(), good.vendor(), good.contact(),
                    good.email(), good.submitted(), good.format(), dup, good.kpis(), good.pricing(), good.warnings());
            assertThatThrownBy(() -> ws.importResponse(bad, SHA2)).isInstanceOf(WorkspaceException.class)
                    .hasMessage("a response holds two answers to question Q-1");
            VendorResponse newVendorBad = new VendorResponse("n.xlsx", good.rfpId(), "New Vendor", null, null, null,
                    good.format(), dup, good.kpis(), good.pricing(), good.warnings());
            assertThatThrownBy(() -> ws.importResponse(newVendorBad, SHA2)).isInstanceOf(WorkspaceException.class);
            assertThat(ws.info()).isEqualTo(before);
            assertThat(ws.currentResponses()).extracting(VendorResponse::file).containsExactly("acme-v1.xlsx");
            assertThat(ws.history("Acme Corp")).hasSize(1);
            assertThat(ws.vendors()).containsExactly("Acme Corp");
            assertThatThrownBy(() -> ws.importResponse(good, "not-a-hash"))
                    .hasMessageContaining("SHA-256 must be 64 hex digits");
        }
    }

    @Test
    void scoresAreUpsertedPerEvaluatorVendorAndQuestionAndAudited() throws Exception {
        try (Workspace ws = Workspace.create(file)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("Acme Corp", "a.xlsx", 90), SHA1);
            ws.setUser("lead");
            ws.putScore(new EvaluatorScore("alice", "acme corp", "q-4", 3, "clear"));
            ws.putScore(new EvaluatorScore("alice", "Acme Corp", "Q-4", 4.5, "better on reread"));
            ws.putScore(new EvaluatorScore("bob", "Acme Corp", "Q-4", 2, null));
            assertThat(ws.scores()).containsExactly(new EvaluatorScore("alice", "Acme Corp", "Q-4", 4.5, "better on reread"),
                    new EvaluatorScore("bob", "Acme Corp", "Q-4", 2, null));
            List<AuditEntry> log = ws.auditEntries();
            AuditEntry update = log.get(log.size() - 2);
            assertThat(update.entity()).isEqualTo("score/alice/Acme Corp/Q-4");
            assertThat(update.user()).isEqualTo("lead");
            assertThat(update.oldValue()).isEqualTo("{\"score\":3.0,\"note\":\"clear\"}");
            assertThat(update.newValue()).isEqualTo("{\"score\":4.5,\"note\":\"better on reread\"}");
            assertThatThrownBy(() -> ws.putScore(new EvaluatorScore("alice", "Nobody", "Q-4", 1, null)))
                    .hasMessage("no vendor 'Nobody' in eval.vbench");
            assertThatThrownBy(() -> ws.putScore(new EvaluatorScore("alice", "Acme Corp", "Q-99", 1, null)))
                    .hasMessage("no question 'Q-99' in the RFP");
            assertThat(ws.info().evaluatorScores()).isEqualTo(2);
            ws.removeScore("bob", "acme corp", "q-4", "entered for the wrong vendor");
            assertThat(ws.scores()).extracting(EvaluatorScore::evaluator).containsExactly("alice");
            assertThat(last(ws).action()).isEqualTo("remove");
            assertThat(last(ws).oldValue()).isEqualTo("{\"score\":2.0,\"note\":null}");
            assertThat(last(ws).reason()).isEqualTo("entered for the wrong vendor");
            long entries = ws.info().auditEntries();
            ws.removeScore("bob", "Acme Corp", "Q-4", "again");
            assertThat(ws.info().auditEntries()).as("removing nothing logs nothing").isEqualTo(entries);
        }
    }

    @Test
    void overridesRoundTripWithReasons() throws Exception {
        try (Workspace ws = Workspace.create(file)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("Acme Corp", "a.xlsx", 90), SHA1);
            ws.putConsensus(new ConsensusOverride("Acme Corp", "Q-4", 4, "panel agreed after demo"));
            ws.putConsensus(new ConsensusOverride("Acme Corp", "Q-4", 3.5, "reference call"));
            assertThat(ws.consensus()).containsExactly(new ConsensusOverride("Acme Corp", "Q-4", 3.5, "reference call"));
            assertThat(last(ws).oldValue()).contains("4.0").contains("panel agreed");
            assertThat(last(ws).reason()).isEqualTo("reference call");
            assertThatThrownBy(() -> ws.putConsensus(new ConsensusOverride("Acme Corp", "Q-4", 3, " ")))
                    .hasMessage("a consensus score needs a reason");
            ws.removeConsensus("Acme Corp", "Q-4", "back to the mean");
            assertThat(ws.consensus()).isEmpty();
            assertThat(last(ws).action()).isEqualTo("remove");

            ws.putSectionWeight(new SectionWeightOverride("sec", 4, "board priority"));
            assertThat(ws.sectionWeights()).containsExactly(new SectionWeightOverride("SEC", 4, "board priority"));
            assertThatThrownBy(() -> ws.putSectionWeight(new SectionWeightOverride("NOPE", 1, "x")))
                    .hasMessage("no section 'NOPE' in the RFP");
            ws.removeSectionWeight("SEC", "reverted");
            assertThat(ws.sectionWeights()).isEmpty();

            ws.putAssumptionOverride(new AssumptionOverride("Calls per month", null, 14000, "growth plan"));
            ws.putAssumptionOverride(new AssumptionOverride("calls-per-month", "acme corp", 13000, "their volume model"));
            ws.putAssumptionOverride(new AssumptionOverride("calls-per-month", null, 14500, "revised plan"));
            assertThat(ws.assumptionOverrides()).containsExactly(
                    new AssumptionOverride("calls-per-month", null, 14500, "revised plan"),
                    new AssumptionOverride("calls-per-month", "Acme Corp", 13000, "their volume model"));
            assertThat(last(ws).oldValue()).contains("14000.0");
            ws.removeAssumptionOverride("calls-per-month", "Acme Corp", "not needed");
            assertThat(ws.assumptionOverrides()).hasSize(1);
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }

    @Test
    void checklistEntriesAndEvidenceRoundTrip() throws Exception {
        byte[] pdf = "%PDF-1.7 fake soc2 report".getBytes(StandardCharsets.US_ASCII);
        try (Workspace ws = Workspace.create(file)) {
            ws.importResponse(Fixtures.response("Acme Corp", "a.xlsx", 90), SHA1);
            ChecklistEntry e = new ChecklistEntry("Acme Corp", "C-SOC2", ChecklistStatus.VERIFIED, "Kim",
                    LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 20), "Kim", "read it", null,
                    LocalDate.of(2025, 12, 31), "SOC 2 Type II");
            ws.putChecklistEntry(ChecklistEntry.notStarted("Acme Corp", "C-SOC2"), null);
            ws.putChecklistEntry(e, "report received");
            assertThat(ws.checklistEntries("acme corp")).containsExactly(e);
            assertThat(ws.checklistEntries()).containsExactly(e);
            assertThat(last(ws).oldValue()).contains("NOT_STARTED");
            assertThat(last(ws).newValue()).contains("VERIFIED").contains("2025-12-31");
            assertThatThrownBy(() -> ws.putChecklistEntry(new ChecklistEntry("Acme Corp", "C-BAA",
                    ChecklistStatus.NOT_APPLICABLE, null, null, null, null, null, " ", null, null), null))
                    .hasMessage("checklist item C-BAA marked not applicable needs a reason");

            Evidence first = ws.addEvidence("Acme Corp", "C-SOC2", "soc2.pdf", pdf, Workspace.DEFAULT_EVIDENCE_CAP);
            Evidence second = ws.addEvidence("Acme Corp", "C-BAA", "copy.pdf", new ByteArrayInputStream(pdf),
                    Workspace.DEFAULT_EVIDENCE_CAP);
            assertThat(first.sha256()).isEqualTo(second.sha256()).hasSize(64);
            assertThat(first.size()).isEqualTo(pdf.length);
            assertThat(ws.evidenceBytes(second.id())).isEqualTo(pdf);
            assertThat(ws.evidence("Acme Corp")).containsExactly(first, second);
            assertThat(blobs(ws)).isEqualTo(1);
            long auditBefore = ws.info().auditEntries();
            assertThatThrownBy(() -> ws.addEvidence("Acme Corp", "C-SOC2", "huge.pdf",
                    new ByteArrayInputStream(new byte[3 * 1024 * 1024]), 2 * 1024 * 1024))
                    .hasMessage("huge.pdf is larger than the evidence limit of 2 MB");
            assertThat(ws.info().auditEntries()).isEqualTo(auditBefore);
            assertThat(ws.info().evidence()).isEqualTo(2);
            ws.removeEvidence(first.id(), "wrong item");
            assertThat(ws.evidenceBytes(second.id())).isEqualTo(pdf);
            ws.removeEvidence(second.id(), "wrong vendor");
            assertThat(blobs(ws)).isZero();
            assertThatThrownBy(() -> ws.evidenceBytes(second.id())).hasMessage("no evidence #" + second.id());
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.checklistEntries("Acme Corp")).hasSize(1);
            assertThat(ws.verifyAudit().ok()).isTrue();
        }
    }
}
