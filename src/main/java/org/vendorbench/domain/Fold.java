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
        if (alreadyFolded(s)) return s;
        String lower = s.toLowerCase(Locale.ROOT);
        String joined = SEPARATORS.matcher(lower).replaceAll("-");
        int start = 0, end = joined.length();
        while (start < end && joined.charAt(start) == '-') start++;
        while (end > start && joined.charAt(end - 1) == '-') end--;
        return joined.substring(start, end);
    }

    /**
     * True when folding cannot change {@code s}: ASCII lower-case letters, digits and single inner
     * dashes only (the common case for IDs), which skips the regular expression.
     */
    private static boolean alreadyFolded(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') return n == 0;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && prev != '-'
                    || c > ' ' && c < 0x7F && c != '_' && c != '-' && !(c >= 'A' && c <= 'Z');
            if (!ok) return false;
            prev = c;
        }
        return true;
    }

    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
