package org.vendorbench.domain.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vendorbench.domain.tco.TcoFixtures.commitments;
import static org.vendorbench.domain.tco.TcoFixtures.example;
import static org.vendorbench.domain.tco.TcoFixtures.pricing;
import static org.vendorbench.domain.tco.TcoFixtures.rfp;
import static org.vendorbench.domain.tco.TcoFixtures.vendor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

class TcoModelTest {
    private static final double EPS = 1e-6;

    private static TcoResult tco(Rfp rfp, VendorResponse v, double q, Map<String, Double> overrides) throws RefusedException {
        TcoOutcome o = TcoModel.compute(rfp, v, q, TcoAssumptions.from(rfp, overrides));
        assertThat(o.isPresent()).as(o.reason()).isTrue();
        return o.result();
    }

    /** Overrides that zero every component but the ones the test keeps. */
    private static Map<String, Double> zeroAllBut(String... keep) {
        Map<String, Double> m = new HashMap<>();
        m.put("Internal onboarding hours", 0.0);
        m.put("Governance hours per month", 0.0);
        m.put("Lost share of abandoned callers", 0.0);
        m.put("Lost share of dissatisfied callers", 0.0);
        m.put("Exit probability at quality 50", 0.0);
        for (String k : keep) m.remove(k);
        return m;
    }

    @Test
    void workedExampleOfSection8() throws Exception {
        TcoResult r = tco(rfp(36), example(), 75, Map.of());
        assertThat(r.model()).isEqualTo("vendorbench-tco/1");
        assertThat(r.fees()).isCloseTo(1_728_000, within(EPS));
        assertThat(r.onboarding()).isCloseTo(57_200, within(EPS));
        assertThat(r.retraining()).isCloseTo(43_200, within(EPS));
        assertThat(r.patientImpact()).isCloseTo(2_775_000, within(EPS));
        assertThat(r.governance()).isCloseTo(34_560, within(EPS));
        assertThat(r.expectedExit()).isCloseTo(25_100, within(EPS));
        assertThat(r.total()).isCloseTo(4_663_060, within(EPS));
        assertThat(r.firstMonthFee()).isCloseTo(48_000, within(EPS));
        assertThat(r.exitProbability()).isCloseTo(0.10, within(1e-12));
        assertThat(r.exitCost()).isCloseTo(251_000, within(EPS));
        assertThat(r.defaultedKpis()).isEmpty();
        assertThat(r.months()).hasSize(36);
        MonthCost m1 = r.months().get(0);
        assertThat(m1.billedCalls()).isCloseTo(12_000, within(EPS));
        assertThat(m1.onboarding()).isCloseTo(57_200, within(EPS));
        assertThat(m1.patientImpact()).isCloseTo(25 * 2000.0 / 12 * 36, within(EPS));
        assertThat(r.months().get(17).expectedExit()).isCloseTo(25_100, within(EPS)); // month ceil(36/2) = 18
        assertThat(r.months().get(16).expectedExit()).isZero();
        assertThat(r.cumulative().get(35)).isCloseTo(4_663_060, within(EPS));
        assertThat(r.explanation()).contains("4,663,060").contains("48,000");
    }

    @Test
    void defaultsOfSection5EqualTheWorkedExampleValues() throws Exception {
        Rfp onlyVolume = TcoFixtures.rfpWith(36, List.of(new Assumption("monthly_CALL   volume", 10_000, null, null)));
        assertThat(tco(onlyVolume, example(), 75, Map.of()).total()).isCloseTo(4_663_060, within(EPS));
    }

    @Test
    void missingVolumeIsRefused() {
        Rfp none = TcoFixtures.rfpWith(36, List.of());
        assertThatThrownBy(() -> TcoAssumptions.from(none, Map.of()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Monthly call volume");
        assertThatThrownBy(() -> TcoAssumptions.from(rfp(36), Map.of("Volume of calls", 3.0)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("unknown TCO assumption 'Volume of calls'");
        assertThatThrownBy(() -> TcoAssumptions.from(rfp(36, new Assumption("Discount rate", 5, 6.0, 8.0)), Map.of()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Low <= Value <= High");
    }

    @Test
    void eachComponentAlone() throws Exception {
        VendorResponse noOneOff = vendor("Solo", pricing(PricingModel.PER_MINUTE, 1.0, 0, 0, 0, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0));
        // fees only
        TcoResult fees = tco(rfp(36), noOneOff, 75, zeroAllBut());
        assertThat(fees.total()).isCloseTo(36 * 48_000, within(EPS));
        assertThat(fees.total()).isEqualTo(fees.fees());
        // patient impact only (fees zero: rate 0)
        VendorResponse free = vendor("Free", pricing(PricingModel.PER_MINUTE, 0.0, 0, 0, 0, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0));
        TcoResult abandonOnly = tco(rfp(36), free, 75, zeroAllBut("Lost share of abandoned callers"));
        // 10,000 · 0.05 · 0.02 = 10 lost patients a month, each 2000/12 a month for the rest of the term
        assertThat(abandonOnly.total()).isCloseTo(10 * 2000.0 / 12 * 666, within(EPS));
        TcoResult dissatisfiedOnly = tco(rfp(36), free, 75, zeroAllBut("Lost share of dissatisfied callers"));
        assertThat(dissatisfiedOnly.total()).isCloseTo(15 * 2000.0 / 12 * 666, within(EPS));
        // governance only
        TcoResult gov = tco(rfp(36), free, 75, zeroAllBut("Governance hours per month"));
        assertThat(gov.total()).isCloseTo(16 * 60 * 36, within(EPS));
        assertThat(gov.governance()).isEqualTo(gov.total());
        // onboarding only: fee + training of the agents + internal hours (attrition 0: no retraining)
        VendorResponse onboard = vendor("On", pricing(PricingModel.PER_MINUTE, 0.0, 0, 0, 20_000, 1_500, 20, 0, 0),
                commitments(80.0, 5.0, 85.0, 0.0));
        TcoResult onb = tco(rfp(36), onboard, 75, zeroAllBut("Internal onboarding hours"));
        assertThat(onb.total()).isCloseTo(20_000 + 30_000 + 7_200, within(EPS));
        assertThat(onb.onboarding()).isEqualTo(onb.total());
        // retraining only (internal onboarding hours 0, onboarding fee 0, but training is needed for A: O = P-TRAIN·agents)
        TcoResult retr = tco(rfp(36), vendor("R", pricing(PricingModel.PER_MINUTE, 0.0, 0, 0, 0, 1_500, 20, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0)), 75, zeroAllBut());
        assertThat(retr.retraining()).isCloseTo(1_200 * 36, within(EPS));
        assertThat(retr.total()).isCloseTo(1_200 * 36 + 30_000, within(EPS));
        // expected exit only: pexit = 0.2·(100−75)/50 = 0.1; X = ETF + k·ΣF/T + R with ΣF = 0
        TcoResult exit = tco(rfp(36), vendor("X", pricing(PricingModel.PER_MINUTE, 0.0, 0, 0, 0, 0, 0, 0, 10_000),
                commitments(80.0, 5.0, 85.0, 4.0)), 75, zeroAllBut("Exit probability at quality 50"));
        assertThat(exit.total()).isCloseTo(0.1 * 35_000, within(EPS));
    }

    @Test
    void exitProbabilityIsClamped() throws Exception {
        assertThat(tco(rfp(36), example(), 0, Map.of("Exit probability at quality 50", 80.0)).exitProbability()).isEqualTo(1.0);
        assertThat(tco(rfp(36), example(), 100, Map.of()).exitProbability()).isEqualTo(0.0);
        assertThat(tco(rfp(36), example(), 120, Map.of()).expectedExit()).isEqualTo(0.0);
    }

    @Test
    void discountingMatchesHandComputedNpv() throws Exception {
        // flat 10,000 a month over 24 months at 12 % a year: geometric series with q = 1.12^(−1/12)
        VendorResponse flat = vendor("Flat", pricing(PricingModel.FLAT_MONTH, 10_000.0, 0, 0, 0, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0));
        Map<String, Double> o = zeroAllBut();
        o.put("Discount rate", 12.0);
        TcoResult r = tco(rfp(24), flat, 75, o);
        double q = Math.pow(1.12, -1.0 / 12);
        double npv = 10_000 * (1 - 1 / (1.12 * 1.12)) / (1 - q);
        assertThat(r.fees()).isCloseTo(npv, within(1e-6));
        assertThat(r.feesUndiscounted()).isCloseTo(240_000, within(EPS));
        assertThat(r.months().get(12).discountFactor()).isCloseTo(1 / 1.12, within(1e-15));
        // exit at month 12, discounted by 1.12^(−11/12); ΣF in X is the undiscounted sum
        Map<String, Double> withExit = new HashMap<>(o);
        withExit.remove("Exit probability at quality 50");
        TcoResult e = tco(rfp(24), flat, 75, withExit);
        double x = 0 + 4.5 * 10_000 + 25_000;
        assertThat(e.expectedExit()).isCloseTo(Math.pow(1.12, -11.0 / 12) * 0.1 * x, within(1e-6));
        assertThat(e.total() - e.fees()).isCloseTo(e.expectedExit(), within(1e-6));
    }

    @Test
    void escalatorStepsAtMonths13And25() throws Exception {
        VendorResponse esc = vendor("Esc", pricing(PricingModel.FLAT_MONTH, 1_000.0, 0, 0, 0, 0, 0, 10, 0),
                commitments(80.0, 5.0, 85.0, 4.0));
        TcoResult r = tco(rfp(36), esc, 75, zeroAllBut());
        assertThat(r.months().get(11).fees()).isCloseTo(1_000, within(EPS));
        assertThat(r.months().get(12).fees()).isCloseTo(1_100, within(EPS));
        assertThat(r.months().get(23).fees()).isCloseTo(1_100, within(EPS));
        assertThat(r.months().get(24).fees()).isCloseTo(1_210, within(EPS));
        assertThat(r.fees()).isCloseTo(12 * (1_000 + 1_100 + 1_210), within(EPS));
        assertThat(r.firstMonthFee()).isCloseTo(1_000, within(EPS));
    }

    @Test
    void bindingMinimumFee() throws Exception {
        // per_call rate 1: U = B = 12,000 < P-MIN 15,000, so F = 15,000 (escalated in year 2)
        VendorResponse min = vendor("Min", pricing(PricingModel.PER_CALL, 1.0, 0, 15_000, 0, 0, 0, 10, 0),
                commitments(80.0, 5.0, 85.0, 4.0));
        TcoResult r = tco(rfp(24), min, 75, zeroAllBut());
        assertThat(r.firstMonthFee()).isCloseTo(15_000, within(EPS));
        assertThat(r.fees()).isCloseTo(12 * 15_000 + 12 * 16_500, within(EPS));
        // not binding below U
        VendorResponse low = vendor("Low", pricing(PricingModel.PER_CALL, 1.0, 0, 5_000, 0, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0));
        assertThat(tco(rfp(24), low, 75, zeroAllBut()).firstMonthFee()).isCloseTo(12_000, within(EPS));
    }

    @Test
    void everyPricingModel() throws Exception {
        Map<PricingModel, Double> expected = Map.of(
                PricingModel.PER_MINUTE, 2.0 * 12_000 * 4,
                PricingModel.PER_CALL, 2.0 * 12_000,
                PricingModel.PER_FTE_MONTH, 2.0 * 7,
                PricingModel.FLAT_MONTH, 2.0);
        for (PricingModel m : PricingModel.values()) {
            VendorResponse v = vendor(m.code(), pricing(m, 2.0, 7, 0, 0, 0, 0, 0, 0), commitments(80.0, 5.0, 85.0, 4.0));
            TcoResult r = tco(rfp(36), v, 75, zeroAllBut());
            assertThat(r.firstMonthFee()).as(m.code()).isCloseTo(expected.get(m), within(EPS));
            assertThat(r.total()).as(m.code()).isCloseTo(36 * expected.get(m), within(EPS));
        }
    }

    @Test
    void growthRaisesVolumeMonthly() throws Exception {
        TcoResult r = tco(rfp(36), example(), 75, Map.of("Annual volume growth", 10.0));
        assertThat(r.months().get(12).volume()).isCloseTo(11_000, within(1e-9));
        assertThat(r.months().get(6).volume()).isCloseTo(10_000 * Math.pow(1.1, 0.5), within(1e-9));
    }

    @Test
    void missingModelOrRateIsAbsentWithReasonNeverZero() throws Exception {
        Rfp rfp = rfp(36);
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        TcoOutcome noModel = TcoModel.compute(rfp, vendor("N", pricing(null, 1.0), commitments(80.0, 5.0, 85.0, 4.0)), 75, a);
        assertThat(noModel.isPresent()).isFalse();
        assertThat(noModel.result()).isNull();
        assertThat(noModel.reasonCode()).isEqualTo("NO_PRICING");
        assertThat(noModel.reason()).startsWith("no pricing model/rate").contains("P-MODEL");
        TcoOutcome noRate = TcoModel.compute(rfp, vendor("N", pricing(PricingModel.PER_CALL, null), commitments(80.0, 5.0, 85.0, 4.0)), 75, a);
        assertThat(noRate.isPresent()).isFalse();
        assertThat(noRate.reason()).contains("P-RATE");
    }

    @Test
    void blankKpiTakesTheRfpTargetAndIsListed() throws Exception {
        // FCR and CSAT blank: the RFP targets are 80 and 85, the §8 values, so the TCO is unchanged
        VendorResponse blank = vendor("Blank", pricing(PricingModel.PER_MINUTE, 1.0), commitments(null, 5.0, null, 4.0));
        TcoResult r = tco(rfp(36), blank, 75, Map.of());
        assertThat(r.defaultedKpis()).containsExactly("FCR", "CSAT");
        assertThat(r.total()).isCloseTo(4_663_060, within(EPS));
        assertThat(r.explanation()).contains("RFP target used: FCR, CSAT");
        // a worse committed value changes the TCO, so the default is really the target
        VendorResponse worse = vendor("Worse", pricing(PricingModel.PER_MINUTE, 1.0), commitments(70.0, 5.0, 85.0, 4.0));
        assertThat(tco(rfp(36), worse, 75, Map.of()).total()).isGreaterThan(r.total());
    }

    @Test
    void doublingVolumeDoublesPerMinuteFees() throws Exception {
        TcoResult one = tco(rfp(36), example(), 75, Map.of());
        TcoResult two = tco(rfp(36), example(), 75, Map.of("Monthly call volume", 20_000.0));
        assertThat(two.fees()).isCloseTo(2 * one.fees(), within(1e-6));
        assertThat(two.patientImpact()).isCloseTo(2 * one.patientImpact(), within(1e-6));
        assertThat(two.governance()).isEqualTo(one.governance());
    }

    @Test
    void perVendorOverrideOfExitProbability() throws Exception {
        TcoAssumptions a = TcoAssumptions.from(rfp(36), Map.of());
        TcoAssumptions risky = a.withOverrides(Map.of("exit_probability", 40.0));
        assertThat(risky.source(TcoKey.EXIT_PROBABILITY_AT_QUALITY_50)).isEqualTo(TcoAssumptions.Source.OVERRIDE);
        TcoResult r = TcoModel.compute(rfp(36), example(), 75, risky).result();
        assertThat(r.expectedExit()).isCloseTo(50_200, within(EPS));
        assertThat(a.value(TcoKey.EXIT_PROBABILITY_AT_QUALITY_50)).isEqualTo(20);
    }

    @Test
    void crossoversOfCumulativeCurves() throws Exception {
        Map<String, Double> z = zeroAllBut();
        // A: big onboarding, low monthly; B: no onboarding, high monthly. Cum A = 10,000 + 1,000m, cum B = 2,000m
        TcoResult a = tco(rfp(36), vendor("A", pricing(PricingModel.FLAT_MONTH, 1_000.0, 0, 0, 10_000, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0)), 75, z);
        TcoResult b = tco(rfp(36), vendor("B", pricing(PricingModel.FLAT_MONTH, 2_000.0, 0, 0, 0, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0)), 75, z);
        // equal at month 10, B more expensive from month 11
        assertThat(TcoModel.crossovers(a, b)).containsExactly(11);
        assertThat(TcoModel.crossovers(a, a)).isEmpty();
    }
}
