package org.vendorbench.store;

import java.time.LocalDate;
import java.util.List;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.WarningCode;

/** Domain records built in code for the store tests (every kind of question, knockout and rule). */
final class Fixtures {
    private Fixtures() {}

    static Rfp rfp() {
        return new Rfp("RFP-2026-07", "Medical call center outsourcing", "Riverside Health", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 15), "EUR", 36, 0.3, Rfp.FORMAT,
                List.of(new Section("SEC", "Security", 2), new Section("OPS", "Operations", 1.5),
                        new Section("KPI", "Service levels", 3)),
                List.of(new Question("Q-1", "SEC", "HIPAA-compliant?", QuestionType.YES_NO, List.of(), true,
                                new Knockout.Tokens("NO|PARTIAL", List.of("NO", "PARTIAL")), 2, new ScoringRule.YesNo()),
                        new Question("Q-2", "SEC", "Audit report", QuestionType.CHOICE,
                                List.of(new ChoiceOption("SOC 2 Type II", 5.0), new ChoiceOption("SOC 2 Type I", 3.0),
                                        new ChoiceOption("None", null)),
                                true, new Knockout.Options("None", List.of("None")), 1, new ScoringRule.Choice()),
                        new Question("Q-3", "OPS", "Nurse triage share", QuestionType.PERCENT, List.of(), false,
                                new Knockout.Compare("< 80", Knockout.Comparison.LT, 80), 1.5,
                                new ScoringRule.Linear(95, 80, Direction.HIGHER)),
                        new Question("Q-4", "OPS", "Describe escalation", QuestionType.TEXT, null, false, null, 1,
                                new ScoringRule.Manual())),
                List.of(new Kpi("K-ASA", "Average speed of answer", KpiUnit.SECONDS, Direction.LOWER, 30, 45.0, 60, 2),
                        new Kpi("K-ABN", "Abandonment", KpiUnit.PERCENT, Direction.LOWER, 5, null, 10, 1)),
                List.of(new Assumption("calls-per-month", 12000, 10000.0, 15000.0),
                        new Assumption("minutes-per-call", 6.5, null, null)),
                List.of(new ChecklistItemDef("C-SOC2", "Security", "SOC 2 Type II report", true),
                        new ChecklistItemDef("C-BAA", "Legal", "Signed BAA", true)));
    }

    static VendorResponse response(String vendor, String file, double triage) {
        return new VendorResponse(file, "RFP-2026-07", vendor, "Dana Smith", "dana@example.org",
                LocalDate.of(2026, 4, 1), VendorResponse.FORMAT,
                List.of(new Answer("Q-1", QuestionType.YES_NO, "Yes", "YES", null, "since 2019", AnswerStatus.ANSWERED,
                                "Questions", "E5"),
                        new Answer("Q-2", QuestionType.CHOICE, "SOC 2 Type II", "SOC 2 Type II", null, null,
                                AnswerStatus.ANSWERED, "Questions", "E6"),
                        new Answer("Q-3", QuestionType.PERCENT, triage + " %", null, triage / 100, null,
                                AnswerStatus.ANSWERED, "Questions", "E7"),
                        new Answer("Q-4", QuestionType.TEXT, "", null, null, null, AnswerStatus.MISSING, null, null)),
                List.of(new KpiCommitment("K-ASA", "25 s", 25.0, null, "KPIs", "D3"),
                        new KpiCommitment("K-ABN", "n/a", null, "see note", "KPIs", "D4")),
                new Pricing(PricingModel.PER_MINUTE, 1.15, 0, 2500, 10000, 300, 40, 2.5, 50000),
                List.of(new ImportWarning(WarningCode.MISSING_ANSWER, null, null, "Q-4 has no answer"),
                        new ImportWarning(WarningCode.UNREADABLE_VALUE, "KPIs", "D4", "'n/a' is not a percentage")));
    }
}
