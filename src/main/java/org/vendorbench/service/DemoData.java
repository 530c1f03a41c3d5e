package org.vendorbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.GovernanceReview;
import org.vendorbench.domain.monitoring.GovernanceSchedule;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.InvoiceReader;
import org.vendorbench.workbook.KpiReportReader;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;
import org.vendorbench.workbook.SheetGrid;
import org.vendorbench.workbook.WorkbookGrid;
import org.vendorbench.workbook.WorkbookLoader;

/**
 * Fills a workspace with the sample evaluation of {@code sample-rfps/} (the MCC RFP, five vendor
 * responses and the evaluators' scores), read from the classpath ({@value #RESOURCE_DIR}) so the demo
 * works from the jar and the installers. Used by the first start's demo workspace. It then follows
 * the winner through its first contract year: signs it (go-live {@link #GO_LIVE}), imports its 2027
 * KPI report and invoices ({@value #KPI_REPORT}) and records the governance reviews of 2027
 * ({@link #reviews()}: a few weeks, one monthly review and the calls of another fall short).
 *
 * <p>Stop-gap until {@code service.ImportService} lands: it uses the readers and the store directly.
 */
public final class DemoData {
    /** Where the build copies {@code sample-rfps/*.xlsx} (see pom.xml). */
    public static final String RESOURCE_DIR = "/org/vendorbench/samples/";
    public static final String RFP = "mcc-rfp.xlsx";
    public static final List<String> RESPONSES = List.of("vendor-medconnect.xlsx", "vendor-careline.xlsx",
            "vendor-premier.xlsx", "vendor-budgetvoice.xlsx", "vendor-securecall.xlsx");
    public static final String SCORES = "scores.xlsx";
    /** The signed vendor's 2027 KPI reports (sheet KPI Report) and invoices (sheet Invoices). */
    public static final String KPI_REPORT = "kpi-report-2027.xlsx";
    /** The demo contract's go-live. */
    public static final LocalDate GO_LIVE = LocalDate.of(2027, 1, 1);

    private DemoData() {}

    /** The sample file names in import order: the RFP, the responses, the scores. */
    public static List<String> files() {
        List<String> all = new ArrayList<>();
        all.add(RFP);
        all.addAll(RESPONSES);
        all.add(SCORES);
        return all;
    }

    /**
     * Copies the bundled samples into {@code dir} (created if needed) and returns their paths in
     * {@link #files()} order. Lets the GUI import wizard and tests use the same files as the demo.
     */
    public static List<Path> extractSamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String name : files()) {
            try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) throw new IOException("sample file missing from the classpath: " + RESOURCE_DIR + name);
                Path target = dir.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                out.add(target);
            }
        }
        return out;
    }

    /** Copies one bundled sample ({@code name}, e.g. {@link #KPI_REPORT}) into {@code dir}. */
    public static Path extract(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) throw new IOException("sample file missing from the classpath: " + RESOURCE_DIR + name);
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    /**
     * Imports the bundled samples into {@code ws}: RFP, five responses, scores; then signs the
     * winner and imports its first year of monitoring data. Blocking I/O.
     */
    public static void fill(Workspace ws) throws IOException, RefusedException {
        Path tmp = Files.createTempDirectory("vendorbench-samples");
        try {
            List<Path> files = extractSamples(tmp);
            Rfp rfp = RfpReader.read(files.get(0));
            ws.saveRfp(rfp);
            for (Path response : files.subList(1, 1 + RESPONSES.size())) {
                ws.importResponse(ResponseReader.read(response, rfp, null), sha256(response));
            }
            for (EvaluatorScore score : readScores(files.get(files.size() - 1))) {
                ws.putScore(score);
            }
            signAndMonitor(ws, extract(tmp, KPI_REPORT));
        } finally {
            try (var list = Files.list(tmp)) {
                for (Path p : (Iterable<Path>) list::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Signs the evaluation's winner with go-live {@link #GO_LIVE}, imports the KPI report and the
     * invoices of {@code report}, and records the demo's governance reviews.
     */
    static void signAndMonitor(Workspace ws, Path report) throws RefusedException {
        String winner = WorkspaceEvaluation.run(ws, 0, 1).winner().map(Evaluation.VendorEvaluation::vendor)
                .orElseThrow(() -> new RefusedException("the sample evaluation has no qualified vendor to sign"));
        ContractBaseline contract = ws.signVendor(winner, GO_LIVE, "Demo: the evaluation's winner");
        ws.importKpiReport(KpiReportReader.read(report, contract.kpis()));
        ws.importInvoices(InvoiceReader.read(report, contract.currency()), "Demo: the vendor's 2027 invoices");
        ws.putReviews(reviews(), "Demo: the 2027 governance reviews");
    }

    /**
     * The demo's governance reviews of 2027: weekly on Tuesdays (the go-live week on go-live day)
     * except four weeks; monthly in the last week of each month except September, June's with 12
     * calls from one call type (short of the article's 15 across call types); every quarter; the
     * annual review in December.
     */
    public static List<GovernanceReview> reviews() {
        List<GovernanceReview> out = new ArrayList<>();
        String attendees = "Attendees: Pat Lead (practice manager), Priya Raman (CareLine). ";
        out.add(new GovernanceReview(GovernanceCadence.WEEKLY, GovernanceSchedule.periodKey(GovernanceCadence.WEEKLY, GO_LIVE),
                GO_LIVE, attendees + "Go-live day check-in.", null, null));
        java.util.Set<Integer> missedWeeks = java.util.Set.of(27, 31, 32, 52);
        for (LocalDate d = LocalDate.of(2027, 1, 5); d.getYear() == 2027; d = d.plusWeeks(1)) {
            String key = GovernanceSchedule.periodKey(GovernanceCadence.WEEKLY, d);
            if (missedWeeks.contains(d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))) continue;
            out.add(new GovernanceReview(GovernanceCadence.WEEKLY, key, d, attendees
                    + "Abandonment, ASA and FCR reviewed.", null, null));
        }
        int[] calls = {18, 16, 15, 17, 15, 12, 15, 16, 0, 20, 22, 18};
        int[] types = {3, 3, 2, 3, 3, 1, 2, 3, 0, 4, 4, 3};
        for (int m = 0; m < 12; m++) {
            if (m == 8) continue; // September: no monthly review
            java.time.YearMonth month = java.time.YearMonth.of(2027, m + 1);
            LocalDate held = month.atEndOfMonth().minusDays(3);
            out.add(new GovernanceReview(GovernanceCadence.MONTHLY, month.toString(), held, attendees
                    + "Attrition and team size confirmed.", calls[m], types[m]));
        }
        for (int q = 1; q <= 4; q++) {
            LocalDate held = java.time.YearMonth.of(2027, q * 3).atEndOfMonth().minusDays(2);
            out.add(new GovernanceReview(GovernanceCadence.QUARTERLY, "2027-Q" + q, held, attendees
                    + "Full KPI report with trends.", null, null));
        }
        out.add(new GovernanceReview(GovernanceCadence.ANNUAL, "2027", LocalDate.of(2027, 12, 21), attendees
                + "Contract, KPIs and technology stack reviewed; FCR remediation plan agreed.", null, null));
        return out;
    }

    /**
     * Reads sheet {@code Scores} (header row Evaluator, Vendor, ID, Score, Note in any column order).
     * Minimal reader for the bundled file only; the general scores import belongs to ImportService.
     */
    static List<EvaluatorScore> readScores(Path file) throws RefusedException {
        WorkbookGrid wb = WorkbookLoader.load(file, null);
        SheetGrid sheet = wb.sheets().stream().filter(s -> s.name().equalsIgnoreCase("Scores")).findFirst()
                .orElseThrow(() -> new RefusedException(file.getFileName() + ": no sheet 'Scores'"));
        List<Integer> rows = sheet.rowIndices();
        if (rows.isEmpty()) return List.of();
        int header = rows.get(0);
        int ev = -1, vendor = -1, id = -1, score = -1, note = -1;
        for (int c : sheet.columns(header)) {
            String h = text(sheet.cell(header, c)).toLowerCase(Locale.ROOT);
            switch (h) {
                case "evaluator" -> ev = c;
                case "vendor" -> vendor = c;
                case "id" -> id = c;
                case "score" -> score = c;
                case "note" -> note = c;
                default -> { }
            }
        }
        if (ev < 0 || vendor < 0 || id < 0 || score < 0) {
            throw new RefusedException(file.getFileName() + ": sheet 'Scores' needs columns Evaluator, Vendor, ID, Score");
        }
        List<EvaluatorScore> out = new ArrayList<>();
        for (int r : rows.subList(1, rows.size())) {
            CellValue s = sheet.cell(r, score);
            if (text(sheet.cell(r, id)).isEmpty() || s.number() == null) continue;
            out.add(new EvaluatorScore(text(sheet.cell(r, ev)), text(sheet.cell(r, vendor)),
                    text(sheet.cell(r, id)), s.number(), note < 0 ? "" : text(sheet.cell(r, note))));
        }
        return out;
    }

    private static String text(CellValue v) {
        if (v == null || v.isBlank()) return "";
        return v.displayed() == null ? "" : v.displayed().strip();
    }

    /** Hex SHA-256 of a file's bytes: the import's duplicate/history key. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
