package org.vendorbench.memo;

import java.util.Locale;

/** The memo's number and text formats, in one place so every chapter writes figures alike. */
final class MemoFormat {
    private MemoFormat() {}

    /** One decimal, dot separator. */
    static String f1(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** A weight as a percentage (fractions 0-1 are scaled). */
    static String pct(double w) {
        return f1(w <= 1 ? w * 100 : w) + "%";
    }

    /** An integer as such, else two decimals. */
    static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    /** A number without trailing zeros (3.5, 3, 0.25): evaluator scores. */
    static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Money in the memo's compact form: $4.36M, $812.0K, $950; "-" for none. */
    static String money(Double d) {
        if (d == null) return "-";
        double a = Math.abs(d);
        if (a >= 1e6) return String.format(Locale.ROOT, "$%.2fM", d / 1e6);
        if (a >= 1e3) return String.format(Locale.ROOT, "$%.1fK", d / 1e3);
        return String.format(Locale.ROOT, "$%.0f", d);
    }

    /** At most {@code n} characters, with an ellipsis when cut. */
    static String clip(String s, int n) {
        if (s == null) return "";
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    /** The first 12 hex digits of a hash, for tables; the full hash goes to the appendix. */
    static String shortHash(String sha256) {
        return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
