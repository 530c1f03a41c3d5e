package org.vendorbench.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;

/**
 * Builds an evaluation from what a workspace holds: its RFP, the current response of each vendor,
 * the evaluators' scores, consensus overrides and the weight and assumption overrides.
 */
public final class WorkspaceEvaluation {
    private WorkspaceEvaluation() {}

    public static EvaluationRequest request(Workspace ws, int runs, long seed) throws RefusedException {
        Rfp rfp = ws.loadRfp().orElseThrow(() -> new RefusedException(
                ws.file().getFileName() + " holds no RFP yet: import one first (vendorbench import --rfp RFP.xlsx)"));
        Map<String, Double> sections = new LinkedHashMap<>();
        for (SectionWeightOverride o : ws.sectionWeights()) sections.put(o.sectionId(), o.weight());
        Map<String, Double> shared = new LinkedHashMap<>();
        Map<String, Map<String, Double>> perVendor = new HashMap<>();
        for (AssumptionOverride o : ws.assumptionOverrides()) {
            if (o.vendor() == null) shared.put(o.key(), o.value());
            else perVendor.computeIfAbsent(o.vendor(), k -> new LinkedHashMap<>()).put(o.key(), o.value());
        }
        return new EvaluationRequest(rfp, ws.currentResponses(), ws.scores(), ws.consensus(), sections, shared,
                perVendor, runs, seed);
    }

    public static Evaluation run(Workspace ws, int runs, long seed) throws RefusedException {
        return Evaluation.run(request(ws, runs, seed));
    }
}
