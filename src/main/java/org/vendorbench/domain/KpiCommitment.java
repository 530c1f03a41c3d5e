package org.vendorbench.domain;

/** The vendor's committed value for one RFP KPI; {@code value} null when missing or unreadable. */
public record KpiCommitment(String kpiId, String raw, Double value, String comment, String sheet, String cell) {
    public static KpiCommitment missing(Kpi kpi) {
        return new KpiCommitment(kpi.id(), "", null, null, null, null);
    }
}
