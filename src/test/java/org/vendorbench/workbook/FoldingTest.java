package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Fold;

class FoldingTest {
    @Test
    void theFastPathFoldsExactlyLikeFold() {
        String alphabet = "aZ09-_ –\u00A0.#é";
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(8);
            for (int j = 0; j < len; j++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String s = sb.toString();
            assertThat(Folding.fold(s)).as("'%s'", s).isEqualTo(Fold.fold(s));
        }
        assertThat(Folding.fold("CS-01")).isEqualTo("cs-01");
        assertThat(Folding.fold(null)).isEmpty();
    }
}
