package org.vendorbench.domain.monitoring;

import java.util.Locale;
import org.vendorbench.domain.Fold;

/** What an invoice line pays for, matched to a TCO component: fees F(m), retraining A(m), governance G(m), other. */
public enum CostComponent {
    FEES, RETRAINING, GOVERNANCE, OTHER;

    private static final java.util.Map<CostComponent, java.util.List<String>> SYNONYMS = java.util.Map.of(
            FEES, java.util.List.of("fee", "service fee", "service fees", "monthly fee", "monthly fees", "usage", "usage fees"),
            RETRAINING, java.util.List.of("training", "agent training", "replacement training"),
            GOVERNANCE, java.util.List.of("governance time", "oversight", "vendor management"),
            OTHER, java.util.List.of("onboarding", "onboarding fee", "setup", "set-up", "one-off", "one-time"));

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

    /**
     * Reads an invoice line's component as people write it: the codes, or a synonym ({@code fee},
     * {@code service fees}, {@code monthly fee}, {@code usage} → fees; {@code training} → retraining;
     * {@code governance time}, {@code oversight} → governance; {@code onboarding}, {@code setup},
     * {@code one-off} → other). Null when it is none of these.
     */
    public static CostComponent fromLabel(String text) {
        CostComponent c = parse(text);
        if (c != null) return c;
        String f = Fold.fold(text);
        for (java.util.Map.Entry<CostComponent, java.util.List<String>> e : SYNONYMS.entrySet()) {
            for (String synonym : e.getValue()) {
                if (Fold.fold(synonym).equals(f)) return e.getKey();
            }
        }
        return null;
    }
}
