package org.vendorbench.domain.normalize;

import java.text.Normalizer;

/**
 * Text clean-up shared by every reader: Unicode NFC, line breaks as LF, space-like characters
 * (non-breaking, narrow, figure, thin spaces, tabs) read as plain spaces, invisible marks
 * (zero-width space, BOM, direction marks) dropped, and both ends trimmed.
 */
final class Texts {
    private Texts() {}

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** CRLF and lone CR become LF. */
    static String lineBreaks(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** White space in the wide sense: Java white space plus every Unicode space separator. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u200E' || c == '\u200F' || c == '\u2060';
    }

    /** Trims white space in the wide sense (including non-breaking spaces) from both ends. */
    static String strip(String s) {
        int start = 0, end = s.length();
        while (start < end && (isSpace(s.charAt(start)) || isInvisible(s.charAt(start)))) start++;
        while (end > start && (isSpace(s.charAt(end - 1)) || isInvisible(s.charAt(end - 1)))) end--;
        return s.substring(start, end);
    }

    /** A TEXT answer or Comments cell: NFC, LF line breaks, trimmed; interior kept as written. */
    static String forText(String s) {
        if (s == null) return "";
        if (isPrintableAscii(s)) return s.strip();
        return forTextByRule(s);
    }

    /** {@link #forText} by the full rule (what the printable-ASCII shortcut must equal). */
    static String forTextByRule(String s) {
        return strip(lineBreaks(nfc(s)));
    }

    /**
     * True for text of printable ASCII only (the usual answer), which NFC, line breaks and the
     * space rules leave as it is but for spaces at both ends: the readers then skip the copies.
     */
    static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) return false;
        }
        return true;
    }

    /** A value to be parsed: like {@link #forText} but every space-like character is a plain space. */
    static String forParsing(String s) {
        if (s == null) return "";
        if (isPrintableAscii(s)) return s.strip();
        return forParsingByRule(s);
    }

    /** {@link #forParsing} by the full rule (what the printable-ASCII shortcut must equal). */
    static String forParsingByRule(String s) {
        String t = lineBreaks(nfc(s));
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isInvisible(c)) continue;
            b.append(c != '\n' && isSpace(c) ? ' ' : c);
        }
        return strip(b.toString());
    }

    /**
     * Characters that hide or reorder what a text shows (issue 10, "Trojan Source"): the bidi
     * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and zero-width characters
     * (U+200B, U+2060, U+180E, U+FEFF inside the text). Zero-width (non-)joiners U+200C/U+200D are
     * legitimate in emoji sequences and Indic/Arabic scripts, so they count only next to an ASCII
     * letter or digit. Direction marks U+200E/U+200F/U+061C are ordinary in right-to-left text and
     * are not counted.
     */
    static boolean isHiddenControl(String s, int i) {
        char c = s.charAt(i);
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) return true;
        if (c == '\u200B' || c == '\u2060' || c == '\u180E' || c == '\uFEFF') return true;
        if (c == '\u200C' || c == '\u200D') {
            return (i > 0 && isAsciiAlnum(s.charAt(i - 1))) || (i + 1 < s.length() && isAsciiAlnum(s.charAt(i + 1)));
        }
        return false;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The hidden controls in {@code s} as "U+202E, U+200B" (each once, in order), or null when none. */
    static String hiddenControls(String s) {
        if (s == null) return null;
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) {
            if (isHiddenControl(s, i)) found.add(String.format("U+%04X", (int) s.charAt(i)));
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }

    /** {@code s} without its hidden controls (see {@link #isHiddenControl}). */
    static String withoutHiddenControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!isHiddenControl(s, i)) b.append(s.charAt(i));
        return b.toString();
    }

    /** Quotes a vendor text for a one-line message: line breaks shown as spaces, long text cut. */
    static String quote(String s) {
        String one = s.replace('\n', ' ');
        if (one.codePointCount(0, one.length()) > 60) one = one.substring(0, one.offsetByCodePoints(0, 57)) + "…";
        return "'" + one + "'";
    }

    /**
     * The comment of §8: the explanation split off the value, then a newline and the Comments
     * cell when that is not blank; just one of them when the other is blank; null when neither.
     */
    static String joinComment(String explanation, String commentsCell) {
        String e = explanation == null ? "" : strip(explanation);
        String c = forText(commentsCell);
        if (e.isEmpty()) return c.isEmpty() ? null : c;
        return c.isEmpty() ? e : e + "\n" + c;
    }
}
