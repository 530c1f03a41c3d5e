package org.vendorbench.domain.evaluation;

import java.util.List;
import java.util.Map;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * What an evaluation runs on: the RFP, the current responses, evaluators' scores, consensus
 * overrides, weight and assumption overrides, and whether to run the uncertainty simulation.
 *
 * @param sectionWeights    section ID → weight replacing the RFP's (empty = RFP weights)
 * @param assumptions       assumption key → value for every vendor (empty = RFP values)
 * @param vendorAssumptions vendor name → (assumption key → value) for that vendor only
 * @param runs              Monte Carlo runs; 0 = no uncertainty run
 */
public record EvaluationRequest(Rfp rfp, List<VendorResponse> responses, List<EvaluatorScore> scores,
                                List<ConsensusOverride> overrides, Map<String, Double> sectionWeights,
                                Map<String, Double> assumptions, Map<String, Map<String, Double>> vendorAssumptions,
                                int runs, long seed) {
    public EvaluationRequest {
        responses = List.copyOf(responses);
        scores = List.copyOf(scores);
        overrides = List.copyOf(overrides);
        sectionWeights = Map.copyOf(sectionWeights);
        assumptions = Map.copyOf(assumptions);
        vendorAssumptions = Map.copyOf(vendorAssumptions);
        if (runs < 0) throw new IllegalArgumentException("runs must be 0 or more");
    }

    public static EvaluationRequest of(Rfp rfp, List<VendorResponse> responses, List<EvaluatorScore> scores) {
        return new EvaluationRequest(rfp, responses, scores, List.of(), Map.of(), Map.of(), Map.of(), 0, 1);
    }

    public EvaluationRequest withRuns(int runs, long seed) {
        return new EvaluationRequest(rfp, responses, scores, overrides, sectionWeights, assumptions,
                vendorAssumptions, runs, seed);
    }
}
