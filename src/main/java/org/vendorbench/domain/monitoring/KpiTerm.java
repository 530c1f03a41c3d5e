package org.vendorbench.domain.monitoring;

import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiUnit;

/**
 * One KPI as frozen into the contract when the vendor is signed: the RFP's target and thresholds
 * and the vendor's committed value. {@code remediation} may be null when the RFP gave none (then
 * only the exit threshold triggers action).
 */
public record KpiTerm(String kpiId, String name, KpiUnit unit, Direction direction, double target,
                      Double remediation, double exit, Double committed) {

    public static KpiTerm of(Kpi kpi, Double committed) {
        return new KpiTerm(kpi.id(), kpi.name(), kpi.unit(), kpi.direction(), kpi.target(),
                kpi.remediationThreshold(), kpi.exitThreshold(), committed);
    }

    /** True when {@code value} is strictly worse than {@code threshold} for this KPI's direction. */
    public boolean worseThan(double value, double threshold) {
        return direction == Direction.HIGHER ? value < threshold : value > threshold;
    }

    /** True when {@code a} is strictly worse than {@code b}. */
    public boolean worse(double a, double b) {
        return worseThan(a, b);
    }
}
