package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vendorbench.domain.scoring.Fixtures.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;

class RankingTest {
    private static final double EPS = 1e-9;

    /** One manual question whose consensus score sets Q = 20·score; optional knockout failure. */
    private static final Question M = manual("M", "S", 1);
    private static final Question K = knockout(yesNo("K", "S", 0), new Knockout.Tokens("No", List.of("NO")));
    private static final Rfp RFP = rfp(List.of(section("S", 1)), List.of(M, K), List.of());

    static VendorScore vendor(String name, double q, boolean disqualified) {
        var resp = response(name, text(M, "x"), text(K, disqualified ? "NO" : "YES"));
        return new ScoringEngine(RFP).score(resp, List.of(), List.of(new ConsensusOverride(name, "M", q / 20, "test")));
    }

    @Test
    void priceScoreCombinedAndOrder() {
        List<VendorScore> vs = List.of(vendor("A", 80, false), vendor("B", 60, false), vendor("C", 90, false));
        List<RankedVendor> r = Ranking.rank(vs, Map.of("A", 1_000_000.0, "B", 800_000.0, "C", 1_600_000.0), 30);
        // PS: A 80, B 100, C 50; C = 0.7Q + 0.3PS: A 80, B 72, C 78
        assertThat(r).extracting(RankedVendor::vendor).containsExactly("A", "C", "B");
        assertThat(r).extracting(RankedVendor::rank).containsExactly(1, 2, 3);
        assertThat(r.get(0).priceScore()).isCloseTo(80, within(EPS));
        assertThat(r.get(0).combined()).isCloseTo(80, within(EPS));
        assertThat(r.get(1).combined()).isCloseTo(0.7 * 90 + 0.3 * 50, within(EPS));
        assertThat(r.get(2).priceScore()).isCloseTo(100, within(EPS));
        assertThat(r.get(2).combined()).isCloseTo(72, within(EPS));
    }

    @Test
    void tcoMinComesFromQualifiedVendorsAndDisqualifiedAreCappedAndLast() {
        List<VendorScore> vs = List.of(vendor("Cheap", 100, true), vendor("A", 50, false), vendor("B", 40, false));
        List<RankedVendor> r = Ranking.rank(vs, Map.of("Cheap", 500.0, "A", 1000.0, "B", 2000.0), 50);
        assertThat(r).extracting(RankedVendor::vendor).containsExactly("A", "B", "Cheap");
        assertThat(r.get(0).priceScore()).isCloseTo(100, within(EPS));
        assertThat(r.get(1).priceScore()).isCloseTo(50, within(EPS));
        assertThat(r.get(2).priceScore()).isEqualTo(100.0); // 200 capped
        assertThat(r.get(2).combined()).isCloseTo(100, within(EPS));
        assertThat(r.get(2).disqualified()).isTrue();
        assertThat(r.get(2).rank()).isEqualTo(3);
    }

    @Test
    void noTcoMeansPriceScoreZeroAndNoPricingListed() {
        List<VendorScore> vs = List.of(vendor("A", 50, false), vendor("B", 70, false));
        Map<String, Double> tco = new HashMap<>();
        tco.put("A", 1000.0);
        tco.put("B", null);
        List<RankedVendor> r = Ranking.rank(vs, tco, 30);
        RankedVendor b = r.stream().filter(x -> x.vendor().equals("B")).findFirst().orElseThrow();
        assertThat(b.priceScore()).isEqualTo(0.0);
        assertThat(b.tco()).isNull();
        assertThat(b.combined()).isCloseTo(49, within(EPS));
        assertThat(b.listed()).contains(new Listed("Pricing", ListedReason.NO_PRICING));
        assertThat(r.get(0).vendor()).isEqualTo("A"); // 0.7*50 + 30 = 65 > 49
        assertThat(r.get(0).listed()).doesNotContain(new Listed("Pricing", ListedReason.NO_PRICING));
    }

    @Test
    void nobodyHasTcoRanksByQualityWithPriceScoreZero() {
        List<RankedVendor> r = Ranking.rank(List.of(vendor("A", 50, false), vendor("B", 70, false)), Map.of(), 30);
        assertThat(r).extracting(RankedVendor::vendor).containsExactly("B", "A");
        assertThat(r).allSatisfy(x -> assertThat(x.priceScore()).isEqualTo(0.0));
        assertThat(r.get(0).combined()).isCloseTo(49, within(EPS));
    }

    @Test
    void onlyDisqualifiedHaveTcoThenTheyAreTheReference() {
        List<RankedVendor> r = Ranking.rank(List.of(vendor("A", 50, true), vendor("B", 70, true)),
                Map.of("A", 100.0, "B", 200.0), 30);
        assertThat(r.get(0).vendor()).isEqualTo("A"); // 0.7*50+30 = 65 vs 0.7*70+15 = 64
        assertThat(r.get(1).priceScore()).isCloseTo(50, within(EPS));
    }

    @Test
    void tiesGoToHigherQualityThenNameCaseInsensitiveThenCodePoint() {
        // equal C: A Q 80 PS 60 -> 0.5*80 + 0.5*60 = 70; B Q 60 PS 80 -> 70
        List<VendorScore> vs = List.of(vendor("B", 60, false), vendor("A", 80, false), vendor("Z", 0, false));
        List<RankedVendor> r = Ranking.rank(vs, Map.of("A", 100 / 0.6, "B", 125.0, "Z", 100.0), 50);
        assertThat(r.get(0).combined()).isCloseTo(70, within(1e-9));
        assertThat(r.get(1).combined()).isCloseTo(70, within(1e-9));
        assertThat(r).extracting(RankedVendor::vendor).containsExactly("A", "B", "Z");

        List<VendorScore> same = List.of(vendor("beta", 70, false), vendor("Alpha", 70, false), vendor("alpha", 70, false),
                vendor("ALPHA", 70, false));
        List<RankedVendor> s = Ranking.rank(same, Map.of(), 30);
        assertThat(s).extracting(RankedVendor::vendor).containsExactly("ALPHA", "Alpha", "alpha", "beta");
    }

    @Test
    void codePointOrderDiffersFromUtf16UnitsAboveTheBmp() {
        String emoji = "V\uD83D\uDE00"; // U+1F600
        String high = "V\uFF21";        // U+FF21
        assertThat(Ranking.NAME_ORDER.compare(high, emoji)).isNegative();
        assertThat(high.compareTo(emoji)).isPositive();
    }

    @Test
    void singleVendor() {
        List<RankedVendor> r = Ranking.rank(List.of(vendor("Solo", 72, false)), Map.of("Solo", 5.0), 30);
        assertThat(r).hasSize(1);
        assertThat(r.get(0).rank()).isEqualTo(1);
        assertThat(r.get(0).priceScore()).isCloseTo(100, within(EPS));
        assertThat(r.get(0).combined()).isCloseTo(0.7 * 72 + 30, within(EPS));
    }

    @Test
    void otherPriceFormulas() {
        assertThat(PriceFormula.LINEAR_MIN_MAX.score(150, 100, 300, 0)).isCloseTo(75, within(EPS));
        assertThat(PriceFormula.LINEAR_MIN_MAX.score(100, 100, 100, 100)).isEqualTo(100);
        assertThat(PriceFormula.LINEAR_MIN_MAX.score(50, 100, 300, 0)).isEqualTo(100);
        assertThat(PriceFormula.LINEAR_MIN_MAX.score(400, 100, 300, 0)).isEqualTo(0);
        assertThat(PriceFormula.AVERAGE_OVER_PRICE.score(200, 100, 300, 150)).isCloseTo(75, within(EPS));
        assertThat(PriceFormula.AVERAGE_OVER_PRICE.score(120, 100, 300, 150)).isEqualTo(100);
    }

    @Test
    void permutingVendorsChangesNothing() {
        List<VendorScore> vs = new ArrayList<>(List.of(vendor("A", 80, false), vendor("B", 60, true), vendor("C", 90, false),
                vendor("D", 85, false)));
        Map<String, Double> tco = Map.of("A", 10.0, "B", 5.0, "C", 20.0, "D", 12.0);
        List<RankedVendor> base = Ranking.rank(vs, tco, 40);
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 20; i++) {
            java.util.Collections.shuffle(vs, rnd);
            assertThat(Ranking.rank(vs, tco, 40)).isEqualTo(base);
        }
    }
}
