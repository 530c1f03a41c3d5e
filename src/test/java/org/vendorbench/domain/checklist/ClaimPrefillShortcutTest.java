package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * {@link ClaimPrefill#fromResponse}'s shortcuts (questions grouped by topic once per RFP, answers
 * read by position when they are in RFP order under distinct folded IDs, the answer text folded
 * once) give exactly the claims of the plain rule kept here as the reference: every item walks
 * every question, answers are found through a map of folded IDs, the first one winning.
 */
class ClaimPrefillShortcutTest {
    private static final String[] REQUIREMENTS = {
        "Will you sign a BAA covering call center operations?", "Which SOC 2 report can you provide?",
        "Monthly agent attrition", "Describe your training curriculum", "Describe the first 72 hours after a breach",
        "Date of your last third-party security audit", "Which KPIs do you report?", "Provide three references",
        "Price per minute", "Hours of operation", "Who is the account manager?", "Describe your exit plan",
        "Do you integrate with our EHR?", "Weekly reporting dashboards", "How do you notify team changes?"};
    private static final String[] IDS = {"CS-01", "cs 01", "CS_01", "CS-02", "VQ-02", "KPI-1", "P-1", "Q-9", "q-9", "X"};
    private static final String[] TEXTS = {"YES", "NO", "PARTIAL", "NA", "none", "None ", " N-O ", "no", "NONE\t", "n o",
        "nō", "No\u00A0", "SOC 2 Type I", "SOC 2 Type II", "ISO 27001 only", "Our answer: staffed and audited", "",
        "Yes\nsee annex " + "x".repeat(200), "a\u2028b", "x\u0085 y", "p\r\nq", "é\u2029"};
    private static final QuestionType[] TYPES = QuestionType.values();

    @Test
    void claimsEqualThePlainRuleOverRandomRfpsAndResponses() {
        Random rnd = new Random(20261127L);
        int byPosition = 0;
        for (int round = 0; round < 1500; round++) {
            List<Question> qs = new ArrayList<>();
            int n = rnd.nextInt(30);
            for (int i = 0; i < n; i++) {
                if (i > 0 && rnd.nextInt(25) == 0) {
                    qs.add(qs.get(rnd.nextInt(i))); // the same question object twice
                    continue;
                }
                // mostly distinct IDs (the usual RFP), sometimes IDs that fold alike
                String id = rnd.nextInt(4) == 0 ? IDS[rnd.nextInt(IDS.length)] : "Q-" + i;
                String req = REQUIREMENTS[rnd.nextInt(REQUIREMENTS.length)];
                QuestionType type = TYPES[rnd.nextInt(TYPES.length)];
                qs.add(type == QuestionType.CHOICE ? Fixtures.choice(id, req, "SOC 2 Type II", "SOC 2 Type I", "None")
                        : type == QuestionType.YES_NO ? Fixtures.yesNo(id, req) : Fixtures.number(id, req, type));
            }
            List<ChecklistItemDef> checklist = rnd.nextInt(3) == 0
                    ? List.of(new ChecklistItemDef("C-1", "Compliance", "Signed BAA", true),
                            new ChecklistItemDef("C-2", "Compliance", "BAA reviewed by counsel", true),
                            new ChecklistItemDef("C-3", "Security", "SOC 2 Type II report", true),
                            new ChecklistItemDef("C-4", "Other", "Something without a topic", false))
                    : List.of();
            List<org.vendorbench.domain.Kpi> kpis = rnd.nextBoolean() ? List.of() : List.of(Fixtures.kpi("FCR", "First-call resolution"));
            Rfp rfp = Fixtures.rfp(qs, kpis, checklist);
            VendorResponse response = Fixtures.response("Acme", answers(rnd, qs), kpis.isEmpty() || rnd.nextBoolean()
                    ? List.of() : List.of(new KpiCommitment("FCR", "82%", 82.0, null, "KPI Commitments", "E2")));
            ChecklistDefinition def = ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.MERGE);
            Map<Question, ChecklistTopic> cached = ClaimPrefill.topics(rfp);
            List<Claim> expected = reference(def, rfp, cached, response);

            assertThat(ClaimPrefill.fromResponse(def, rfp, cached, response)).as("round %d", round).isEqualTo(expected);
            assertThat(ClaimPrefill.fromResponse(rfp, response)).as("round %d", round).isEqualTo(expected);
            // a topics map not made by #topics (or made for another question list) takes the per-call path
            Map<Question, ChecklistTopic> plain = new IdentityHashMap<>(cached);
            assertThat(ClaimPrefill.fromResponse(def, rfp, plain, response)).as("round %d", round).isEqualTo(expected);
            Rfp sameQuestions = Fixtures.rfp(new ArrayList<>(qs), kpis, checklist);
            assertThat(ClaimPrefill.fromResponse(def, rfp, ClaimPrefill.topics(sameQuestions), response))
                    .as("round %d", round).isEqualTo(reference(def, rfp, ClaimPrefill.topics(sameQuestions), response));
            if (response.answers().size() == qs.size()) byPosition++;
        }
        assertThat(byPosition).as("rounds whose answers line up with the questions").isGreaterThan(300);
    }

    /** Answers in RFP order (as the reader makes them), or shuffled, thinned, duplicated, renamed. */
    private static List<Answer> answers(Random rnd, List<Question> qs) {
        List<Answer> out = new ArrayList<>();
        for (Question q : qs) {
            int pick = rnd.nextInt(6);
            if (pick == 0) {
                out.add(Answer.missing(q));
            } else if (pick == 1) {
                out.add(new Answer(q.id(), q.type(), "??", null, null, null, AnswerStatus.UNREADABLE, "Q", "G9"));
            } else if (pick == 2 && q.type() != QuestionType.YES_NO) {
                out.add(Fixtures.answeredNumber(q, rnd.nextBoolean() ? "" : "12", rnd.nextInt(100)));
            } else {
                String t = TEXTS[rnd.nextInt(TEXTS.length)];
                out.add(Fixtures.answered(q, t, rnd.nextInt(10) == 0 ? null : t));
            }
        }
        int shape = rnd.nextInt(8);
        if (shape == 0) Collections.shuffle(out, rnd);
        if (shape == 1 && !out.isEmpty()) out.remove(rnd.nextInt(out.size()));
        if (shape == 2 && !out.isEmpty()) out.add(0, out.get(rnd.nextInt(out.size())));
        if (shape == 3 && !out.isEmpty()) {
            int i = rnd.nextInt(out.size());
            Answer a = out.get(i);
            out.set(i, new Answer(IDS[rnd.nextInt(IDS.length)], a.type(), a.raw(), a.text(), a.number(), a.comment(),
                    a.status(), a.sheet(), a.cell()));
        }
        return out;
    }

    // ---- the plain rule (the algorithm before the shortcuts), kept as the reference ----

    private static List<Claim> reference(ChecklistDefinition def, Rfp rfp, Map<Question, ChecklistTopic> topics,
                                         VendorResponse response) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Answer> answers = new HashMap<>();
        for (Answer a : response.answers()) answers.putIfAbsent(Fold.fold(a.questionId()), a);
        for (ChecklistItem item : def.items()) {
            if (item.topic() == null) continue;
            List<String> ids = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            ClaimKind kind = null;
            for (Question q : rfp.questions()) {
                if (topics.get(q) != item.topic()) continue;
                Answer a = answers.get(Fold.fold(q.id()));
                if (a == null) a = Answer.missing(q);
                ids.add(q.id());
                parts.add(describe(q, a));
                kind = worse(kind, judge(item.topic(), q, a));
            }
            if (item.topic() == ChecklistTopic.KPI_TARGETS && !rfp.kpis().isEmpty()) {
                long committed = rfp.kpis().stream()
                        .filter(k -> response.kpi(k.id()).map(KpiCommitment::value).orElse(null) != null).count();
                ids.add("KPI Commitments");
                parts.add("vendor committed numeric values for " + committed + " of " + rfp.kpis().size() + " KPIs");
                ClaimKind k = committed == rfp.kpis().size() ? ClaimKind.CLAIMED
                        : committed == 0 ? ClaimKind.NOT_ANSWERED : ClaimKind.PARTIAL;
                kind = worse(kind, k);
            }
            if (kind == null) continue;
            String prefix = kind == ClaimKind.FAILS ? "fails: SOC 2 Type I only, Type II required: " : kind.prefix + ": ";
            claims.add(new Claim(item.id(), kind, ids, prefix + String.join("; ", parts)));
        }
        return claims;
    }

    private static ClaimKind worse(ClaimKind a, ClaimKind b) {
        if (a == null) return b;
        if (a == ClaimKind.NOT_ANSWERED) return b;
        if (b == ClaimKind.NOT_ANSWERED) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static ClaimKind judge(ChecklistTopic topic, Question q, Answer a) {
        if (a.status() != AnswerStatus.ANSWERED) return ClaimKind.NOT_ANSWERED;
        if (topic == ChecklistTopic.SOC2) {
            Soc2Kind kind = Soc2Kind.of(a.raw() + " " + (a.text() == null ? "" : a.text()));
            if (kind == Soc2Kind.TYPE_I_ONLY) return ClaimKind.FAILS;
            if (kind == Soc2Kind.NONE) return ClaimKind.DENIED;
        }
        if (q.type() == QuestionType.YES_NO) {
            return switch (a.text() == null ? "" : a.text()) {
                case "YES" -> ClaimKind.CLAIMED;
                case "PARTIAL" -> ClaimKind.PARTIAL;
                default -> ClaimKind.DENIED;
            };
        }
        if (a.text() != null && (Fold.same(a.text(), "none") || Fold.same(a.text(), "no"))) return ClaimKind.DENIED;
        return ClaimKind.CLAIMED;
    }

    private static String describe(Question q, Answer a) {
        return switch (a.status()) {
            case MISSING -> "vendor did not answer " + q.id();
            case UNREADABLE -> "vendor's answer '" + quote(a.raw()) + "' to " + q.id() + " could not be read";
            case ANSWERED -> "vendor answered '" + quote(a.raw() == null || a.raw().isBlank() ? String.valueOf(a.value()) : a.raw())
                    + "' to " + q.id();
        };
    }

    private static String quote(String raw) {
        String one = raw == null ? "" : raw.replaceAll("\\s*\\R\\s*", " ").strip();
        if (one.codePointCount(0, one.length()) <= 160) return one;
        return one.substring(0, one.offsetByCodePoints(0, 159)) + "…";
    }
}
