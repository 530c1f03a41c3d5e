package org.vendorbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.DemoData;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/** Runs the CLI in-process and keeps exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
    /** The standard output parsed as JSON. */
    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }

    static final Path SAMPLES = Path.of("sample-rfps");
    static final List<String> VENDOR_FILES = List.of("vendor-budgetvoice.xlsx", "vendor-careline.xlsx",
            "vendor-medconnect.xlsx", "vendor-premier.xlsx", "vendor-securecall.xlsx");

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VendorbenchCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static List<String> samples() {
        List<String> l = new ArrayList<>();
        for (String f : VENDOR_FILES) l.add(SAMPLES.resolve(f).toString());
        return l;
    }

    /**
     * Creates the workspace {@code ws} holding the sample RFP and CareLine's sample response (with
     * its real SHA-256), the starting point of the sign/monitor/governance command tests.
     */
    static Rfp workspaceWithCareline(Path ws) throws Exception {
        Rfp rfp = RfpReader.read(SAMPLES.resolve("mcc-rfp.xlsx"));
        Path careline = SAMPLES.resolve("vendor-careline.xlsx");
        try (Workspace w = Workspace.create(ws)) {
            w.saveRfp(rfp);
            w.importResponse(ResponseReader.read(careline, rfp, null), DemoData.sha256(careline));
        }
        return rfp;
    }

    static String rfp() {
        return SAMPLES.resolve("mcc-rfp.xlsx").toString();
    }
}
