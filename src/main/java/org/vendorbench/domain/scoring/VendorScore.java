package org.vendorbench.domain.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Fold;

/**
 * The explainable quality score of one vendor (scoring-and-tco.md §1-3): every question and KPI
 * with its points and explanation, the section scores, quality Q (0..100, unrounded), knockouts,
 * mandatory gaps, listed items and evaluator spreads. Price and rank come from {@link Ranking}.
 *
 * @param questions     every RFP question in RFP order
 * @param kpis          every RFP KPI in RFP order
 * @param sections      every RFP section in RFP order (the KPI section scored from the KPIs)
 * @param quality       Q = Σ Ws·Ss / Σ Ws over sections with a counted item; 0 when there is none
 * @param incomplete    a counted manual question has no evaluator score yet, or no section counts
 * @param knockouts     failed knockouts; non-empty means disqualified
 * @param mandatoryGaps IDs of mandatory questions that are missing, NA or unreadable
 * @param listed        answers and KPIs that scored 0 because missing/NA/unreadable (RFP order)
 * @param spreads       answered manual questions whose evaluators differ by 2 points or more
 */
public record VendorScore(String vendor, String file, List<QuestionScore> questions, List<KpiScore> kpis,
                          List<SectionScore> sections, double quality, boolean incomplete,
                          List<KnockoutFinding> knockouts, List<String> mandatoryGaps, List<Listed> listed,
                          List<Spread> spreads) {
    public VendorScore {
        questions = List.copyOf(questions);
        kpis = List.copyOf(kpis);
        sections = List.copyOf(sections);
        knockouts = List.copyOf(knockouts);
        mandatoryGaps = List.copyOf(mandatoryGaps);
        listed = List.copyOf(listed);
        spreads = List.copyOf(spreads);
    }

    public boolean disqualified() {
        return !knockouts.isEmpty();
    }

    /** Section ID → score (null when the section has no counted item), in RFP order, for the JSON. */
    public Map<String, Double> sectionScores() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (SectionScore s : sections) m.put(s.id(), s.score());
        return m;
    }

    public SectionScore section(String id) {
        String f = Fold.fold(id);
        for (SectionScore s : sections) if (Fold.fold(s.id()).equals(f)) return s;
        return null;
    }

    public QuestionScore question(String id) {
        String f = Fold.fold(id);
        for (QuestionScore q : questions) if (Fold.fold(q.id()).equals(f)) return q;
        return null;
    }

    /** A copy with other section scores and quality (re-aggregation after a weight change). */
    VendorScore withAggregates(List<QuestionScore> qs, List<SectionScore> ss, double q, boolean inc) {
        return new VendorScore(vendor, file, qs, kpis, ss, q, inc, knockouts, mandatoryGaps, listed, spreads);
    }
}
