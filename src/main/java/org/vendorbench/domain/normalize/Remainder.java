package org.vendorbench.domain.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * What may follow the number (and its unit or currency) of a numeric value. A parenthetical
 * ({@code 30 sec (monthly average)}) is always an explanation. Where unit text is allowed
 * (currency and plain numbers, and after an explicit unit such as {@code %} or {@code sec}),
 * text after a separator becomes the comment ({@code /min}, {@code per agent per month}) unless
 * it holds another number ({@code 30-60}, {@code 1,250 or 1,500}: unreadable, except in unit
 * text starting with {@code /} or {@code per}), a scale word ({@code $1.2M}, {@code 5 million}:
 * unreadable rather than wrong by a million) or a percent sign.
 */
final class Remainder {
    private static final String SKIP = "-\u2013\u2014\u2010\u2011\u2012\u2212:,;.";
    private static final Set<String> SCALE = Set.of("k", "m", "mm", "mn", "b", "bn", "million", "millions",
            "thousand", "thousands", "billion", "billions", "hundred", "hundreds", "lakh", "lakhs", "crore", "crores");

    private Remainder() {}

    /** The comment ("" when none), or null when the remainder makes the value unreadable. */
    static String of(String rest, boolean unitTextAllowed) {
        String t = Texts.strip(rest);
        if (t.isEmpty() || t.equals(".")) return "";
        if (t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1) {
            return Texts.strip(t.substring(1, t.length() - 1));
        }
        if (!unitTextAllowed) return null;
        String r = Explanation.rest(t, SKIP);
        if (r.isEmpty()) return "";
        if (r.startsWith("%")) return null;
        String firstWord = firstWord(r);
        if (SCALE.contains(firstWord)) return null;
        boolean unitStart = r.startsWith("/") || firstWord.equals("per");
        if (!unitStart && r.chars().anyMatch(Character::isDigit)) return null;
        return r;
    }

    private static String firstWord(String r) {
        int i = 0;
        while (i < r.length() && Character.isLetter(r.charAt(i))) i++;
        return r.substring(0, i).toLowerCase(Locale.ROOT);
    }
}
