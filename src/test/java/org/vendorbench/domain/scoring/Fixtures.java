package org.vendorbench.domain.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;

/** Small builders for RFPs and responses in scoring tests. */
final class Fixtures {
    private Fixtures() {}

    static Rfp rfp(List<Section> sections, List<Question> questions, List<Kpi> kpis) {
        return new Rfp("RFP-1", "Test", "Org", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "USD", 36, 30,
                Rfp.FORMAT, sections, questions, kpis, List.of(), List.of());
    }

    static Section section(String id, double w) {
        return new Section(id, id + " name", w);
    }

    static Question yesNo(String id, String sec, double w) {
        return new Question(id, sec, "req " + id, QuestionType.YES_NO, List.of(), false, null, w, new ScoringRule.YesNo());
    }

    static Question linear(String id, String sec, double w, double t, double f, Direction d) {
        return new Question(id, sec, "req " + id, QuestionType.NUMBER, List.of(), false, null, w,
                new ScoringRule.Linear(t, f, d));
    }

    static Question choice(String id, String sec, double w, String... opts) {
        List<ChoiceOption> os = new ArrayList<>();
        for (String o : opts) {
            String[] p = o.split("=");
            os.add(new ChoiceOption(p[0], p.length > 1 ? Double.parseDouble(p[1]) : null));
        }
        return new Question(id, sec, "req " + id, QuestionType.CHOICE, os, false, null, w, new ScoringRule.Choice());
    }

    static Question manual(String id, String sec, double w) {
        return new Question(id, sec, "req " + id, QuestionType.TEXT, List.of(), false, null, w, new ScoringRule.Manual());
    }

    static Question mandatory(Question q) {
        return new Question(q.id(), q.sectionId(), q.requirement(), q.type(), q.options(), true, q.knockout(), q.weight(), q.rule());
    }

    static Question knockout(Question q, Knockout k) {
        return new Question(q.id(), q.sectionId(), q.requirement(), q.type(), q.options(), q.mandatory(), k, q.weight(), q.rule());
    }

    static Kpi kpi(String id, Direction d, double target, double exit, double w) {
        return new Kpi(id, id, KpiUnit.PERCENT, d, target, null, exit, w);
    }

    static Answer text(Question q, String t) {
        return new Answer(q.id(), q.type(), t, t, null, null, AnswerStatus.ANSWERED, "Questionnaire", "G2");
    }

    static Answer num(Question q, double x) {
        return new Answer(q.id(), q.type(), String.valueOf(x), null, x, null, AnswerStatus.ANSWERED, "Questionnaire", "G2");
    }

    static Answer unreadable(Question q, String raw) {
        return new Answer(q.id(), q.type(), raw, null, null, null, AnswerStatus.UNREADABLE, "Questionnaire", "G2");
    }

    static KpiCommitment commit(String id, Double v) {
        return new KpiCommitment(id, v == null ? "" : String.valueOf(v), v, null, "KPI Commitments", "E2");
    }

    static VendorResponse response(String vendor, List<Answer> answers, List<KpiCommitment> kpis) {
        return new VendorResponse(vendor + ".xlsx", "RFP-1", vendor, null, null, null, VendorResponse.FORMAT, answers,
                kpis, Pricing.none(), List.of());
    }

    static VendorResponse response(String vendor, Answer... answers) {
        return response(vendor, List.of(answers), List.of());
    }
}
