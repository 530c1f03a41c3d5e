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
     * The folded form of a plain ASCII string (letters, digits, punctuation, single inner dashes:
     * the common case for IDs) without the regular expression; null when {@code s} needs the full
     * rule (white space, underscores, dash runs, leading or trailing dashes, non-ASCII).
     */
    private static String asciiFold(String s) {
        int n = s.length();
        if (n == 0) return s;
        if (s.charAt(0) == '-' || s.charAt(n - 1) == '-') return null;
        boolean upper = false;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '_' || c == '-' && prev == '-') return null;
            if (c >= 'A' && c <= 'Z') upper = true;
            prev = c;
        }
        return upper ? s.toLowerCase(Locale.ROOT) : s;
    }

    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
