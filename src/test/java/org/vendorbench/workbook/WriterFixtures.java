package org.vendorbench.workbook;

import java.time.LocalDate;
import java.util.List;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;

/** Small RFPs for the writer tests, one of them with hostile text in every free-text field. */
final class WriterFixtures {
    static final String CMD = "=cmd|' /c calc'!A1";

    private WriterFixtures() {}

    static Rfp rfp() {
        return rfp("Which attestation do you hold?", "Compliance & Security", "SOC 2 Type II");
    }

    /** Requirement text, section name and an option label under the caller's control. */
    static Rfp rfp(String requirement, String sectionName, String optionLabel) {
        List<Section> sections = List.of(new Section("CS", sectionName, 40), new Section("OT", "Operations", 20.5),
                new Section("KPI", "KPI commitments", 40));
        List<Question> questions = List.of(
                new Question("CS-01", "CS", "Will you sign our BAA?", QuestionType.YES_NO, List.of(), true,
                        new Knockout.Tokens("No", List.of("NO")), 3, new ScoringRule.YesNo()),
                new Question("CS-02", "CS", requirement, QuestionType.CHOICE,
                        List.of(new ChoiceOption(optionLabel, 5.0), new ChoiceOption("SOC 2 Type I", 2.0), new ChoiceOption("None", 0.0)),
                        true, new Knockout.Options("None|SOC 2 Type I", List.of("None", "SOC 2 Type I")), 2, new ScoringRule.Choice()),
                new Question("CS-03", "CS", "Hours to notify a breach", QuestionType.NUMBER, List.of(), false,
                        new Knockout.Compare("> 72", Knockout.Comparison.GT, 72), 1.5, new ScoringRule.Linear(24, 72, Direction.LOWER)),
                new Question("OT-01", "OT", "Describe your stack", QuestionType.TEXT, List.of(), false, null, 1, new ScoringRule.Manual()),
                new Question("OT-02", "OT", "Share of calls recorded", QuestionType.PERCENT, List.of(), false, null, 0,
                        new ScoringRule.Linear(99.5, 80, Direction.HIGHER)),
                new Question("OT-03", "OT", "Restore time", QuestionType.DURATION, List.of(), false, null, 1,
                        new ScoringRule.Linear(900, 14400, Direction.LOWER)),
                new Question("OT-04", "OT", "Go-live date", QuestionType.DATE, List.of(), true, null, 1, new ScoringRule.Manual()),
                new Question("OT-05", "OT", "Insurance cover", QuestionType.CURRENCY, List.of(), false, null, 1,
                        new ScoringRule.Linear(5_000_000, 1_000_000, Direction.HIGHER)),
                new Question("OT-06", "OT", "Report format", QuestionType.CHOICE,
                        List.of(new ChoiceOption("Dashboard", null), new ChoiceOption("PDF, weekly", null)), false, null, 1,
                        new ScoringRule.Manual()));
        List<Kpi> kpis = List.of(
                new Kpi("FCR", "First-Call Resolution", KpiUnit.PERCENT, Direction.HIGHER, 80, 75.0, 70, 2),
                new Kpi("ASA", "Average Speed to Answer", KpiUnit.SECONDS, Direction.LOWER, 30, null, 60, 1),
                new Kpi("HIPAA", "HIPAA incidents", KpiUnit.PER_1000_CALLS, Direction.LOWER, 0, 0.1, 0.5, 1));
        List<Assumption> assumptions = List.of(new Assumption("Monthly call volume", 12_000, 10_000.0, 15_000.0),
                new Assumption("Patient annual value", 2_000, 1_500.0, 3_000.0), new Assumption("Discount rate", 2.5, null, null));
        List<ChecklistItemDef> checklist = List.of(new ChecklistItemDef("CS-01", "Compliance and Security", "BAA reviewed", true),
                new ChecklistItemDef("OM-01", "Ongoing Management", "Owner assigned", false));
        return new Rfp("MCC-TEST-01", "Test RFP", "Test Clinic", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 11), "USD",
                36, 30, Rfp.FORMAT, sections, questions, kpis, assumptions, checklist);
    }
}
