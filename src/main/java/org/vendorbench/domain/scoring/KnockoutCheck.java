package org.vendorbench.domain.scoring;

import org.vendorbench.domain.Answer;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Question;

/**
 * Applies a question's knockout to an answer (workbook-format.md §1, scoring-and-tco.md §9).
 * Missing, NA and unreadable answers fail any knockout; {@code PARTIAL} fails only a knockout
 * that lists it; numeric thresholds compare normalised values (percent units, seconds).
 */
final class KnockoutCheck {
    private KnockoutCheck() {}

    /** The finding when the answer disqualifies, else null (also null when the question has no knockout). */
    static KnockoutFinding check(Question q, Answer a) {
        Knockout k = q.knockout();
        if (k == null) return null;
        String rule = k.expression();
        ListedReason gap = QuestionScorer.gap(a);
        if (gap == ListedReason.MISSING) {
            return new KnockoutFinding(q.id(), null, rule,
                    q.id() + ": no answer to a knockout question (disqualifying: " + rule + ")");
        }
        if (gap == ListedReason.UNREADABLE) {
            String raw = a.raw() == null || a.raw().isBlank() ? null : a.raw();
            return new KnockoutFinding(q.id(), raw, rule, q.id() + ": answer "
                    + (raw == null ? "" : "'" + raw + "' ") + "could not be read on a knockout question (disqualifying: " + rule + ")");
        }
        if (gap == ListedReason.NA) {
            return new KnockoutFinding(q.id(), a.value(), rule,
                    q.id() + ": answered 'NA' (not applicable) on a knockout question (disqualifying: " + rule + ")");
        }
        boolean fails;
        if (k instanceof Knockout.Tokens t) {
            fails = a.text() != null && t.tokens().stream().anyMatch(tok -> Fold.same(tok, a.text()));
        } else if (k instanceof Knockout.Options o) {
            fails = a.text() != null && o.options().stream().anyMatch(opt -> Fold.same(opt, a.text()));
        } else {
            Knockout.Compare c = (Knockout.Compare) k;
            fails = a.number() != null && c.op().test(a.number(), c.threshold());
        }
        if (!fails) return null;
        String shown = a.number() != null ? Fmt.num(a.number()) : "'" + a.text() + "'";
        return new KnockoutFinding(q.id(), a.value(), rule, q.id() + ": answered " + shown + ", disqualifying: " + rule);
    }
}
