package org.vendorbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.tco.BreakEven;
import org.vendorbench.domain.tco.MonthCost;
import org.vendorbench.domain.tco.Staffing;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.domain.tco.Tornado;
import org.vendorbench.domain.tco.VendorUncertainty;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code vendorbench tco --rfp RFP.xlsx RESPONSE.xlsx... [--runs N] [--seed S] [--json]} and
 * {@code vendorbench tco WORKSPACE.vbench ...}: the cost side of the evaluation in detail — the
 * month-by-month breakdown, components, crossover months, percentiles (default 10,000 runs), the
 * tornado, staffing feasibility and the break-even volume of each pair of the top three. Every
 * figure comes from {@link Evaluation}; nothing is recomputed here.
 */
@Command(name = "tco", mixinStandardHelpOptions = true,
        description = "Show the 36-month TCO of each vendor in detail (scoring-and-tco.md §5, §6).")
public final class TcoCommand implements Callable<Integer> {
    static final int DEFAULT_RUNS = 10_000;

    @Mixin
    EvaluationInputs inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return inputs.run(spec, DEFAULT_RUNS, (out, e, refused) -> {
            if (inputs.json) out.println(InspectJson.MAPPER.writeValueAsString(json(e, refused)));
            else printSummary(out, e, refused);
        });
    }

    /** Vendors with a TCO, in rank order. */
    private static List<Evaluation.VendorEvaluation> priced(Evaluation e) {
        return e.ranking().stream().filter(v -> v.tco().isPresent()).toList();
    }

    static ObjectNode json(Evaluation e, List<EvaluateJson.Refusal> refused) {
        ObjectNode root = InspectJson.MAPPER.createObjectNode();
        root.put("rfpId", e.rfp().rfpId());
        root.put("model", TcoModel.MODEL);
        root.put("termMonths", e.rfp().termMonths());
        Map<String, VendorUncertainty> unc = new HashMap<>();
        e.uncertainty().ifPresent(u -> {
            root.put("runs", u.runs());
            root.put("seed", u.seed());
            u.vendors().forEach(v -> unc.put(v.vendor(), v));
        });
        ArrayNode vendors = root.putArray("vendors");
        for (Evaluation.VendorEvaluation v : e.ranking()) {
            ObjectNode o = vendors.addObject();
            o.put("vendor", v.vendor());
            o.put("rank", v.ranked().rank());
            o.put("disqualified", v.score().disqualified());
            if (v.tco().isPresent()) {
                TcoResult t = v.tco().result();
                o.put("total", t.total());
                ObjectNode c = o.putObject("components");
                c.put("fees", t.fees());
                c.put("onboarding", t.onboarding());
                c.put("retraining", t.retraining());
                c.put("patientImpact", t.patientImpact());
                c.put("governance", t.governance());
                c.put("expectedExit", t.expectedExit());
                o.put("firstMonthFee", t.firstMonthFee());
                ArrayNode months = o.putArray("months");
                for (MonthCost m : t.months()) months.add(InspectJson.MAPPER.valueToTree(m));
                o.set("cumulative", InspectJson.MAPPER.valueToTree(t.cumulative()));
            } else {
                o.putNull("total");
                o.put("reason", v.tco().reason());
            }
            VendorUncertainty u = unc.get(v.vendor());
            if (u != null) o.set("uncertainty", InspectJson.MAPPER.valueToTree(u));
            Staffing.Assessment s = v.staffing();
            if (s != null) o.set("staffing", InspectJson.MAPPER.valueToTree(s));
        }
        List<Evaluation.VendorEvaluation> priced = priced(e);
        ArrayNode cross = root.putArray("crossovers");
        for (int i = 0; i < priced.size(); i++) {
            for (int j = i + 1; j < priced.size(); j++) {
                List<Integer> months = TcoModel.crossovers(priced.get(i).tco().result(), priced.get(j).tco().result());
                if (months.isEmpty()) continue;
                ObjectNode c = cross.addObject();
                c.put("a", priced.get(i).vendor());
                c.put("b", priced.get(j).vendor());
                c.set("months", InspectJson.MAPPER.valueToTree(months));
            }
        }
        ArrayNode breakEven = root.putArray("breakEven");
        List<Evaluation.VendorEvaluation> top = priced.subList(0, Math.min(3, priced.size()));
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                ObjectNode b = breakEven.addObject();
                b.put("a", top.get(i).vendor());
                b.put("b", top.get(j).vendor());
                BreakEven.Result r = e.breakEven(top.get(i).vendor(), top.get(j).vendor()).orElse(null);
                if (r == null) {
                    b.putNull("volume");
                } else {
                    b.put("volume", r.volume());
                    b.put("cheaperBelow", r.cheaperBelow());
                    b.put("cheaperAbove", r.cheaperAbove());
                    b.set("allCrossings", InspectJson.MAPPER.valueToTree(r.allCrossings()));
                    b.put("sentence", r.sentence());
                }
            }
        }
        ArrayNode tornado = root.putArray("tornado");
        for (Tornado.Bar bar : e.tornado()) {
            ObjectNode t = tornado.addObject();
            t.put("key", bar.key().name());
            t.put("label", bar.label());
            t.put("low", bar.low());
            t.put("value", bar.value());
            t.put("high", bar.high());
            t.put("maxSwing", bar.maxSwing());
            t.set("vendors", InspectJson.MAPPER.valueToTree(bar.vendors()));
        }
        if (!refused.isEmpty()) {
            ArrayNode r = root.putArray("refused");
            for (EvaluateJson.Refusal f : refused) r.addObject().put("file", f.file()).put("error", f.error());
        }
        return root;
    }

    private static void printSummary(PrintWriter out, Evaluation e, List<EvaluateJson.Refusal> refused) {
        out.printf("TCO over %d months (%s), RFP %s%n%n", e.rfp().termMonths(), TcoModel.MODEL, e.rfp().rfpId());
        out.printf("%-28s %14s %12s %12s %12s %12s %12s %12s %12s%n", "VENDOR", "TOTAL", "FIRST FEE", "FEES",
                "ONBOARDING", "RETRAINING", "PATIENT", "GOVERNANCE", "EXIT");
        for (Evaluation.VendorEvaluation v : e.ranking()) {
            if (!v.tco().isPresent()) {
                out.printf("%-28s %14s  %s%n", v.vendor(), "-", v.tco().reason());
                continue;
            }
            TcoResult t = v.tco().result();
            out.printf("%-28s %,14.0f %,12.0f %,12.0f %,12.0f %,12.0f %,12.0f %,12.0f %,12.0f%n", v.vendor(), t.total(),
                    t.firstMonthFee(), t.fees(), t.onboarding(), t.retraining(), t.patientImpact(), t.governance(),
                    t.expectedExit());
        }
        e.uncertainty().ifPresent(u -> {
            out.printf("%nPercentiles (%d runs, seed %d):%n", u.runs(), u.seed());
            for (VendorUncertainty vu : u.vendors()) {
                out.printf("  %-28s P10 %s  P50 %s  P90 %s  cheapest %.1f %%  first %.1f %%%n", vu.vendor(),
                        money(vu.p10()), money(vu.p50()), money(vu.p90()), 100 * vu.shareCheapest(),
                        100 * vu.shareFirst());
            }
        });
        List<Evaluation.VendorEvaluation> priced = priced(e);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            for (int j = i + 1; j < priced.size(); j++) {
                List<Integer> m = TcoModel.crossovers(priced.get(i).tco().result(), priced.get(j).tco().result());
                if (!m.isEmpty()) lines.add("  " + priced.get(i).vendor() + " / " + priced.get(j).vendor() + ": month " + m);
            }
        }
        out.printf("%nCumulative cost crossovers:%n");
        if (lines.isEmpty()) out.println("  none");
        lines.forEach(out::println);
        out.printf("%nBreak-even volumes (top three):%n");
        List<Evaluation.VendorEvaluation> top = priced.subList(0, Math.min(3, priced.size()));
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                String a = top.get(i).vendor();
                String b = top.get(j).vendor();
                out.println("  " + e.breakEven(a, b).map(BreakEven.Result::sentence)
                        .orElse(a + " / " + b + ": no break-even volume"));
            }
        }
        out.printf("%nTornado (TCO swing per assumption range):%n");
        for (Tornado.Bar bar : e.tornado()) {
            out.printf("  %-32s %s .. %s  swing %,.0f%n", bar.label(), num(bar.low()), num(bar.high()), bar.maxSwing());
        }
        out.printf("%nStaffing:%n");
        for (Evaluation.VendorEvaluation v : e.ranking()) {
            Staffing.Assessment s = v.staffing();
            if (s != null) out.printf("  %-28s %s%s%n", v.vendor(), s.flagged() ? "FLAGGED: " : "", s.explanation());
        }
        if (!refused.isEmpty()) {
            out.printf("%nRefused:%n");
            refused.forEach(r -> out.println("  " + r.error()));
        }
    }

    private static String money(Double d) {
        return d == null ? "-" : String.format("%,.0f", d);
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.format("%,.0f", d) : String.valueOf(d);
    }
}
