package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/** Builders for the §8 worked example and variations of it. */
final class TcoFixtures {
    private TcoFixtures() {}

    static List<Kpi> kpis() {
        return List.of(
                new Kpi("FCR", "First-call resolution", KpiUnit.PERCENT, Direction.HIGHER, 80, 75.0, 70, 1),
                new Kpi("ASA", "Average speed to answer", KpiUnit.SECONDS, Direction.LOWER, 30, 45.0, 60, 1),
                new Kpi("ABANDON", "Abandonment", KpiUnit.PERCENT, Direction.LOWER, 5, 7.0, 10, 1),
                new Kpi("CSAT", "Patient CSAT", KpiUnit.PERCENT, Direction.HIGHER, 85, 80.0, 75, 1),
                new Kpi("ATTRITION", "Agent attrition", KpiUnit.PERCENT, Direction.LOWER, 4, 6.0, 8, 1));
    }

    /** The §8 RFP: T = 36 and the §8 assumption values written out. */
    static Rfp rfp(int term, Assumption... extra) {
        List<Assumption> as = new ArrayList<>(List.of(
                new Assumption("Monthly call volume", 10_000, null, null),
                new Assumption("Annual volume growth", 0, null, null),
                new Assumption("Billable minutes per call", 4, null, null),
                new Assumption("Repeat calls per unresolved call", 1, null, null),
                new Assumption("Patient annual value", 2000, null, null),
                new Assumption("Lost share of abandoned callers", 2, null, null),
                new Assumption("Lost share of dissatisfied callers", 1, null, null),
                new Assumption("Internal hourly rate", 60, null, null),
                new Assumption("Internal onboarding hours", 120, null, null),
                new Assumption("Governance hours per month", 16, null, null),
                new Assumption("Exit cost in months of fees", 4.5, null, null),
                new Assumption("Re-procurement cost", 25_000, null, null),
                new Assumption("Exit probability at quality 50", 20, null, null),
                new Assumption("Discount rate", 0, null, null)));
        for (Assumption e : extra) {
            as.removeIf(a -> a.key().equalsIgnoreCase(e.key()));
            as.add(e);
        }
        return rfpWith(term, as);
    }

    static Rfp rfpWith(int term, List<Assumption> assumptions) {
        return new Rfp("RFP-1", "Call center", "Clinic", null, null, "USD", term, 30, Rfp.FORMAT,
                List.of(), List.of(), kpis(), assumptions, List.of());
    }

    static Pricing pricing(PricingModel model, Double rate) {
        return new Pricing(model, rate, 0, 0, 20_000, 1_500, 20, 0, 10_000);
    }

    static Pricing pricing(PricingModel model, Double rate, double fte, double min, double onboard, double train,
                           double agents, double esc, double etf) {
        return new Pricing(model, rate, fte, min, onboard, train, agents, esc, etf);
    }

    /** The §8 vendor's KPIs: FCR 80, ABANDON 5, CSAT 85, ATTRITION 4, ASA 25. */
    static List<KpiCommitment> commitments(Double fcr, Double abandon, Double csat, Double attrition) {
        return List.of(c("FCR", fcr), c("ASA", 25.0), c("ABANDON", abandon), c("CSAT", csat), c("ATTRITION", attrition));
    }

    static KpiCommitment c(String id, Double v) {
        return new KpiCommitment(id, v == null ? "" : v.toString(), v, null, "KPI Commitments", null);
    }

    static VendorResponse vendor(String name, Pricing pricing, List<KpiCommitment> kpis) {
        return new VendorResponse(name + ".xlsx", "RFP-1", name, "x", "x@example.org", null, VendorResponse.FORMAT,
                List.of(), kpis, pricing, List.of());
    }

    /** The §8 vendor. */
    static VendorResponse example() {
        return vendor("Acme", pricing(PricingModel.PER_MINUTE, 1.0), commitments(80.0, 5.0, 85.0, 4.0));
    }
}
