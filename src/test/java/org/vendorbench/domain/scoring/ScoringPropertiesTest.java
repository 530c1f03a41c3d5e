package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.VendorResponse;

/** Property-style checks over seeded random RFPs (plain JUnit loops). */
class ScoringPropertiesTest {
    private static final int RUNS = 150;

    @Test
    void scoresStayInRange() {
        for (int seed = 0; seed < RUNS; seed++) {
            RandomRfps g = new RandomRfps(seed);
            Rfp rfp = g.rfp(1 + g.rnd.nextInt(4), g.rnd.nextInt(30), g.rnd.nextInt(5));
            List<VendorResponse> rs = new ArrayList<>();
            Map<String, Double> tco = new HashMap<>();
            for (int v = 0; v < 1 + g.rnd.nextInt(5); v++) {
                rs.add(g.response(rfp, "V" + v));
                if (g.rnd.nextInt(4) > 0) tco.put("V" + v, 1000.0 + g.rnd.nextInt(100_000));
            }
            List<EvaluatorScore> es = g.scores(rfp, rs.stream().map(VendorResponse::vendor).toList(), 3);
            List<VendorScore> vs = new ScoringEngine(rfp).scoreAll(rs, es, List.of(), Map.of());
            for (VendorScore v : vs) {
                assertThat(v.quality()).as("seed %d", seed).isBetween(0.0, 100.0);
                for (SectionScore s : v.sections()) if (s.score() != null) assertThat(s.score()).isBetween(0.0, 100.0);
                for (QuestionScore q : v.questions()) if (q.points() != null) assertThat(q.points()).isBetween(0.0, 5.0);
            }
            for (RankedVendor r : Ranking.rank(vs, tco, g.rnd.nextInt(101))) {
                assertThat(r.priceScore()).isBetween(0.0, 100.0);
                assertThat(r.combined()).isBetween(0.0, 100.0 + 1e-9);
            }
        }
    }

    @Test
    void raisingOneAnswerNeverLowersQuality() {
        int raised = 0;
        for (int seed = 0; seed < RUNS * 4; seed++) {
            RandomRfps g = new RandomRfps(1000 + seed);
            Rfp rfp = g.rfp(1 + g.rnd.nextInt(4), 1 + g.rnd.nextInt(25), g.rnd.nextInt(4));
            VendorResponse r = g.response(rfp, "V");
            List<EvaluatorScore> es = g.scores(rfp, List.of("V"), 2);
            ScoringEngine engine = new ScoringEngine(rfp);
            double before = engine.score(r, es, List.of()).quality();
            VendorResponse better = r;
            List<EvaluatorScore> betterScores = es;
            int pick = g.rnd.nextInt(rfp.questions().size() + rfp.kpis().size());
            if (pick < rfp.questions().size()) {
                Question q = rfp.questions().get(pick);
                if (q.isManual()) {
                    betterScores = raiseEvaluator(es, q.id(), g);
                    if (betterScores == null) continue;
                } else {
                    Answer a = better(q, r.answers().get(pick), g);
                    if (a == null) continue;
                    List<Answer> as = new ArrayList<>(r.answers());
                    as.set(pick, a);
                    better = Fixtures.response("V", as, r.kpis());
                }
            } else {
                int k = pick - rfp.questions().size();
                Kpi kpi = rfp.kpis().get(k);
                KpiCommitment c = r.kpis().get(k);
                double x = c.value() == null ? g.rnd.nextInt(100) : c.value() + (kpi.direction() == Direction.HIGHER ? 1 : -1) * g.rnd.nextInt(20);
                List<KpiCommitment> cs = new ArrayList<>(r.kpis());
                cs.set(k, Fixtures.commit(kpi.id(), x));
                better = Fixtures.response("V", r.answers(), cs);
            }
            raised++;
            double after = engine.score(better, betterScores, List.of()).quality();
            assertThat(after).as("seed %d", 1000 + seed).isGreaterThanOrEqualTo(before - 1e-9);
        }
        assertThat(raised).isGreaterThan(RUNS);
    }

    private static Answer better(Question q, Answer a, RandomRfps g) {
        ScoringRule rule = q.rule();
        boolean gap = QuestionScorer.gap(a) != null;
        if (rule instanceof ScoringRule.YesNo) {
            String t = gap ? "NO" : a.text();
            return Fixtures.text(q, switch (t) {
                case "NO" -> g.rnd.nextBoolean() ? "PARTIAL" : "YES";
                default -> "YES";
            });
        }
        if (rule instanceof ScoringRule.Choice) {
            double cur = gap ? 0 : QuestionScorer.option(q, a.text()).score();
            List<ChoiceOption> ok = q.options().stream().filter(o -> o.score() >= cur).toList();
            return Fixtures.text(q, ok.get(g.rnd.nextInt(ok.size())).label());
        }
        ScoringRule.Linear l = (ScoringRule.Linear) rule;
        if (gap) return Fixtures.num(q, g.rnd.nextInt(100));
        return Fixtures.num(q, a.number() + (l.direction() == Direction.HIGHER ? 1 : -1) * g.rnd.nextDouble() * 30);
    }

    private static List<EvaluatorScore> raiseEvaluator(List<EvaluatorScore> es, String qid, RandomRfps g) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < es.size(); i++) if (es.get(i).questionId().equals(qid)) idx.add(i);
        if (idx.isEmpty()) return null;
        int i = idx.get(g.rnd.nextInt(idx.size()));
        EvaluatorScore e = es.get(i);
        List<EvaluatorScore> out = new ArrayList<>(es);
        out.set(i, new EvaluatorScore(e.evaluator(), e.vendor(), e.questionId(), Math.min(5, e.score() + 0.5 + g.rnd.nextInt(4)), null));
        return out;
    }

    @Test
    void permutingQuestionsSectionsAndVendorsChangesNoScore() {
        for (int seed = 0; seed < RUNS; seed++) {
            RandomRfps g = new RandomRfps(5000 + seed);
            Rfp rfp = g.rfp(1 + g.rnd.nextInt(4), g.rnd.nextInt(30), g.rnd.nextInt(4));
            List<VendorResponse> rs = new ArrayList<>();
            Map<String, Double> tco = new HashMap<>();
            for (int v = 0; v < 2 + g.rnd.nextInt(4); v++) {
                rs.add(g.response(rfp, "V" + v));
                tco.put("V" + v, 1000.0 + g.rnd.nextInt(100_000));
            }
            List<EvaluatorScore> es = g.scores(rfp, rs.stream().map(VendorResponse::vendor).toList(), 3);
            List<VendorScore> base = new ScoringEngine(rfp).scoreAll(rs, es, List.of(), Map.of());
            List<RankedVendor> baseRank = Ranking.rank(base, tco, 30);

            List<Question> qs = new ArrayList<>(rfp.questions());
            Collections.shuffle(qs, g.rnd);
            var secs = new ArrayList<>(rfp.sections());
            Collections.shuffle(secs, g.rnd);
            Rfp shuffled = Fixtures.rfp(secs, qs, rfp.kpis());
            List<VendorResponse> rs2 = new ArrayList<>();
            for (VendorResponse r : rs) {
                List<Answer> as = new ArrayList<>(r.answers());
                Collections.shuffle(as, g.rnd);
                rs2.add(Fixtures.response(r.vendor(), as, r.kpis()));
            }
            Collections.shuffle(rs2, g.rnd);
            List<EvaluatorScore> es2 = new ArrayList<>(es);
            Collections.shuffle(es2, g.rnd);
            List<VendorScore> other = new ScoringEngine(shuffled).scoreAll(rs2, es2, List.of(), Map.of());
            List<RankedVendor> otherRank = Ranking.rank(other, tco, 30);
            for (int i = 0; i < baseRank.size(); i++) {
                RankedVendor a = baseRank.get(i), b = otherRank.get(i);
                assertThat(b.vendor()).as("seed %d", seed).isEqualTo(a.vendor());
                assertThat(b.quality()).isCloseTo(a.quality(), within(1e-9));
                assertThat(b.combined()).isCloseTo(a.combined(), within(1e-9));
                assertThat(b.score().sectionScores().keySet()).containsExactlyInAnyOrderElementsOf(a.score().sectionScores().keySet());
                a.score().sectionScores().forEach((id, s) -> {
                    Double t = b.score().sectionScores().get(id);
                    if (s == null) assertThat(t).isNull(); else assertThat(t).isCloseTo(s, within(1e-9));
                });
                for (QuestionScore q : a.score().questions()) {
                    assertThat(b.score().question(q.id()).points()).isEqualTo(q.points());
                }
                assertThat(b.score().incomplete()).isEqualTo(a.score().incomplete());
                assertThat(b.score().knockouts()).containsExactlyInAnyOrderElementsOf(a.score().knockouts());
            }
        }
    }
}
