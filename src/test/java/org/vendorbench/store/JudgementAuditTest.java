package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.audit.AuditEntry;

/**
 * Every put and remove of a judgement (evaluator score, consensus, section weight, assumption
 * override) stores the row by its key, audits the old and new value in the same transaction, and a
 * remove of a row that is not there changes and audits nothing.
 */
class JudgementAuditTest {
    @TempDir Path dir;
    private Workspace ws;

    @BeforeEach
    void workspace() throws Exception {
        ws = Workspace.create(dir.resolve("w.vbench"));
        ws.saveRfp(Fixtures.rfp());
        ws.importResponse(Fixtures.response("Acme Corp", "a.xlsx", 90), "a".repeat(64));
        ws.importResponse(Fixtures.response("Beta Care", "b.xlsx", 85), "b".repeat(64));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ws.close();
    }

    private List<AuditEntry> since(int n) {
        List<AuditEntry> all = ws.auditEntries();
        return all.subList(n, all.size());
    }

    private static void audited(AuditEntry e, String entity, String action, String oldValue, String newValue, String reason) {
        assertThat(e.entity()).isEqualTo(entity);
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.oldValue()).isEqualTo(oldValue);
        assertThat(e.newValue()).isEqualTo(newValue);
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void scoresAreUpsertedPerEvaluatorVendorAndQuestionAndAuditedWithTheirOldValue() {
        int n = ws.auditEntries().size();
        ws.putScore(new EvaluatorScore(" Ann ", "acme corp", "q-1", 4, "solid"));
        ws.putScore(new EvaluatorScore("Bob", "Acme Corp", "Q-1", 2, null));
        ws.putScore(new EvaluatorScore("Ann", "Beta Care", "Q-1", 3, null));
        ws.putScore(new EvaluatorScore("Ann", "Acme Corp", "Q-1", 5, null));
        assertThat(ws.scores()).containsExactly(new EvaluatorScore("Ann", "Acme Corp", "Q-1", 5, null),
                new EvaluatorScore("Bob", "Acme Corp", "Q-1", 2, null), new EvaluatorScore("Ann", "Beta Care", "Q-1", 3, null));
        List<AuditEntry> a = since(n);
        assertThat(a).hasSize(4);
        audited(a.get(0), "score/Ann/Acme Corp/Q-1", "put", null, Json.obj("score", 4.0, "note", "solid"), null);
        audited(a.get(3), "score/Ann/Acme Corp/Q-1", "put", Json.obj("score", 4.0, "note", "solid"),
                Json.obj("score", 5.0, "note", null), null);

        ws.removeScore("Ann", "Acme Corp", "Q-2", "never scored");
        assertThat(ws.auditEntries()).hasSize(n + 4);
        ws.removeScore(" Ann", "Acme Corp", "Q-1", "typo");
        assertThat(ws.scores()).containsExactly(new EvaluatorScore("Bob", "Acme Corp", "Q-1", 2, null),
                new EvaluatorScore("Ann", "Beta Care", "Q-1", 3, null));
        audited(since(n).get(4), "score/Ann/Acme Corp/Q-1", "remove", Json.obj("score", 5.0, "note", null), null, "typo");
        assertThat(ws.verifyAudit().ok()).isTrue();
    }

    @Test
    void consensusIsUpsertedPerVendorAndQuestionAndRemovedWithItsReason() {
        int n = ws.auditEntries().size();
        ws.putConsensus(new ConsensusOverride("Acme Corp", "Q-2", 3, " panel "));
        ws.putConsensus(new ConsensusOverride("Beta Care", "Q-2", 1, "panel"));
        ws.putConsensus(new ConsensusOverride("acme corp", "q-2", 4, "re-read"));
        assertThat(ws.consensus()).containsExactly(new ConsensusOverride("Acme Corp", "Q-2", 4, "re-read"),
                new ConsensusOverride("Beta Care", "Q-2", 1, "panel"));
        audited(since(n).get(2), "consensus/Acme Corp/Q-2", "put", Json.obj("score", 3.0, "reason", "panel"),
                Json.obj("score", 4.0), "re-read");

        ws.removeConsensus("Acme Corp", "Q-1", "nothing there");
        assertThat(ws.auditEntries()).hasSize(n + 3);
        ws.removeConsensus("Acme Corp", "Q-2", " back to the mean ");
        assertThat(ws.consensus()).containsExactly(new ConsensusOverride("Beta Care", "Q-2", 1, "panel"));
        audited(since(n).get(3), "consensus/Acme Corp/Q-2", "remove", Json.obj("score", 4.0, "reason", "re-read"), null,
                "back to the mean");
    }

    @Test
    void sectionWeightsAreUpsertedPerSectionAndRemovedByAFoldedId() {
        int n = ws.auditEntries().size();
        ws.putSectionWeight(new SectionWeightOverride("sec", 3, "board"));
        ws.putSectionWeight(new SectionWeightOverride("SEC", 4, "board again"));
        assertThat(ws.sectionWeights()).containsExactly(new SectionWeightOverride("SEC", 4, "board again"));
        audited(since(n).get(0), "section-weight/SEC", "put", null, Json.obj("weight", 3.0), "board");
        audited(since(n).get(1), "section-weight/SEC", "put", Json.obj("weight", 3.0, "reason", "board"),
                Json.obj("weight", 4.0), "board again");

        ws.removeSectionWeight("OPS", "none");
        assertThat(ws.auditEntries()).hasSize(n + 2);
        ws.removeSectionWeight(" sec ", "default");
        assertThat(ws.sectionWeights()).isEmpty();
        audited(since(n).get(2), "section-weight/SEC", "remove", Json.obj("weight", 4.0, "reason", "board again"), null,
                "default");
    }

    @Test
    void assumptionOverridesAreKeptPerKeyAndVendorWithTheSharedOneApart() {
        int n = ws.auditEntries().size();
        ws.putAssumptionOverride(new AssumptionOverride("Calls-Per-Month", null, 14_000, "forecast"));
        ws.putAssumptionOverride(new AssumptionOverride("calls-per-month", "Acme Corp", 13_000, "their volume"));
        ws.putAssumptionOverride(new AssumptionOverride("calls-per-month", null, 15_000, "new forecast"));
        assertThat(ws.assumptionOverrides()).containsExactlyInAnyOrder(
                new AssumptionOverride("calls-per-month", null, 15_000, "new forecast"),
                new AssumptionOverride("calls-per-month", "Acme Corp", 13_000, "their volume"));
        audited(since(n).get(1), "assumption/calls-per-month/Acme Corp", "put", null, Json.obj("value", 13_000.0),
                "their volume");
        audited(since(n).get(2), "assumption/calls-per-month", "put", Json.obj("value", 14_000.0, "reason", "forecast"),
                Json.obj("value", 15_000.0), "new forecast");

        ws.removeAssumptionOverride("minutes-per-call", null, "none");
        assertThat(ws.auditEntries()).hasSize(n + 3);
        ws.removeAssumptionOverride("calls-per-month", "Acme Corp", "shared is enough");
        assertThat(ws.assumptionOverrides()).containsExactly(
                new AssumptionOverride("calls-per-month", null, 15_000, "new forecast"));
        audited(since(n).get(3), "assumption/calls-per-month/Acme Corp", "remove",
                Json.obj("value", 13_000.0, "reason", "their volume"), null, "shared is enough");
        assertThat(ws.verifyAudit().ok()).isTrue();
    }
}
