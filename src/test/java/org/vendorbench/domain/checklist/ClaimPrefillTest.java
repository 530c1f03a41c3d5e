package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

class ClaimPrefillTest {
    private final Question baa = Fixtures.yesNo("CS-01", "Will you sign a BAA covering call center operations and agent access to PHI?");
    private final Question soc2 = Fixtures.choice("CS-02", "Which SOC 2 report can you provide?",
            "SOC 2 Type II", "SOC 2 Type I", "ISO 27001 only", "None");
    private final Question attrition = Fixtures.number("VQ-02", "Monthly agent attrition", QuestionType.PERCENT);
    private final Question audit = Fixtures.number("CS-06", "Date of your last third-party security audit", QuestionType.DATE);
    private final Question breach = Fixtures.yesNo("CS-05", "Describe the first 72 hours after a suspected breach");
    private final Question price = Fixtures.number("P-1", "Price per minute", QuestionType.CURRENCY);
    private final Rfp rfp = Fixtures.rfp(List.of(baa, soc2, attrition, audit, breach, price),
            List.of(Fixtures.kpi("FCR", "First-call resolution"), Fixtures.kpi("CSAT", "Patient CSAT")), List.of());

    private VendorResponse respond(String soc2Answer) {
        List<Answer> answers = List.of(
                Fixtures.answered(baa, "Yes – BAA v3 attached", "YES"),
                Fixtures.answered(soc2, soc2Answer, soc2Answer),
                Fixtures.answeredNumber(attrition, "3.5%", 3.5),
                Answer.missing(audit),
                Fixtures.answered(breach, "Partial", "PARTIAL"),
                Fixtures.answeredNumber(price, "$0.95/min", 0.95));
        return Fixtures.response("Acme", answers, List.of(new KpiCommitment("FCR", "82%", 82.0, null, "KPI Commitments", "E2"),
                KpiCommitment.missing(Fixtures.kpi("CSAT", "Patient CSAT"))));
    }

    private static Map<String, Claim> byItem(List<Claim> claims) {
        Map<String, Claim> m = new HashMap<>();
        claims.forEach(c -> m.put(c.itemId(), c));
        return m;
    }

    @Test
    void claimsQuoteTheVendorsAnswerAndTheQuestion() {
        Map<String, Claim> claims = byItem(ClaimPrefill.fromResponse(rfp, respond("SOC 2 Type II")));
        assertThat(claims.get("CS-01").text()).isEqualTo("claimed, not verified: vendor answered 'Yes – BAA v3 attached' to CS-01");
        assertThat(claims.get("CS-01").kind()).isEqualTo(ClaimKind.CLAIMED);
        assertThat(claims.get("CS-02").text()).isEqualTo("claimed, not verified: vendor answered 'SOC 2 Type II' to CS-02");
        assertThat(claims.get("VQ-02").text()).isEqualTo("claimed, not verified: vendor answered '3.5%' to VQ-02");
        assertThat(claims.get("CS-06").kind()).isEqualTo(ClaimKind.NOT_ANSWERED);
        assertThat(claims.get("CS-06").text()).isEqualTo("no claim: vendor did not answer CS-06");
        assertThat(claims.get("CS-05").kind()).isEqualTo(ClaimKind.PARTIAL);
        assertThat(claims.get("CK-01").text())
                .isEqualTo("partially claimed, not verified: vendor committed numeric values for 1 of 2 KPIs");
        assertThat(claims).doesNotContainKeys("OM-01", "VQ-01");
    }

    @Test
    void claimsFollowChecklistOrder() {
        List<String> order = ClaimPrefill.fromResponse(rfp, respond("SOC 2 Type II")).stream().map(Claim::itemId).toList();
        assertThat(order).containsExactly("CS-01", "CS-02", "CS-05", "CS-06", "VQ-02", "CK-01");
    }

    @Test
    void soc2TypeIOnlyFailsTheSoc2Item() {
        Claim c = byItem(ClaimPrefill.fromResponse(rfp, respond("SOC 2 Type I"))).get("CS-02");
        assertThat(c.kind()).isEqualTo(ClaimKind.FAILS);
        assertThat(c.text()).isEqualTo("fails: SOC 2 Type I only, Type II required: vendor answered 'SOC 2 Type I' to CS-02");
        ChecklistEntry e = ClaimPrefill.apply(ChecklistEntry.notStarted("Acme", "CS-02"), c);
        assertThat(e.status()).isEqualTo(ChecklistStatus.FAILED);
        assertThat(e.note()).isEqualTo(ClaimPrefill.SOC2_TYPE_I_NOTE);
        assertThat(e.claim()).isEqualTo(c.text());
        ReadinessReport r = Readiness.assess("Acme", BuiltInChecklist.items(), List.of(e), Map.of(),
                Fixtures.clockAt(LocalDate.of(2026, 11, 27)));
        assertThat(r.missing().get(1).status()).isEqualTo(EffectiveStatus.FAILED);
        assertThat(byItem(ClaimPrefill.fromResponse(rfp, respond("None"))).get("CS-02").kind()).isEqualTo(ClaimKind.DENIED);
    }

    @Test
    void aFailingClaimDoesNotOverrideAUsersDecision() {
        Claim c = byItem(ClaimPrefill.fromResponse(rfp, respond("SOC 2 Type I"))).get("CS-02");
        ChecklistEntry verified = new ChecklistEntry("Acme", "CS-02", ChecklistStatus.VERIFIED, "dana", null,
                LocalDate.of(2026, 11, 1), "dana", null, null, LocalDate.of(2026, 9, 30), null);
        ChecklistEntry after = ClaimPrefill.apply(verified, c);
        assertThat(after.status()).isEqualTo(ChecklistStatus.VERIFIED);
        assertThat(after.claim()).startsWith("fails:");
    }

    @Test
    void longMultiLineAnswersAreQuotedOnOneShortLine() {
        String longAnswer = "Yes\nsee annex " + "x".repeat(400);
        VendorResponse resp = Fixtures.response("Acme", List.of(Fixtures.answered(baa, longAnswer, "YES")), List.of());
        Claim c = byItem(ClaimPrefill.fromResponse(rfp, resp)).get("CS-01");
        assertThat(c.text()).doesNotContain("\n").contains("'Yes see annex x").contains("…'").hasSizeLessThan(260);
    }

    @Test
    void claimsNeverVerifyAnItemWhateverTheAnswers() {
        Random rnd = new Random(20261127L);
        String[] yesNo = {"YES", "NO", "PARTIAL", "NA"};
        String[] soc = {"SOC 2 Type II", "SOC 2 Type I", "ISO 27001 only", "None"};
        ChecklistStatus[] open = {ChecklistStatus.NOT_STARTED, ChecklistStatus.IN_PROGRESS};
        for (int round = 0; round < 300; round++) {
            List<Answer> answers = new ArrayList<>();
            for (Question q : rfp.questions()) {
                int pick = rnd.nextInt(5);
                if (pick == 0) {
                    answers.add(Answer.missing(q));
                } else if (pick == 1) {
                    answers.add(new Answer(q.id(), q.type(), "??", null, null, null, AnswerStatus.UNREADABLE, "Q", "G9"));
                } else if (q.type() == QuestionType.YES_NO) {
                    String t = yesNo[rnd.nextInt(4)];
                    answers.add(Fixtures.answered(q, t, t));
                } else if (q.type() == QuestionType.CHOICE) {
                    String t = soc[rnd.nextInt(4)];
                    answers.add(Fixtures.answered(q, t, t));
                } else if (q.type() == QuestionType.DATE) {
                    answers.add(Fixtures.answered(q, "2026-01-0" + (1 + rnd.nextInt(9)), "2026-01-01"));
                } else {
                    answers.add(Fixtures.answeredNumber(q, "n", rnd.nextDouble() * 100));
                }
            }
            VendorResponse resp = Fixtures.response("Acme", answers, List.of());
            List<ChecklistEntry> entries = new ArrayList<>();
            for (Claim c : ClaimPrefill.fromResponse(rfp, resp)) {
                ChecklistEntry before = new ChecklistEntry("Acme", c.itemId(), open[rnd.nextInt(2)], null, null, null, null, null,
                        null, null, null);
                ChecklistEntry after = ClaimPrefill.apply(before, c);
                assertThat(after.status()).isNotEqualTo(ChecklistStatus.VERIFIED);
                assertThat(after.verifiedOn()).isNull();
                if (c.kind() != ClaimKind.FAILS) assertThat(after.status()).isEqualTo(before.status());
                entries.add(after);
            }
            assertThat(Readiness.assess("Acme", BuiltInChecklist.items(), entries, Map.of(),
                    Fixtures.clockAt(LocalDate.of(2026, 11, 27))).ready()).isFalse();
        }
    }
}
