package org.vendorbench.domain.scoring;

import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;

/**
 * Scores a KPI commitment (scoring-and-tco.md §2) with {@link Linear}: the exit threshold plays
 * the floor. A missing or unreadable commitment scores 0 and is listed MISSING_KPI. The
 * remediation threshold does not score.
 */
final class KpiScorer {
    private KpiScorer() {}

    static KpiScore score(Kpi k, KpiCommitment c) {
        Double x = c == null ? null : c.value();
        boolean counted = k.weight() > 0;
        if (x == null) {
            return new KpiScore(k.id(), null, k.target(), k.exitThreshold(), k.direction(), 0, k.weight(), counted,
                    true, "0 = no committed value (listed MISSING_KPI)");
        }
        double p = Linear.points(x, k.target(), k.exitThreshold(), k.direction());
        String expl = Fmt.num(p) + " = linear between exit threshold " + Fmt.num(k.exitThreshold()) + " and target "
                + Fmt.num(k.target()) + " (" + Linear.directionText(k.direction()) + "), committed " + Fmt.num(x);
        return new KpiScore(k.id(), x, k.target(), k.exitThreshold(), k.direction(), p, k.weight(), counted, false, expl);
    }
}
