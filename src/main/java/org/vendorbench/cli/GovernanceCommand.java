package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.GovernanceReview;
import org.vendorbench.domain.monitoring.GovernanceSchedule;
import org.vendorbench.service.Governance;
import org.vendorbench.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vendorbench governance WORKSPACE.vbench --vendor V [--as-of DATE] [--json]}: the signed
 * vendor's review calendar (weekly, monthly, quarterly, annual) with what each review covers and
 * which periods are done, due, missed or upcoming; monthly reviews below the article's 15 recorded
 * calls are flagged. Subcommand {@code done} records a review.
 */
@Command(name = "governance", mixinStandardHelpOptions = true,
        description = "List the signed vendor's governance reviews (weekly, monthly, quarterly, annual): done, due, missed.",
        subcommands = {GovernanceDoneCommand.class})
public final class GovernanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // optional for picocli so that "governance done WORKSPACE ..." parses; required in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE.vbench", description = "The workspace file.")
    Path file;

    @Option(names = "--vendor", paramLabel = "V", description = "The signed vendor (checked against the contract).")
    String vendor;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Read the status on this day (default: today, or the"
            + " end of the latest month with a KPI report when later).")
    LocalDate asOf;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'WORKSPACE.vbench'");
        }
        if (vendor == null) throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--vendor'");
        Governance.Calendar cal;
        try (Workspace ws = Workspace.openReadOnly(file)) {
            cal = Governance.calendar(ws, vendor, asOf, LocalDate.now(ZoneId.systemDefault()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(cal)));
        } else {
            lines(cal).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static List<String> lines(Governance.Calendar cal) {
        List<String> out = new ArrayList<>();
        out.add("Governance reviews of " + cal.contract().vendor() + " (go-live " + cal.contract().goLive() + "), as of "
                + cal.asOf());
        for (GovernanceCadence c : GovernanceCadence.values()) {
            out.add("");
            out.add(String.format(Locale.ROOT, "%s: %d done, %d missed, %d due. %s", c.label,
                    cal.count(c, GovernanceSchedule.Status.DONE), cal.count(c, GovernanceSchedule.Status.MISSED),
                    cal.count(c, GovernanceSchedule.Status.DUE), c.aim));
            for (GovernanceSchedule.Slot s : cal.of(c)) {
                out.add(String.format(Locale.ROOT, "  %-9s %s to %s  %-8s%s", s.period(), s.start(), s.end(),
                        s.status().label, s.review() == null ? "" : " " + held(s.review())));
                for (String sf : s.shortfalls()) out.add("    shortfall: " + sf);
            }
        }
        return out;
    }

    private static String held(GovernanceReview r) {
        StringBuilder b = new StringBuilder("held ").append(r.doneOn());
        if (r.callsListened() != null) b.append(", ").append(r.callsListened()).append(" calls listened to");
        if (r.callTypes() != null) b.append(" across ").append(r.callTypes()).append(" call types");
        if (r.notes() != null) b.append(" – ").append(r.notes());
        return b.toString();
    }

    static Map<String, Object> json(Governance.Calendar cal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", cal.contract().vendor());
        m.put("goLive", cal.contract().goLive().toString());
        m.put("asOf", cal.asOf().toString());
        List<Map<String, Object>> cadences = new ArrayList<>();
        for (GovernanceCadence c : GovernanceCadence.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("cadence", c.name().toLowerCase(Locale.ROOT));
            x.put("aim", c.aim);
            x.put("agenda", c.agenda);
            List<Map<String, Object>> periods = new ArrayList<>();
            for (GovernanceSchedule.Slot s : cal.of(c)) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("period", s.period());
                p.put("start", s.start().toString());
                p.put("end", s.end().toString());
                p.put("status", s.status().name().toLowerCase(Locale.ROOT));
                p.put("doneOn", s.review() == null ? null : s.review().doneOn().toString());
                p.put("callsListened", s.review() == null ? null : s.review().callsListened());
                p.put("callTypes", s.review() == null ? null : s.review().callTypes());
                p.put("notes", s.review() == null ? null : s.review().notes());
                p.put("shortfalls", s.shortfalls());
                periods.add(p);
            }
            x.put("periods", periods);
            cadences.add(x);
        }
        m.put("cadences", cadences);
        return m;
    }
}
