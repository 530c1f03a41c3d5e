package org.vendorbench.workbook;

import java.util.Locale;
import org.vendorbench.domain.Fold;

/**
 * {@link Fold#fold} with a fast path for the common case (IDs like {@code CS-01}: ASCII letters and
 * digits with single inner dashes), where folding is just lower-casing; everything else goes to
 * {@link Fold}. Row matching folds every ID of every row, and the regex was a visible share of the
 * import time.
 */
final class Folding {
    private Folding() {}

    static String fold(String s) {
        if (s == null) return "";
        int n = s.length();
        if (n == 0) return "";
        boolean prevDash = true; // a leading dash is not simple
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (prevDash) return Fold.fold(s);
                prevDash = true;
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                prevDash = false;
            } else {
                return Fold.fold(s);
            }
        }
        if (prevDash) return Fold.fold(s);
        return s.toLowerCase(Locale.ROOT);
    }
}
