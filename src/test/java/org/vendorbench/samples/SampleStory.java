package org.vendorbench.samples;

import java.util.HashMap;
import java.util.Map;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;

/**
 * An independent re-computation of scoring-and-tco.md §1-§5 on the clean sample data, so the
 * test can check that the demo files tell the story they are meant to tell (and the README can
 * quote the figures). It is an oracle for the samples, not the product's engine.
 */
final class SampleStory {
    record Result(String vendor, double quality, boolean disqualified, double firstMonthFee, double tco,
                  double fees, double patientImpact) {}

    private final Rfp rfp = SampleRfpData.rfp();

    Result evaluate(int v) {
        double q = quality(v);
        boolean dq = disqualified(v);
        return tco(v, q, dq);
    }

    double quality(int v) {
        Map<String, double[]> sec = new HashMap<>(); // section -> {sum w*s, sum w}
        for (SampleRfpData.Row row : SampleRfpData.rows()) {
            Question q = row.question();
            double s = score(q, row.answers()[v], v);
            double[] acc = sec.computeIfAbsent(q.sectionId(), k -> new double[2]);
            acc[0] += q.weight() * s;
            acc[1] += q.weight();
        }
        double[] kpi = new double[2];
        for (Kpi k : rfp.kpis()) {
            double x = SampleRfpData.KPI_VALUES.get(k.id())[v];
            kpi[0] += k.weight() * linear(x, k.target(), k.exitThreshold(), k.direction());
            kpi[1] += k.weight();
        }
        sec.put("KPI", kpi);
        double num = 0, den = 0;
        for (Section s : rfp.sections()) {
            double[] acc = sec.get(s.id());
            num += s.weight() * 20 * acc[0] / acc[1];
            den += s.weight();
        }
        return num / den;
    }

    private double score(Question q, String answer, int v) {
        if (answer == null) return 0;
        String value = value(answer);
        if (q.rule() instanceof ScoringRule.Manual) {
            double sum = 0;
            for (int e = 0; e < SampleRfpData.EVALUATORS.size(); e++) sum += SampleRfpData.manualScore(v, q.id(), e);
            return sum / SampleRfpData.EVALUATORS.size();
        }
        if (q.rule() instanceof ScoringRule.YesNo) {
            return switch (value) { case "Yes" -> 5; case "Partial" -> 2.5; default -> 0; };
        }
        if (q.rule() instanceof ScoringRule.Choice) {
            return q.options().stream().filter(o -> o.label().equals(value)).map(ChoiceOption::score).findFirst().orElseThrow();
        }
        ScoringRule.Linear l = (ScoringRule.Linear) q.rule();
        return linear(Double.parseDouble(value), l.target(), l.floor(), l.direction());
    }

    static String value(String answer) {
        int i = answer.indexOf(" || ");
        return i < 0 ? answer : answer.substring(0, i);
    }

    static double linear(double x, double t, double f, Direction d) {
        if (d == Direction.HIGHER) {
            if (x >= t) return 5;
            if (x <= f) return 0;
            return 5 * (x - f) / (t - f);
        }
        if (x <= t) return 5;
        if (x >= f) return 0;
        return 5 * (f - x) / (f - t);
    }

    boolean disqualified(int v) {
        for (SampleRfpData.Row row : SampleRfpData.rows()) {
            Knockout k = row.question().knockout();
            if (k == null) continue;
            String a = row.answers()[v];
            if (a == null) return true;
            String val = value(a);
            if (k instanceof Knockout.Tokens t && t.tokens().contains(val.toUpperCase())) return true;
            if (k instanceof Knockout.Options o && o.options().contains(val)) return true;
            if (k instanceof Knockout.Compare c && c.op().test(Double.parseDouble(val), c.threshold())) return true;
        }
        return false;
    }

    private double a(String key) {
        return rfp.assumption(key).map(Assumption::value).orElseThrow();
    }

    Result tco(int v, double quality, boolean dq) {
        Pricing p = SampleRfpData.VENDORS.get(v).pricing();
        int t = rfp.termMonths();
        double v0 = a("Monthly call volume"), g = a("Annual volume growth"), h = a("Billable minutes per call"),
                r = a("Repeat calls per unresolved call"), l = a("Patient annual value"),
                qa = a("Lost share of abandoned callers"), qd = a("Lost share of dissatisfied callers"),
                c = a("Internal hourly rate"), ho = a("Internal onboarding hours"), hg = a("Governance hours per month"),
                k = a("Exit cost in months of fees"), rr = a("Re-procurement cost"), pe = a("Exit probability at quality 50"),
                i = a("Discount rate");
        double fcr = SampleRfpData.KPI_VALUES.get("FCR")[v], ab = SampleRfpData.KPI_VALUES.get("ABANDON")[v],
                csat = SampleRfpData.KPI_VALUES.get("CSAT")[v], attr = SampleRfpData.KPI_VALUES.get("ATTRITION")[v];
        double fees = 0, feesUndiscounted = 0, retrain = 0, patient = 0, gov = 0, first = 0;
        for (int m = 1; m <= t; m++) {
            double vm = v0 * Math.pow(1 + g / 100, (m - 1) / 12.0);
            double b = vm * (1 + r * (1 - fcr / 100));
            double u = switch (p.model()) {
                case PER_MINUTE -> p.rate() * b * h;
                case PER_CALL -> p.rate() * b;
                case PER_FTE_MONTH -> p.rate() * p.fte();
                case FLAT_MONTH -> p.rate();
            };
            double e = Math.pow(1 + p.escalatorPercent() / 100, Math.floor((m - 1) / 12.0));
            double f = e * Math.max(p.minimumFee(), u);
            if (m == 1) first = f;
            double am = p.agents() * attr / 100 * p.trainingPerAgent();
            double pm = vm * (ab / 100 * qa / 100 + (1 - csat / 100) * qd / 100) * l / 12 * (t - m + 1);
            double d = Math.pow(1 + i / 100, -(m - 1) / 12.0);
            fees += d * f;
            feesUndiscounted += f;
            retrain += d * am;
            patient += d * pm;
            gov += d * hg * c;
        }
        double onboarding = p.onboardingFee() + p.trainingPerAgent() * p.agents() + ho * c;
        double exitCost = p.earlyTerminationFee() + k * feesUndiscounted / t + rr;
        double pexit = Math.max(0, Math.min(1, pe / 100 * (100 - quality) / 50));
        int mid = (int) Math.ceil(t / 2.0);
        double total = fees + onboarding + retrain + patient + gov + Math.pow(1 + i / 100, -(mid - 1) / 12.0) * pexit * exitCost;
        return new Result(SampleRfpData.VENDORS.get(v).name(), quality, dq, first, total, fees, patient);
    }

}
