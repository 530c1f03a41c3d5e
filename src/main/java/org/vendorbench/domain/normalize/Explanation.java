package org.vendorbench.domain.normalize;

/**
 * The trailing-explanation rule of §8 for YES_NO and CHOICE answers: a token or option counts
 * when the text ends right after it or goes on after a separator (white space, {@code -},
 * {@code –}, {@code —}, {@code :}, {@code ,}, {@code ;}, {@code .}, {@code /}, {@code (}); the
 * separators are stripped and the rest, with the closing {@code )} of an opening {@code (}
 * removed, is the explanation that becomes the comment.
 */
final class Explanation {
    /** §8's separators plus the other Unicode hyphens and the minus sign (they look the same). */
    private static final String SEPARATORS = "-\u2013\u2014\u2010\u2011\u2012\u2212:,;./(";

    private Explanation() {}

    static boolean isSeparator(char c) {
        return Texts.isSpace(c) || SEPARATORS.indexOf(c) >= 0;
    }

    /**
     * The explanation after a match that ends at {@code end}: "" when the text ends there, null
     * when the next character is no separator (the match does not count).
     */
    static String after(String text, int end) {
        if (end >= text.length()) return "";
        if (!isSeparator(text.charAt(end))) return null;
        return rest(text.substring(end), SEPARATORS);
    }

    /**
     * Skips a leading run of white space and the given separators; when that run opened a
     * parenthesis, a closing parenthesis at the end is removed too. Returns the trimmed rest.
     */
    static String rest(String tail, String separators) {
        int i = 0;
        boolean opened = false;
        while (i < tail.length()) {
            char c = tail.charAt(i);
            if (c == '(') opened = true;
            else if (!Texts.isSpace(c) && separators.indexOf(c) < 0) break;
            i++;
        }
        String r = Texts.strip(tail.substring(i));
        if (opened && r.endsWith(")")) r = Texts.strip(r.substring(0, r.length() - 1));
        return r;
    }
}
