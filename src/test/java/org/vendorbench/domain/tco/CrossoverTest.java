package org.vendorbench.domain.tco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossoverTest {
    static TcoResult curve(String vendor, double... cumulative) {
        List<Double> cum = new ArrayList<>();
        for (double d : cumulative) cum.add(d);
        return new TcoResult(vendor, TcoModel.MODEL, cumulative.length, cumulative[cumulative.length - 1], 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, List.of(), cum, List.of(), List.of(), "");
    }

    @Test
    void namesWhoBecomesCheaperAndWhen() {
        // A: high start, low monthly; B: no start, high monthly; equal at month 3, A cheaper from month 4
        TcoResult a = curve("A", 12, 14, 16, 18, 20);
        TcoResult b = curve("B", 5, 10, 16, 20, 25);
        assertThat(Crossover.between(a, b)).containsExactly(new Crossover(4, "B", "A"));
        assertThat(Crossover.between(b, a)).containsExactly(new Crossover(4, "B", "A"));
        assertThat(Crossover.between(a, b).get(0).sentence()).isEqualTo("From month 4, A has the lower cumulative cost than B.");
        assertThat(Crossover.between(a, a)).isEmpty();
    }

    @Test
    void severalCrossingsAndDifferentTerms() {
        TcoResult a = curve("A", 1, 5, 5, 9);
        TcoResult b = curve("B", 2, 4, 6, 8);
        assertThat(Crossover.between(a, b)).containsExactly(new Crossover(2, "A", "B"), new Crossover(3, "B", "A"),
                new Crossover(4, "A", "B"));
        assertThat(Crossover.between(a, curve("C", 1, 2, 3))).isEmpty();
        List<Crossover> all = Crossover.among(List.of(a, b, curve("C", 0, 0, 10, 10)));
        assertThat(all).extracting(Crossover::month).isSorted();
        assertThat(all).contains(new Crossover(3, "C", "A"), new Crossover(3, "C", "B"));
    }

    @Test
    void agreesWithTheSignOfTheDifferenceOnRandomCurves() {
        Random rnd = new Random(7);
        for (int run = 0; run < 500; run++) {
            int n = 2 + rnd.nextInt(30);
            double[] x = new double[n], y = new double[n];
            double sx = rnd.nextInt(50), sy = rnd.nextInt(50);
            for (int i = 0; i < n; i++) {
                sx += rnd.nextInt(10);
                sy += rnd.nextInt(10);
                x[i] = sx;
                y[i] = sy;
            }
            TcoResult a = curve("A", x), b = curve("B", y);
            List<Crossover> cs = Crossover.between(a, b);
            assertThat(TcoModel.crossovers(a, b)).isEqualTo(cs.stream().map(Crossover::month).toList());
            for (Crossover c : cs) {
                int m = c.month() - 1;
                // at the crossing month the named vendor is strictly cheaper, and it was not before
                double after = c.cheaperAfter().equals("A") ? x[m] - y[m] : y[m] - x[m];
                assertThat(after).isNegative();
                int k = m - 1;
                while (k >= 0 && x[k] == y[k]) k--;
                double before = c.cheaperAfter().equals("A") ? x[k] - y[k] : y[k] - x[k];
                assertThat(before).isPositive();
            }
        }
    }
}
