package org.vendorbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.service.PasswordSource;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vendorbench import WORKSPACE.vbench [--rfp RFP.xlsx] RESPONSE.xlsx... [--password P]
 * [--json] [--create]}: stores the RFP and vendor responses in a workspace. A missing workspace is
 * refused (run {@code vendorbench new} first) unless {@code --create} is given. Exit 0 when every
 * file was imported, 2 when any was refused (the others are still imported).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an RFP and vendor response workbooks into a workspace.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceArg workspace;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "RESPONSE.xlsx", description = "Vendor response workbooks.")
    List<Path> responses = new ArrayList<>();

    @Option(names = "--rfp", paramLabel = "RFP.xlsx",
            description = "The RFP definition (stored once; default: the RFP the workspace holds).")
    Path rfpFile;

    @Mixin
    PasswordOption passwordOption;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    @Option(names = "--create", description = "Create the workspace when it does not exist.")
    boolean create;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        if (rfpFile == null && responses.isEmpty()) {
            throw io.usage("Give --rfp RFP.xlsx and/or RESPONSE.xlsx files");
        }
        if (!Files.exists(workspace.file) && !create) {
            err.println("vendorbench: " + workspace.file + " does not exist: create it with 'vendorbench new "
                    + workspace.file + "' or add --create");
            err.flush();
            return ExitCodes.REFUSED;
        }
        ImportReport report;
        try (Workspace ws = Files.exists(workspace.file) ? Workspace.open(workspace.file) : Workspace.create(workspace.file)) {
            report = ImportService.importFiles(ws, rfpFile, responses, PasswordSource.fixed(passwordOption.password), null, null);
        } catch (RefusedException e) {
            String line = CommandIo.firstLine(e.getMessage());
            if (json) {
                ObjectNode o = InspectJson.MAPPER.createObjectNode();
                o.put("error", line);
                o.put("file", rfpFile == null ? workspace.file.toString() : rfpFile.toString());
                out.println(InspectJson.MAPPER.writeValueAsString(o));
                out.flush();
            }
            io.error(line);
            return ExitCodes.REFUSED;
        }
        if (json) out.println(InspectJson.MAPPER.writeValueAsString(toJson(report)));
        else printTable(out, report);
        out.flush();
        for (ImportReport.FileResult f : report.files()) {
            if (f.status() == ImportReport.Status.REFUSED) err.println("vendorbench: " + f.error());
        }
        err.flush();
        return report.allImported() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    static ObjectNode toJson(ImportReport report) {
        ObjectNode root = InspectJson.MAPPER.createObjectNode();
        root.put("rfpStored", report.rfpStored());
        ArrayNode files = root.putArray("files");
        for (ImportReport.FileResult f : report.files()) {
            ObjectNode o = files.addObject();
            o.put("file", f.path().toString());
            o.put("vendor", f.vendor());
            o.put("status", f.status().name());
            o.put("error", f.error());
            o.put("answered", f.answered());
            o.put("sha256", f.sha256());
            ObjectNode w = o.putObject("warnings");
            warningCounts(f.warnings()).forEach(w::put);
        }
        return root;
    }

    static Map<String, Integer> warningCounts(List<ImportWarning> warnings) {
        Map<String, Integer> m = new TreeMap<>();
        for (ImportWarning w : warnings) m.merge(w.code().name(), 1, Integer::sum);
        return m;
    }

    private static void printTable(PrintWriter out, ImportReport report) {
        if (report.rfpStored()) out.println("RFP stored.");
        out.printf("%-24s %-32s %-9s %8s  %s%n", "VENDOR", "FILE", "STATUS", "ANSWERED", "WARNINGS / ERROR");
        for (ImportReport.FileResult f : report.files()) {
            String detail = f.error() != null ? f.error() : warningCounts(f.warnings()).toString();
            out.printf("%-24s %-32s %-9s %8d  %s%n", f.vendor() == null ? "-" : f.vendor(),
                    f.path().getFileName(), f.status(), f.answered(), detail);
        }
    }
}
