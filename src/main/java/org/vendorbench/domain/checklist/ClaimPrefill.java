package org.vendorbench.domain.checklist;

import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * Pre-fills checklist entries with what the vendor's workbook claims, so the reviewer knows what
 * to ask for. Items are linked to questions through {@link ChecklistTopic} (the one keyword
 * table): a question belongs to the first topic whose keywords occur in its requirement text, and
 * an item collects every question of its own topic. The KPI item ({@code KPI_TARGETS}) also reads
 * the KPI Commitments sheet.
 *
 * <p>A claim NEVER verifies an item. The single exception to "claims do not change the status"
 * is the article's "not just Type I": a SOC 2 answer that says Type I only makes the claim
 * {@link ClaimKind#FAILS} and {@link #apply} moves an open SOC 2 entry to FAILED.
 */
public final class ClaimPrefill {
    private static final int MAX_QUOTE = 160;
    /** The note {@link #apply} writes when a SOC 2 Type I answer fails the item. */
    public static final String SOC2_TYPE_I_NOTE = "Vendor answered SOC 2 Type I only; the checklist requires SOC 2 Type II.";

    private ClaimPrefill() {}

    /** Claims for the RFP's effective checklist (merge mode). */
    public static List<Claim> fromResponse(Rfp rfp, VendorResponse response) {
        return fromResponse(ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.MERGE), rfp, response);
    }

    /** One claim per checklist item that some question (or the KPI sheet) speaks to, in checklist order. */
    public static List<Claim> fromResponse(ChecklistDefinition def, Rfp rfp, VendorResponse response) {
        return fromResponse(def, rfp, topics(rfp), response);
    }

    /**
     * The topic of each question of {@code rfp} (absent: none), computed once per RFP: keyword
     * matching is the costly part of the prefill, and an import of many responses shares one RFP.
     */
    public static java.util.Map<Question, ChecklistTopic> topics(Rfp rfp) {
        return new QuestionTopics(rfp.questions());
    }

    /** As {@link #fromResponse(ChecklistDefinition, Rfp, VendorResponse)}, with {@link #topics} computed already. */
    public static List<Claim> fromResponse(ChecklistDefinition def, Rfp rfp, java.util.Map<Question, ChecklistTopic> topics,
                                           VendorResponse response) {
        List<Claim> claims = new ArrayList<>();
        List<Question> questions = rfp.questions();
        // the questions of each topic once per RFP (topics made by #topics) or once per call, not per item
        QuestionTopics.Grouping grouping = topics instanceof QuestionTopics qt ? qt.groupingFor(questions) : null;
        if (grouping == null) grouping = QuestionTopics.Grouping.of(questions, topics, false);
        AnswerLookup answers = new AnswerLookup(questions, response.answers(), grouping.distinctFoldedIds());
        for (ChecklistItem item : def.items()) {
            if (item.topic() == null) continue;
            List<String> ids = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            ClaimKind kind = null;
            for (int i : grouping.of(item.topic())) {
                Question q = questions.get(i);
                Answer a = answers.of(i, q);
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

    /**
     * The entry with the claim's text; the status is never raised. A FAILS claim moves a NOT_STARTED
     * or IN_PROGRESS entry to FAILED with {@link #SOC2_TYPE_I_NOTE} (unless it already has a note).
     */
    public static ChecklistEntry apply(ChecklistEntry current, Claim claim) {
        ChecklistStatus status = current.status();
        String note = current.note();
        if (claim.kind() == ClaimKind.FAILS
                && (status == ChecklistStatus.NOT_STARTED || status == ChecklistStatus.IN_PROGRESS)) {
            status = ChecklistStatus.FAILED;
            if (note == null || note.isBlank()) note = SOC2_TYPE_I_NOTE;
        }
        return new ChecklistEntry(current.vendor(), current.itemId(), status, current.owner(), current.dueDate(),
                current.verifiedOn(), current.verifiedBy(), note, current.naReason(), current.evidenceDate(),
                claim.text());
    }

    private static ClaimKind worse(ClaimKind a, ClaimKind b) {
        if (a == null) return b;
        if (a == ClaimKind.NOT_ANSWERED) return b;
        if (b == ClaimKind.NOT_ANSWERED) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    static ClaimKind judge(ChecklistTopic topic, Question q, Answer a) {
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
        if (a.text() != null) {
            String folded = Fold.fold(a.text());
            if (folded.equals("none") || folded.equals("no")) return ClaimKind.DENIED;
        }
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
        String one = raw == null ? "" : (hasLineBreak(raw) ? raw.replaceAll("\\s*\\R\\s*", " ") : raw).strip();
        if (one.codePointCount(0, one.length()) <= MAX_QUOTE) return one;
        return one.substring(0, one.offsetByCodePoints(0, MAX_QUOTE - 1)) + "…";
    }

    /** True when {@code s} holds a character that {@code \R} matches (the regex is then needed). */
    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '\r' && c < '\u0085') continue; // printable ASCII and the rest below NEL: the common case
            if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /**
     * The answer to each question: the first answer whose folded question ID is the question's
     * (as {@code VendorResponse.answer} finds it), else {@link Answer#missing}. A response read
     * from a workbook holds one answer per RFP question in RFP order; when the RFP's folded IDs are
     * distinct and every answer sits at its question's position with its question's ID, the answer at
     * the question's position is that first match (no earlier answer can have its folded ID), so the
     * map of folded IDs is built only for other answer lists.
     */
    private static final class AnswerLookup {
        private final List<Answer> answers;
        private final boolean byPosition;
        private java.util.Map<String, Answer> byFoldedId;

        AnswerLookup(List<Question> questions, List<Answer> answers, boolean distinctFoldedIds) {
            this.answers = answers;
            this.byPosition = distinctFoldedIds && inQuestionOrder(questions, answers);
        }

        private static boolean inQuestionOrder(List<Question> questions, List<Answer> answers) {
            if (questions.size() != answers.size()) return false;
            for (int i = 0; i < answers.size(); i++) {
                if (!java.util.Objects.equals(answers.get(i).questionId(), questions.get(i).id())) return false;
            }
            return true;
        }

        /** The answer to question {@code q}, which is at {@code index} in the RFP. */
        Answer of(int index, Question q) {
            Answer a;
            if (byPosition) {
                a = answers.get(index);
            } else {
                if (byFoldedId == null) {
                    byFoldedId = new java.util.HashMap<>();
                    for (Answer x : answers) byFoldedId.putIfAbsent(Fold.fold(x.questionId()), x);
                }
                a = byFoldedId.get(Fold.fold(q.id()));
            }
            return a == null ? Answer.missing(q) : a;
        }
    }
}
