package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Rfp;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.service.ImportService;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/**
 * Crash safety (issue 10): runs imports, checklist edits (the {@code checklist set} command),
 * assumption edits, a schema migration and two exports ({@code template} and {@code audit --csv})
 * in a child JVM ({@link CrashChild}) and kills it with {@link Process#destroyForcibly()} (SIGKILL)
 * after a seeded random delay. After every kill:
 * <ul>
 * <li>{@code PRAGMA integrity_check} is {@code ok};</li>
 * <li>each stored response holds all its answers and KPI commitments (an import is all or none);</li>
 * <li>every change the child reported as {@code COMMITTED} is there;</li>
 * <li>an export is absent, the previous complete file or the new complete file;</li>
 * <li>the next {@link Workspace#open} works and leaves no temporary file in the folder.</li>
 * </ul>
 * In the loop scenarios the delay starts after the child's first reported commit.
 * {@code -Dvendorbench.crash.kills=200} is the nightly mode (default 20, about a minute);
 * {@code -Dvendorbench.crash.seed=N} replays a run.
 */
class CrashHarnessTest {
    private static final Path SAMPLES = Path.of("sample-rfps").toAbsolutePath();
    private static final List<String> SCENARIOS = List.of("import", "checklist", "assumption", "migrate", "template",
            "auditcsv");
    private static final String VENDOR = "CareLine Partners";

    @TempDir
    Path dir;
    private Rfp rfp;
    private final Map<String, Integer> committed = new HashMap<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void readRfp() throws Exception {
        rfp = RfpReader.read(SAMPLES.resolve("mcc-rfp.xlsx"));
    }

    @Test
    void killsAtRandomPointsLoseNothingCommittedAndLeaveNoHalfFiles() throws Exception {
        int kills = Integer.getInteger("vendorbench.crash.kills", 20);
        long seed = Long.getLong("vendorbench.crash.seed", 20261127L);
        Random random = new Random(seed);
        Map<String, Path> folders = new HashMap<>();
        for (String s : SCENARIOS) folders.put(s, prepare(s));
        Map<String, Integer> perScenario = new HashMap<>();
        long start = System.nanoTime();
        for (int k = 0; k < kills; k++) {
            String scenario = SCENARIOS.get(k % SCENARIOS.size());
            Path folder = folders.get(scenario);
            if (scenario.equals("migrate")) resetOldWorkspace(folder);
            long delay = scenario.equals("migrate") ? random.nextInt(400) : random.nextInt(1000);
            List<String> out = runAndKill(scenario, folder, delay);
            String context = "kill " + k + " (seed " + seed + ", scenario " + scenario + ", delay " + delay + " ms)";
            verify(scenario, folder, out, context);
            perScenario.merge(scenario, 1, Integer::sum);
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("crash harness: %d kills survived in %d ms (seed %d) %s; committed %s%n", kills, ms, seed,
                perScenario, committed);
        assertThat(perScenario.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(kills);
    }

    // ---- set-up ----------------------------------------------------------------------------

    private Path prepare(String scenario) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(scenario));
        Path ws = folder.resolve("ws.vbench");
        try (Workspace w = Workspace.create(ws)) {
            ImportService.importFiles(w, SAMPLES.resolve("mcc-rfp.xlsx"), List.of(SAMPLES.resolve("vendor-careline.xlsx")),
                    null, null, null);
        }
        if (scenario.equals("migrate")) makeOldTemplate(folder);
        return folder;
    }

    /**
     * A schema-2 workspace with two vendors and 4 MB of padding (so that the backup and migration
     * take long enough to be hit): the current schema without the monitoring tables of migration 3.
     */
    private void makeOldTemplate(Path folder) throws Exception {
        Path ws = folder.resolve("ws.vbench");
        try (Workspace w = Workspace.open(ws)) {
            ImportService.importFiles(w, null, List.of(SAMPLES.resolve("vendor-premier.xlsx")), null, null, null);
        }
        OldWorkspace.downgradeToV2(ws, 4_000_000);
        Files.move(ws, folder.resolve("template-v2.vbench"));
    }

    private void resetOldWorkspace(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().startsWith("template-v2")) Files.delete(p);
            }
        }
        Files.copy(folder.resolve("template-v2.vbench"), folder.resolve("ws.vbench"));
    }

    private String[] childArgs(String scenario, Path folder) {
        Path ws = folder.resolve("ws.vbench");
        return switch (scenario) {
            case "import" -> new String[] {ws.toString(), SAMPLES.resolve("vendor-medconnect.xlsx").toString(),
                    SAMPLES.resolve("vendor-careline.xlsx").toString(), SAMPLES.resolve("vendor-securecall.xlsx").toString()};
            case "checklist" -> new String[] {ws.toString(), VENDOR, "CS-05"};
            case "assumption" -> new String[] {ws.toString(), rfp.assumptions().get(0).key()};
            case "migrate" -> new String[] {ws.toString(), dir.toString()};
            case "template" -> new String[] {ws.toString(), SAMPLES.resolve("mcc-rfp.xlsx").toString(),
                    folder.resolve("questionnaire.xlsx").toString()};
            case "auditcsv" -> new String[] {ws.toString(), folder.resolve("audit.csv").toString()};
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    // ---- the child ---------------------------------------------------------------------------

    private List<String> runAndKill(String scenario, Path folder, long delayMs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Djava.awt.headless=true", CrashChild.class.getName(), scenario));
        cmd.addAll(List.of(childArgs(scenario, folder)));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("child-" + scenario + ".err").toFile()).start();
        // read while the reader thread appends: iteration must not race the appends
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Object ready = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    if (line.equals("READY")) synchronized (ready) { ready.notifyAll(); }
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        long deadline = System.currentTimeMillis() + 60_000;
        synchronized (ready) {
            while (!lines.contains("READY") && p.isAlive() && System.currentTimeMillis() < deadline) ready.wait(50);
        }
        assertThat(lines).as("child %s started (stderr in %s)", scenario, dir).contains("READY");
        if (!scenario.equals("migrate")) {
            // let the loop commit at least once, so that every kill also checks reported commits
            synchronized (ready) {
                while (lines.stream().noneMatch(l -> l.startsWith("COMMITTED")) && p.isAlive()
                        && System.currentTimeMillis() < deadline) {
                    ready.wait(20);
                }
            }
        }
        Thread.sleep(delayMs);
        boolean alive = p.isAlive();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        if (!alive && !scenario.equals("migrate")) {
            throw new AssertionError("child " + scenario + " ended before the kill: "
                    + Files.readString(dir.resolve("child-" + scenario + ".err")));
        }
        log.add(scenario + " " + delayMs + " ms: " + lines.size() + " lines");
        return List.copyOf(lines);
    }

    /** The highest number the child reported as committed for {@code what} ("import" counts per vendor). */
    private static Map<String, Integer> reported(List<String> lines, String what) {
        Map<String, Integer> m = new HashMap<>();
        for (String l : lines) {
            if (!l.startsWith("COMMITTED " + what + " ")) continue;
            String[] f = l.split(" ", 4);
            String key = f.length > 3 ? f[3] : what;
            m.merge(key, Integer.parseInt(f[2]), Math::max);
        }
        return m;
    }

    // ---- the checks --------------------------------------------------------------------------

    private void verify(String scenario, Path folder, List<String> lines, String context) throws Exception {
        Path ws = folder.resolve("ws.vbench");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement st = c.createStatement()) {
            assertThat(string(st, "PRAGMA integrity_check")).as(context + ": integrity").isEqualTo("ok");
            assertImportsWhole(st, context);
            switch (scenario) {
                case "import" -> {
                    for (Map.Entry<String, Integer> e : reported(lines, "import").entrySet()) {
                        committed.merge("import/" + e.getKey(), e.getValue(), Math::max);
                    }
                    for (Map.Entry<String, Integer> e : committed.entrySet()) {
                        if (!e.getKey().startsWith("import/")) continue;
                        String vendor = e.getKey().substring("import/".length());
                        assertThat(count(st, "SELECT count(*) FROM response r JOIN vendor v ON v.id = r.vendor_id"
                                + " WHERE v.name = '" + vendor.replace("'", "''") + "'"))
                                .as(context + ": imports of " + vendor).isGreaterThanOrEqualTo(e.getValue());
                    }
                }
                case "checklist" -> {
                    reported(lines, "checklist").values().forEach(n -> committed.merge("checklist", n, Math::max));
                    int stored = Integer.parseInt(string(st, "SELECT substr(note, 2) FROM checklist_entry WHERE item_id = 'CS-05'")
                            .replace("null", "0"));
                    assertThat(stored).as(context + ": checklist note").isGreaterThanOrEqualTo(committed.getOrDefault("checklist", 0));
                }
                case "assumption" -> {
                    reported(lines, "assumption").values().forEach(n -> committed.merge("assumption", n, Math::max));
                    long stored = count(st, "SELECT ifnull(max(value), 0) FROM assumption_override WHERE vendor_id IS NULL");
                    assertThat(stored).as(context + ": assumption value").isGreaterThanOrEqualTo(committed.getOrDefault("assumption", 0));
                }
                case "migrate" -> verifyMigration(st, folder, lines, context);
                case "auditcsv" -> {
                    reported(lines, "setting").values().forEach(n -> committed.merge("setting", n, Math::max));
                    assertThat(count(st, "SELECT ifnull(max(CAST(value AS INTEGER)), 0) FROM settings WHERE key = 'crash.csv'"))
                            .as(context + ": setting").isGreaterThanOrEqualTo(committed.getOrDefault("setting", 0));
                }
                default -> { }
            }
        }
        if (scenario.equals("template")) verifyTemplate(folder, lines, context);
        if (scenario.equals("auditcsv")) verifyAuditCsv(folder, lines, context);
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.verifyAudit().ok()).as(context + ": audit chain " + w.verifyAudit().message()).isTrue();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(AtomicFiles::isLeftoverName).toList())
                    .as(context + ": temporary files after the next open").isEmpty();
        }
    }

    /** Every stored response holds every RFP question and KPI: an import is never half there. */
    private void assertImportsWhole(Statement st, String context) throws Exception {
        // schema 4 keeps a response's answers and KPIs as documents; a file not yet migrated (the migrate
        // scenario) still has them as rows
        boolean documents = count(st, "SELECT count(*) FROM sqlite_master WHERE name = 'response_body'") == 1;
        try (ResultSet rs = st.executeQuery(documents
                ? "SELECT r.id, (SELECT json_array_length(b.answers) FROM response_body b WHERE b.response_id = r.id),"
                        + " (SELECT json_array_length(b.kpis) FROM response_body b WHERE b.response_id = r.id) FROM response r"
                : "SELECT r.id, (SELECT count(*) FROM answer a WHERE a.response_id = r.id),"
                        + " (SELECT count(*) FROM kpi_commitment k WHERE k.response_id = r.id) FROM response r")) {
            while (rs.next()) {
                assertThat(rs.getInt(2)).as(context + ": answers of response " + rs.getLong(1)).isEqualTo(rfp.questions().size());
                assertThat(rs.getInt(3)).as(context + ": KPIs of response " + rs.getLong(1)).isEqualTo(rfp.kpis().size());
            }
        }
        assertThat(count(st, "SELECT count(*) FROM (SELECT vendor_id FROM response WHERE is_current = 1"
                + " GROUP BY vendor_id HAVING count(*) <> 1)")).as(context + ": one current response per vendor").isZero();
    }

    private void verifyMigration(Statement st, Path folder, List<String> lines, String context) throws Exception {
        long version = count(st, "PRAGMA user_version");
        boolean reportedDone = lines.stream().anyMatch(l -> l.startsWith("COMMITTED migrate"));
        if (reportedDone) committed.merge("migrate", 1, Integer::sum);
        assertThat(version).as(context + ": schema version").isIn(2L, 4L);
        if (reportedDone) assertThat(version).as(context + ": migration reported committed").isEqualTo(4L);
        assertThat(count(st, "SELECT count(*) FROM vendor")).as(context + ": vendors kept").isEqualTo(2);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path b : files.filter(p -> p.getFileName().toString().matches("ws\\.v2\\.bak(-\\d+)?\\.vbench")).toList()) {
                try (Connection bc = DriverManager.getConnection("jdbc:sqlite:" + b); Statement bs = bc.createStatement()) {
                    assertThat(string(bs, "PRAGMA integrity_check")).as(context + ": backup " + b.getFileName()).isEqualTo("ok");
                    assertThat(count(bs, "PRAGMA user_version")).as(context + ": backup version").isEqualTo(2);
                    assertThat(count(bs, "SELECT count(*) FROM vendor")).as(context + ": backup vendors").isEqualTo(2);
                }
            }
        }
    }

    private void verifyTemplate(Path folder, List<String> lines, String context) throws Exception {
        Path out = folder.resolve("questionnaire.xlsx");
        int n = reported(lines, "template").getOrDefault("template", 0);
        committed.merge("template", n, Math::max);
        if (!Files.exists(out)) {
            assertThat(committed.getOrDefault("template", 0)).as(context + ": questionnaire missing").isZero();
            return;
        }
        String vendor = ResponseReader.read(out, rfp, null).vendor();
        assertThat(vendor).as(context + ": questionnaire complete").startsWith("Vendor ");
        if (n > 0) assertThat(Integer.parseInt(vendor.substring(7))).as(context + ": questionnaire version").isIn(n, n + 1);
    }

    private void verifyAuditCsv(Path folder, List<String> lines, String context) throws Exception {
        Path out = folder.resolve("audit.csv");
        int n = reported(lines, "auditcsv").getOrDefault("auditcsv", 0);
        committed.merge("auditcsv", n, Math::max);
        if (!Files.exists(out)) {
            assertThat(committed.getOrDefault("auditcsv", 0)).as(context + ": audit.csv missing").isZero();
            return;
        }
        String got = Files.readString(out, StandardCharsets.UTF_8);
        Path full = folder.resolve("full-audit.csv");
        assertThat(org.vendorbench.cli.VendorbenchCli.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter())).execute("audit", folder.resolve("ws.vbench").toString(),
                "--csv", full.toString())).isZero();
        String all = Files.readString(full, StandardCharsets.UTF_8);
        Files.delete(full);
        assertThat(all).as(context + ": audit.csv is a complete earlier export").startsWith(got);
        assertThat(got).as(context + ": audit.csv ends with a whole record").endsWith("\n");
        if (n > 0) assertThat(got.lines().count()).as(context + ": audit.csv rows").isGreaterThan(n);
    }

    private static String string(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "null";
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
