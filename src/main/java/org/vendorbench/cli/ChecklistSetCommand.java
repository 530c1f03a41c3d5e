package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistItem;
import org.vendorbench.domain.checklist.ChecklistRules;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.ChecklistUpdate;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.service.ChecklistChanges;
import org.vendorbench.service.VendorChecklist;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench checklist set WORKSPACE.vbench --vendor V --item ID [--status S] [--note ..]
 * [--owner ..] [--due DATE] [--reason ..] [--evidence FILE] [--evidence-date DATE]}: changes one
 * checklist item of one vendor under the checklist rules (VERIFIED stamps the user and today and
 * needs evidence where the item requires it; NOT_APPLICABLE needs --reason; FAILED needs --note).
 * The rules are checked before anything is written, and the evidence file and the entry are
 * written in one transaction, so a refused or failed change leaves the workspace as it was.
 */
@Command(name = "set", mixinStandardHelpOptions = true, description = "Change the status, owner, due date or evidence of one checklist item.")
public final class ChecklistSetCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Mixin
    VendorOption vendorOption;

    @Option(names = "--item", required = true, paramLabel = "ID", description = "Checklist item ID, e.g. CS-02.")
    String item;

    @Option(names = "--status", paramLabel = "S",
            description = "not-started, in-progress, verified, failed, not-applicable (na). Omit to keep the status.")
    String status;

    @Option(names = "--note", description = "Note (required for failed); empty text clears it.")
    String note;

    @Option(names = "--owner", description = "Internal owner; empty text clears it.")
    String owner;

    @Option(names = "--due", paramLabel = "DATE", description = "Due date, yyyy-mm-dd.")
    LocalDate due;

    @Option(names = "--reason", description = "Why: required for not-applicable; also written to the audit log.")
    String reason;

    @Option(names = "--evidence", paramLabel = "FILE", description = "Attach this file as evidence.")
    Path evidence;

    @Option(names = "--evidence-date", paramLabel = "DATE",
            description = "What the evidence speaks for (SOC 2 Type II period end, last audit date), yyyy-mm-dd.")
    LocalDate evidenceDate;

    @Option(names = "--user", paramLabel = "NAME", description = "Who makes the change (default: the OS user).")
    String user;

    @Option(names = "--checklist-mode", paramLabel = "MODE", defaultValue = "merge",
            description = "merge (default), replace or built-in; see 'checklist --help'.")
    String mode;

    @Option(names = "--json", description = "Print the changed item as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ChecklistDefinition.Mode m = ChecklistCommand.parseMode(io.spec(), mode);
        ChecklistStatus target = null;
        if (status != null) {
            target = ChecklistSupport.status(status);
            if (target == null) {
                throw io.usage("unknown status '" + status
                        + "' (expected not-started, in-progress, verified, failed, not-applicable)");
            }
        }
        if (evidence != null && !Files.isRegularFile(evidence)) {
            throw new WorkspaceException("evidence file " + evidence + " does not exist or is not a file");
        }
        Clock clock = Clock.systemDefaultZone();
        ChecklistRules rules = new ChecklistRules(clock);
        ChecklistEntry saved;
        ChecklistItem def;
        List<Evidence> itemEvidence;
        try (Workspace ws = Workspace.open(workspace.file)) {
            if (user != null) ws.setUser(user);
            ChecklistDefinition checklist = VendorChecklist.definition(ws, m);
            String v = ChecklistSupport.vendor(ws, vendorOption.vendor);
            // --reason is the not-applicable reason (ignored by the rules for other statuses) and the audit reason
            ChecklistUpdate update = new ChecklistUpdate(target, note, owner, due, reason, evidenceDate);
            ChecklistChanges.Result result = ChecklistChanges.apply(ws, checklist, v, item, update,
                    evidence == null ? List.of() : List.of(evidence), reason, clock);
            saved = result.after();
            def = result.item();
            itemEvidence = ChecklistSupport.evidenceOf(ws.evidence(v), def.id());
        }
        PrintWriter out = io.out();
        var assessment = rules.assess(def, saved, itemEvidence.size());
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ChecklistSupport.itemJson(assessment, itemEvidence)));
        } else {
            StringBuilder s = new StringBuilder(saved.vendor()).append(' ').append(def.id()).append(": ")
                    .append(assessment.status().label);
            if (saved.status() == ChecklistStatus.VERIFIED) s.append(" by ").append(saved.verifiedBy()).append(" on ").append(saved.verifiedOn());
            if (assessment.overdue()) s.append(" (overdue since ").append(saved.dueDate()).append(')');
            s.append("; ").append(itemEvidence.size()).append(" evidence file(s)");
            out.println(s);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
