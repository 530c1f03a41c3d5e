package org.vendorbench.domain.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vendorbench.domain.tco.TcoFixtures.commitments;
import static org.vendorbench.domain.tco.TcoFixtures.example;
import static org.vendorbench.domain.tco.TcoFixtures.pricing;
import static org.vendorbench.domain.tco.TcoFixtures.rfp;
import static org.vendorbench.domain.tco.TcoFixtures.vendor;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;

class MonteCarloTest {
    private static final MonteCarlo.FirstPlace CHEAPEST_FIRST = totals -> {
        int best = -1;
        for (int i = 0; i < totals.length; i++) {
            if (!Double.isNaN(totals[i]) && (best < 0 || totals[i] < totals[best])) best = i;
        }
        return best;
    };

    private static Rfp rangedRfp() {
        return rfp(36,
                new Assumption("Monthly call volume", 10_000, 8_000.0, 14_000.0),
                new Assumption("Annual volume growth", 3, 0.0, 8.0),
                new Assumption("Patient annual value", 2000, 1500.0, 3000.0),
                new Assumption("Exit probability at quality 50", 20, 10.0, 35.0),
                new Assumption("Discount rate", 5, 3.0, 8.0));
    }

    private static List<VendorInput> vendors(Rfp rfp) {
        return List.of(
                VendorInput.of(rfp, example(), 75),
                VendorInput.of(rfp, vendor("Flat", pricing(PricingModel.FLAT_MONTH, 60_000.0, 0, 0, 5_000, 1_000, 25, 3, 50_000),
                        commitments(75.0, 7.0, 80.0, 6.0)), 60),
                VendorInput.of(rfp, vendor("PerCall", pricing(PricingModel.PER_CALL, 3.5, 0, 30_000, 0, 800, 18, 2, 0),
                        commitments(85.0, 4.0, 88.0, 3.0)), 82),
                VendorInput.of(rfp, vendor("NoPrice", pricing(null, null), commitments(80.0, 5.0, 85.0, 4.0)), 90));
    }

    @Test
    void withoutRangesEveryPercentileIsTheDeterministicTcoExactly() throws Exception {
        Rfp rfp = rfp(36, new Assumption("Discount rate", 7, null, null), new Assumption("Annual volume growth", 4, null, null));
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        List<VendorInput> vs = vendors(rfp);
        UncertaintyResult r = MonteCarlo.run(vs, a, 500, 1, CHEAPEST_FIRST);
        assertThat(r.drawnKeys()).isEmpty();
        for (int v = 0; v < vs.size(); v++) {
            VendorUncertainty u = r.vendors().get(v);
            TcoOutcome o = TcoModel.compute(vs.get(v).vendor(), a);
            if (!o.isPresent()) {
                assertThat(u.p10()).isNull();
                assertThat(u.p50()).isNull();
                assertThat(u.shareCheapest()).isZero();
                continue;
            }
            assertThat(u.p10()).isEqualTo(o.result().total());
            assertThat(u.p50()).isEqualTo(o.result().total());
            assertThat(u.p90()).isEqualTo(o.result().total());
        }
    }

    @Test
    void percentilesAreOrderedAndSpread() throws Exception {
        Rfp rfp = rangedRfp();
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        UncertaintyResult r = MonteCarlo.run(vendors(rfp), a, 2_000, 1, CHEAPEST_FIRST);
        assertThat(r.drawnKeys()).containsExactly(TcoKey.MONTHLY_CALL_VOLUME, TcoKey.ANNUAL_VOLUME_GROWTH,
                TcoKey.PATIENT_ANNUAL_VALUE, TcoKey.EXIT_PROBABILITY_AT_QUALITY_50, TcoKey.DISCOUNT_RATE);
        double sumCheapest = 0, sumFirst = 0;
        for (VendorUncertainty u : r.vendors()) {
            sumCheapest += u.shareCheapest();
            sumFirst += u.shareFirst();
            if (u.p10() == null) continue;
            assertThat(u.p10()).isLessThan(u.p50());
            assertThat(u.p50()).isLessThan(u.p90());
        }
        assertThat(sumCheapest).isCloseTo(1.0, within(1e-9));
        assertThat(sumFirst).isCloseTo(1.0, within(1e-9));
        // with the cheapest ranked first, both shares agree
        for (VendorUncertainty u : r.vendors()) assertThat(u.shareFirst()).isCloseTo(u.shareCheapest(), within(1e-12));
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() throws Exception {
        Rfp rfp = rangedRfp();
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        UncertaintyResult one = MonteCarlo.run(vendors(rfp), a, 2_500, 42, CHEAPEST_FIRST);
        UncertaintyResult again = MonteCarlo.run(vendors(rfp), a, 2_500, 42, CHEAPEST_FIRST);
        UncertaintyResult parallel = MonteCarlo.run(vendors(rfp), a, 2_500, 42, CHEAPEST_FIRST, 2);
        UncertaintyResult other = MonteCarlo.run(vendors(rfp), a, 2_500, 43, CHEAPEST_FIRST);
        assertThat(again).isEqualTo(one);
        assertThat(parallel).isEqualTo(one);
        assertThat(other.vendors().get(0).p50()).isNotEqualTo(one.vendors().get(0).p50());
    }

    @Test
    void commonRandomNumbersKeepADominatedVendorNeverCheapest() throws Exception {
        Rfp rfp = rangedRfp();
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        // identical except a rate 1 % higher: with shared draws it is never the cheaper one
        VendorInput cheap = VendorInput.of(rfp, example(), 75);
        VendorInput dear = VendorInput.of(rfp, vendor("Dear", pricing(PricingModel.PER_MINUTE, 1.01),
                commitments(80.0, 5.0, 85.0, 4.0)), 75);
        UncertaintyResult r = MonteCarlo.run(List.of(dear, cheap), a, 3_000, 7, totals -> 0);
        assertThat(r.vendors().get(1).shareCheapest()).isEqualTo(1.0);
        assertThat(r.vendors().get(0).shareCheapest()).isZero();
        assertThat(r.vendors().get(0).shareFirst()).isEqualTo(1.0); // the caller's ranking decides "first"
    }

    @Test
    void tiesSplitTheRun() throws Exception {
        Rfp rfp = rangedRfp();
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        VendorInput x = VendorInput.of(rfp, example(), 75);
        UncertaintyResult r = MonteCarlo.run(List.of(x, x), a, 1_000, 1, CHEAPEST_FIRST);
        assertThat(r.vendors().get(0).shareCheapest()).isEqualTo(0.5);
        assertThat(r.vendors().get(1).shareCheapest()).isEqualTo(0.5);
    }

    @Test
    void aVendorOverrideFixesTheKeyForThatVendorOnly() throws Exception {
        Rfp rfp = rfp(36, new Assumption("Exit probability at quality 50", 20, 10.0, 40.0));
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        VendorInput fixed = VendorInput.of(rfp, example(), 75, Map.of("Exit probability", 30.0));
        VendorInput drawn = VendorInput.of(rfp, example(), 75);
        UncertaintyResult r = MonteCarlo.run(List.of(fixed, drawn), a, 1_000, 1, CHEAPEST_FIRST);
        double expected = TcoModel.compute(fixed.vendor(), fixed.assumptions(a)).result().total();
        assertThat(r.vendors().get(0).p10()).isEqualTo(expected);
        assertThat(r.vendors().get(0).p90()).isEqualTo(expected);
        assertThat(r.vendors().get(1).p10()).isLessThan(r.vendors().get(1).p90());
    }

    @Test
    void triangularInverseIsExact() {
        assertThat(Triangular.inverse(2, 5, 11, 0)).isEqualTo(2);
        assertThat(Triangular.inverse(2, 5, 11, 1.0 / 3)).isCloseTo(5, within(1e-12)); // F(mode) = 3/9
        assertThat(Triangular.inverse(2, 5, 11, 0.5)).isCloseTo(11 - Math.sqrt(0.5 * 9 * 6), within(1e-12));
        assertThat(Triangular.inverse(4, 4, 4, 0.7)).isEqualTo(4);
        assertThat(Triangular.inverse(0, 0, 1, 0.75)).isCloseTo(0.5, within(1e-12)); // right triangle
        SplittableRandom rng = new SplittableRandom(3);
        double sum = 0;
        int n = 200_000, below = 0;
        for (int i = 0; i < n; i++) {
            double x = Triangular.inverse(2, 5, 11, rng.nextDouble());
            assertThat(x).isBetween(2.0, 11.0);
            sum += x;
            if (x < 5) below++;
        }
        assertThat(sum / n).isCloseTo((2 + 5 + 11) / 3.0, within(0.02));
        assertThat((double) below / n).isCloseTo(1.0 / 3, within(0.005));
    }

    @Test
    void percentileInterpolatesLinearly() {
        double[] s = {1, 2, 3, 4, 5};
        assertThat(MonteCarlo.percentile(s, 0.10)).isCloseTo(1.4, within(1e-12));
        assertThat(MonteCarlo.percentile(s, 0.50)).isEqualTo(3);
        assertThat(MonteCarlo.percentile(s, 0.90)).isCloseTo(4.6, within(1e-12));
        assertThat(MonteCarlo.percentile(new double[] {7}, 0.9)).isEqualTo(7);
    }

    @Test
    void noPricingVendorIsNaNForTheRanking() throws Exception {
        Rfp rfp = rangedRfp();
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        boolean[] sawNaN = {false};
        MonteCarlo.run(vendors(rfp), a, 10, 1, totals -> {
            sawNaN[0] |= Double.isNaN(totals[3]) && !Double.isNaN(totals[0]);
            return 0;
        });
        assertThat(sawNaN[0]).isTrue();
    }
}
