package org.vendorbench.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vendorbench.cli.VendorbenchCli;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.Workspace;

/**
 * The child JVM of {@link CrashHarnessTest}: does one kind of work in an endless loop (or once,
 * for the migration) through the real CLI commands and services, and prints
 * {@code COMMITTED <what> <n>} to stdout after each change is committed, so the parent can check
 * that every reported change survived the kill. {@code READY} is printed once the classes are
 * loaded, so the parent's random delay lands on real work rather than on JVM start-up.
 *
 * <p>Usage: {@code CrashChild SCENARIO WORKSPACE [ARGS...]}; scenarios: {@code import FILE...},
 * {@code checklist VENDOR ITEM}, {@code assumption KEY}, {@code migrate SCRATCH_FOLDER},
 * {@code template RFP OUT}, {@code auditcsv OUT}.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        Path ws = Path.of(args[1]);
        switch (scenario) {
            case "import" -> importLoop(ws, args);
            case "checklist" -> checklistLoop(ws, args[2], args[3]);
            case "assumption" -> assumptionLoop(ws, args[2]);
            case "migrate" -> migrate(ws, Path.of(args[2]));
            case "template" -> templateLoop(args[2], args[3]);
            case "auditcsv" -> auditCsvLoop(ws, args[2]);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Runs a CLI command in this JVM; fails loudly when it does not exit 0. */
    private static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VendorbenchCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        if (code != 0) throw new IllegalStateException(String.join(" ", args) + " exited " + code + ": " + err);
    }

    private static void importLoop(Path ws, String[] args) throws Exception {
        List<Path> files = java.util.Arrays.stream(args, 2, args.length).map(Path::of).toList();
        say("READY");
        try (Workspace w = Workspace.open(ws)) {
            for (int i = 0; ; i++) {
                Path f = files.get(i % files.size());
                ImportReport r = ImportService.importFiles(w, null, List.of(f), null, null, null);
                ImportReport.FileResult res = r.files().get(0);
                if (res.status() == ImportReport.Status.REFUSED) throw new IllegalStateException(res.error());
                say("COMMITTED import " + w.history(res.vendor()).size() + " " + res.vendor());
            }
        }
    }

    private static int next(Path ws, String settingKey) throws Exception {
        try (Workspace w = Workspace.openReadOnly(ws)) {
            return w.setting(settingKey).map(Integer::parseInt).orElse(0) + 1;
        }
    }

    private static void checklistLoop(Path ws, String vendor, String item) throws Exception {
        say("READY");
        for (int n = noteNumber(ws, vendor, item) + 1; ; n++) {
            cli("checklist", "set", ws.toString(), "--vendor", vendor, "--item", item, "--status", "in-progress",
                    "--note", "n" + n, "--user", "crash");
            say("COMMITTED checklist " + n);
        }
    }

    static int noteNumber(Path ws, String vendor, String item) throws Exception {
        try (Workspace w = Workspace.openReadOnly(ws)) {
            return w.checklistEntries(vendor).stream().filter(e -> e.itemId().equals(item) && e.note() != null)
                    .mapToInt(e -> Integer.parseInt(e.note().substring(1))).max().orElse(0);
        }
    }

    private static void assumptionLoop(Path ws, String key) throws Exception {
        say("READY");
        try (Workspace w = Workspace.open(ws)) {
            int n = (int) w.assumptionOverrides().stream().filter(o -> o.vendor() == null)
                    .mapToDouble(AssumptionOverride::value).max().orElse(0);
            for (n++; ; n++) {
                w.putAssumptionOverride(new AssumptionOverride(key, null, n, "crash test edit " + n));
                say("COMMITTED assumption " + n);
            }
        }
    }

    private static void migrate(Path ws, Path scratch) throws Exception {
        // load the store classes on a scratch workspace so the kill lands on the migration itself
        Path warm = scratch.resolve("warm-" + ProcessHandle.current().pid() + ".vbench");
        try (Workspace w = Workspace.create(warm)) {
            w.info();
        }
        Files.deleteIfExists(warm);
        say("READY");
        try (Workspace w = Workspace.open(ws)) {
            say("COMMITTED migrate " + w.info().schemaVersion());
        }
        say("CLOSED");
    }

    private static void templateLoop(String rfp, String out) {
        cli("template", "--rfp", rfp, "--out", out + ".warm.xlsx", "--vendor", "Warm");
        say("READY");
        for (int n = 1; ; n++) {
            cli("template", "--rfp", rfp, "--out", out, "--vendor", "Vendor " + n);
            say("COMMITTED template " + n);
        }
    }

    private static void auditCsvLoop(Path ws, String out) throws Exception {
        int n = next(ws, "crash.csv");
        say("READY");
        for (; ; n++) {
            try (Workspace w = Workspace.open(ws)) {
                w.putSetting("crash.csv", Integer.toString(n), "crash test");
                say("COMMITTED setting " + n + " " + w.info().auditEntries());
            }
            cli("audit", ws.toString(), "--csv", out);
            say("COMMITTED auditcsv " + n);
        }
    }
}
