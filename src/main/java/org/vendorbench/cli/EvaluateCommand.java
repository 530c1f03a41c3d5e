package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.scoring.KnockoutFinding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code vendorbench evaluate --rfp RFP.xlsx [--scores SCORES.xlsx] RESPONSE.xlsx... [--json]
 * [--runs N] [--seed S] [--password P]} and {@code vendorbench evaluate WORKSPACE.vbench [--json]
 * [--runs N]}: the ranking of scoring-and-tco.md §7. Refused responses are left out and listed
 * (exit 2); a refused RFP (or an RFP whose TCO assumptions cannot be used, e.g. no monthly call
 * volume) gives {@code {"error","file"}} and exit 2.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score, price and rank the vendor responses (scoring-and-tco.md §7).")
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    EvaluationInputs inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return inputs.run(spec, 0, (out, e, refused) -> {
            if (inputs.json) {
                ObjectMapper mapper = InspectJson.MAPPER;
                out.println(mapper.writeValueAsString(EvaluateJson.build(mapper, e, refused)));
            } else {
                printTable(out, e, refused);
            }
        });
    }

    static void printTable(PrintWriter out, Evaluation e, List<EvaluateJson.Refusal> refused) {
        out.printf("RFP %s  (price weight %s %%)%n%n", e.rfp().rfpId(), num(e.rfp().priceWeight()));
        out.printf("%4s  %-28s %8s %14s %8s %9s  %s%n", "RANK", "VENDOR", "QUALITY", "TCO", "PRICE", "COMBINED",
                "DISQUALIFIED / NOTES");
        for (Evaluation.VendorEvaluation v : e.ranking()) {
            List<String> notes = new ArrayList<>();
            for (KnockoutFinding k : v.score().knockouts()) notes.add(k.message());
            if (!v.tco().isPresent()) notes.add("no TCO: " + v.tco().reason());
            if (v.score().incomplete()) notes.add("incomplete");
            String tco = v.tco().isPresent() ? String.format("%,.0f", v.tco().result().total()) : "-";
            out.printf("%4d  %-28s %8.2f %14s %8.2f %9.2f  %s%n", v.ranked().rank(), v.vendor(), v.score().quality(),
                    tco, v.ranked().priceScore(), v.ranked().combined(),
                    (v.score().disqualified() ? "DQ: " : "") + String.join("; ", notes));
        }
        e.uncertainty().ifPresent(u -> {
            out.printf("%nUncertainty (%d runs): P10 / P50 / P90 of the TCO, share cheapest, share first%n", u.runs());
            u.vendors().forEach(vu -> out.printf("  %-28s %s / %s / %s  %.1f %%  %.1f %%%n", vu.vendor(),
                    money(vu.p10()), money(vu.p50()), money(vu.p90()), 100 * vu.shareCheapest(), 100 * vu.shareFirst()));
        });
        if (!refused.isEmpty()) {
            out.printf("%nRefused:%n");
            out.print(refused.stream().map(r -> "  " + r.error() + System.lineSeparator()).collect(Collectors.joining()));
        }
    }

    private static String money(Double d) {
        return d == null ? "-" : String.format("%,.0f", d);
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
