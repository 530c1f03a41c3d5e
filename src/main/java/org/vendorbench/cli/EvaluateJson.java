package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.scoring.KnockoutFinding;
import org.vendorbench.domain.scoring.Listed;
import org.vendorbench.domain.scoring.Spread;
import org.vendorbench.domain.scoring.VendorScore;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.domain.tco.VendorUncertainty;

/**
 * The {@code evaluate --json} object of scoring-and-tco.md §7 and §9: field names fixed by the
 * contract, numbers unrounded, vendors in rank order.
 */
public final class EvaluateJson {
    private EvaluateJson() {}

    /** A file that was refused, listed in {@code "refused"}. */
    public record Refusal(String file, String error) {}

    public static ObjectNode build(ObjectMapper mapper, Evaluation e, List<Refusal> refused) {
        ObjectNode root = mapper.createObjectNode();
        root.put("rfpId", e.rfp().rfpId());
        root.put("model", TcoModel.MODEL);
        root.put("priceWeight", e.rfp().priceWeight());
        ArrayNode vendors = root.putArray("vendors");
        Map<String, VendorUncertainty> unc = new java.util.HashMap<>();
        e.uncertainty().ifPresent(u -> u.vendors().forEach(v -> unc.put(v.vendor(), v)));
        for (Evaluation.VendorEvaluation v : e.ranking()) {
            VendorScore s = v.score();
            ObjectNode o = vendors.addObject();
            o.put("vendor", v.vendor());
            o.put("file", v.response().file());
            o.put("rank", v.ranked().rank());
            o.put("disqualified", s.disqualified());
            ArrayNode ko = o.putArray("knockouts");
            for (KnockoutFinding k : s.knockouts()) {
                ObjectNode kn = ko.addObject();
                kn.put("id", k.id());
                kn.set("answer", mapper.valueToTree(k.answer()));
                kn.put("rule", k.rule());
                kn.put("message", k.message());
            }
            o.put("incomplete", s.incomplete());
            o.put("quality", s.quality());
            ObjectNode sections = o.putObject("sections");
            s.sectionScores().forEach((id, score) -> {
                if (score == null) sections.putNull(id);
                else sections.put(id, score);
            });
            o.put("priceScore", v.ranked().priceScore());
            o.put("combined", v.ranked().combined());
            if (v.tco().isPresent()) {
                TcoResult t = v.tco().result();
                ObjectNode tco = o.putObject("tco");
                tco.put("total", t.total());
                tco.put("fees", t.fees());
                tco.put("onboarding", t.onboarding());
                tco.put("retraining", t.retraining());
                tco.put("patientImpact", t.patientImpact());
                tco.put("governance", t.governance());
                tco.put("expectedExit", t.expectedExit());
                tco.put("firstMonthFee", t.firstMonthFee());
            } else {
                o.putNull("tco");
            }
            ArrayNode listed = o.putArray("listed");
            for (Listed l : v.listed()) {
                listed.addObject().put("id", l.id()).put("reason", l.reason().name());
            }
            ArrayNode spreads = o.putArray("spreads");
            for (Spread sp : s.spreads()) {
                spreads.addObject().put("id", sp.id()).put("min", sp.min()).put("max", sp.max());
            }
            VendorUncertainty u = unc.get(v.vendor());
            if (u != null) {
                ObjectNode un = o.putObject("uncertainty");
                putNullable(un, "p10", u.p10());
                putNullable(un, "p50", u.p50());
                putNullable(un, "p90", u.p90());
                un.put("shareCheapest", u.shareCheapest());
                un.put("shareFirst", u.shareFirst());
            }
        }
        if (!refused.isEmpty()) {
            ArrayNode r = root.putArray("refused");
            for (Refusal f : refused) r.addObject().put("file", f.file()).put("error", f.error());
        }
        return root;
    }

    private static void putNullable(ObjectNode o, String key, Double v) {
        if (v == null) o.putNull(key);
        else o.put(key, v);
    }
}
