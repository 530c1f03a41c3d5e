package org.vendorbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fold's ASCII fast path gives exactly what the full rule (the regular expression) gives. */
class FoldFastPathTest {
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\u00A0\\u2007\\u202F_\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]+");
    private static final String ALPHABET = "aZ09-_ .\t\u00A0\u2013ÉéİıSs#%/()";

    /** The rule as the preamble of workbook-format.md states it, without shortcuts. */
    private static String reference(String s) {
        String joined = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0, end = joined.length();
        while (start < end && joined.charAt(start) == '-') start++;
        while (end > start && joined.charAt(end - 1) == '-') end--;
        return joined.substring(start, end);
    }

    @Test
    void randomStringsFoldLikeTheReferenceRule() {
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(12);
            for (int k = 0; k < len; k++) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            String s = sb.toString();
            assertThat(Fold.fold(s)).as("fold of '%s'", s).isEqualTo(reference(s));
        }
        assertThat(Fold.fold("CS-01")).isEqualTo("cs-01");
        assertThat(Fold.fold("KPI-FCR-2")).isEqualTo("kpi-fcr-2");
        assertThat(Fold.fold("cs--01")).isEqualTo("cs-01");
        assertThat(Fold.fold("-x-")).isEqualTo("x");
        assertThat(Fold.fold(null)).isEmpty();
    }

    /**
     * Every ASCII character (controls, the six {@code \s} separators, the other white space that
     * {@code \s} does not match such as 0x1C-0x1F, capitals) and a few non-ASCII ones, in longer
     * strings with separator runs: the ASCII path that folds without the regex gives the rule's result.
     */
    @Test
    void asciiTextWithSeparatorRunsFoldsLikeTheReferenceRule() {
        Random rnd = new Random(7);
        String extra = "\u00A0\u2007\u202F\u2010\u2013\u2212ÉİK\u212A";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int k = 0; k < len; k++) {
                int pick = rnd.nextInt(10);
                if (pick < 3) sb.append(" -_\t\n\u000B\f\r".charAt(rnd.nextInt(8)));
                else if (pick < 9 || i % 4 != 0) sb.append((char) rnd.nextInt(128));
                else sb.append(extra.charAt(rnd.nextInt(extra.length())));
            }
            String s = sb.toString();
            assertThat(Fold.fold(s)).as("fold of '%s'", s).isEqualTo(reference(s));
            assertThat(Fold.same(s, "none")).isEqualTo(reference(s).equals("none"));
        }
        assertThat(Fold.fold("  Our answer to CS-01: staffed  ")).isEqualTo("our-answer-to-cs-01:-staffed");
        assertThat(Fold.fold(" \t_- ")).isEmpty();
        assertThat(Fold.fold("N_O-n e")).isEqualTo("n-o-n-e");
        assertThat(Fold.fold("\u001Cx\u001F")).isEqualTo("\u001Cx\u001F"); // not \s: kept
    }
}
