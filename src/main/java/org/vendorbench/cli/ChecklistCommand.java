package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.EffectiveStatus;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.ItemAssessment;
import org.vendorbench.domain.checklist.Readiness;
import org.vendorbench.domain.checklist.ReadinessReport;
import org.vendorbench.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vendorbench checklist WORKSPACE.vbench [--vendor V] [--json] [--checklist-mode M]}: the
 * pre-signing checklist of each vendor (or one) with effective statuses, overdue flags, claims
 * from the vendor's current workbook and "ready to sign". Opens the workspace read-only and
 * writes nothing (claims are applied in memory). Subcommand {@code set} changes one item.
 */
@Command(name = "checklist", mixinStandardHelpOptions = true, description = "Show the pre-signing checklist and whether each vendor is ready to sign.",
        subcommands = {ChecklistSetCommand.class})
public final class ChecklistCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // optional for picocli so that "checklist set WORKSPACE ..." parses; required in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE.vbench", description = "The workspace file.")
    Path file;

    @Option(names = "--vendor", paramLabel = "V", description = "Only this vendor (name as imported; case and spacing do not matter).")
    String vendor;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--checklist-mode", paramLabel = "MODE", defaultValue = "merge",
            description = "How the RFP's Checklist sheet combines with the built-in list: merge (default; same IDs"
                    + " replace, new IDs extend), replace, built-in.")
    String mode;

    @Override
    public Integer call() throws Exception {
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'WORKSPACE.vbench'");
        }
        ChecklistDefinition.Mode m = parseMode(spec, mode);
        Clock clock = Clock.systemDefaultZone();
        List<ReadinessReport> reports = new ArrayList<>();
        List<List<Evidence>> evidence = new ArrayList<>();
        try (Workspace ws = Workspace.openReadOnly(file)) {
            ChecklistDefinition def = ChecklistSupport.definition(ws, m);
            List<String> vendors = vendor != null ? List.of(ChecklistSupport.vendor(ws, vendor)) : ws.vendors();
            for (String v : vendors) {
                List<ChecklistEntry> entries = ChecklistSupport.entriesWithClaims(ws, def, v);
                List<Evidence> ev = ws.evidence(v);
                reports.add(Readiness.assess(v, def, entries, ChecklistSupport.evidenceByItem(ev), clock));
                evidence.add(ev);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("file", file.toString());
            root.put("asOf", java.time.LocalDate.now(clock).toString());
            root.put("checklistMode", m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) list.add(ChecklistSupport.reportJson(reports.get(i), evidence.get(i)));
            root.put("vendors", list);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else if (reports.isEmpty()) {
            out.println("No vendors in " + file.getFileName() + " yet: import a response first.");
        } else {
            for (ReadinessReport r : reports) printText(out, r);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static ChecklistDefinition.Mode parseMode(CommandSpec spec, String text) {
        ChecklistDefinition.Mode m = ChecklistDefinition.Mode.parse(text);
        if (m == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown checklist mode '" + text + "' (expected merge, replace or built-in)");
        }
        return m;
    }

    private static void printText(PrintWriter out, ReadinessReport r) {
        out.println(r.summary());
        for (ReadinessReport.Group g : r.groups()) {
            out.println("  " + g.summary());
            for (ItemAssessment a : g.items()) {
                ChecklistEntry e = a.entry();
                StringBuilder line = new StringBuilder("    ").append(pad(a.item().id(), 7)).append(pad(a.status().label, 15));
                line.append(a.item().text());
                if (!a.item().required()) line.append(" (optional)");
                if (e != null && e.owner() != null) line.append(" | owner: ").append(e.owner());
                if (e != null && e.dueDate() != null) line.append(" | due: ").append(e.dueDate());
                if (a.overdue()) line.append(" | OVERDUE");
                if (a.status() == EffectiveStatus.VERIFIED && e != null) {
                    line.append(" | verified ").append(e.verifiedOn()).append(" by ").append(e.verifiedBy());
                }
                if (a.validUntil() != null) line.append(" | valid until ").append(a.validUntil());
                out.println(line);
                if (a.reason() != null) out.println("           " + a.reason());
                if (e != null && e.claim() != null) out.println("           " + e.claim());
            }
        }
        out.println();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
