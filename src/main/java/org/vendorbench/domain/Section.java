package org.vendorbench.domain;

/** A section of the RFP; {@code weight} is relative (normalised over sections when scoring). */
public record Section(String id, String name, double weight) {
    /** The ID of the section that holds the KPI commitments. */
    public static final String KPI_SECTION = "KPI";

    public boolean isKpiSection() {
        return Fold.same(id, KPI_SECTION);
    }
}
