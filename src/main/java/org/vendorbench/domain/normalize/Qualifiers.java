package org.vendorbench.domain.normalize;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Qualifiers before a number (§3, §8): {@code <}, {@code ≤}, {@code <=}, {@code under},
 * {@code less than}, {@code up to}, {@code >}, {@code ≥}, {@code >=}, {@code over},
 * {@code at least}, {@code ~}, {@code approx.}, {@code approximately}, {@code about},
 * {@code max}, {@code maximum}, {@code min}, {@code minimum}, {@code no more than},
 * {@code no less than}; also {@code approx} without the dot and {@code ≈}. Matched
 * case-insensitively, longest first; a word qualifier must not run on into a letter
 * ({@code minutes} is no {@code min}) and may carry a {@code .} or {@code :} ({@code max. 30}).
 * Only the start of the text is looked at, so a unit {@code min} after the number is no qualifier.
 */
final class Qualifiers {
    private static final List<String> ALL = Stream.of(
                    "<", "≤", "<=", "under", "less than", "up to", ">", "≥", ">=", "over", "at least",
                    "~", "≈", "approx.", "approx", "approximately", "about", "max", "maximum", "min", "minimum",
                    "no more than", "no less than")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** The qualifiers dropped (as written, null when none) and the text after them. */
    record Stripped(String qualifier, String rest) {}

    private Qualifiers() {}

    static Stripped strip(String text) {
        String rest = text;
        StringBuilder found = new StringBuilder();
        boolean more = true;
        while (more) {
            more = false;
            for (String q : ALL) {
                if (!rest.regionMatches(true, 0, q, 0, q.length())) continue;
                int end = q.length();
                boolean word = Character.isLetter(q.charAt(q.length() - 1));
                if (word && end < rest.length() && Character.isLetter(rest.charAt(end))) continue;
                if (word && end < rest.length() && (rest.charAt(end) == '.' || rest.charAt(end) == ':')) end++;
                String after = Texts.strip(rest.substring(end));
                if (after.isEmpty()) break;
                if (!found.isEmpty()) found.append(' ');
                found.append(rest, 0, end);
                rest = after;
                more = true;
                break;
            }
        }
        return new Stripped(found.isEmpty() ? null : found.toString(), rest);
    }
}
