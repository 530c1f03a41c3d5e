package org.vendorbench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.memo.MemoComposer;
import org.vendorbench.memo.MemoRenderer;
import org.vendorbench.memo.MemoSpec;
import org.vendorbench.service.WorkspaceEvaluation;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceInfo;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vendorbench memo WORKSPACE.vbench --out memo.pdf} or {@code vendorbench memo --rfp RFP.xlsx
 * RESPONSE.xlsx... --out memo.pdf}: the PDF decision memo. The creation time and date come from the
 * inputs (last audit entry), never the clock, so the same inputs give the same bytes.
 */
@Command(name = "memo", description = "Write the PDF decision memo.")
public final class MemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "A workspace, or response workbooks with --rfp.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--rfp", description = "One-shot mode: the RFP workbook.")
    Path rfpFile;

    @Option(names = "--out", required = true, description = "The PDF to write.")
    Path out;

    @Option(names = "--final", description = "Mark the memo final (default draft).")
    boolean finalStatus;

    @Option(names = "--pdfa", description = "Write PDF/A-2A instead of PDF/UA-1.")
    boolean pdfa;

    @Option(names = "--no-appendix", description = "Leave out the appendix.")
    boolean noAppendix;

    @Option(names = "--prepared-by", description = "Author shown on the cover.")
    String preparedBy = "Vendorbench";

    @Option(names = "--runs", description = "Monte Carlo runs (0 = none).")
    int runs = 1000;

    @Option(names = "--date", description = "Memo date (YYYY-MM-DD); default: from the inputs.")
    LocalDate date;

    @Override
    public Integer call() {
        try {
            Evaluation ev;
            Instant createdAt;
            String canonical;
            String checklistNote = null;
            if (rfpFile != null) {
                Rfp rfp = RfpReader.read(rfpFile);
                List<VendorResponse> rs = new ArrayList<>();
                for (Path p : files) rs.add(ResponseReader.read(p, rfp, null));
                ev = Evaluation.run(new EvaluationRequest(rfp, rs, List.of(), List.of(), Map.of(), Map.of(), Map.of(), runs, 42L));
                // no workspace: the inputs' own date (RFP issue date), never the clock
                createdAt = rfp.issued() != null ? rfp.issued().atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.EPOCH;
                canonical = rfp + "\n" + rs;
            } else {
                if (files.size() != 1) {
                    spec.commandLine().getErr().println("memo: give one WORKSPACE.vbench, or --rfp RFP.xlsx RESPONSE.xlsx...");
                    return ExitCodes.USAGE;
                }
                try (Workspace ws = Workspace.openReadOnly(files.get(0))) {
                    ev = WorkspaceEvaluation.run(ws, runs, 42L);
                    List<AuditEntry> audit = ws.auditEntries();
                    createdAt = audit.isEmpty() ? Instant.EPOCH : audit.get(audit.size() - 1).time();
                    WorkspaceInfo info = ws.info();
                    canonical = ws.loadRfp() + "\n" + ws.currentResponses() + "\n" + ws.scores() + "\n" + ws.consensus()
                            + "\n" + ws.assumptionOverrides() + "\n" + info.auditHeadHash();
                    checklistNote = "Workspace audit head: entry " + info.auditEntries() + ", hash " + info.auditHeadHash()
                            + "; " + info.checklistEntries() + " checklist entries, " + info.evidence() + " evidence files.";
                }
            }
            MemoSpec memo = MemoComposer.compose(ev, new MemoComposer.Options(preparedBy, finalStatus,
                    date != null ? date : MemoComposer.dateOf(createdAt), createdAt, !noAppendix,
                    MemoComposer.fingerprint(canonical), checklistNote));
            AtomicFiles.write(out, new MemoRenderer().render(memo, new MemoRenderer.Options(pdfa)));
            spec.commandLine().getOut().println("wrote " + out);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (RefusedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REFUSED;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("memo: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.REFUSED;
        }
    }
}
