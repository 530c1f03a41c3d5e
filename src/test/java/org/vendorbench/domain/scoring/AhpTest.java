package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AhpTest {
    /**
     * Saaty's "relative consumption of drinks in the United States" (coffee, wine, tea, beer, sodas,
     * milk, water), as published in T. L. Saaty, "Decision making with the analytic hierarchy
     * process", Int. J. Services Sciences 1(1), 2008, Table 2, and in Saaty, "Basic theory of the
     * AHP: how to make a decision", Rev. R. Acad. Cienc. Exact. Fis. Nat. 93(4), 1999. Published
     * eigenvector .177 .019 .042 .116 .190 .129 .327; CR .022.
     */
    static final double[][] DRINKS = {
        {1, 9, 5, 2, 1, 1, 1 / 2.0},
        {1 / 9.0, 1, 1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0},
        {1 / 5.0, 3, 1, 1 / 3.0, 1 / 4.0, 1 / 3.0, 1 / 9.0},
        {1 / 2.0, 9, 3, 1, 1 / 2.0, 1, 1 / 3.0},
        {1, 9, 4, 2, 1, 2, 1 / 2.0},
        {1, 9, 3, 1, 1 / 2.0, 1, 1 / 3.0},
        {2, 9, 9, 3, 2, 3, 1},
    };

    /**
     * Wikipedia, "Analytic hierarchy process – leader example", criteria matrix (experience,
     * education, charisma, age); published priorities .547 .127 .270 .056.
     */
    static final double[][] LEADER = {
        {1, 4, 3, 7},
        {1 / 4.0, 1, 1 / 3.0, 3},
        {1 / 3.0, 3, 1, 5},
        {1 / 7.0, 1 / 3.0, 1 / 5.0, 1},
    };

    @Test
    void saatyDrinks() {
        Ahp.Result r = Ahp.compute(DRINKS);
        double[] expected = {.177, .019, .042, .116, .190, .129, .327};
        double[] w = r.weights();
        for (int i = 0; i < w.length; i++) assertThat(w[i]).as("drink %d", i).isCloseTo(expected[i], within(0.0015));
        assertThat(r.lambdaMax()).isCloseTo(7.1766, within(0.002));
        assertThat(r.cr()).isCloseTo(0.022, within(0.001));
        assertThat(r.ci()).isCloseTo((r.lambdaMax() - 7) / 6, within(1e-12));
        assertThat(r.inconsistent()).isFalse();
    }

    @Test
    void wikipediaLeaderCriteria() {
        Ahp.Result r = Ahp.compute(LEADER);
        double[] expected = {.547, .127, .270, .056};
        double[] w = r.weights();
        for (int i = 0; i < w.length; i++) assertThat(w[i]).isCloseTo(expected[i], within(0.0015));
        assertThat(sum(w)).isCloseTo(1, within(1e-12));
        assertThat(r.cr()).isLessThan(0.10);
    }

    @Test
    void weightsAreAnEigenvectorToHighPrecision() {
        Ahp.Result r = Ahp.compute(DRINKS);
        double[] w = r.weights();
        for (int i = 0; i < w.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) s += DRINKS[i][j] * w[j];
            assertThat(s).isCloseTo(r.lambdaMax() * w[i], within(1e-10));
        }
    }

    @Test
    void consistentMatrixHasCrZero() {
        double[] v = {4, 2, 1, 1};
        double[][] m = new double[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) m[i][j] = v[i] / v[j];
        Ahp.Result r = Ahp.compute(m);
        assertThat(r.weights()).containsExactly(new double[] {0.5, 0.25, 0.125, 0.125}, within(1e-12));
        assertThat(r.lambdaMax()).isCloseTo(4, within(1e-10));
        assertThat(r.cr()).isCloseTo(0, within(1e-10));
    }

    @Test
    void smallMatricesHaveCrZero() {
        Ahp.Result one = Ahp.compute(new double[][] {{1}});
        assertThat(one.weights()).containsExactly(1.0);
        assertThat(one.cr()).isEqualTo(0.0);
        Ahp.Result two = Ahp.compute(new double[][] {{1, 3}, {1 / 3.0, 1}});
        assertThat(two.weights()).containsExactly(new double[] {0.75, 0.25}, within(1e-12));
        assertThat(two.ci()).isEqualTo(0.0);
        assertThat(two.cr()).isEqualTo(0.0);
    }

    @Test
    void inconsistentMatrixWarns() {
        // A > B 9, B > C 9, but C > A 9: a cycle
        Ahp.Result r = Ahp.compute(new double[][] {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9}, {9, 1 / 9.0, 1}});
        assertThat(r.cr()).isGreaterThan(0.10);
        assertThat(r.inconsistent()).isTrue();
    }

    @Test
    void refusesMoreThanTenAndNonPositive() {
        assertThatThrownBy(() -> Ahp.compute(new double[11][11])).hasMessageContaining("at most 10");
        assertThatThrownBy(() -> Ahp.compute(new double[][] {{1, -1}, {1, 1}})).hasMessageContaining("positive");
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double d : w) s += d;
        return s;
    }
}
