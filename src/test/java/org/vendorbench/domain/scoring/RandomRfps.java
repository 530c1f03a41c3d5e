package org.vendorbench.domain.scoring;

import static org.vendorbench.domain.scoring.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;

/** Seeded random RFPs, responses and evaluator scores for property-style tests and the benchmark. */
final class RandomRfps {
    final Random rnd;

    RandomRfps(long seed) {
        rnd = new Random(seed);
    }

    Rfp rfp(int sections, int questions, int kpis) {
        List<Section> ss = new ArrayList<>();
        for (int i = 0; i < sections; i++) ss.add(section("S" + i, rnd.nextInt(4)));
        ss.add(section("KPI", 1 + rnd.nextInt(3)));
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            String id = "Q-" + i, sec = "S" + rnd.nextInt(sections);
            double w = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(3);
            Question q = switch (rnd.nextInt(5)) {
                case 0 -> yesNo(id, sec, w);
                case 1 -> choice(id, sec, w, "a=5", "b=2.5", "c=1", "d=0");
                case 2 -> {
                    double t = rnd.nextInt(100), f = rnd.nextInt(100);
                    boolean higher = rnd.nextBoolean();
                    yield linear(id, sec, w, higher ? Math.max(t, f) : Math.min(t, f), higher ? Math.min(t, f) : Math.max(t, f),
                            higher ? Direction.HIGHER : Direction.LOWER);
                }
                default -> manual(id, sec, w);
            };
            if (rnd.nextInt(8) == 0) q = mandatory(q);
            qs.add(q);
        }
        List<Kpi> ks = new ArrayList<>();
        for (int i = 0; i < kpis; i++) {
            boolean higher = rnd.nextBoolean();
            double t = 50 + rnd.nextInt(50), x = rnd.nextInt(50);
            ks.add(higher ? kpi("K" + i, Direction.HIGHER, t, x, rnd.nextInt(3)) : kpi("K" + i, Direction.LOWER, x, t, rnd.nextInt(3)));
        }
        return Fixtures.rfp(ss, qs, ks);
    }

    Answer answer(Question q) {
        int r = rnd.nextInt(12);
        if (r == 0) return Answer.missing(q);
        if (r == 1) return unreadable(q, "??");
        ScoringRule rule = q.rule();
        if (rule instanceof ScoringRule.YesNo) return text(q, new String[] {"YES", "NO", "PARTIAL", "NA"}[rnd.nextInt(4)]);
        if (rule instanceof ScoringRule.Choice) {
            List<ChoiceOption> os = q.options();
            return text(q, os.get(rnd.nextInt(os.size())).label());
        }
        if (rule instanceof ScoringRule.Linear) return num(q, rnd.nextInt(120) - 10 + rnd.nextDouble());
        return text(q, "free text");
    }

    VendorResponse response(Rfp rfp, String vendor) {
        List<Answer> as = new ArrayList<>();
        for (Question q : rfp.questions()) as.add(answer(q));
        List<KpiCommitment> cs = new ArrayList<>();
        for (Kpi k : rfp.kpis()) cs.add(commit(k.id(), rnd.nextInt(10) == 0 ? null : (double) rnd.nextInt(110)));
        return Fixtures.response(vendor, as, cs);
    }

    List<EvaluatorScore> scores(Rfp rfp, List<String> vendors, int evaluators) {
        List<EvaluatorScore> es = new ArrayList<>();
        for (String v : vendors) {
            for (Question q : rfp.questions()) {
                if (!q.isManual() || rnd.nextInt(6) == 0) continue;
                for (int e = 0; e < evaluators; e++) es.add(new EvaluatorScore("E" + e, v, q.id(), rnd.nextInt(11) / 2.0, null));
            }
        }
        return es;
    }
}
