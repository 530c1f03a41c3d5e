package org.vendorbench.domain.scoring;

import org.vendorbench.domain.Direction;

/**
 * The score of one KPI commitment (scoring-and-tco.md §2): meets the target → 5, at or beyond the
 * exit threshold on the bad side → 0, linear between; missing → 0 and listed MISSING_KPI.
 *
 * @param committed the vendor's committed value in normalised units, null when missing
 * @param counted   true when the KPI enters the KPI section (weight &gt; 0)
 */
public record KpiScore(String id, Double committed, double target, double exit, Direction direction,
                       double points, double weight, boolean counted, boolean missing, String explanation) {}
