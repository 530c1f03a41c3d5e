package org.vendorbench.domain.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vendorbench.domain.tco.TcoFixtures.commitments;
import static org.vendorbench.domain.tco.TcoFixtures.example;
import static org.vendorbench.domain.tco.TcoFixtures.pricing;
import static org.vendorbench.domain.tco.TcoFixtures.rfp;
import static org.vendorbench.domain.tco.TcoFixtures.vendor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;

class TornadoBreakEvenTest {

    @Test
    void tornadoBarsAreTheTcoAtLowAndHighSortedBySwing() throws Exception {
        Rfp rfp = rfp(36,
                new Assumption("Exit probability at quality 50", 20, 10.0, 30.0),
                new Assumption("Monthly call volume", 10_000, 8_000.0, 12_000.0),
                new Assumption("Re-procurement cost", 25_000, 20_000.0, 30_000.0));
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        VendorInput acme = VendorInput.of(rfp, example(), 75);
        VendorInput none = VendorInput.of(rfp, vendor("None", pricing(null, null), commitments(80.0, 5.0, 85.0, 4.0)), 75);
        List<Tornado.Bar> bars = Tornado.compute(List.of(acme, none), a);
        assertThat(bars).extracting(Tornado.Bar::key).containsExactly(TcoKey.MONTHLY_CALL_VOLUME,
                TcoKey.EXIT_PROBABILITY_AT_QUALITY_50, TcoKey.REPROCUREMENT_COST);
        Tornado.Bar volume = bars.get(0);
        double low = TcoModel.compute(acme.vendor(), a.with(TcoKey.MONTHLY_CALL_VOLUME, 8_000)).result().total();
        double high = TcoModel.compute(acme.vendor(), a.with(TcoKey.MONTHLY_CALL_VOLUME, 12_000)).result().total();
        assertThat(volume.vendors().get(0).tcoLow()).isEqualTo(low);
        assertThat(volume.vendors().get(0).tcoHigh()).isEqualTo(high);
        assertThat(volume.maxSwing()).isEqualTo(Math.abs(high - low));
        assertThat(volume.vendors().get(1).tcoLow()).isNull();
        // exit probability 10 → 30 moves pexit 0.05 → 0.15 on X = 251,000
        assertThat(bars.get(1).maxSwing()).isCloseTo(0.10 * 251_000, within(1e-6));
        // re-procurement 20,000 → 30,000 at pexit 0.1
        assertThat(bars.get(2).maxSwing()).isCloseTo(1_000, within(1e-6));
    }

    private static Map<String, Double> feesOnly() {
        Map<String, Double> m = new HashMap<>();
        m.put("Internal onboarding hours", 0.0);
        m.put("Governance hours per month", 0.0);
        m.put("Lost share of abandoned callers", 0.0);
        m.put("Lost share of dissatisfied callers", 0.0);
        m.put("Exit probability at quality 50", 0.0);
        return m;
    }

    @Test
    void breakEvenVolumeOfAFlatAndAPerCallVendor() throws Exception {
        Rfp rfp = rfp(36);
        TcoAssumptions a = TcoAssumptions.from(rfp, feesOnly());
        // flat 120,000 a month vs 10 per billed call, B = 1.2·V: equal at V = 10,000
        VendorInput flat = VendorInput.of(rfp, vendor("Flat", pricing(PricingModel.FLAT_MONTH, 120_000.0, 0, 0, 0, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0)), 75);
        VendorInput perCall = VendorInput.of(rfp, vendor("PerCall", pricing(PricingModel.PER_CALL, 10.0, 0, 0, 0, 0, 0, 0, 0),
                commitments(80.0, 5.0, 85.0, 4.0)), 75);
        Optional<BreakEven.Result> r = BreakEven.volume(flat, perCall, a.with(TcoKey.MONTHLY_CALL_VOLUME, 7_000));
        assertThat(r).isPresent();
        assertThat(r.get().volume()).isCloseTo(10_000, within(1e-3));
        assertThat(r.get().cheaperBelow()).isEqualTo("PerCall");
        assertThat(r.get().cheaperAbove()).isEqualTo("Flat");
        assertThat(r.get().allCrossings()).hasSize(1);
        assertThat(r.get().sentence()).contains("PerCall is the cheaper choice only while monthly volume stays below 10,000 calls");
        // with a patient-impact gap the per-call vendor with worse KPIs loses earlier: the break-even moves down
        VendorInput worse = VendorInput.of(rfp, vendor("Worse", pricing(PricingModel.PER_CALL, 10.0, 0, 0, 0, 0, 0, 0, 0),
                commitments(80.0, 10.0, 85.0, 4.0)), 75);
        Map<String, Double> withAbandon = feesOnly();
        withAbandon.remove("Lost share of abandoned callers");
        TcoAssumptions b = TcoAssumptions.from(rfp, withAbandon);
        double be = BreakEven.volume(flat, worse, b).orElseThrow().volume();
        assertThat(be).isLessThan(10_000);
        // check it is a real root of the TCO difference
        double tFlat = TcoModel.compute(flat.vendor(), b.with(TcoKey.MONTHLY_CALL_VOLUME, be)).result().total();
        double tWorse = TcoModel.compute(worse.vendor(), b.with(TcoKey.MONTHLY_CALL_VOLUME, be)).result().total();
        assertThat(tWorse / tFlat).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void noBreakEvenWhenOneIsAlwaysCheaper() throws Exception {
        Rfp rfp = rfp(36);
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        VendorInput acme = VendorInput.of(rfp, example(), 75);
        VendorInput dearer = VendorInput.of(rfp, vendor("Dear", pricing(PricingModel.PER_MINUTE, 1.2),
                commitments(80.0, 5.0, 85.0, 4.0)), 75);
        assertThat(BreakEven.volume(acme, dearer, a)).isEmpty();
    }
}
