package org.vendorbench.domain.tco;

import java.util.Locale;
import java.util.Optional;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * Staffing feasibility (beyond the spec, not part of the TCO): can the agents a vendor quotes answer
 * the peak hour as fast as it commits? Peak-hour calls = V0 / working days · peak-hour share;
 * handle time = billable minutes per call · 60 s; agents = P-AGENTS (P-FTE when the model is
 * per_fte_month and P-AGENTS is missing), all assumed on shift in the peak hour, which is the best
 * case for the vendor. Erlang C then gives the achievable ASA and service levels at 20 s and 30 s,
 * the agents needed to meet the committed ASA (the vendor's {@code ASA} KPI in seconds; blank → the
 * RFP target) and for 80 % in 20 s. The vendor is flagged when its achievable ASA is worse than its
 * committed ASA, or when its agents cannot carry the load at all.
 */
public final class Staffing {
    public static final String ASA = "ASA";

    /** The assessment; {@code achievableAsaSeconds} null when unstable, committed fields null when no ASA KPI. */
    public record Assessment(String vendor, double peakHourCalls, double handleTimeSeconds, double offeredLoad,
                             int agents, String agentsSource, boolean stable, Double achievableAsaSeconds,
                             double serviceLevel20s, double serviceLevel30s, Double committedAsaSeconds,
                             String committedAsaSource, Integer agentsForCommittedAsa, int agentsFor80In20s,
                             boolean flagged, String explanation) {}

    private Staffing() {}

    public static Assessment assess(Rfp rfp, VendorResponse vendor, TcoAssumptions a) {
        double peakCalls = a.value(TcoKey.MONTHLY_CALL_VOLUME) / a.value(TcoKey.WORKING_DAYS_PER_MONTH)
                * a.value(TcoKey.PEAK_HOUR_SHARE) / 100;
        double aht = a.value(TcoKey.BILLABLE_MINUTES_PER_CALL) * 60;
        double load = ErlangC.offeredLoad(peakCalls, 3600, aht);
        Pricing p = vendor.pricing() == null ? Pricing.none() : vendor.pricing();
        double quoted = p.agents();
        String source = "P-AGENTS";
        if (quoted <= 0 && p.model() == PricingModel.PER_FTE_MONTH && p.fte() > 0) {
            quoted = p.fte();
            source = "P-FTE";
        } else if (quoted <= 0) {
            source = "none";
        }
        int agents = (int) Math.floor(quoted);
        boolean stable = agents > load || load <= 0;
        double asa = ErlangC.averageSpeedOfAnswer(agents, load, aht);
        double sl20 = ErlangC.serviceLevel(agents, load, aht, 20);
        double sl30 = ErlangC.serviceLevel(agents, load, aht, 30);

        Double committed = null;
        String committedSource = "none";
        Optional<KpiCommitment> c = vendor.kpi(ASA);
        Optional<Kpi> k = rfp.kpi(ASA);
        if (c.isPresent() && c.get().value() != null) {
            committed = c.get().value();
            committedSource = "vendor";
        } else if (k.isPresent()) {
            committed = k.get().target();
            committedSource = "RFP target";
        }
        Integer needed = committed != null && committed > 0 ? ErlangC.agentsForAsa(load, aht, committed) : null;
        int needed8020 = load > 0 ? ErlangC.agentsForServiceLevel(load, aht, 20, 0.80) : 0;
        boolean flagged = !stable || (committed != null && asa > committed);

        String expl;
        if (!stable) {
            expl = String.format(Locale.ROOT,
                    "%s quotes %d agents (%s) for a peak hour of %.0f calls of %.0f s (%.1f Erlangs): the queue"
                            + " cannot keep up; at least %d agents are needed for 80%% in 20 s.",
                    vendor.vendor(), agents, source, peakCalls, aht, load, needed8020);
        } else if (committed != null) {
            expl = String.format(Locale.ROOT,
                    "With %d agents (%s) on a peak hour of %.0f calls of %.0f s, %s would answer in %.1f s on"
                            + " average (%.1f%% within 20 s, %.1f%% within 30 s) against a committed ASA of %.0f s"
                            + " (%s)%s.",
                    agents, source, peakCalls, aht, vendor.vendor(), asa, 100 * sl20, 100 * sl30, committed,
                    committedSource, flagged
                            ? String.format(Locale.ROOT, ": it needs %d agents to keep that promise", needed)
                            : ", which it can keep");
        } else {
            expl = String.format(Locale.ROOT,
                    "With %d agents (%s) on a peak hour of %.0f calls of %.0f s, %s would answer in %.1f s on"
                            + " average (%.1f%% within 20 s); no ASA is committed.",
                    agents, source, peakCalls, aht, vendor.vendor(), asa, 100 * sl20);
        }
        return new Assessment(vendor.vendor(), peakCalls, aht, load, agents, source, stable,
                stable ? asa : null, sl20, sl30, committed, committedSource, needed, needed8020, flagged, expl);
    }
}
