package org.vendorbench.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.CostVariance;
import org.vendorbench.domain.monitoring.GovernanceReview;
import org.vendorbench.domain.monitoring.KpiMonitor;
import org.vendorbench.domain.monitoring.KpiTerm;
import org.vendorbench.domain.monitoring.RemediationItem;
import org.vendorbench.memo.ChartSpec;
import org.vendorbench.memo.MemoBlock;
import org.vendorbench.memo.MemoSpec;
import org.vendorbench.store.StoredExitRight;

/**
 * The monthly (or quarterly: a quarter-end month) vendor review as a memo: KPIs against thresholds
 * for the month, a line chart per KPI with its target/remediation/exit lines over the months up to
 * it, breaches, remediation status, cost variance and governance attendance (the reviews held in
 * the month, or in the quarter for a quarterly review). Everything is derived
 * from the status and the month (the creation time is the end of the month, UTC), so the same
 * workspace gives the same bytes.
 */
public final class ReviewReport {
    private ReviewReport() {}

    public static MemoSpec spec(Monitoring.Status s, List<GovernanceReview> reviews, YearMonth month, String organization,
                                String preparedBy) {
        List<MemoBlock> b = new ArrayList<>();
        boolean quarter = month.getMonthValue() % 3 == 0;
        String kind = quarter ? "Quarterly" : "Monthly";
        b.add(new MemoBlock.Heading(1, kind + " vendor review " + month + ": " + s.contract().vendor()));
        b.add(new MemoBlock.KeyValues(List.of(new String[] {"Vendor", s.contract().vendor()},
                new String[] {"Go-live", s.contract().goLive().toString()},
                new String[] {"Contract term", s.contract().termMonths() + " months, to " + s.contract().endDate()})));

        b.add(new MemoBlock.Heading(2, "KPIs against the contract"));
        List<List<String>> rows = new ArrayList<>();
        for (KpiMonitor.KpiHistory h : s.kpis().kpis()) {
            KpiTerm t = h.term();
            KpiMonitor.MonthAssessment a = h.months().stream().filter(m -> m.month().equals(month)).findFirst().orElse(null);
            rows.add(List.of(t.kpiId(), t.name(), a == null ? "not reported" : num(a.value()), num(t.target()),
                    t.remediation() == null ? "-" : num(t.remediation()), num(t.exit()),
                    a == null ? "-" : a.status().label));
        }
        b.add(new MemoBlock.Table("KPIs " + month, List.of("KPI", "Name", "Value", "Target", "Remediation", "Exit", "Status"),
                new float[] {1, 3, 1.2f, 1.2f, 1.4f, 1, 2}, new boolean[] {false, false, true, true, true, true, false}, rows));

        b.add(new MemoBlock.Heading(2, "Breaches"));
        List<String> breaches = new ArrayList<>();
        for (KpiMonitor.KpiHistory h : s.kpis().kpis()) {
            for (KpiMonitor.MonthAssessment a : h.months()) {
                if (!a.month().isAfter(month) && a.status().pastRemediation()) {
                    breaches.add(h.term().kpiId() + " " + a.month() + ": " + num(a.value()) + " " + a.status().label);
                }
            }
        }
        for (KpiMonitor.TrendFlag t : s.kpis().trends()) if (!t.to().isAfter(month)) breaches.add("Trend: " + t.message());
        for (StoredExitRight e : s.exitRights()) if (!e.right().month().isAfter(month)) breaches.add("Exit right: " + e.right().message());
        b.add(breaches.isEmpty() ? new MemoBlock.Para("No KPI past a remediation or exit threshold.") : new MemoBlock.Bullets(breaches));

        b.add(new MemoBlock.Heading(2, "Remediation items"));
        List<List<String>> rem = new ArrayList<>();
        for (RemediationItem i : s.remediation()) {
            if (i.opened().isAfter(month)) continue;
            rem.add(List.of(i.kpiId(), i.since() + " – " + i.opened(), i.owner() == null ? "unassigned" : i.owner(),
                    i.dueDate() == null ? "-" : i.dueDate().toString(),
                    i.isOpen() ? "open" : "closed " + i.closedOn()));
        }
        b.add(rem.isEmpty() ? new MemoBlock.Para("No remediation item.")
                : new MemoBlock.Table("Remediation items", List.of("KPI", "Months", "Owner", "Due", "Status"),
                        new float[] {1, 2, 2, 1.5f, 1.5f}, new boolean[5], rem));

        b.add(new MemoBlock.Heading(2, "Cost against forecast"));
        if (s.costs().isEmpty()) {
            b.add(new MemoBlock.Para("No TCO forecast: the contract has no complete pricing."));
        } else {
            CostVariance.Result c = s.costs().get();
            List<List<String>> cost = new ArrayList<>();
            for (CostVariance.MonthVariance v : c.months()) {
                if (v.month().isAfter(month)) continue;
                cost.add(List.of(v.month().toString(), num(v.forecastTotal()), num(v.actualTotal()), num(v.variance()),
                        num(v.cumulativeVariance())));
            }
            b.add(cost.isEmpty() ? new MemoBlock.Para("No invoices entered up to " + month + ".")
                    : new MemoBlock.Table("Cost variance", List.of("Month", "Forecast", "Actual", "Variance", "Cumulative"),
                            new float[] {1.2f, 1.5f, 1.5f, 1.5f, 1.5f}, new boolean[] {false, true, true, true, true}, cost));
        }

        b.add(new MemoBlock.Heading(2, "Governance"));
        List<String> gov = new ArrayList<>();
        // the reviews held in the period under review: the month, or the quarter of a quarterly review
        java.time.LocalDate from = (quarter ? month.minusMonths(2) : month).atDay(1);
        for (GovernanceReview r : reviews) {
            if (r.doneOn().isAfter(month.atEndOfMonth()) || r.doneOn().isBefore(from)) continue;
            gov.add(r.cadence().label + " review " + r.period() + " held " + r.doneOn()
                    + (r.callsListened() == null ? "" : ", " + r.callsListened() + " calls listened to")
                    + (r.callTypes() == null ? "" : " across " + r.callTypes() + " call types"));
            for (String sf : r.shortfalls()) gov.add("Shortfall: " + sf);
        }
        boolean monthlyHeld = reviews.stream().anyMatch(r -> r.cadence() == GovernanceCadence.MONTHLY && r.period().equals(month.toString()));
        if (!monthlyHeld) gov.add("Shortfall: no monthly review recorded for " + month + " (" + GovernanceCadence.MONTHLY.aim + ")");
        b.add(new MemoBlock.Bullets(gov));

        b.add(new MemoBlock.Heading(2, "KPI trends", true));
        for (KpiMonitor.KpiHistory h : s.kpis().kpis()) {
            List<KpiMonitor.MonthAssessment> ms = h.months().stream().filter(m -> !m.month().isAfter(month)).toList();
            if (ms.isEmpty()) continue;
            b.add(new MemoBlock.Chart(chart(h.term(), ms), 170));
        }
        long open = s.remediation().stream().filter(i -> i.isOpen() && !i.opened().isAfter(month)).count();
        String summary = breaches.isEmpty() && open == 0 ? "All KPIs within the remediation thresholds; no open remediation item."
                : breaches.size() + " breach line" + (breaches.size() == 1 ? "" : "s") + " and " + open
                        + " open remediation item" + (open == 1 ? "" : "s") + ": see Breaches and Remediation items.";
        String fp = fingerprint(b);
        return new MemoSpec(kind + " vendor review " + month, organization == null ? "" : organization, month.atEndOfMonth(),
                preparedBy == null || preparedBy.isBlank() ? "Vendorbench" : preparedBy, false, summary,
                kind + " review " + month + " – " + s.contract().vendor(), fp,
                month.atEndOfMonth().atStartOfDay().toInstant(ZoneOffset.UTC), "en-US", b);
    }

    private static ChartSpec chart(KpiTerm t, List<KpiMonitor.MonthAssessment> ms) {
        int n = ms.size();
        double[] v = new double[n], target = new double[n], rem = new double[n], exit = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ms.get(i).value();
            target[i] = t.target();
            rem[i] = t.remediation() == null ? Double.NaN : t.remediation();
            exit[i] = t.exit();
        }
        List<ChartSpec.Series> series = new ArrayList<>(List.of(new ChartSpec.Series(t.kpiId(), v),
                new ChartSpec.Series("Target", target)));
        if (t.remediation() != null) series.add(new ChartSpec.Series("Remediation", rem));
        series.add(new ChartSpec.Series("Exit", exit));
        return new ChartSpec(ChartSpec.Kind.LINE, t.kpiId() + " " + t.name(), "Month", unit(t),
                ms.stream().map(m -> m.month().toString()).toList(), series,
                String.format(Locale.ROOT, "%s from %s to %s: %s, latest %s against target %s, remediation %s, exit %s",
                        t.name(), ms.get(0).month(), ms.get(n - 1).month(),
                        String.join(", ", ms.stream().map(m -> num(m.value())).toList()), num(v[n - 1]),
                        num(t.target()), t.remediation() == null ? "none" : num(t.remediation()), num(t.exit())));
    }

    private static String unit(KpiTerm t) {
        return switch (t.unit()) {
            case PERCENT -> "%";
            case SECONDS -> "seconds";
            case PER_1000_CALLS -> "per 1,000 calls";
        };
    }

    private static String fingerprint(List<MemoBlock> blocks) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (MemoBlock b : blocks) md.update(text(b).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A block's content as text (records holding arrays print identities, so arrays are spelled out). */
    private static String text(MemoBlock b) {
        if (b instanceof MemoBlock.Table t) return t.caption() + t.headers() + t.rows();
        if (b instanceof MemoBlock.Chart c) {
            StringBuilder sb = new StringBuilder(c.spec().title()).append(c.spec().categories());
            for (ChartSpec.Series s : c.spec().series()) sb.append(s.name()).append(java.util.Arrays.toString(s.values()));
            return sb.toString();
        }
        if (b instanceof MemoBlock.KeyValues kv) {
            StringBuilder sb = new StringBuilder();
            for (String[] p : kv.pairs()) sb.append(java.util.Arrays.toString(p));
            return sb.toString();
        }
        return b.toString();
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }

}
