package org.vendorbench.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an edited RFP may replace the stored one (issue #8, RFP area): the edit must keep the
 * RFP sound (unique IDs, every question in a known section, none in the KPI section) and must not
 * break the stored responses: an answered question cannot be deleted or change its type (its
 * answers were read for that type), a KPI with commitments cannot be deleted, and the RFP ID
 * cannot change while responses answer it.
 */
public final class RfpEditCheck {
    private RfpEditCheck() {}

    /** The problems, empty when the edit is allowed. */
    public static List<String> problems(Rfp old, Rfp edited, List<VendorResponse> responses) {
        List<String> out = new ArrayList<>();
        if (!responses.isEmpty() && !Fold.same(old.rfpId(), edited.rfpId())) {
            out.add("the RFP ID cannot change from " + old.rfpId() + " while vendor responses answer it");
        }
        duplicates(edited.sections().stream().map(Section::id).toList(), "section", out);
        duplicates(edited.questions().stream().map(Question::id).toList(), "question", out);
        duplicates(edited.kpis().stream().map(Kpi::id).toList(), "KPI", out);
        for (Question q : edited.questions()) {
            var s = edited.section(q.sectionId());
            if (s.isEmpty()) out.add("question " + q.id() + ": section '" + q.sectionId() + "' is not in the RFP");
            else if (s.get().isKpiSection()) out.add("question " + q.id() + ": section KPI holds the KPI commitments only");
            if (!(q.weight() >= 0) || Double.isInfinite(q.weight())) out.add("question " + q.id() + ": weight must be a number >= 0");
        }
        for (Question q : old.questions()) {
            long answered = responses.stream().filter(r -> answered(r, q.id())).count();
            if (answered == 0) continue;
            var now = edited.question(q.id());
            if (now.isEmpty()) {
                out.add("question " + q.id() + " cannot be deleted: " + answered + " vendor response(s) answer it");
            } else if (now.get().type() != q.type()) {
                out.add("the type of question " + q.id() + " cannot change from " + q.type() + ": " + answered
                        + " vendor response(s) were read as " + q.type());
            }
        }
        for (Kpi k : old.kpis()) {
            if (edited.kpi(k.id()).isPresent()) continue;
            long committed = responses.stream().filter(r -> r.kpis().stream()
                    .anyMatch(c -> Fold.same(c.kpiId(), k.id()) && c.value() != null)).count();
            if (committed > 0) out.add("KPI " + k.id() + " cannot be deleted: " + committed + " vendor(s) committed to it");
        }
        return out;
    }

    private static boolean answered(VendorResponse r, String questionId) {
        return r.answers().stream().anyMatch(a -> Fold.same(a.questionId(), questionId) && a.isAnswered());
    }

    private static void duplicates(List<String> ids, String what, List<String> out) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) if (!seen.add(Fold.fold(id))) out.add(what + " ID " + id + " is used twice");
    }
}
