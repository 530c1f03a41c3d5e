package org.vendorbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vendorbench inspect --rfp RFP.xlsx RESPONSE.xlsx [--json] [--password P]}: shows how a
 * response workbook is read (workbook-format.md §6). Exit 0 when read (warnings allowed), 2 when the
 * RFP or the response is refused, 1 on usage errors.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show how a vendor response workbook is read against its RFP.")
public final class InspectCommand implements Callable<Integer> {
    @Option(names = "--rfp", required = true, paramLabel = "RFP.xlsx", description = "The RFP definition workbook.")
    String rfpFile;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--password", paramLabel = "P", description = "Password of an encrypted workbook.")
    String password;

    @Parameters(arity = "1", paramLabel = "RESPONSE.xlsx", description = "The vendor's response workbook.")
    String responseFile;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = io.out();
        Rfp rfp;
        try {
            rfp = readRfp(Path.of(rfpFile), password);
        } catch (RefusedException e) {
            return refused(out, rfpFile, e.getMessage());
        }
        VendorResponse r;
        try {
            r = ResponseReader.read(Path.of(responseFile), rfp, password);
            r = new VendorResponse(responseFile, r.rfpId(), r.vendor(), r.contact(), r.email(), r.submitted(), r.format(),
                    r.answers(), r.kpis(), r.pricing(), r.warnings()); // "file" is the path exactly as given
        } catch (RefusedException e) {
            return refused(out, responseFile, e.getMessage());
        }
        if (json) {
            out.println(InspectJson.MAPPER.writeValueAsString(InspectJson.response(r)));
        } else {
            printTable(out, r);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Reads the RFP; a password-protected RFP is retried with {@code --password}. */
    static Rfp readRfp(Path file, String password) throws RefusedException {
        try {
            return RfpReader.read(file, null);
        } catch (RefusedException e) {
            if (password == null || !e.getMessage().contains("password protected")) throw e;
            return RfpReader.read(file, password);
        }
    }

    private int refused(PrintWriter out, String file, String message) throws Exception {
        String line = CommandIo.firstLine(message);
        if (json) {
            out.println(InspectJson.MAPPER.writeValueAsString(InspectJson.refused(file, line)));
            out.flush();
        }
        io.error(line);
        return ExitCodes.REFUSED;
    }

    private static void printTable(PrintWriter out, VendorResponse r) {
        out.printf("File:   %s%nRFP:    %s%nVendor: %s%n%n", r.file(), r.rfpId(), r.vendor());
        out.printf("%-12s %-9s %-24s %s%n", "ID", "TYPE", "VALUE", "RAW");
        for (Answer a : r.answers()) {
            out.printf("%-12s %-9s %-24s %s%n", a.questionId(), a.type(), cut(String.valueOf(a.value())), cut(a.raw()));
        }
        if (!r.kpis().isEmpty()) {
            out.printf("%n%-12s %-24s %s%n", "KPI", "VALUE", "RAW");
            for (KpiCommitment k : r.kpis()) {
                out.printf("%-12s %-24s %s%n", k.kpiId(), cut(String.valueOf(k.value())), cut(k.raw()));
            }
        }
        out.printf("%nPricing:%n");
        r.pricing().asItems().forEach((k, v) -> out.printf("  %-10s %s%n", k, v));
        out.printf("%nWarnings (%d):%n", r.warnings().size());
        for (ImportWarning w : r.warnings()) {
            String where = w.sheet() == null ? "" : w.sheet() + (w.cell() == null ? "" : "!" + w.cell());
            out.printf("  %-20s %-24s %s%n", w.code(), where, w.message());
        }
    }

    private static String cut(String s) {
        if (s == null) return "";
        String l = s.replaceAll("\\s+", " ");
        return l.length() > 60 ? l.substring(0, 59) + "…" : l;
    }
}
