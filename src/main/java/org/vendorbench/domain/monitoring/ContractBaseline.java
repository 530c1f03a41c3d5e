package org.vendorbench.domain.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * The contract as frozen when the vendor was signed: the KPI terms (the RFP's target and thresholds
 * with the vendor's committed value), the vendor's price terms, the go-live date and the contract
 * term. Later edits of the RFP or new response imports do not change it, so monitoring always
 * measures against what was signed.
 */
public record ContractBaseline(String vendor, LocalDate signedOn, LocalDate goLive, int termMonths,
                               String currency, Pricing pricing, List<KpiTerm> kpis) {
    public ContractBaseline {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(goLive, "goLive");
        Objects.requireNonNull(pricing, "pricing");
        if (termMonths < 1) throw new IllegalArgumentException("contract term must be at least 1 month");
        kpis = List.copyOf(kpis);
    }

    /**
     * Freezes the contract from the RFP and the vendor's current response. Refused when the
     * response is not for this RFP's vendor or when the go-live date is missing.
     */
    public static ContractBaseline freeze(Rfp rfp, VendorResponse response, LocalDate goLive, LocalDate signedOn)
            throws RefusedException {
        Objects.requireNonNull(rfp, "rfp");
        Objects.requireNonNull(response, "response");
        if (goLive == null) throw new RefusedException("the go-live date is missing");
        List<KpiTerm> terms = new ArrayList<>();
        for (Kpi k : rfp.kpis()) {
            Double committed = response.kpi(k.id()).map(KpiCommitment::value).orElse(null);
            terms.add(KpiTerm.of(k, committed));
        }
        Pricing p = response.pricing() == null ? Pricing.none() : response.pricing();
        return new ContractBaseline(response.vendor(), signedOn, goLive, rfp.termMonths(), rfp.currency(), p, terms);
    }

    /** The term of one KPI, by folded ID. */
    public Optional<KpiTerm> kpi(String kpiId) {
        return kpis.stream().filter(t -> Fold.same(t.kpiId(), kpiId)).findFirst();
    }

    /** The last day of the contract term (go-live plus the term, minus one day). */
    public LocalDate endDate() {
        return goLive.plusMonths(termMonths).minusDays(1);
    }
}
