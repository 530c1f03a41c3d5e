package org.vendorbench.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.GovernanceReview;
import org.vendorbench.service.Governance;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench governance done WORKSPACE.vbench --vendor V --review monthly --date 2027-02-03
 * [--period 2027-01] [--calls-listened N] [--call-types N] [--attendees A,B] [--note ..]}: records a
 * review as held (audited; the same cadence and period again replaces it) and prints the article's
 * shortfalls of a monthly review (fewer than 15 recorded calls, fewer than two call types).
 */
@Command(name = "done", mixinStandardHelpOptions = true, description = "Mark a governance review as held.")
public final class GovernanceDoneCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Option(names = "--vendor", required = true, paramLabel = "V", description = "The signed vendor.")
    String vendor;

    @Option(names = "--review", required = true, paramLabel = "CADENCE", description = "weekly, monthly, quarterly or annual.")
    String review;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "When it was held, yyyy-mm-dd.")
    LocalDate date;

    @Option(names = "--period", paramLabel = "KEY", description = "The period reviewed (2027-W05, 2027-01, 2027-Q1, 2027);"
            + " default: the one containing --date.")
    String period;

    @Option(names = "--calls-listened", paramLabel = "N", description = "Recorded calls listened to (monthly: minimum 15).")
    Integer callsListened;

    @Option(names = "--call-types", paramLabel = "N", description = "How many call types those calls spanned (monthly: at least 2).")
    Integer callTypes;

    @Option(names = "--attendees", split = ",", paramLabel = "NAME", description = "Who attended (comma-separated).")
    List<String> attendees;

    @Option(names = "--note", description = "Notes of the review.")
    String note;

    @Option(names = "--reason", description = "Written to the audit log.")
    String reason;

    @Option(names = "--user", paramLabel = "NAME", description = "Who records it (default: the OS user).")
    String user;

    @Override
    public Integer call() throws Exception {
        GovernanceCadence cadence = null;
        for (GovernanceCadence c : GovernanceCadence.values()) {
            if (Fold.same(c.name(), review) || Fold.same(c.label, review)) cadence = c;
        }
        if (cadence == null) {
            throw io.usage("--review '" + review
                    + "' is not weekly, monthly, quarterly or annual");
        }
        GovernanceReview r;
        try (Workspace ws = Workspace.open(workspace.file)) {
            if (user != null) ws.setUser(user);
            r = Governance.markDone(ws, vendor, cadence, date, period, callsListened, callTypes, attendees, note, reason);
        }
        var out = io.out();
        out.printf("%s review %s marked done on %s%n", cadence.label, r.period(), r.doneOn());
        for (String sf : r.shortfalls()) out.println("  shortfall: " + sf);
        out.flush();
        return ExitCodes.OK;
    }
}
