package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * A vendor's TCO inputs resolved once (pricing items, the four KPIs of §5, quality), so that the
 * month loop and the Monte Carlo never look anything up. A KPI the vendor left blank takes the RFP
 * target and is listed in {@code defaultedKpis}; a KPI the RFP does not define at all takes its
 * neutral value (FCR 100, ABANDON 0, CSAT 100, ATTRITION 0: the component then costs nothing) and
 * is listed in {@code neutralKpis}. {@code missingReason} is non-null when the TCO cannot be
 * computed (no {@code P-MODEL} or {@code P-RATE}).
 */
public record TcoVendor(String name, PricingModel model, double rate, double fte, double minimumFee,
                        double onboardingFee, double trainingPerAgent, double agents, double escalatorPercent,
                        double earlyTerminationFee, double fcr, double abandon, double csat, double attrition,
                        double quality, List<String> defaultedKpis, List<String> neutralKpis, String missingReason) {

    /** The KPI IDs the TCO reads, matched folded. */
    public static final String FCR = "FCR", ABANDON = "ABANDON", CSAT = "CSAT", ATTRITION = "ATTRITION";

    /** Reason text when the TCO is absent for want of pricing. */
    public static final String NO_PRICING = "no pricing model/rate";

    public TcoVendor {
        defaultedKpis = List.copyOf(defaultedKpis);
        neutralKpis = List.copyOf(neutralKpis);
    }

    /** Resolves the vendor's inputs against the RFP; {@code quality} is Q (0..100, unrounded). */
    public static TcoVendor of(Rfp rfp, VendorResponse vendor, double quality) {
        Pricing p = vendor.pricing() == null ? Pricing.none() : vendor.pricing();
        List<String> defaulted = new ArrayList<>();
        List<String> neutral = new ArrayList<>();
        double fcr = kpi(rfp, vendor, FCR, 100, defaulted, neutral);
        double abandon = kpi(rfp, vendor, ABANDON, 0, defaulted, neutral);
        double csat = kpi(rfp, vendor, CSAT, 100, defaulted, neutral);
        double attrition = kpi(rfp, vendor, ATTRITION, 0, defaulted, neutral);
        String missing = null;
        if (p.model() == null && p.rate() == null) missing = NO_PRICING + " (P-MODEL and P-RATE missing)";
        else if (p.model() == null) missing = NO_PRICING + " (P-MODEL missing)";
        else if (p.rate() == null) missing = NO_PRICING + " (P-RATE missing)";
        return new TcoVendor(vendor.vendor(), p.model(), p.rate() == null ? Double.NaN : p.rate(), p.fte(),
                p.minimumFee(), p.onboardingFee(), p.trainingPerAgent(), p.agents(), p.escalatorPercent(),
                p.earlyTerminationFee(), fcr, abandon, csat, attrition, quality, defaulted, neutral, missing);
    }

    /** Whether a TCO can be computed. */
    public boolean hasPricing() {
        return missingReason == null;
    }

    private static double kpi(Rfp rfp, VendorResponse vendor, String id, double neutralValue,
                              List<String> defaulted, List<String> neutral) {
        Optional<KpiCommitment> c = vendor.kpi(id);
        if (c.isPresent() && c.get().value() != null && Double.isFinite(c.get().value())) return c.get().value();
        Optional<Kpi> k = rfp.kpi(id);
        if (k.isPresent()) {
            defaulted.add(k.get().id());
            return k.get().target();
        }
        neutral.add(id);
        return neutralValue;
    }
}
