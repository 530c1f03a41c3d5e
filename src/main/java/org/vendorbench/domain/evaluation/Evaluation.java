package org.vendorbench.domain.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.scoring.Listed;
import org.vendorbench.domain.scoring.ListedReason;
import org.vendorbench.domain.scoring.RankedVendor;
import org.vendorbench.domain.scoring.Ranking;
import org.vendorbench.domain.scoring.ScoringEngine;
import org.vendorbench.domain.scoring.Sensitivity;
import org.vendorbench.domain.scoring.VendorScore;
import org.vendorbench.domain.tco.MonteCarlo;
import org.vendorbench.domain.tco.Staffing;
import org.vendorbench.domain.tco.TcoAssumptions;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoOutcome;
import org.vendorbench.domain.tco.Tornado;
import org.vendorbench.domain.tco.UncertaintyResult;
import org.vendorbench.domain.tco.VendorInput;

/**
 * One complete evaluation, in the order the contract requires: quality first (scoring-and-tco.md
 * §1-3), then each vendor's TCO (which needs the quality for its exit probability, §5), then price
 * score, combined score and rank (§3), then the optional uncertainty run (§6) whose "ranked first"
 * share re-ranks every draw with the same ranking rule. The CLI, the GUI and the memo all read
 * their figures from here, so they cannot disagree.
 */
public final class Evaluation {
    private final Rfp rfp;
    private final TcoAssumptions assumptions;
    private final List<VendorEvaluation> ranking;
    private final UncertaintyResult uncertainty;
    private final List<VendorScore> scores;
    private final Map<String, Double> tcoTotals;
    private final List<VendorInput> inputs;

    /** One vendor's result, in rank order. */
    public record VendorEvaluation(RankedVendor ranked, VendorResponse response, TcoOutcome tco,
                                   Staffing.Assessment staffing, List<Listed> listed) {
        public String vendor() {
            return ranked.vendor();
        }

        public VendorScore score() {
            return ranked.score();
        }
    }

    private Evaluation(Rfp rfp, TcoAssumptions assumptions, List<VendorEvaluation> ranking,
                       UncertaintyResult uncertainty, List<VendorScore> scores, Map<String, Double> tcoTotals,
                       List<VendorInput> inputs) {
        this.inputs = List.copyOf(inputs);
        this.rfp = rfp;
        this.assumptions = assumptions;
        this.ranking = List.copyOf(ranking);
        this.uncertainty = uncertainty;
        this.scores = List.copyOf(scores);
        this.tcoTotals = tcoTotals;
    }

    /**
     * Runs the evaluation.
     *
     * @throws RefusedException when the TCO assumptions cannot be used (e.g. no monthly call volume)
     */
    public static Evaluation run(EvaluationRequest req) throws RefusedException {
        return run(req, MonteCarlo.Monitor.NONE);
    }

    /**
     * As {@link #run(EvaluationRequest)}, the uncertainty run reporting its progress to
     * {@code monitor} and stopping when it says so (then {@link java.util.concurrent.CancellationException}).
     */
    public static Evaluation run(EvaluationRequest req, MonteCarlo.Monitor monitor) throws RefusedException {
        Rfp rfp = req.rfp();
        List<VendorResponse> responses = uniqueNames(req.responses());
        ScoringEngine engine = new ScoringEngine(rfp);
        List<VendorScore> scores = engine.scoreAll(responses, req.scores(), req.overrides(), req.sectionWeights());
        TcoAssumptions shared = TcoAssumptions.from(rfp, req.assumptions());

        Map<String, TcoOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Double> totals = new HashMap<>();
        List<VendorInput> inputs = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            VendorResponse r = responses.get(i);
            VendorScore s = scores.get(i);
            Map<String, Double> own = vendorOverrides(req, r.vendor());
            TcoOutcome o = TcoModel.compute(rfp, r, s.quality(), shared, own);
            outcomes.put(r.vendor(), o);
            o.asOptional().ifPresent(t -> totals.put(r.vendor(), t.total()));
            inputs.add(VendorInput.of(rfp, r, s.quality(), own));
        }
        List<RankedVendor> ranked = Ranking.rank(scores, totals, rfp.priceWeight());
        Map<String, VendorResponse> byName = new HashMap<>();
        for (VendorResponse r : responses) byName.put(r.vendor(), r);
        List<VendorEvaluation> out = new ArrayList<>();
        for (RankedVendor rv : ranked) {
            VendorResponse r = byName.get(rv.vendor());
            TcoOutcome o = outcomes.get(rv.vendor());
            out.add(new VendorEvaluation(rv, r, o, Staffing.assess(rfp, r, shared), listed(rv, r)));
        }
        UncertaintyResult unc = null;
        if (req.runs() > 0) {
            List<String> order = responses.stream().map(VendorResponse::vendor).toList();
            unc = MonteCarlo.run(inputs, shared, req.runs(), req.seed(), draw -> firstPlace(scores, order, draw, rfp), 1,
                    monitor);
        }
        return new Evaluation(rfp, shared, out, unc, scores, totals, inputs);
    }

    /** Index (in input order) of the vendor ranked first with the drawn TCO totals. */
    private static int firstPlace(List<VendorScore> scores, List<String> order, double[] draw, Rfp rfp) {
        Map<String, Double> totals = new HashMap<>();
        for (int i = 0; i < draw.length; i++) {
            if (!Double.isNaN(draw[i])) totals.put(order.get(i), draw[i]);
        }
        List<RankedVendor> r = Ranking.rank(scores, totals, rfp.priceWeight());
        if (r.isEmpty() || r.get(0).disqualified()) return -1;
        return order.indexOf(r.get(0).vendor());
    }

    private static Map<String, Double> vendorOverrides(EvaluationRequest req, String vendor) {
        for (Map.Entry<String, Map<String, Double>> e : req.vendorAssumptions().entrySet()) {
            if (Fold.same(e.getKey(), vendor)) return e.getValue();
        }
        return Map.of();
    }

    /**
     * The ranking lists a vendor without TCO as NO_PRICING under the pricing section; here the
     * entry names the missing item ({@code P-MODEL} and/or {@code P-RATE}) so a reader knows what
     * to ask the vendor for.
     */
    private static List<Listed> listed(RankedVendor rv, VendorResponse r) {
        List<Listed> out = new ArrayList<>();
        for (Listed l : rv.listed()) {
            if (l.reason() != ListedReason.NO_PRICING) out.add(l);
        }
        if (rv.tco() == null) {
            int before = out.size();
            if (r.pricing().model() == null) out.add(new Listed("P-MODEL", ListedReason.NO_PRICING));
            if (r.pricing().rate() == null) out.add(new Listed("P-RATE", ListedReason.NO_PRICING));
            if (out.size() == before) out.add(new Listed("Pricing", ListedReason.NO_PRICING));
        }
        return out;
    }

    /** Two files with the same vendor name get the file name added, so every vendor is distinct. */
    static List<VendorResponse> uniqueNames(List<VendorResponse> responses) {
        Map<String, Integer> counts = new HashMap<>();
        for (VendorResponse r : responses) counts.merge(Fold.fold(r.vendor()), 1, Integer::sum);
        List<VendorResponse> out = new ArrayList<>();
        for (VendorResponse r : responses) {
            if (counts.get(Fold.fold(r.vendor())) > 1) {
                String file = r.file() == null ? "?" : java.nio.file.Path.of(r.file()).getFileName().toString();
                out.add(new VendorResponse(r.file(), r.rfpId(), r.vendor() + " (" + file + ")", r.contact(), r.email(),
                        r.submitted(), r.format(), r.answers(), r.kpis(), r.pricing(), r.warnings()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    public Rfp rfp() {
        return rfp;
    }

    public TcoAssumptions assumptions() {
        return assumptions;
    }

    /** Vendors in rank order. */
    public List<VendorEvaluation> ranking() {
        return ranking;
    }

    public Optional<UncertaintyResult> uncertainty() {
        return Optional.ofNullable(uncertainty);
    }

    public Optional<VendorEvaluation> winner() {
        return ranking.stream().filter(v -> !v.ranked().disqualified()).findFirst();
    }

    public Map<String, Double> tcoTotals() {
        return Map.copyOf(tcoTotals);
    }

    public List<VendorScore> scores() {
        return scores;
    }

    /** Section-weight sensitivity of the first place (scoring issue). */
    public List<Sensitivity.SectionThreshold> sectionSensitivity() {
        return Sensitivity.sectionWeights(scores, tcoTotals, rfp.priceWeight());
    }

    /** Ranking under the alternative price formulas. */
    public Sensitivity.PriceFormulaReport priceFormulaSensitivity() {
        return Sensitivity.priceFormulas(scores, tcoTotals, rfp.priceWeight());
    }

    /** Tornado of the assumptions with ranges. */
    public List<Tornado.Bar> tornado() {
        return Tornado.compute(inputs, assumptions);
    }

    /**
     * Break-even call volume of two vendors (by name, folded) with the evaluation's assumptions;
     * empty when either has no pricing or their costs do not cross.
     */
    public Optional<org.vendorbench.domain.tco.BreakEven.Result> breakEven(String a, String b) {
        VendorInput ia = null;
        VendorInput ib = null;
        for (VendorInput in : inputs) {
            if (Fold.same(in.vendor().name(), a)) ia = in;
            if (Fold.same(in.vendor().name(), b)) ib = in;
        }
        if (ia == null || ib == null) return Optional.empty();
        return org.vendorbench.domain.tco.BreakEven.volume(ia, ib, assumptions);
    }
}
