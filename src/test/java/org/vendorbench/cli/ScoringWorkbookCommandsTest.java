package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scoresheet, import-scores and export-matrix through the real command line. */
class ScoringWorkbookCommandsTest {
    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void setUp() {
        ws = dir.resolve("w.vbench");
        List<String> imp = new ArrayList<>(List.of("import", ws.toString(), "--create", "--rfp", CliRun.rfp()));
        imp.addAll(CliRun.samples());
        CliRun r = CliRun.run(imp.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void scoresheetsGoOutAndComeBackAndEvaluateSeesTheSpread() throws Exception {
        Path ann = dir.resolve("ann.xlsx");
        Path ben = dir.resolve("ben.xlsx");
        CliRun a = CliRun.run("scoresheet", ws.toString(), "--evaluator", "Ann", "--out", ann.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("8 manual questions x 5 vendors");
        assertThat(CliRun.run("scoresheet", ws.toString(), "--evaluator", "Ben", "--out", ben.toString()).code()).isZero();
        fill(ann, 5);
        fill(ben, 2);
        CliRun imp = CliRun.run("import-scores", ws.toString(), ann.toString(), ben.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("ann.xlsx:").contains("ben.xlsx:");

        CliRun ev = CliRun.run("evaluate", ws.toString(), "--json");
        assertThat(ev.code()).as(ev.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(ev.out());
        for (JsonNode v : root.get("vendors")) {
            assertThat(v.get("spreads").size()).as(v.get("vendor").asText()).isGreaterThan(0);
            for (JsonNode s : v.get("spreads")) {
                assertThat(s.get("min").asDouble()).isEqualTo(2.0);
                assertThat(s.get("max").asDouble()).isEqualTo(5.0);
            }
        }
        // the filled sheets are also `evaluate --scores` files: same numbers as the workspace
        List<String> files = new ArrayList<>(List.of("evaluate", "--rfp", CliRun.rfp(), "--scores", ann.toString(), "--json"));
        files.addAll(CliRun.samples());
        CliRun fromFiles = CliRun.run(files.toArray(String[]::new));
        assertThat(fromFiles.code()).as(fromFiles.err()).isZero();
    }

    @Test
    void aRefusedSheetExitsTwoWithTheCellAndChangesNothing() throws Exception {
        Path ann = dir.resolve("ann.xlsx");
        assertThat(CliRun.run("scoresheet", ws.toString(), "--evaluator", "Ann", "--out", ann.toString()).code()).isZero();
        fill(ann, 4);
        try (XSSFWorkbook wb = open(ann)) {
            wb.getSheet("Scores").getRow(6).getCell(5).setCellValue(6);
            save(wb, ann);
        }
        String before = CliRun.run("info", ws.toString(), "--json").out();
        CliRun r = CliRun.run("import-scores", ws.toString(), ann.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err().strip()).isEqualTo("vendorbench: ann.xlsx is refused (1 problem): Scores!F7: 6 is outside 0..5");
        assertThat(CliRun.run("info", ws.toString(), "--json").out()).isEqualTo(before);
    }

    @Test
    void exportMatrixWritesTheWorkbook() throws Exception {
        Path out = dir.resolve("matrix.xlsx");
        CliRun r = CliRun.run("export-matrix", ws.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 vendors, quality, price score and combined");
        try (XSSFWorkbook wb = open(out)) {
            assertThat(wb.getSheet("Matrix").getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void missingWorkspaceIsOneLineExitTwo() {
        CliRun r = CliRun.run("scoresheet", dir.resolve("none.vbench").toString(), "--evaluator", "A", "--out",
                dir.resolve("x.xlsx").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
        assertThat(CliRun.run("scoresheet", ws.toString(), "--out", "x.xlsx").code()).isEqualTo(ExitCodes.USAGE);
    }

    private static void fill(Path p, double score) throws Exception {
        try (XSSFWorkbook wb = open(p)) {
            Sheet s = wb.getSheet("Scores");
            for (Row r : s) {
                if (r.getRowNum() < 2) continue;
                for (int c = 5; c < r.getLastCellNum(); c += 3) {
                    Cell cell = r.getCell(c);
                    if (cell != null && !cell.getCellStyle().getLocked()) cell.setCellValue(score);
                }
            }
            save(wb, p);
        }
    }

    private static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook wb, Path p) throws Exception {
        try (OutputStream o = Files.newOutputStream(p)) {
            wb.write(o);
        }
    }
}
