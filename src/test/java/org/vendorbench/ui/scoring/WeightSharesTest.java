package org.vendorbench.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightSharesTest {

    @Test
    void sharesFollowTheWeightsAndAMoveRescalesTheOthersInProportion() {
        WeightShares s = new WeightShares(new double[] {20, 30, 50});
        assertThat(s.percents()).containsExactly(20, 30, 50);
        s.move(0, 60);
        assertThat(s.percent(0)).isEqualTo(60);
        assertThat(s.percent(1)).isCloseTo(15, within(1e-9));
        assertThat(s.percent(2)).isCloseTo(25, within(1e-9));
        assertThat(s.weights(200)).containsExactly(120, 30, 50);
    }

    @Test
    void aSectionThatHeldEverythingSharesTheRestEquallyAndZeroWeightsStartEqual() {
        WeightShares s = new WeightShares(new double[] {0, 0, 0, 0});
        assertThat(s.percents()).containsExactly(25, 25, 25, 25);
        s.move(1, 100);
        assertThat(s.percents()).containsExactly(0, 100, 0, 0);
        s.move(1, 40);
        assertThat(s.percents()).containsExactly(20, 40, 20, 20);
        s.move(2, 150);
        assertThat(s.percent(2)).as("clamped").isEqualTo(100);
    }

    @Test
    void randomMovesKeepTheSumAt100AndTheUntouchedProportions() {
        Random rnd = new Random(8);
        for (int round = 0; round < 500; round++) {
            int n = 1 + rnd.nextInt(8);
            double[] w = new double[n];
            for (int i = 0; i < n; i++) w[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble() * 50;
            WeightShares s = new WeightShares(w);
            for (int m = 0; m < 5; m++) {
                int k = rnd.nextInt(n);
                double[] before = s.percents();
                s.move(k, rnd.nextDouble() * 120 - 10);
                assertThat(Arrays.stream(s.percents()).sum()).isCloseTo(100, within(1e-6));
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        if (a == k || b == k || before[b] < 1e-9 || s.percent(b) < 1e-9 || 100 - before[k] < 1e-9) continue;
                        assertThat(s.percent(a) / s.percent(b)).isCloseTo(before[a] / before[b], within(1e-6));
                    }
                }
            }
        }
    }
}
