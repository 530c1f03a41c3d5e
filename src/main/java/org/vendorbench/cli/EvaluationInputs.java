package org.vendorbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.service.WorkspaceEvaluation;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.ScoresReader;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs {@code evaluate} and {@code tco} share: either {@code --rfp RFP.xlsx RESPONSE.xlsx...}
 * (refused responses are left out and listed) or one {@code WORKSPACE.vbench} (opened read-only).
 */
public final class EvaluationInputs {
    @Option(names = "--rfp", paramLabel = "RFP.xlsx", description = "The RFP definition workbook.")
    Path rfpFile;

    @Option(names = "--scores", paramLabel = "SCORES.xlsx", description = "Evaluator scores workbook (sheet Scores).")
    Path scoresFile;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo runs for the TCO uncertainty.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Mixin
    PasswordOption passwordOption;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "RESPONSE.xlsx files (with --rfp), or one WORKSPACE.vbench.")
    List<Path> files = new ArrayList<>();

    /** An input that stops the whole evaluation (RFP, scores workbook, workspace). */
    static final class InputRefused extends Exception {
        private final String file;

        InputRefused(String file, String message) {
            super(message == null ? "refused" : message.lines().findFirst().orElse(message));
            this.file = file;
        }

        String file() {
            return file;
        }
    }

    /** The request ready to run and the response files refused on the way. */
    /** Prints an evaluation (JSON or a table) for one command. */
    @FunctionalInterface
    interface Report {
        void print(java.io.PrintWriter out, Evaluation e, List<EvaluateJson.Refusal> refused) throws Exception;
    }

    /**
     * The shared shape of {@code evaluate} and {@code tco}: load the inputs, evaluate, print, list
     * refused files on stderr; exit 0, or 2 when an input or some response files were refused.
     */
    int run(CommandLine.Model.CommandSpec spec, int defaultRuns, Report report) throws Exception {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        Loaded loaded;
        Evaluation e;
        try {
            loaded = load(spec, defaultRuns);
            e = loaded.evaluate();
        } catch (InputRefused r) {
            return refusedOutput(out, err, r.file(), r.getMessage());
        }
        report.print(out, e, loaded.refused());
        out.flush();
        for (EvaluateJson.Refusal r : loaded.refused()) err.println("vendorbench: " + r.error());
        err.flush();
        return loaded.refused().isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    record Loaded(EvaluationRequest request, List<EvaluateJson.Refusal> refused, String rfpSource) {
        Evaluation evaluate() throws InputRefused {
            try {
                return Evaluation.run(request);
            } catch (RefusedException e) {
                throw new InputRefused(rfpSource, e.getMessage());
            }
        }
    }

    int runsOr(int fallback) {
        return runs == null ? fallback : runs;
    }

    Loaded load(CommandLine.Model.CommandSpec spec, int defaultRuns) throws InputRefused {
        int n = runsOr(defaultRuns);
        if (n < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be 0 or more");
        if (rfpFile == null) return loadWorkspace(spec, n);
        List<VendorResponse> responses = new ArrayList<>();
        List<EvaluateJson.Refusal> refused = new ArrayList<>();
        Rfp rfp;
        try {
            rfp = InspectCommand.readRfp(rfpFile, passwordOption.password);
        } catch (RefusedException e) {
            throw new InputRefused(rfpFile.toString(), e.getMessage());
        }
        for (Path f : files) {
            try {
                responses.add(ResponseReader.read(f, rfp, passwordOption.password));
            } catch (RefusedException e) {
                String line = e.getMessage() == null ? "refused" : e.getMessage().lines().findFirst().orElse(e.getMessage());
                refused.add(new EvaluateJson.Refusal(f.toString(), line));
            }
        }
        List<EvaluatorScore> scores = List.of();
        if (scoresFile != null) {
            try {
                List<String> names = responses.stream().map(org.vendorbench.domain.VendorResponse::vendor).toList();
                ScoresReader.Result s = ScoresReader.read(scoresFile, rfp, names, passwordOption.password);
                scores = s.scores();
                for (org.vendorbench.domain.ImportWarning w : s.warnings()) {
                    spec.commandLine().getErr().println("vendorbench: warning: " + w.code() + " "
                            + (w.sheet() == null ? "" : w.sheet() + "!" + w.cell() + " ") + w.message());
                }
            } catch (RefusedException e) {
                throw new InputRefused(scoresFile.toString(), e.getMessage());
            }
        }
        EvaluationRequest req = EvaluationRequest.of(rfp, responses, scores).withRuns(n, seed);
        return new Loaded(req, refused, rfpFile.toString());
    }

    private Loaded loadWorkspace(CommandLine.Model.CommandSpec spec, int n) throws InputRefused {
        if (files.size() != 1 || scoresFile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give --rfp RFP.xlsx RESPONSE.xlsx..., or one WORKSPACE.vbench (without --scores)");
        }
        Path ws = files.get(0);
        try (Workspace w = Workspace.openReadOnly(ws)) {
            return new Loaded(WorkspaceEvaluation.request(w, n, seed), List.of(), ws.toString());
        } catch (RefusedException e) {
            throw new InputRefused(ws.toString(), e.getMessage());
        }
    }

    /** Prints a whole-input refusal: {@code {"error","file"}} with --json, and one line on stderr. */
    int refusedOutput(PrintWriter out, PrintWriter err, String file, String message) throws Exception {
        if (json) {
            ObjectNode o = InspectJson.MAPPER.createObjectNode();
            o.put("error", message);
            o.put("file", file);
            out.println(InspectJson.MAPPER.writeValueAsString(o));
            out.flush();
        }
        err.println("vendorbench: " + message);
        err.flush();
        return ExitCodes.REFUSED;
    }
}
