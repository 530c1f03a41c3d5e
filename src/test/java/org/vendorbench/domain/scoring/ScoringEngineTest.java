package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vendorbench.domain.scoring.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;

class ScoringEngineTest {
    private static final double EPS = 1e-9;

    private static VendorScore one(Rfp rfp, List<Answer> answers) {
        return new ScoringEngine(rfp).score(response("V", answers, List.of()), List.of(), List.of());
    }

    @Test
    void yesNoScoresYesPartialNoAndListsNa() {
        Question a = yesNo("Q1", "S", 1), b = yesNo("Q2", "S", 1), c = yesNo("Q3", "S", 1), d = yesNo("Q4", "S", 1);
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(a, b, c, d), List.of());
        VendorScore v = one(rfp, List.of(text(a, "YES"), text(b, "PARTIAL"), text(c, "NO"), text(d, "NA")));
        assertThat(v.question("Q1").points()).isEqualTo(5.0);
        assertThat(v.question("Q2").points()).isEqualTo(2.5);
        assertThat(v.question("Q3").points()).isEqualTo(0.0);
        assertThat(v.question("Q4").points()).isEqualTo(0.0);
        assertThat(v.question("Q4").reason()).isEqualTo(ListedReason.NA);
        assertThat(v.question("Q4").counted()).isTrue();
        assertThat(v.listed()).containsExactly(new Listed("Q4", ListedReason.NA));
        // S = 20 * (5 + 2.5 + 0 + 0) / 4
        assertThat(v.section("S").score()).isCloseTo(37.5, within(EPS));
        assertThat(v.quality()).isCloseTo(37.5, within(EPS));
    }

    @Test
    void choiceTakesTheOptionScore() {
        Question q = choice("SEC-04", "S", 1, "SOC 2 Type II=5", "SOC 2 Type I=2", "None=0");
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(q), List.of());
        VendorScore v = one(rfp, List.of(text(q, "SOC 2 Type I")));
        assertThat(v.question("SEC-04").points()).isEqualTo(2.0);
        assertThat(v.question("SEC-04").explanation()).isEqualTo("2 = option 'SOC 2 Type I'");
        assertThat(v.question("SEC-04").rule()).isEqualTo("SOC 2 Type II=5|SOC 2 Type I=2|None=0");
    }

    @Test
    void linearHigherAndLowerWithExplanation() {
        Question hi = linear("FCR", "S", 1, 80, 60, Direction.HIGHER);
        Question lo = linear("ASA", "S", 1, 30, 90, Direction.LOWER);
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(hi, lo), List.of());
        VendorScore v = one(rfp, List.of(num(hi, 76), num(lo, 45)));
        assertThat(v.question("FCR").points()).isCloseTo(4.0, within(EPS));
        assertThat(v.question("FCR").explanation())
                .isEqualTo("4 = linear between floor 60 and target 80 (higher is better), answer 76");
        assertThat(v.question("FCR").rule()).isEqualTo("target=80; floor=60; higher");
        // 5 * (90 - 45) / (90 - 30) = 3.75
        assertThat(v.question("ASA").points()).isCloseTo(3.75, within(EPS));
        assertThat(v.question("ASA").explanation()).contains("lower is better").contains("answer 45");
    }

    @Test
    void linearEdges() {
        assertThat(Linear.points(80, 80, 60, Direction.HIGHER)).isEqualTo(5);
        assertThat(Linear.points(95, 80, 60, Direction.HIGHER)).isEqualTo(5);
        assertThat(Linear.points(60, 80, 60, Direction.HIGHER)).isEqualTo(0);
        assertThat(Linear.points(10, 80, 60, Direction.HIGHER)).isEqualTo(0);
        assertThat(Linear.points(30, 30, 90, Direction.LOWER)).isEqualTo(5);
        assertThat(Linear.points(90, 30, 90, Direction.LOWER)).isEqualTo(0);
        assertThat(Linear.points(120, 30, 90, Direction.LOWER)).isEqualTo(0);
        assertThat(Linear.points(60, 30, 90, Direction.LOWER)).isCloseTo(2.5, within(EPS));
        // T = F: a step at the target
        assertThat(Linear.points(70, 70, 70, Direction.HIGHER)).isEqualTo(5);
        assertThat(Linear.points(69.999, 70, 70, Direction.HIGHER)).isEqualTo(0);
        assertThat(Linear.points(20, 20, 20, Direction.LOWER)).isEqualTo(5);
        assertThat(Linear.points(20.001, 20, 20, Direction.LOWER)).isEqualTo(0);
    }

    @Test
    void missingAndUnreadableScoreZeroAndAreListedAndMandatoryGapsNamed() {
        Question a = mandatory(yesNo("Q1", "S", 1)), b = linear("Q2", "S", 1, 10, 0, Direction.HIGHER),
                c = mandatory(yesNo("Q3", "S", 2));
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(a, b, c), List.of());
        VendorScore v = one(rfp, List.of(Answer.missing(a), unreadable(b, "lots"), text(c, "YES")));
        assertThat(v.listed()).containsExactly(new Listed("Q1", ListedReason.MISSING), new Listed("Q2", ListedReason.UNREADABLE));
        assertThat(v.mandatoryGaps()).containsExactly("Q1");
        assertThat(v.question("Q2").explanation()).contains("'lots'").contains("UNREADABLE");
        // 20 * (0 + 0 + 2*5) / 4
        assertThat(v.section("S").score()).isCloseTo(50, within(EPS));
    }

    @Test
    void manualUsesEvaluatorMeanOverrideAndLeavesUnscoredOut() {
        Question m1 = manual("M1", "S", 1), m2 = manual("M2", "S", 1), m3 = manual("M3", "S", 1), y = yesNo("Y", "S", 1);
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(m1, m2, m3, y), List.of());
        var resp = response("Acme Care", List.of(text(m1, "we do"), text(m2, "we do"), text(m3, "we do"), text(y, "YES")), List.of());
        List<EvaluatorScore> es = List.of(
                new EvaluatorScore("Ann", "ACME  care", "m1", 3, null),
                new EvaluatorScore("Bob", "Acme Care", "M1", 4, null),
                new EvaluatorScore("Cy", "Acme Care", "M1", 5, null),
                new EvaluatorScore("Ann", "Acme Care", "M2", 1, null),
                new EvaluatorScore("Bob", "Acme Care", "M2", 4, null),
                new EvaluatorScore("Ann", "Other", "M3", 5, null));
        List<ConsensusOverride> os = List.of(new ConsensusOverride("Acme Care", "M2", 2, "agreed"));
        VendorScore v = new ScoringEngine(rfp).score(resp, es, os);
        assertThat(v.question("M1").points()).isCloseTo(4, within(EPS));
        assertThat(v.question("M1").explanation()).isEqualTo("4 = mean of 3 evaluators (3, 4, 5)");
        assertThat(v.question("M2").points()).isEqualTo(2.0);
        assertThat(v.question("M2").override()).isEqualTo(2.0);
        assertThat(v.question("M2").explanation()).contains("consensus override").contains("2.5");
        assertThat(v.question("M3").points()).isNull();
        assertThat(v.question("M3").counted()).isFalse();
        assertThat(v.incomplete()).isTrue();
        // counted: M1 4, M2 2, Y 5 -> 20 * 11 / 3
        assertThat(v.section("S").score()).isCloseTo(20 * 11 / 3.0, within(EPS));
        // M1 spread 5-3 = 2 flagged, M2 spread 3 flagged (override does not hide disagreement)
        assertThat(v.spreads()).containsExactly(new Spread("M1", 3, 5), new Spread("M2", 1, 4));
        Agreement.VendorAgreement ag = Agreement.of(v);
        assertThat(ag.maxSpread()).isEqualTo(3.0);
        assertThat(ag.flagged()).isEqualTo(2);
    }

    @Test
    void spreadBelowTwoIsNotFlaggedAndLaterScoreOfSameEvaluatorWins() {
        Question m = manual("M", "S", 1);
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(m), List.of());
        List<EvaluatorScore> es = List.of(new EvaluatorScore("Ann", "V", "M", 0, null),
                new EvaluatorScore("Bob", "V", "M", 4.5, null), new EvaluatorScore("ann", "V", "M", 3, null));
        VendorScore v = new ScoringEngine(rfp).score(response("V", text(m, "x")), es, List.of());
        assertThat(v.question("M").evaluatorScores()).containsExactly(3.0, 4.5);
        assertThat(v.question("M").points()).isCloseTo(3.75, within(EPS));
        assertThat(v.spreads()).isEmpty();
        assertThat(v.incomplete()).isFalse();
    }

    @Test
    void missingBeatsManual() {
        Question m = manual("M", "S", 1);
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(m), List.of());
        List<EvaluatorScore> es = List.of(new EvaluatorScore("Ann", "V", "M", 5, null), new EvaluatorScore("Bob", "V", "M", 1, null));
        VendorScore v = new ScoringEngine(rfp).score(response("V"), es, List.of());
        assertThat(v.question("M").points()).isEqualTo(0.0);
        assertThat(v.question("M").counted()).isTrue();
        assertThat(v.listed()).containsExactly(new Listed("M", ListedReason.MISSING));
        assertThat(v.spreads()).isEmpty();
        assertThat(v.incomplete()).isFalse();
        assertThat(v.section("S").score()).isEqualTo(0.0);
    }

    @Test
    void allManualUnscoredLeavesSectionNullQualityZeroAndIncomplete() {
        Question m = manual("M", "S", 1);
        Rfp rfp = rfp(List.of(section("S", 1), section("T", 1)), List.of(m), List.of());
        VendorScore v = one(rfp, List.of(text(m, "x")));
        assertThat(v.section("S").score()).isNull();
        assertThat(v.section("T").score()).isNull();
        assertThat(v.sectionScores()).containsEntry("S", null).containsEntry("T", null);
        assertThat(v.quality()).isEqualTo(0.0);
        assertThat(v.incomplete()).isTrue();
    }

    @Test
    void weightZeroIsShownButNotCounted() {
        Question a = yesNo("A", "S", 1), z = yesNo("Z", "S", 0), mz = manual("MZ", "S", 0);
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(a, z, mz), List.of());
        VendorScore v = one(rfp, List.of(text(a, "YES"), text(z, "NO"), text(mz, "text")));
        assertThat(v.question("Z").points()).isEqualTo(0.0);
        assertThat(v.question("Z").counted()).isFalse();
        assertThat(v.section("S").score()).isCloseTo(100, within(EPS));
        assertThat(v.section("S").countedItems()).isEqualTo(1);
        // an unscored manual question of weight 0 cannot move the score: not incomplete
        assertThat(v.incomplete()).isFalse();
    }

    @Test
    void kpiSectionUsesKpiWeightsAndListsMissingKpis() {
        Question y = yesNo("Y", "CS", 1);
        Rfp rfp = rfp(List.of(section("CS", 3), section("KPI", 1)), List.of(y),
                List.of(kpi("FCR", Direction.HIGHER, 80, 60, 2), kpi("ABANDON", Direction.LOWER, 5, 10, 1),
                        kpi("CSAT", Direction.HIGHER, 85, 70, 1), kpi("X0", Direction.HIGHER, 1, 0, 0)));
        var resp = response("V", List.of(text(y, "PARTIAL")),
                List.of(commit("fcr", 70.0), commit("ABANDON", 4.0), commit("CSAT", null)));
        VendorScore v = new ScoringEngine(rfp).score(resp, List.of(), List.of());
        assertThat(v.kpis()).extracting(KpiScore::points).containsExactly(2.5, 5.0, 0.0, 0.0);
        assertThat(v.kpis().get(0).explanation())
                .isEqualTo("2.5 = linear between exit threshold 60 and target 80 (higher is better), committed 70");
        assertThat(v.listed()).containsExactly(new Listed("CSAT", ListedReason.MISSING_KPI), new Listed("X0", ListedReason.MISSING_KPI));
        // KPI = 20 * (2*2.5 + 1*5 + 1*0) / 4 = 50; CS = 50; Q = (3*50 + 1*50)/4
        assertThat(v.section("KPI").score()).isCloseTo(50, within(EPS));
        assertThat(v.section("CS").score()).isCloseTo(50, within(EPS));
        assertThat(v.quality()).isCloseTo(50, within(EPS));
    }

    @Test
    void qualityWeighsSectionsSkipsEmptyOnesAndTakesOverrides() {
        Question a = yesNo("A", "S1", 1), b = yesNo("B", "S2", 1), m = manual("M", "S3", 1);
        Rfp rfp = rfp(List.of(section("S1", 2), section("S2", 1), section("S3", 5)), List.of(a, b, m), List.of());
        ScoringEngine engine = new ScoringEngine(rfp);
        var resp = response("V", text(a, "YES"), text(b, "PARTIAL"), text(m, "x"));
        VendorScore v = engine.score(resp, List.of(), List.of());
        // S3 has no counted question: Q = (2*100 + 1*50) / 3
        assertThat(v.quality()).isCloseTo(250 / 3.0, within(EPS));
        VendorScore o = engine.score(resp, List.of(), List.of(), Map.of("s2", 3.0));
        assertThat(o.quality()).isCloseTo((2 * 100 + 3 * 50) / 5.0, within(EPS));
        assertThat(o.section("S2").weight()).isEqualTo(3.0);
        VendorScore re = engine.reweigh(v, Map.of("S2", 3.0), Map.of());
        assertThat(re.quality()).isCloseTo(o.quality(), within(EPS));
        assertThat(re.sections()).isEqualTo(o.sections());
        VendorScore qw = engine.reweigh(v, Map.of(), Map.of("A", 0.0));
        assertThat(qw.section("S1").score()).isNull();
        assertThat(qw.quality()).isCloseTo(50, within(EPS));
    }

    @Test
    void noQuestionsAtAllGivesQualityZeroAndIncomplete() {
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(), List.of());
        VendorScore v = one(rfp, List.of());
        assertThat(v.quality()).isEqualTo(0.0);
        assertThat(v.incomplete()).isTrue();
    }

    @Test
    void knockoutsYesNoPartialChoiceNumericAndGaps() {
        Question k1 = knockout(yesNo("K1", "S", 1), new Knockout.Tokens("No", List.of("NO")));
        Question k2 = knockout(yesNo("K2", "S", 1), new Knockout.Tokens("No", List.of("NO")));
        Question k3 = knockout(yesNo("K3", "S", 1), new Knockout.Tokens("No|Partial", List.of("NO", "PARTIAL")));
        Question k4 = knockout(choice("SEC-04", "S", 1, "SOC 2 Type II=5", "SOC 2 Type I=2", "None=0"),
                new Knockout.Options("None|SOC 2 Type I", List.of("None", "SOC 2 Type I")));
        Question k5 = knockout(linear("K5", "S", 1, 90, 70, Direction.HIGHER), new Knockout.Compare("< 80", Knockout.Comparison.LT, 80));
        Question k6 = knockout(linear("K6", "S", 1, 90, 70, Direction.HIGHER), new Knockout.Compare("< 80", Knockout.Comparison.LT, 80));
        Question k7 = knockout(yesNo("K7", "S", 1), new Knockout.Tokens("No", List.of("NO")));
        Question k8 = knockout(yesNo("K8", "S", 1), new Knockout.Tokens("No", List.of("NO")));
        Question k9 = knockout(linear("K9", "S", 1, 90, 70, Direction.HIGHER), new Knockout.Compare(">= 30", Knockout.Comparison.GE, 30));
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(k1, k2, k3, k4, k5, k6, k7, k8, k9), List.of());
        VendorScore v = one(rfp, List.of(text(k1, "NO"), text(k2, "PARTIAL"), text(k3, "PARTIAL"),
                text(k4, "SOC 2 Type I"), num(k5, 79.5), num(k6, 80), text(k7, "NA"), unreadable(k9, "many")));
        assertThat(v.knockouts()).extracting(KnockoutFinding::id).containsExactly("K1", "K3", "SEC-04", "K5", "K7", "K8", "K9");
        assertThat(v.disqualified()).isTrue();
        KnockoutFinding soc = v.knockouts().get(2);
        assertThat(soc.message()).isEqualTo("SEC-04: answered 'SOC 2 Type I', disqualifying: None|SOC 2 Type I");
        assertThat(soc.answer()).isEqualTo("SOC 2 Type I");
        assertThat(soc.rule()).isEqualTo("None|SOC 2 Type I");
        assertThat(v.knockouts().get(3).message()).isEqualTo("K5: answered 79.5, disqualifying: < 80");
        assertThat(v.knockouts().get(3).answer()).isEqualTo(79.5);
        assertThat(v.knockouts().get(5).answer()).isNull();
        assertThat(v.knockouts().get(5).message()).contains("no answer");
        assertThat(v.knockouts().get(6).answer()).isEqualTo("many");
    }

    @Test
    void passingKnockoutsDoNotDisqualify() {
        Question k = knockout(yesNo("K", "S", 1), new Knockout.Tokens("No", List.of("NO")));
        Rfp rfp = rfp(List.of(section("S", 1)), List.of(k), List.of());
        assertThat(one(rfp, List.of(text(k, "YES"))).disqualified()).isFalse();
    }

    @Test
    void questionSectionIdsAreMatchedFolded() {
        Question a = yesNo("A", "cs 01", 1);
        Rfp rfp = rfp(List.of(section("CS-01", 1)), List.of(a), List.of());
        VendorScore v = one(rfp, List.of(text(a, "YES")));
        assertThat(v.section("CS-01").score()).isCloseTo(100, within(EPS));
        assertThat(v.question("A").sectionId()).isEqualTo("CS-01");
    }
}
