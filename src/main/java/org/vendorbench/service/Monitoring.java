package org.vendorbench.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.CostVariance;
import org.vendorbench.domain.monitoring.KpiMonitor;
import org.vendorbench.domain.monitoring.RemediationItem;
import org.vendorbench.domain.tco.TcoAssumptions;
import org.vendorbench.domain.tco.TcoKey;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoOutcome;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.StoredExitRight;
import org.vendorbench.store.Workspace;

/**
 * Monitoring after signing, assembled from a workspace: the KPI assessment against the frozen
 * contract, stored remediation items and exit rights, and the cost variance against the signed
 * vendor's TCO. The forecast is the §5 TCO recomputed with the <em>frozen</em> price terms and
 * committed KPIs (the contract, not a later response), the evaluation's quality and the
 * workspace's assumption overrides.
 */
public final class Monitoring {
    private Monitoring() {}

    /** Everything the monitor, review and GUI show. {@code costs} is empty without pricing. */
    public record Status(ContractBaseline contract, KpiMonitor.Report kpis, List<RemediationItem> remediation,
                         List<StoredExitRight> exitRights, Optional<CostVariance.Result> costs,
                         Map<YearMonth, Double> volumes) {}

    public static Status status(Workspace ws) throws RefusedException {
        ContractBaseline contract = ws.contract().orElseThrow(() -> new RefusedException(
                ws.file().getFileName() + " has no signed vendor: run 'vendorbench sign' first"));
        KpiMonitor.Report report = KpiMonitor.assess(contract.kpis(), ws.kpiMonths());
        Map<YearMonth, Double> volumes = ws.reportedVolumes();
        Optional<CostVariance.Result> costs = Optional.empty();
        if (contract.pricing().isComplete()) {
            Evaluation ev = WorkspaceEvaluation.run(ws, 0, 1);
            double quality = ev.scores().stream().filter(s -> Fold.same(s.vendor(), contract.vendor()))
                    .mapToDouble(s -> s.quality()).findFirst().orElse(50);
            Map<String, Double> own = new java.util.LinkedHashMap<>();
            for (AssumptionOverride o : ws.assumptionOverrides()) {
                if (o.vendor() != null && Fold.same(o.vendor(), contract.vendor())) own.put(o.key(), o.value());
            }
            TcoAssumptions a = ev.assumptions();
            TcoOutcome out = TcoModel.compute(ev.rfp(), frozenResponse(ev.rfp(), contract), quality, a, own);
            if (out.isPresent()) {
                costs = Optional.of(CostVariance.compute(out.result(), contract.pricing(),
                        a.withOverrides(own).value(TcoKey.BILLABLE_MINUTES_PER_CALL), volumes, ws.invoices(),
                        YearMonth.from(contract.goLive())));
            }
        }
        return new Status(contract, report, ws.remediationItems(), ws.exitRights(), costs, volumes);
    }

    /** The response as signed: frozen pricing and committed KPI values, nothing else needed by the TCO. */
    static VendorResponse frozenResponse(Rfp rfp, ContractBaseline b) {
        List<KpiCommitment> kpis = b.kpis().stream()
                .map(t -> new KpiCommitment(t.kpiId(), t.committed() == null ? "" : Double.toString(t.committed()),
                        t.committed(), null, null, null))
                .toList();
        return new VendorResponse("contract", rfp.rfpId(), b.vendor(), null, null, b.signedOn(), VendorResponse.FORMAT,
                List.of(), kpis, b.pricing(), List.of());
    }

}
