package org.vendorbench.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vendor's pricing items (workbook-format.md §2). {@code model} and {@code rate} are null when
 * missing (no TCO then); a missing numeric item is 0.
 */
public record Pricing(PricingModel model, Double rate, double fte, double minimumFee, double onboardingFee,
                      double trainingPerAgent, double agents, double escalatorPercent, double earlyTerminationFee) {

    public static final String[] ITEM_IDS = {
        "P-MODEL", "P-RATE", "P-FTE", "P-MIN", "P-ONBOARD", "P-TRAIN", "P-AGENTS", "P-ESC", "P-ETF"
    };

    public static Pricing none() {
        return new Pricing(null, null, 0, 0, 0, 0, 0, 0, 0);
    }

    public boolean isComplete() {
        return model != null && rate != null;
    }

    /** The nine items keyed by ID, as in the {@code inspect} JSON (model as its code, or null). */
    public Map<String, Object> asItems() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("P-MODEL", model == null ? null : model.code());
        m.put("P-RATE", rate);
        m.put("P-FTE", fte);
        m.put("P-MIN", minimumFee);
        m.put("P-ONBOARD", onboardingFee);
        m.put("P-TRAIN", trainingPerAgent);
        m.put("P-AGENTS", agents);
        m.put("P-ESC", escalatorPercent);
        m.put("P-ETF", earlyTerminationFee);
        return m;
    }
}
