package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.List;

/**
 * A month at which two vendors' cumulative (discounted) cost curves cross: before it one vendor
 * has spent less in total, from it on the other. The memo states these under the cumulative
 * cost chart ("from month 11, A is cheaper than B"), because the vendor with the lowest start-up
 * cost is often not the one with the lowest cost over the whole term.
 *
 * <p>The rule (same as {@link TcoModel#crossovers}): the sign of cumA(m) − cumB(m) at month m
 * differs from its last non-zero sign before m; months where both are exactly equal are skipped.
 *
 * @param month         the first month (2..T) in which {@code cheaperAfter} has the lower cumulative cost
 * @param cheaperBefore the vendor with the lower cumulative cost up to month − 1
 * @param cheaperAfter  the vendor with the lower cumulative cost at month
 */
public record Crossover(int month, String cheaperBefore, String cheaperAfter) {

    /** Every crossing of the two curves, in month order; empty when the terms differ or they never cross. */
    public static List<Crossover> between(TcoResult a, TcoResult b) {
        List<Crossover> out = new ArrayList<>();
        if (a.termMonths() != b.termMonths()) return out;
        int n = Math.min(a.cumulative().size(), b.cumulative().size());
        int lastSign = 0;
        for (int i = 0; i < n; i++) {
            int s = (int) Math.signum(a.cumulative().get(i) - b.cumulative().get(i));
            if (s == 0) continue;
            if (lastSign != 0 && s != lastSign) {
                // s < 0: a is now cheaper than b
                out.add(s < 0 ? new Crossover(i + 1, b.vendor(), a.vendor()) : new Crossover(i + 1, a.vendor(), b.vendor()));
            }
            lastSign = s;
        }
        return out;
    }

    /** Every crossing between each pair of {@code results} (pairs in list order), sorted by month. */
    public static List<Crossover> among(List<TcoResult> results) {
        List<Crossover> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            for (int j = i + 1; j < results.size(); j++) out.addAll(between(results.get(i), results.get(j)));
        }
        out.sort(java.util.Comparator.comparingInt(Crossover::month));
        return out;
    }

    /** "From month 11, A is cheaper than B over the term so far (cumulative cost)." */
    public String sentence() {
        return "From month " + month + ", " + cheaperAfter + " has the lower cumulative cost than " + cheaperBefore + ".";
    }
}
