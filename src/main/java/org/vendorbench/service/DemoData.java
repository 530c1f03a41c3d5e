package org.vendorbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;
import org.vendorbench.workbook.SheetGrid;
import org.vendorbench.workbook.WorkbookGrid;
import org.vendorbench.workbook.WorkbookLoader;

/**
 * Fills a workspace with the sample evaluation of {@code sample-rfps/} (the MCC RFP, five vendor
 * responses and the evaluators' scores), read from the classpath ({@value #RESOURCE_DIR}) so the demo
 * works from the jar and the installers. Used by the first start's demo workspace.
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

    /** Imports the bundled samples into {@code ws}: RFP, five responses, scores. Blocking I/O. */
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
        } finally {
            try (var list = Files.list(tmp)) {
                for (Path p : (Iterable<Path>) list::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(tmp);
        }
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
