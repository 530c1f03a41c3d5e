package org.vendorbench.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for explanations and messages only (scores themselves stay unrounded). */
public final class Fmt {
    private Fmt() {}

    /** Up to two decimals, no trailing zeros: {@code 4.1}, {@code 80}, {@code 0.33}. */
    public static String num(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.toString(x);
        String s = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
