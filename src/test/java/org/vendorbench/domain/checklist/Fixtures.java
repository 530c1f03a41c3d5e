package org.vendorbench.domain.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
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

/** Small builders for checklist tests. */
final class Fixtures {
    private Fixtures() {}

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static Rfp rfp(List<Question> questions, List<Kpi> kpis, List<ChecklistItemDef> checklist) {
        return new Rfp("MCC-2027-01", "Medical call center", "Clinic", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5),
                "USD", 36, 30, Rfp.FORMAT, List.of(new Section("CS", "Compliance", 1), new Section("KPI", "KPIs", 1)),
                questions, kpis, List.of(), checklist);
    }

    static Rfp rfpWithChecklist(List<ChecklistItemDef> checklist) {
        return rfp(List.of(), List.of(), checklist);
    }

    static Question yesNo(String id, String requirement) {
        return new Question(id, "CS", requirement, QuestionType.YES_NO, List.of(), true, null, 1, new ScoringRule.YesNo());
    }

    static Question choice(String id, String requirement, String... options) {
        List<ChoiceOption> opts = new ArrayList<>();
        for (String o : options) opts.add(new ChoiceOption(o, null));
        return new Question(id, "CS", requirement, QuestionType.CHOICE, opts, true, null, 1, new ScoringRule.Choice());
    }

    static Question number(String id, String requirement, QuestionType type) {
        return new Question(id, "CS", requirement, type, List.of(), false, null, 1, new ScoringRule.Manual());
    }

    static Kpi kpi(String id, String name) {
        return new Kpi(id, name, KpiUnit.PERCENT, Direction.HIGHER, 80, 75.0, 70, 1);
    }

    static Answer answered(Question q, String raw, String text) {
        return new Answer(q.id(), q.type(), raw, text, null, null, AnswerStatus.ANSWERED, "Questionnaire", "G2");
    }

    static Answer answeredNumber(Question q, String raw, double n) {
        return new Answer(q.id(), q.type(), raw, null, n, null, AnswerStatus.ANSWERED, "Questionnaire", "G3");
    }

    static VendorResponse response(String vendor, List<Answer> answers, List<KpiCommitment> kpis) {
        return new VendorResponse("acme.xlsx", "MCC-2027-01", vendor, "Jo", "jo@acme.test", LocalDate.of(2026, 2, 1),
                VendorResponse.FORMAT, answers, kpis, Pricing.none(), List.of());
    }
}
