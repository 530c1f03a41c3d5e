package org.vendorbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.service.MemoService;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vendorbench memo WORKSPACE.vbench --out memo.pdf} or {@code vendorbench memo --rfp RFP.xlsx
 * [--scores SCORES.xlsx] RESPONSE.xlsx... --out memo.pdf}, with {@code [--final] [--pdfa]
 * [--no-appendix] [--prepared-by NAME] [--date D] [--runs N] [--seed S] [--json]}: the PDF decision
 * memo (see docs/memo.md). The inputs are those of {@code evaluate}; a refused response refuses the
 * memo (exit 2, nothing written), since a memo silently missing a vendor would mislead.
 */
@Command(name = "memo", mixinStandardHelpOptions = true, description = "Write the PDF decision memo.")
public final class MemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationInputs inputs;

    @Option(names = "--out", required = true, paramLabel = "MEMO.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--final", description = "Mark the memo final (default draft).")
    boolean finalStatus;

    @Option(names = "--pdfa", description = "Write PDF/A-2A (archival) instead of PDF/UA-1.")
    boolean pdfa;

    @Option(names = "--no-appendix", description = "Leave out the appendix.")
    boolean noAppendix;

    @Option(names = "--prepared-by", paramLabel = "NAME", description = "Author shown on the cover (default: ${DEFAULT-VALUE}).")
    String preparedBy = "Vendorbench";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Memo date; default: from the inputs (last audit"
            + " entry, or the RFP's issue date).")
    LocalDate date;

    /** Default Monte Carlo runs for the memo's P10/P50/P90 band. */
    static final int DEFAULT_RUNS = MemoService.DEFAULT_RUNS;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int runs = inputs.runsOr(DEFAULT_RUNS);
        if (runs < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be 0 or more");
        MemoService.Settings settings = new MemoService.Settings(preparedBy, finalStatus, !noAppendix, date, runs, inputs.seed);
        MemoService.Memo memo;
        String source;
        try {
            if (inputs.rfpFile == null) {
                if (inputs.files.size() != 1 || inputs.scoresFile != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "Give one WORKSPACE.vbench, or --rfp RFP.xlsx [--scores SCORES.xlsx] RESPONSE.xlsx...");
                }
                source = inputs.files.get(0).toString();
                try (Workspace ws = Workspace.openReadOnly(inputs.files.get(0))) {
                    memo = MemoService.fromWorkspace(ws, settings);
                }
            } else {
                source = inputs.rfpFile.toString();
                EvaluationInputs.Loaded loaded = inputs.load(spec, runs);
                if (!loaded.refused().isEmpty()) {
                    for (EvaluateJson.Refusal r : loaded.refused()) err.println("vendorbench: " + r.error());
                    return inputs.refusedOutput(spec.commandLine().getOut(), err, loaded.refused().get(0).file(),
                            "memo not written: " + loaded.refused().size() + " response file(s) refused");
                }
                List<Path> files = new ArrayList<>();
                files.add(inputs.rfpFile);
                if (inputs.scoresFile != null) files.add(inputs.scoresFile);
                files.addAll(inputs.files);
                memo = MemoService.fromFiles(loaded.request(), files, settings);
            }
        } catch (EvaluationInputs.InputRefused e) {
            return inputs.refusedOutput(spec.commandLine().getOut(), err, e.file(), e.getMessage());
        } catch (RefusedException | WorkspaceException e) {
            return inputs.refusedOutput(spec.commandLine().getOut(), err, inputs.rfpFile == null && !inputs.files.isEmpty()
                    ? inputs.files.get(0).toString() : String.valueOf(inputs.rfpFile), e.getMessage());
        }
        byte[] pdf;
        try {
            pdf = memo.write(out, pdfa);
        } catch (IOException e) {
            return inputs.refusedOutput(spec.commandLine().getOut(), err, out.toString(),
                    "memo: cannot write " + out + ": " + e.getMessage());
        }
        report(memo, pdf, source);
        return ExitCodes.OK;
    }

    private void report(MemoService.Memo memo, byte[] pdf, String source) throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (inputs.json) {
            ObjectNode n = InspectJson.MAPPER.createObjectNode();
            n.put("out", out.toString());
            n.put("source", source);
            n.put("bytes", pdf.length);
            n.put("recommendation", memo.spec().recommendation());
            n.put("status", finalStatus ? "final" : "draft");
            n.put("pdfa", pdfa);
            n.put("contentSha256", memo.facts().contentHash());
            if (memo.facts().auditHead() == null) {
                n.putNull("auditHead");
            } else {
                n.putObject("auditHead").put("seq", memo.facts().auditHead().seq()).put("hash", memo.facts().auditHead().hash());
            }
            o.println(InspectJson.MAPPER.writeValueAsString(n));
        } else {
            o.println("wrote " + out + " (" + pdf.length + " bytes)");
            o.println(memo.spec().recommendation());
            o.println("content SHA-256 " + memo.facts().contentHash());
        }
        o.flush();
    }
}
