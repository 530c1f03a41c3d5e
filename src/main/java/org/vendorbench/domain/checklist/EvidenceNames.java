package org.vendorbench.domain.checklist;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the original name of an evidence attachment (any text a vendor or a file system produced)
 * into a file name that is harmless on Windows, macOS and Linux. The workspace keeps the original
 * name as metadata; this name is only used to write a copy for viewing and to show the name.
 *
 * <p>Rules, in order: NFC; only the last path segment ({@code ../../x} gives {@code x}); control,
 * format (bidi overrides, zero-width) and unassigned characters removed; {@code < > : " / \ | ? *}
 * replaced by {@code _}; leading and trailing dots and spaces removed (no hidden files, no
 * {@code ..}, no name Windows would silently change); Windows device names ({@code CON},
 * {@code aux.txt}, {@code COM1.pdf}, …) prefixed with {@code _}; executable types ({@code .exe},
 * {@code .bat}, {@code .js}, {@code .desktop}, …) get a trailing {@code _} so a click never runs
 * them; at most {@link #MAX_UTF8_BYTES} bytes in UTF-8, cut in the stem so the extension stays;
 * an empty result becomes {@code evidence}.
 */
public final class EvidenceNames {
    /** Longest name in UTF-8 bytes; file systems allow 255, this leaves room for a temp-folder path on Windows. */
    public static final int MAX_UTF8_BYTES = 150;
    /** Name used when nothing usable is left. */
    public static final String FALLBACK = "evidence";

    private static final Pattern RESERVED_CHARS = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)");
    private static final Set<String> EXECUTABLE = Set.of("exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl",
            "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "lnk", "reg", "inf", "sh", "bash",
            "command", "app", "desktop", "run", "appimage", "url", "scf", "msc", "gadget", "application", "dll", "sys");

    private EvidenceNames() {}

    /** A harmless file name for {@code original} (null or blank gives {@value #FALLBACK}). */
    public static String safeFileName(String original) {
        if (original == null) return FALLBACK;
        String s = Normalizer.normalize(original, Normalizer.Form.NFC);
        s = lastSegment(s);
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return;
            }
            kept.appendCodePoint(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp);
        });
        s = Normalizer.normalize(RESERVED_CHARS.matcher(kept).replaceAll("_"), Normalizer.Form.NFC);
        s = trimDotsAndSpaces(s);
        if (s.isEmpty()) return FALLBACK;
        String stem = stem(s);
        if (DEVICE.matcher(stem.strip().toLowerCase(Locale.ROOT)).matches()) s = "_" + s;
        if (EXECUTABLE.contains(extension(s).toLowerCase(Locale.ROOT))) s = s + "_";
        return limit(s);
    }

    /** Whether {@code name} is already what {@link #safeFileName} would make of it. */
    public static boolean isSafe(String name) {
        return name != null && name.equals(safeFileName(name));
    }

    private static String lastSegment(String s) {
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }

    private static String trimDotsAndSpaces(String s) {
        int from = 0, to = s.length();
        while (from < to && (s.charAt(from) == '.' || s.charAt(from) == ' ')) from++;
        while (to > from && (s.charAt(to - 1) == '.' || s.charAt(to - 1) == ' ')) to--;
        return s.substring(from, to);
    }

    /** The part before the first dot (Windows treats {@code aux.tar.gz} as the device too). */
    private static String stem(String s) {
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }

    /** The text after the last dot, or "" when there is none. */
    static String extension(String s) {
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1);
    }

    private static String limit(String s) {
        if (utf8(s) <= MAX_UTF8_BYTES) return s;
        int dot = s.lastIndexOf('.');
        String ext = dot > 0 && s.length() - dot <= 20 ? s.substring(dot) : "";
        String stem = ext.isEmpty() ? s : s.substring(0, dot);
        int budget = MAX_UTF8_BYTES - utf8(ext);
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int n = utf8(new String(Character.toChars(cp)));
            if (used + n > budget) break;
            out.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        String cut = trimDotsAndSpaces(out.toString());
        return (cut.isEmpty() ? FALLBACK : cut) + ext;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
