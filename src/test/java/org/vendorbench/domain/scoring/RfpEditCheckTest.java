package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.scoring.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.RfpEditCheck;
import org.vendorbench.domain.VendorResponse;

/** Which RFP edits the store accepts while responses are stored. */
class RfpEditCheckTest {
    final Question a = yesNo("A-1", "S1", 1);
    final Question b = manual("A-2", "S1", 1);
    final Rfp rfp = rfp(List.of(section("S1", 50), section("KPI", 50)), List.of(a, b),
            List.of(kpi("FCR", Direction.HIGHER, 80, 60, 1)));
    final VendorResponse answersA = response("V", List.of(text(a, "YES"), Answer.missing(b)), List.of(commit("FCR", 82.0)));

    private Rfp with(List<Question> qs) {
        return rfp(rfp.sections(), qs, rfp.kpis());
    }

    @Test
    void unansweredQuestionsMayBeDeletedOrRetyped() {
        assertThat(RfpEditCheck.problems(rfp, with(List.of(a)), List.of(answersA))).isEmpty();
        Question retyped = new Question(b.id(), b.sectionId(), b.requirement(), QuestionType.DATE, List.of(), false, null, 1, b.rule());
        assertThat(RfpEditCheck.problems(rfp, with(List.of(a, retyped)), List.of(answersA))).isEmpty();
        assertThat(RfpEditCheck.problems(rfp, with(List.of(b)), List.of())).isEmpty();
    }

    @Test
    void answeredQuestionsCannotBeDeletedOrRetyped() {
        assertThat(RfpEditCheck.problems(rfp, with(List.of(b)), List.of(answersA)))
                .containsExactly("question A-1 cannot be deleted: 1 vendor response(s) answer it");
        Question retyped = new Question(a.id(), a.sectionId(), a.requirement(), QuestionType.TEXT, List.of(), false, null, 1,
                new org.vendorbench.domain.ScoringRule.Manual());
        assertThat(RfpEditCheck.problems(rfp, with(List.of(retyped, b)), List.of(answersA)))
                .containsExactly("the type of question A-1 cannot change from YES_NO: 1 vendor response(s) were read as YES_NO");
    }

    @Test
    void theRfpMustStaySound() {
        Question dup = new Question("a-1", "S1", "x", QuestionType.YES_NO, List.of(), false, null, 1, a.rule());
        Question inKpi = new Question("K-1", "KPI", "x", QuestionType.YES_NO, List.of(), false, null, 1, a.rule());
        Question lost = new Question("L-1", "S9", "x", QuestionType.YES_NO, List.of(), false, null, 1, a.rule());
        assertThat(RfpEditCheck.problems(rfp, with(List.of(a, b, dup, inKpi, lost)), List.of())).containsExactly(
                "question ID a-1 is used twice",
                "question K-1: section KPI holds the KPI commitments only",
                "question L-1: section 'S9' is not in the RFP");
        assertThat(RfpEditCheck.problems(rfp, rfp(rfp.sections(), rfp.questions(), List.of()), List.of(answersA)))
                .containsExactly("KPI FCR cannot be deleted: 1 vendor(s) committed to it");
    }
}
