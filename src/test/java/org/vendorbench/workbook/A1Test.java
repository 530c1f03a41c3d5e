package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class A1Test {
    @Test
    void everyAddressReadsBackToItsCell() {
        Random rnd = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            int row = i < 1000 ? i : rnd.nextInt(1_048_576);
            int col = i < 1000 ? i % 16384 : rnd.nextInt(16384);
            assertThat(A1.parse(A1.address(row, col))).containsExactly(row, col);
        }
        assertThat(A1.parse("XFD1048576")).containsExactly(1_048_575, 16383);
    }

    @Test
    void absoluteLowerCaseAndPaddedFormsAreRead() {
        assertThat(A1.parse("$C$7")).containsExactly(6, 2);
        assertThat(A1.parse("c7")).containsExactly(6, 2);
        assertThat(A1.parse(" C7 ")).containsExactly(6, 2);
        assertThat(A1.parse("C07")).containsExactly(6, 2);
    }

    @Test
    void whatIsNoAddressIsNull() {
        for (String s : new String[] {null, "", "7", "C", "C0", "C-1", "7C", "C7D", "XFE1", "AAAA1", "C1.5", "C 7",
            "C99999999999"}) {
            assertThat(A1.parse(s)).as(String.valueOf(s)).isNull();
        }
    }
}
