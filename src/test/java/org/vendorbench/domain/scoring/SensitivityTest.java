package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vendorbench.domain.scoring.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;

class SensitivityTest {
    private static final Question M1 = manual("M1", "S1", 1), M2 = manual("M2", "S2", 1), M3 = manual("M3", "S3", 1);

    private static VendorScore vendor(Rfp rfp, String name, double s1, double s2, double s3) {
        var resp = response(name, text(M1, "x"), text(M2, "x"), text(M3, "x"));
        return new ScoringEngine(rfp).score(resp, List.of(), List.of(new ConsensusOverride(name, "M1", s1 / 20, ""),
                new ConsensusOverride(name, "M2", s2 / 20, ""), new ConsensusOverride(name, "M3", s3 / 20, "")));
    }

    @Test
    void thresholdWhereTheLeaderChanges() {
        Rfp rfp = rfp(List.of(section("S1", 1), section("S2", 1)), List.of(M1, M2), List.of());
        // A: 80/40, B: 50/60. Q_A - Q_B = 30x - 20(1-x) = 0 at x = 0.4 (weight of S1)
        List<VendorScore> vs = List.of(vendor(rfp, "A", 80, 40, 0), vendor(rfp, "B", 50, 60, 0));
        List<Sensitivity.SectionThreshold> t = Sensitivity.sectionWeights(vs, Map.of(), 0);
        assertThat(t).hasSize(2);
        assertThat(t.get(0).sectionId()).isEqualTo("S1");
        assertThat(t.get(0).currentWeight()).isCloseTo(0.5, within(1e-12));
        assertThat(t.get(0).currentLeader()).isEqualTo("A");
        assertThat(t.get(0).stable()).isFalse();
        assertThat(t.get(0).thresholdWeight()).isCloseTo(0.4, within(0.0001));
        assertThat(t.get(0).newLeader()).isEqualTo("B");
        assertThat(t.get(1).thresholdWeight()).isCloseTo(0.6, within(0.0001));
        assertThat(t.get(1).newLeader()).isEqualTo("B");
        assertThat(t.get(0).describe()).contains("B overtakes A");
    }

    @Test
    void dominantVendorIsStable() {
        Rfp rfp = rfp(List.of(section("S1", 2), section("S2", 1), section("S3", 1)), List.of(M1, M2, M3), List.of());
        List<VendorScore> vs = List.of(vendor(rfp, "A", 90, 90, 90), vendor(rfp, "B", 50, 60, 70));
        List<Sensitivity.SectionThreshold> t = Sensitivity.sectionWeights(vs, Map.of(), 30);
        assertThat(t).allSatisfy(x -> {
            assertThat(x.stable()).isTrue();
            assertThat(x.thresholdWeight()).isNull();
        });
        assertThat(t.get(0).currentWeight()).isCloseTo(0.5, within(1e-12));
        assertThat(t.get(0).describe()).contains("stays first across 0-100 %");
    }

    @Test
    void nonMonotoneChangeIsFound() {
        // Three vendors; raising S1 first hands the lead from A to C, then to B.
        Rfp rfp = rfp(List.of(section("S1", 1), section("S2", 9)), List.of(M1, M2), List.of());
        List<VendorScore> vs = List.of(vendor(rfp, "A", 0, 100, 0), vendor(rfp, "B", 100, 0, 0), vendor(rfp, "C", 60, 80, 0));
        // A: 100(1-x); B: 100x; C: 60x + 80(1-x) = 80 - 20x. A leads at x = 0.1 (90 vs 10 vs 78).
        // A = C at 100 - 100x = 80 - 20x -> x = 0.25
        List<Sensitivity.SectionThreshold> t = Sensitivity.sectionWeights(vs, Map.of(), 0);
        assertThat(t.get(0).thresholdWeight()).isCloseTo(0.25, within(0.0001));
        assertThat(t.get(0).newLeader()).isEqualTo("C");
    }

    @Test
    void priceFormulaReport() {
        Rfp rfp = rfp(List.of(section("S1", 1)), List.of(M1), List.of());
        List<VendorScore> vs = List.of(vendor(rfp, "A", 60, 0, 0), vendor(rfp, "B", 86, 0, 0), vendor(rfp, "C", 95, 0, 0));
        Map<String, Double> tco = Map.of("A", 100.0, "B", 150.0, "C", 300.0);
        Sensitivity.PriceFormulaReport r = Sensitivity.priceFormulas(vs, tco, 50);
        // standard: A 80, B 43 + 33.3 = 76.3, C 47.5 + 16.7; linear: B 43 + 37.5 = 80.5 > A 80; average: B 93
        assertThat(r.outcomes()).extracting(Sensitivity.PriceFormulaOutcome::leader).containsExactly("A", "B", "B");
        assertThat(r.leaderDependsOnFormula()).isTrue();
        assertThat(r.outcomes().get(1).ranking().get(0).combined()).isCloseTo(80.5, within(1e-9));
        assertThat(Sensitivity.sectionWeights(vs, tco, 50)).singleElement()
                .satisfies(s -> assertThat(s.stable()).isTrue());
    }
}
