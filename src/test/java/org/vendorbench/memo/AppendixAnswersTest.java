package org.vendorbench.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.Evaluation.VendorEvaluation;
import org.vendorbench.domain.scoring.ListedReason;
import org.vendorbench.domain.scoring.QuestionScore;

/**
 * Appendix A of the sample memo: the catalogue holds every question once (ID, section, rule,
 * requirement) and each vendor's bookmarked part every question ID with that vendor's answer and points.
 */
class AppendixAnswersTest {
    static Evaluation ev;
    static String text;

    @BeforeAll
    static void render() throws Exception {
        ev = MemoComposerTest.sampleEvaluation();
        byte[] pdf = MemoComposerTest.render(ev, true);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = norm(new PDFTextStripper().getText(d));
        }
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** The text between the first {@code from} and the first {@code to} after it. */
    static String between(String from, String to) {
        int a = text.indexOf(from);
        assertThat(a).as(from).isGreaterThanOrEqualTo(0);
        int b = text.indexOf(to, a + from.length());
        assertThat(b).as(to).isGreaterThan(a);
        return text.substring(a, b);
    }

    @Test
    void catalogueListsEveryQuestionOnceWithSectionRuleAndRequirement() {
        String catalogue = between("Question catalogue", "Answers: ");
        int last = -1;
        for (Question q : ev.rfp().questions()) {
            String row = norm(q.id() + " " + q.sectionId() + " " + AppendixChapter.ruleCode(q) + " "
                    + MemoFormat.clip(q.requirement(), AppendixChapter.REQUIREMENT_CHARS));
            int at = catalogue.indexOf(row);
            assertThat(at).as(row).isGreaterThan(last);
            last = at;
            assertThat(catalogue.indexOf(row, at + 1)).as("once: " + q.id()).isEqualTo(-1);
        }
    }

    @Test
    void eachVendorPartHasEveryQuestionWithItsAnswerAndPoints() {
        List<VendorEvaluation> ranking = ev.ranking();
        for (int i = 0; i < ranking.size(); i++) {
            VendorEvaluation v = ranking.get(i);
            String end = i + 1 < ranking.size() ? "Answers: " + ranking.get(i + 1).vendor() : "Appendix B";
            String part = between("Answers: " + v.vendor(), end);
            int last = -1;
            for (Question q : ev.rfp().questions()) {
                QuestionScore qs = v.score().question(q.id());
                Optional<Answer> a = v.response().answer(q.id());
                String answer = a.map(x -> x.raw() == null ? "" : x.raw()).orElse("");
                String points = qs == null || qs.points() == null ? "-" : MemoFormat.f1(qs.points());
                String row = norm((q.id() + " " + MemoFormat.clip(answer, AppendixChapter.ANSWER_CHARS)).strip() + " " + points
                        + " " + AppendixChapter.note(qs)).strip();
                int at = part.indexOf(row + " ");
                assertThat(at).as(v.vendor() + ": " + row).isGreaterThan(last);
                last = at;
            }
        }
    }

    static QuestionScore score(Double points, ListedReason reason, boolean manual, List<Double> evaluators, Double override) {
        return new QuestionScore("Q-1", "S", "rule", points, points != null, 1, reason, manual, evaluators, override, "why");
    }

    @Test
    void notesSayWhatThePointsDoNot() {
        assertThat(AppendixChapter.note(score(5.0, null, false, List.of(), null))).isEmpty();
        assertThat(AppendixChapter.note(score(0.0, ListedReason.MISSING, false, List.of(), null))).isEqualTo("MISSING");
        assertThat(AppendixChapter.note(score(0.0, ListedReason.NA, true, List.of(), null))).isEqualTo("NA");
        assertThat(AppendixChapter.note(score(0.0, ListedReason.UNREADABLE, false, List.of(), null))).isEqualTo("UNREADABLE");
        assertThat(AppendixChapter.note(score(3.5, null, true, List.of(3.0, 4.0), null))).isEqualTo("evaluators 3, 4");
        assertThat(AppendixChapter.note(score(2.0, null, true, List.of(1.0, 5.0), 2.0))).isEqualTo("consensus (evaluators 1, 5)");
        assertThat(AppendixChapter.note(score(null, null, true, List.of(), null))).isEqualTo("not scored yet");
        assertThat(AppendixChapter.note(null)).isEqualTo("not scored");
    }

    @Test
    void oneBookmarkedPartPerVendorInRankOrder() throws Exception {
        byte[] pdf = MemoComposerTest.render(ev, true);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDOutlineItem appendix = null;
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
                if (i.getTitle().startsWith("Appendix A")) appendix = i;
            }
            assertThat(appendix).isNotNull();
            List<String> parts = new ArrayList<>();
            appendix.children().forEach(i -> parts.add(i.getTitle()));
            assertThat(parts).containsExactlyElementsOf(ev.ranking().stream().map(v -> "Answers: " + v.vendor()).toList());
        }
    }
}
