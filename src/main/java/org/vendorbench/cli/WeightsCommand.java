package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.scoring.Ahp;
import org.vendorbench.domain.scoring.AhpCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vendorbench weights --pairwise M.csv [--json]}: section weights from a pairwise (AHP)
 * matrix with λmax, CI and CR (scoring-and-tco.md §4). Exit 0 ok, 1 usage, 2 refused matrix.
 */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "Derive weights from a pairwise comparison matrix (AHP) and check its consistency.")
public final class WeightsCommand implements Callable<Integer> {
    static final long MAX_BYTES = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--pairwise", required = true, paramLabel = "M.csv",
            description = "CSV: header row of names, first column names, cells numbers or fractions like 1/3.")
    Path pairwise;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AhpCsv.Matrix m;
        try {
            m = AhpCsv.parse(read(pairwise));
        } catch (RefusedException e) {
            String msg = pairwise + ": " + e.getMessage();
            if (json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("file", pairwise.toString());
                o.put("error", e.getMessage());
                out.println(o.toString());
            }
            err.println("vendorbench: " + msg);
            return ExitCodes.REFUSED;
        }
        Ahp.Result r = Ahp.compute(m.values());
        double[] w = r.weights();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            ArrayNode names = o.putArray("names");
            m.names().forEach(names::add);
            ArrayNode weights = o.putArray("weights");
            for (double d : w) weights.add(d);
            o.put("lambdaMax", r.lambdaMax());
            o.put("ci", r.ci());
            o.put("cr", r.cr());
            if (r.inconsistent()) o.put("warning", warning(r));
            out.println(o.toString());
        } else {
            int width = Math.max(9, m.names().stream().mapToInt(String::length).max().orElse(0));
            out.printf(Locale.ROOT, "%-" + width + "s  %8s%n", "Criterion", "Weight");
            for (int i = 0; i < w.length; i++) {
                out.printf(Locale.ROOT, "%-" + width + "s  %7.2f%%%n", m.names().get(i), 100 * w[i]);
            }
            out.printf(Locale.ROOT, "lambda max %.4f, CI %.4f, CR %.4f%n", r.lambdaMax(), r.ci(), r.cr());
            if (r.inconsistent()) out.println("Warning: " + warning(r));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String warning(Ahp.Result r) {
        return String.format(Locale.ROOT, "consistency ratio %.3f is above %.2f: revisit the judgements", r.cr(), Ahp.CR_WARNING);
    }

    private static String read(Path p) throws RefusedException {
        try {
            if (Files.isDirectory(p)) throw new RefusedException("is a directory, not a CSV file");
            if (Files.size(p) > MAX_BYTES) throw new RefusedException("file is larger than 1 MB; a pairwise matrix is a few lines");
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
        } catch (NoSuchFileException e) {
            throw new RefusedException("file not found");
        } catch (CharacterCodingException e) {
            throw new RefusedException("not UTF-8 text; save the matrix as CSV UTF-8");
        } catch (IOException e) {
            throw new RefusedException("cannot read the file: " + e.getMessage());
        }
    }
}
