package org.vendorbench.domain.governance;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 text helpers: TEXT value escaping (§3.3.11) and content-line folding (§3.1).
 * Lines end with CRLF; a line longer than 75 octets is folded by CRLF + one space, counting
 * octets in UTF-8 and never splitting a character (a code point is kept whole).
 */
public final class IcsText {
    /** Maximum octets of one physical line, excluding the CRLF. */
    public static final int MAX_OCTETS = 75;

    private IcsText() {}

    /**
     * Escapes a TEXT value: backslash, semicolon and comma get a backslash, any line break
     * (CRLF, CR, LF) becomes {@code \n}; other control characters (not allowed in TEXT) become a space and an unpaired surrogate
     * becomes U+FFFD.
     */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                }
                case '\n' -> b.append("\\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c != '\t' && (c < 0x20 || c == 0x7F) ? ' ' : c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** One content line, folded, with its trailing CRLF. {@code line} must not contain line breaks. */
    public static String fold(String line) {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("content line contains a line break: " + line);
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int len = utf8Length(cp);
            if (octets + len > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }

    static int utf8Length(int cp) {
        if (cp < 0x80) return 1;
        if (cp < 0x800) return 2;
        if (cp < 0x10000) return 3;
        return 4;
    }

    /** Octets of a string in UTF-8 (tests and diagnostics). */
    public static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
