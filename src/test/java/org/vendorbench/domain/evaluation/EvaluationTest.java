package org.vendorbench.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.scoring.ListedReason;

/** The whole chain (quality → TCO → price score → combined → rank) on the spec's worked example. */
class EvaluationTest {

    static Rfp rfp(List<Assumption> assumptions) {
        List<Question> qs = List.of(
                new Question("CS-01", "CS", "Signed BAA?", QuestionType.YES_NO, List.of(), true, null, 1, new ScoringRule.YesNo()),
                new Question("CS-02", "CS", "Encryption at rest?", QuestionType.YES_NO, List.of(), false, null, 1, new ScoringRule.YesNo()));
        // KPI weights 0: the KPIs feed the TCO but do not count in quality, so Q = 75 exactly.
        List<Kpi> kpis = List.of(
                new Kpi("FCR", "First-call resolution", KpiUnit.PERCENT, Direction.HIGHER, 80, 75.0, 70, 0),
                new Kpi("ABANDON", "Abandonment", KpiUnit.PERCENT, Direction.LOWER, 5, 7.0, 10, 0),
                new Kpi("CSAT", "Patient CSAT", KpiUnit.PERCENT, Direction.HIGHER, 85, 80.0, 75, 0),
                new Kpi("ATTRITION", "Agent attrition", KpiUnit.PERCENT, Direction.LOWER, 4, 6.0, 8, 0));
        return new Rfp("MCC-TEST", "Test", "Org", null, null, "USD", 36, 30, Rfp.FORMAT,
                List.of(new Section("CS", "Compliance", 1), new Section("KPI", "KPIs", 1)), qs, kpis, assumptions, List.of());
    }

    static VendorResponse vendor(String name, Double rate, String second) {
        List<Answer> answers = List.of(
                new Answer("CS-01", QuestionType.YES_NO, "Yes", "YES", null, null, AnswerStatus.ANSWERED, "Questionnaire", "G2"),
                new Answer("CS-02", QuestionType.YES_NO, second, second, null, null, AnswerStatus.ANSWERED, "Questionnaire", "G3"));
        List<KpiCommitment> kpis = List.of(
                new KpiCommitment("FCR", "80", 80.0, null, null, null),
                new KpiCommitment("ABANDON", "5", 5.0, null, null, null),
                new KpiCommitment("CSAT", "85", 85.0, null, null, null),
                new KpiCommitment("ATTRITION", "4", 4.0, null, null, null));
        Pricing p = new Pricing(rate == null ? null : PricingModel.PER_MINUTE, rate, 0, 0, 20_000, 1_500, 20, 0, 10_000);
        return new VendorResponse(name + ".xlsx", "MCC-TEST", name, null, null, null, VendorResponse.FORMAT, answers, kpis, p, List.of());
    }

    static List<Assumption> worked() {
        return new ArrayList<>(List.of(new Assumption("Monthly call volume", 10_000, null, null)));
    }

    @Test
    void workedExampleThroughTheWholeChain() throws RefusedException {
        Evaluation e = Evaluation.run(EvaluationRequest.of(rfp(worked()), List.of(vendor("Acme", 1.0, "PARTIAL")), List.of()));
        Evaluation.VendorEvaluation v = e.ranking().get(0);
        assertThat(v.score().quality()).isEqualTo(75.0);
        assertThat(v.tco().result().total()).isCloseTo(4_663_060, within(1e-6));
        assertThat(v.ranked().priceScore()).isEqualTo(100.0);
        assertThat(v.ranked().combined()).isCloseTo(0.7 * 75 + 0.3 * 100, within(1e-9));
        assertThat(v.ranked().rank()).isEqualTo(1);
    }

    @Test
    void cheaperTcoWinsPriceScoreAndMissingPricingIsListedNeverZero() throws RefusedException {
        Evaluation e = Evaluation.run(EvaluationRequest.of(rfp(worked()), List.of(
                vendor("Dear", 1.2, "YES"), vendor("Cheap", 0.8, "PARTIAL"), vendor("NoPrice", null, "YES")), List.of()));
        var byName = new java.util.HashMap<String, Evaluation.VendorEvaluation>();
        e.ranking().forEach(v -> byName.put(v.vendor(), v));
        assertThat(byName.get("Cheap").ranked().priceScore()).isEqualTo(100.0);
        double ratio = byName.get("Cheap").ranked().tco() / byName.get("Dear").ranked().tco();
        assertThat(byName.get("Dear").ranked().priceScore()).isCloseTo(100 * ratio, within(1e-9));
        Evaluation.VendorEvaluation none = byName.get("NoPrice");
        assertThat(none.tco().isPresent()).isFalse();
        assertThat(none.ranked().priceScore()).isZero();
        assertThat(none.listed()).anyMatch(l -> l.id().equals("P-MODEL") && l.reason() == ListedReason.NO_PRICING);
        assertThat(none.listed()).anyMatch(l -> l.id().equals("P-RATE") && l.reason() == ListedReason.NO_PRICING);
    }

    @Test
    void uncertaintyWithoutRangesCollapsesToTheDeterministicTco() throws RefusedException {
        Evaluation e = Evaluation.run(EvaluationRequest.of(rfp(worked()), List.of(vendor("A", 1.0, "YES"), vendor("B", 1.1, "YES")),
                List.of()).withRuns(200, 7));
        var u = e.uncertainty().orElseThrow();
        for (var vu : u.vendors()) {
            double det = e.ranking().stream().filter(v -> v.vendor().equals(vu.vendor())).findFirst().orElseThrow().tco().result().total();
            assertThat(vu.p10()).isEqualTo(det);
            assertThat(vu.p90()).isEqualTo(det);
        }
        assertThat(u.vendors().stream().filter(x -> x.vendor().equals("A")).findFirst().orElseThrow().shareFirst()).isEqualTo(1.0);
    }

    @Test
    void rangedAssumptionsGiveDeterministicSpreadsAndPerVendorOverridesApply() throws RefusedException {
        List<Assumption> a = worked();
        a.set(0, new Assumption("Monthly call volume", 10_000, 8_000.0, 14_000.0));
        Rfp rfp = rfp(a);
        EvaluationRequest base = EvaluationRequest.of(rfp, List.of(vendor("A", 1.0, "YES"), vendor("B", 1.1, "PARTIAL")), List.of());
        var u1 = Evaluation.run(base.withRuns(500, 3)).uncertainty().orElseThrow();
        var u2 = Evaluation.run(base.withRuns(500, 3)).uncertainty().orElseThrow();
        assertThat(u1.vendors()).isEqualTo(u2.vendors());
        assertThat(u1.vendors().get(0).p10()).isLessThan(u1.vendors().get(0).p90());
        EvaluationRequest withOverride = new EvaluationRequest(rfp, base.responses(), List.of(), List.of(), Map.of(), Map.of(),
                Map.of("b", Map.of("Exit probability at quality 50", 90.0)), 0, 1);
        double bBase = Evaluation.run(base).tcoTotals().get("B");
        double bOverridden = Evaluation.run(withOverride).tcoTotals().get("B");
        assertThat(bOverridden).isGreaterThan(bBase);
    }

    @Test
    void missingCallVolumeIsRefusedWithAReason() {
        assertThatThrownBy(() -> Evaluation.run(EvaluationRequest.of(rfp(List.of()), List.of(vendor("A", 1.0, "YES")), List.of())))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Monthly call volume");
    }

    @Test
    void duplicateVendorNamesAreMadeDistinct() throws RefusedException {
        VendorResponse a = vendor("Same", 1.0, "YES");
        VendorResponse b = new VendorResponse("other.xlsx", a.rfpId(), "Same", null, null, null, a.format(), a.answers(), a.kpis(), a.pricing(), List.of());
        Evaluation e = Evaluation.run(EvaluationRequest.of(rfp(worked()), List.of(a, b), List.of()));
        assertThat(e.ranking()).extracting(Evaluation.VendorEvaluation::vendor).doesNotHaveDuplicates().hasSize(2);
    }
}
