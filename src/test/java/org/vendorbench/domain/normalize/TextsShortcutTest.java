package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The printable-ASCII shortcuts of {@link Texts} give what the full rules give. */
class TextsShortcutTest {
    @Test
    void printableAsciiTextIsCleanedAsByTheFullRule() {
        Random rnd = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(12);
            for (int k = 0; k < n; k++) b.append(rnd.nextInt(4) == 0 ? ' ' : (char) (0x20 + rnd.nextInt(0x5F)));
            String s = b.toString();
            assertThat(Texts.isPrintableAscii(s)).isTrue();
            assertThat(Texts.forParsing(s)).as("'%s'", s).isEqualTo(Texts.forParsingByRule(s));
            assertThat(Texts.forText(s)).as("'%s'", s).isEqualTo(Texts.forTextByRule(s));
        }
    }

    @Test
    void anythingElseTakesTheFullRule() {
        for (String s : new String[] {"a\tb", "Yes\u00A0", "\u200BYes", "Yes\r\nNo", "Cafe\u0301", "\u00E9", "x\u007F"}) {
            assertThat(Texts.isPrintableAscii(s)).as(s).isFalse();
        }
        assertThat(Texts.forParsing(" Yes\u00A0 ")).isEqualTo("Yes");
        assertThat(Texts.forText("a\r\nb ")).isEqualTo("a\nb");
    }
}
