package org.vendorbench.domain.monitoring;

import java.util.Locale;
import org.vendorbench.domain.Fold;

/** What an invoice line pays for, matched to a TCO component: fees F(m), retraining A(m), governance G(m), other. */
public enum CostComponent {
    FEES, RETRAINING, GOVERNANCE, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code fees}, {@code retraining}, {@code governance}, {@code other} (case- and space-insensitive); null otherwise. */
    public static CostComponent parse(String text) {
        String f = Fold.fold(text);
        for (CostComponent c : values()) {
            if (c.code().equals(f)) return c;
        }
        return null;
    }
}
