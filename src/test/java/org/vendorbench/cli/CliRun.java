package org.vendorbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process and keeps exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
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

    static String rfp() {
        return SAMPLES.resolve("mcc-rfp.xlsx").toString();
    }
}
