package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.EvaluatorScore;

class AgreementTest {
    /**
     * ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1": judges A-D rank
     * competitors X, Y, Z as X 1,1,2,3; Y 3,2,3,1; Z 2,3,1,2; W = 1/16.
     */
    @Test
    void textbookExampleWithoutTies() {
        double[][] ranks = {{1, 3, 2}, {1, 2, 3}, {2, 3, 1}, {3, 1, 2}};
        assertThat(Agreement.kendallW(ranks)).isCloseTo(1 / 16.0, within(1e-12));
    }

    @Test
    void sameExampleFromEvaluatorScores() {
        // a score of 4 - rank gives rank 1 to the highest mean
        int[][] ranks = {{1, 3, 2}, {1, 2, 3}, {2, 3, 1}, {3, 1, 2}};
        String[] judges = {"Araminta", "Boecluvius", "Coriolanius", "Derek"};
        String[] vendors = {"X", "Y", "Z"};
        List<EvaluatorScore> es = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 3; i++) {
                es.add(new EvaluatorScore(judges[j], vendors[i], "M1", 4 - ranks[j][i], null));
                es.add(new EvaluatorScore(judges[j], vendors[i], "M2", 4 - ranks[j][i], null));
            }
        }
        Agreement.Concordance c = Agreement.kendallW(es);
        assertThat(c.w()).isCloseTo(1 / 16.0, within(1e-12));
        assertThat(c.evaluators()).hasSize(4);
        assertThat(c.vendors()).containsExactly("X", "Y", "Z");
    }

    @Test
    void tieCorrection() {
        // evaluator 1 ties X and Y: ranks 1.5 1.5 3 (T = 2^3 - 2 = 6); evaluator 2: 1 2 3.
        // R = 2.5 3.5 6, mean 4, S = 6.5; W = 12*6.5 / (4*24 - 2*6) = 78/84
        List<EvaluatorScore> es = List.of(
                new EvaluatorScore("E1", "X", "M", 5, null), new EvaluatorScore("E1", "Y", "M", 5, null),
                new EvaluatorScore("E1", "Z", "M", 1, null), new EvaluatorScore("E2", "X", "M", 5, null),
                new EvaluatorScore("E2", "Y", "M", 3, null), new EvaluatorScore("E2", "Z", "M", 1, null));
        assertThat(Agreement.kendallW(es).w()).isCloseTo(78 / 84.0, within(1e-12));
    }

    @Test
    void perfectAgreementAndUndefinedCases() {
        assertThat(Agreement.kendallW(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}})).isCloseTo(1, within(1e-12));
        assertThat(Agreement.kendallW(new double[][] {{1, 2, 3}})).isNull();
        assertThat(Agreement.kendallW(new double[][] {{2, 2}, {1.5, 1.5}})).isNull();
        // an evaluator who skipped a vendor is left out
        List<EvaluatorScore> es = List.of(new EvaluatorScore("E1", "X", "M", 5, null), new EvaluatorScore("E1", "Y", "M", 1, null),
                new EvaluatorScore("E2", "X", "M", 4, null));
        Agreement.Concordance c = Agreement.kendallW(es);
        assertThat(c.w()).isNull();
        assertThat(c.evaluators()).containsExactly("E1");
    }

    @Test
    void averageRanks() {
        assertThat(Agreement.averageRanks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
    }
}
