package org.vendorbench.domain.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;

/**
 * Scores vendor responses against an RFP (scoring-and-tco.md §1-3, §9): question points, KPI
 * points, section scores, quality, knockouts, mandatory gaps, listed items and evaluator spreads.
 * Price and rank are {@link Ranking}'s job (it takes the TCO totals as input).
 *
 * <p>Per-question points are computed once by {@link #score}; {@link #reweigh} changes weights and
 * only re-aggregates, so interactive what-ifs stay cheap.
 *
 * <p>Evaluator scores are matched to the vendor by folded vendor name and to the question by folded
 * ID; they count only for answered manual questions (scores for other questions are ignored). When
 * one evaluator scores the same question twice the later score wins. A consensus override replaces
 * the evaluators' mean (it also counts when nobody scored the question).
 */
public final class ScoringEngine {
    private final Rfp rfp;
    private final Map<String, String> sectionIdByFold = new HashMap<>();
    private final List<Question> questions; // with section IDs as the RFP's Sections sheet writes them
    private final String[] questionKeys;    // folded question IDs, index-aligned with questions
    private final int[] sectionOf;          // section index of each question, -1 when its section is unknown
    private final String[] sectionKeys;     // folded section IDs, index-aligned with rfp.sections()

    public ScoringEngine(Rfp rfp) {
        this.rfp = rfp;
        for (Section s : rfp.sections()) sectionIdByFold.putIfAbsent(Fold.fold(s.id()), s.id());
        questions = new ArrayList<>(rfp.questions().size());
        for (Question q : rfp.questions()) {
            String sid = sectionIdByFold.getOrDefault(Fold.fold(q.sectionId()), q.sectionId());
            questions.add(sid.equals(q.sectionId()) ? q : new Question(q.id(), sid, q.requirement(), q.type(),
                    q.options(), q.mandatory(), q.knockout(), q.weight(), q.rule()));
        }
        questionKeys = questions.stream().map(q -> Fold.fold(q.id())).toArray(String[]::new);
        sectionKeys = rfp.sections().stream().map(s -> Fold.fold(s.id())).toArray(String[]::new);
        sectionOf = new int[questions.size()];
        for (int i = 0; i < sectionOf.length; i++) {
            sectionOf[i] = -1;
            String key = Fold.fold(questions.get(i).sectionId());
            for (int j = 0; j < sectionKeys.length && sectionOf[i] < 0; j++) {
                if (sectionKeys[j].equals(key) && !rfp.sections().get(j).isKpiSection()) sectionOf[i] = j;
            }
        }
    }

    public Rfp rfp() {
        return rfp;
    }

    /**
     * True when evaluators score this answer of a manual question: it is answered, not NA and
     * readable ("missing beats manual": otherwise it scores 0 by rule whatever they say).
     */
    public static boolean evaluatorsScore(Answer a) {
        return QuestionScorer.gap(a) == null;
    }

    /** Scores one vendor with the RFP's section weights. */
    public VendorScore score(VendorResponse response, List<EvaluatorScore> scores, List<ConsensusOverride> overrides) {
        return score(response, scores, overrides, Map.of());
    }

    /** Scores every vendor (same order as given). */
    public List<VendorScore> scoreAll(List<VendorResponse> responses, List<EvaluatorScore> scores,
                                      List<ConsensusOverride> overrides, Map<String, Double> sectionWeights) {
        EvaluatorIndex idx = new EvaluatorIndex(scores, overrides);
        List<VendorScore> out = new ArrayList<>(responses.size());
        for (VendorResponse r : responses) out.add(score(r, idx, sectionWeights));
        return out;
    }

    /**
     * Scores one vendor.
     *
     * @param scores         evaluator scores of any vendors (null = none)
     * @param overrides      consensus overrides of any vendors (null = none)
     * @param sectionWeights section ID → relative weight replacing the RFP's (e.g. from AHP); absent = RFP weight
     */
    public VendorScore score(VendorResponse response, List<EvaluatorScore> scores, List<ConsensusOverride> overrides,
                             Map<String, Double> sectionWeights) {
        return score(response, new EvaluatorIndex(scores, overrides), sectionWeights);
    }

    private VendorScore score(VendorResponse response, EvaluatorIndex idx, Map<String, Double> sectionWeights) {
        Map<String, Answer> answers = inRfpOrder(response.answers()) ? null : new HashMap<>();
        if (answers != null) for (Answer a : response.answers()) answers.putIfAbsent(Fold.fold(a.questionId()), a);
        String vendorKey = Fold.fold(response.vendor());

        List<QuestionScore> qs = new ArrayList<>(questions.size());
        List<KnockoutFinding> knockouts = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<Listed> listed = new ArrayList<>();
        List<Spread> spreads = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String qKey = questionKeys[i];
            Answer a = answers == null ? response.answers().get(i) : answers.get(qKey);
            List<Double> ev = q.isManual() ? idx.scores(vendorKey, qKey) : List.of();
            Double ov = q.isManual() ? idx.override(vendorKey, qKey) : null;
            QuestionScore s = QuestionScorer.score(q, a, ev, ov);
            qs.add(s);
            if (s.reason() != null) {
                listed.add(new Listed(q.id(), s.reason()));
                if (q.mandatory()) gaps.add(q.id());
            }
            KnockoutFinding k = KnockoutCheck.check(q, a);
            if (k != null) knockouts.add(k);
            if (s.manual() && s.evaluatorScores().size() >= 2 && Spread.flagged(s.evaluatorSpread())) {
                double min = s.evaluatorScores().stream().mapToDouble(Double::doubleValue).min().orElse(0);
                double max = s.evaluatorScores().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                spreads.add(new Spread(q.id(), min, max));
            }
        }
        Map<String, KpiCommitment> commitments = new HashMap<>();
        for (KpiCommitment c : response.kpis()) commitments.putIfAbsent(Fold.fold(c.kpiId()), c);
        List<KpiScore> ks = new ArrayList<>(rfp.kpis().size());
        for (Kpi k : rfp.kpis()) {
            KpiScore s = KpiScorer.score(k, commitments.get(Fold.fold(k.id())));
            ks.add(s);
            if (s.missing()) listed.add(new Listed(k.id(), ListedReason.MISSING_KPI));
        }
        List<SectionScore> sections = Aggregation.sections(rfp.sections(),
                Aggregation.sectionWeights(rfp.sections(), sectionKeys, Aggregation.foldKeys(sectionWeights)), qs, sectionOf, ks);
        return new VendorScore(response.vendor(), response.file(), qs, ks, sections, Aggregation.quality(sections),
                Aggregation.incomplete(qs, sections), knockouts, gaps, listed, spreads);
    }

    /**
     * Re-aggregates a score after a weight change without re-scoring any answer.
     *
     * @param sectionWeights  section ID → relative weight (absent = the RFP's weight)
     * @param questionWeights question ID → weight within its section (absent = the RFP's weight); may be empty
     */
    public VendorScore reweigh(VendorScore v, Map<String, Double> sectionWeights, Map<String, Double> questionWeights) {
        return reweighAll(List.of(v), sectionWeights, questionWeights).get(0);
    }

    /** {@link #reweigh} for many vendors; the weight maps are read once. */
    public List<VendorScore> reweighAll(List<VendorScore> vendors, Map<String, Double> sectionWeights,
                                        Map<String, Double> questionWeights) {
        Map<String, Double> qw = Aggregation.foldKeys(questionWeights);
        double[] qWeights = new double[questions.size()];
        for (int i = 0; i < qWeights.length; i++) {
            Double w = qw.isEmpty() ? null : qw.get(questionKeys[i]);
            qWeights[i] = w != null ? w : questions.get(i).weight();
        }
        double[] w = Aggregation.sectionWeights(rfp.sections(), sectionKeys, Aggregation.foldKeys(sectionWeights));
        List<VendorScore> out = new ArrayList<>(vendors.size());
        for (VendorScore v : vendors) {
            List<QuestionScore> qs = v.questions();
            boolean changed = false;
            for (int i = 0; i < qs.size() && !changed; i++) changed = qs.get(i).weight() != qWeights[i];
            List<SectionScore> sections;
            if (!changed) {
                sections = new ArrayList<>(w.length);
                for (int i = 0; i < w.length; i++) sections.add(v.sections().get(i).withWeight(w[i]));
            } else {
                List<QuestionScore> nq = new ArrayList<>(qs.size());
                for (int i = 0; i < qs.size(); i++) {
                    QuestionScore q = qs.get(i);
                    nq.add(q.weight() == qWeights[i] ? q : q.withWeight(qWeights[i]));
                }
                qs = nq;
                sections = Aggregation.sections(rfp.sections(), w, qs, sectionOf, v.kpis());
            }
            out.add(v.withAggregates(qs, sections, Aggregation.quality(sections), Aggregation.incomplete(qs, sections)));
        }
        return out;
    }

    /** True when answer i belongs to question i (the importer's order), so no lookup is needed. */
    private boolean inRfpOrder(List<Answer> as) {
        if (as.size() != questions.size()) return false;
        for (int i = 0; i < as.size(); i++) if (!questions.get(i).id().equals(as.get(i).questionId())) return false;
        return true;
    }


    /** Evaluator scores and overrides indexed by folded vendor and question. */
    private static final class EvaluatorIndex {
        private final Map<String, LinkedHashMap<String, Double>> scores = new HashMap<>();
        private final Map<String, Double> overrides = new HashMap<>();

        private final Map<String, String> folded = new HashMap<>(); // names repeat: fold each once

        EvaluatorIndex(List<EvaluatorScore> es, List<ConsensusOverride> os) {
            if (es != null) {
                for (EvaluatorScore e : es) {
                    String key = fold(e.vendor()) + '\u0000' + fold(e.questionId());
                    LinkedHashMap<String, Double> byEvaluator = scores.computeIfAbsent(key, k -> new LinkedHashMap<>());
                    byEvaluator.put(fold(e.evaluator()), e.score());
                }
            }
            if (os != null) {
                for (ConsensusOverride o : os) {
                    overrides.put(fold(o.vendor()) + '\u0000' + fold(o.questionId()), o.score());
                }
            }
        }

        private String fold(String s) {
            return folded.computeIfAbsent(s == null ? "" : s, Fold::fold);
        }

        List<Double> scores(String vendorKey, String questionKey) {
            LinkedHashMap<String, Double> m = scores.get(vendorKey + '\u0000' + questionKey);
            return m == null ? List.of() : List.copyOf(m.values());
        }

        Double override(String vendorKey, String questionKey) {
            return overrides.get(vendorKey + '\u0000' + questionKey);
        }
    }
}
