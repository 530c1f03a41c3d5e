package org.vendorbench.domain.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vendorbench.domain.Fold;

/**
 * Reads monthly KPI values against the contract terms (the article's fifth mistake: performance
 * drifts to the contractual minimum and nobody notices).
 *
 * <ul>
 *   <li>Each month and KPI gets a {@link BreachStatus}; thresholds are crossed only when the value
 *       is strictly worse than them.</li>
 *   <li>Two consecutive calendar months past the remediation threshold open one remediation item
 *       (at the second month); a gap month or a recovered month ends the streak.</li>
 *   <li>Every month past the exit threshold records an exit right.</li>
 *   <li>Three consecutive month-over-month worsenings (four months of data) flag a rising trend
 *       while the latest month is not yet past the remediation threshold: a warning before the
 *       breach.</li>
 * </ul>
 */
public final class KpiMonitor {
    private KpiMonitor() {}

    public record MonthAssessment(YearMonth month, double value, BreachStatus status) {}

    public record KpiHistory(KpiTerm term, List<MonthAssessment> months) {
        public KpiHistory {
            months = List.copyOf(months);
        }
    }

    public record RemediationTrigger(String kpiId, YearMonth since, YearMonth opened, String message) {}

    public record ExitRight(String kpiId, YearMonth month, double value, double threshold, String message) {}

    public record TrendFlag(String kpiId, YearMonth from, YearMonth to, String message) {}

    public record Report(List<KpiHistory> kpis, List<RemediationTrigger> remediations, List<ExitRight> exitRights,
                         List<TrendFlag> trends, List<String> unknownKpis) {
        public Report {
            kpis = List.copyOf(kpis);
            remediations = List.copyOf(remediations);
            exitRights = List.copyOf(exitRights);
            trends = List.copyOf(trends);
            unknownKpis = List.copyOf(unknownKpis);
        }
    }

    public static Report assess(List<KpiTerm> terms, List<MonthlyValue> values) {
        List<KpiHistory> histories = new ArrayList<>();
        List<RemediationTrigger> remediations = new ArrayList<>();
        List<ExitRight> exits = new ArrayList<>();
        List<TrendFlag> trends = new ArrayList<>();
        for (KpiTerm term : terms) {
            List<MonthlyValue> series = values.stream()
                    .filter(v -> Fold.same(v.kpiId(), term.kpiId()))
                    .sorted(Comparator.comparing(MonthlyValue::month))
                    .toList();
            List<MonthAssessment> months = new ArrayList<>();
            for (MonthlyValue v : series) {
                months.add(new MonthAssessment(v.month(), v.value(), BreachStatus.of(term, v.value())));
            }
            histories.add(new KpiHistory(term, months));
            remediations.addAll(remediationTriggers(term, months));
            for (MonthAssessment m : months) {
                if (m.status() == BreachStatus.EXIT_RIGHT) {
                    exits.add(new ExitRight(term.kpiId(), m.month(), m.value(), term.exit(), String.format(Locale.ROOT,
                            "%s %s: %s is past the exit threshold %s: right to exit without penalty",
                            term.kpiId(), m.month(), fmt(m.value()), fmt(term.exit()))));
                }
            }
            TrendFlag t = trend(term, months);
            if (t != null) trends.add(t);
        }
        List<String> unknown = values.stream().map(MonthlyValue::kpiId)
                .filter(id -> terms.stream().noneMatch(t -> Fold.same(t.kpiId(), id)))
                .distinct().toList();
        return new Report(histories, remediations, exits, trends, unknown);
    }

    static List<RemediationTrigger> remediationTriggers(KpiTerm term, List<MonthAssessment> months) {
        List<RemediationTrigger> out = new ArrayList<>();
        int streak = 0;
        YearMonth since = null;
        YearMonth previous = null;
        for (MonthAssessment m : months) {
            boolean consecutive = previous != null && previous.plusMonths(1).equals(m.month());
            if (m.status().pastRemediation()) {
                if (streak > 0 && consecutive) {
                    streak++;
                } else {
                    streak = 1;
                    since = m.month();
                }
                if (streak == 2) {
                    out.add(new RemediationTrigger(term.kpiId(), since, m.month(), String.format(Locale.ROOT,
                            "%s past the remediation threshold %s in %s and %s: formal remediation plan due",
                            term.kpiId(), term.remediation() == null ? fmt(term.exit()) : fmt(term.remediation()),
                            since, m.month())));
                }
            } else {
                streak = 0;
            }
            previous = m.month();
        }
        return out;
    }

    static TrendFlag trend(KpiTerm term, List<MonthAssessment> months) {
        int n = months.size();
        if (n < 4) return null;
        MonthAssessment last = months.get(n - 1);
        if (last.status().pastRemediation()) return null;
        for (int i = n - 3; i < n; i++) {
            MonthAssessment a = months.get(i - 1);
            MonthAssessment b = months.get(i);
            if (!a.month().plusMonths(1).equals(b.month()) || !term.worse(b.value(), a.value())) return null;
        }
        MonthAssessment first = months.get(n - 4);
        return new TrendFlag(term.kpiId(), first.month(), last.month(), String.format(Locale.ROOT,
                "%s worsened three months running (%s → %s, %s to %s); remediation threshold %s",
                term.kpiId(), fmt(first.value()), fmt(last.value()), first.month(), last.month(),
                term.remediation() == null ? "none" : fmt(term.remediation())));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
