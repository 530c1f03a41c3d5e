package org.vendorbench.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of names, IDs, keys and enumerated values (workbook-format.md, preamble):
 * lower case; every run of white space (including non-breaking space and tab), {@code _}
 * and dashes becomes one {@code -}; leading and trailing separators dropped.
 */
public final class Fold {
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\u00A0\\u2007\\u202F_\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]+");

    private Fold() {}

    public static String fold(String s) {
        if (s == null) return "";
        String ascii = asciiFold(s);
        if (ascii != null) return ascii;
        String lower = s.toLowerCase(Locale.ROOT);
        String joined = SEPARATORS.matcher(lower).replaceAll("-");
        int start = 0, end = joined.length();
        while (start < end && joined.charAt(start) == '-') start++;
        while (end > start && joined.charAt(end - 1) == '-') end--;
        return joined.substring(start, end);
    }

    /**
     * The folded form of an ASCII string without the regular expression (the common case: IDs,
     * labels, answers such as {@code Partial} or {@code Our answer to CS-01}); null when {@code s}
     * holds a non-ASCII character (only then can lower-casing or the Unicode separators matter).
     * For ASCII the separators are exactly {@code \s} ({@code [ \t\n\x0B\f\r]}), {@code _} and
     * {@code -}: each run becomes one {@code -}, leading and trailing runs are dropped, and lower
     * case is {@code A-Z} to {@code a-z}. Returns {@code s} itself when folding changes nothing.
     */
    private static String asciiFold(String s) {
        int n = s.length();
        char[] out = null;
        int len = 0;
        boolean differs = false; // a capital or a separator other than '-' was met
        boolean pendingSeparator = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return null;
            if (c == '-' || c == ' ' || c == '_' || (c >= '\t' && c <= '\r')) {
                if (c != '-') differs = true;
                pendingSeparator = len > 0;
                continue;
            }
            if (out == null) out = new char[n];
            if (pendingSeparator) {
                out[len++] = '-';
                pendingSeparator = false;
            }
            if (c >= 'A' && c <= 'Z') {
                differs = true;
                c = (char) (c + ('a' - 'A'));
            }
            out[len++] = c;
        }
        if (len == n && !differs) return s; // no separator dropped or merged, nothing lower-cased
        return len == 0 ? "" : new String(out, 0, len);
    }

    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
