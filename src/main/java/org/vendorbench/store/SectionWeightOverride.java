package org.vendorbench.store;

/** The lead's replacement for a section's RFP weight, with the reason (shown in the audit log). */
public record SectionWeightOverride(String sectionId, double weight, String reason) {
    public SectionWeightOverride {
        if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("weight must be >= 0: " + weight);
    }
}
