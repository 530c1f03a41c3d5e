package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vendorbench.domain.RefusedException;

class AhpCsvTest {
    @Test
    void readsNumbersFractionsAndBlankLowerTriangle() throws Exception {
        String csv = "\uFEFFCriteria,Experience,Education,Charisma,Age\n"
                + "Experience,1,4,3,7\n"
                + "Education,,1,1/3,3\n"
                + "Charisma,,,1,5\n"
                + "Age,,,,1\n\n";
        AhpCsv.Matrix m = AhpCsv.parse(csv);
        assertThat(m.names()).containsExactly("Experience", "Education", "Charisma", "Age");
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) assertThat(m.values()[i][j]).isCloseTo(AhpTest.LEADER[i][j], within(1e-12));
        }
    }

    @Test
    void cornerIgnoredQuotedNamesSemicolonsAndFoldedRowNames() throws Exception {
        String csv = "whatever;\"Quality, service\";Price\n\"quality,  SERVICE\";1;0,5\nprice;2;\n";
        AhpCsv.Matrix m = AhpCsv.parse(csv);
        assertThat(m.names()).containsExactly("Quality, service", "Price");
        assertThat(m.values()[0][1]).isEqualTo(0.5);
        assertThat(m.values()[1][0]).isEqualTo(2.0);
        assertThat(m.values()[1][1]).isEqualTo(1.0);
    }

    @Test
    void acceptsReciprocalsWithinOnePercent() throws Exception {
        AhpCsv.Matrix m = AhpCsv.parse(",A,B\nA,1,3\nB,0.333,1\n");
        assertThat(m.values()[1][0]).isEqualTo(0.333);
    }

    @Test
    void refusals() {
        refused(",A,B\nA,1,3\nB,0.5,1\n", "B3", "C2", "reciprocal");
        refused(",A,B\nA,1,3\nC,,1\n", "A3", "'C'", "'B'");
        refused(",A,B\nA,2,3\nB,,1\n", "B2", "diagonal");
        refused(",A,B\nA,1,-3\nB,,1\n", "C2", "positive");
        refused(",A,B\nA,1,0\nB,,1\n", "C2", "positive");
        refused(",A,B\nA,1,abc\nB,,1\n", "C2", "'abc'");
        refused(",A,B\nA,1,1/0\nB,,1\n", "C2", "zero");
        refused(",A,B\nA,1,\nB,,1\n", "C2", "B3");
        refused(",A,B\nA,1,3\n", "2 criteria", "1 row follows");
        refused(",A,A\nA,1,3\nA,,1\n", "twice", "C1");
        refused(",A,,C\n", "C1", "no criterion name");
        refused("", "empty");
        refused(",A,B\nA,1,3\nB,,1\nC,1,1\n", "row 4");
        refused(",A,B\nA,1,3,4\nB,,1\n", "D2");
        refused(",A,\"B\nA,1\n", "quote");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i <= 11; i++) big.append(i == 0 ? "" : ",C" + i);
        refused(big.append('\n').toString(), "at most 10");
    }

    @Test
    void cellAddressesAreA1Style() {
        assertThat(AhpCsv.cell(0, 0)).isEqualTo("A1");
        assertThat(AhpCsv.cell(1, 2)).isEqualTo("C2");
        assertThat(AhpCsv.cell(9, 26)).isEqualTo("AA10");
    }

    private static void refused(String csv, String... fragments) {
        assertThatThrownBy(() -> AhpCsv.parse(csv)).isInstanceOf(RefusedException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n");
                    for (String f : fragments) assertThat(e.getMessage()).contains(f);
                });
    }
}
