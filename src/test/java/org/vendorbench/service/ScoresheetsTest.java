package org.vendorbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.scoring.QuestionScore;
import org.vendorbench.domain.scoring.VendorScore;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.Scoresheet;
import org.vendorbench.workbook.ScoresReader;

/** Scoresheets against a real workspace built from the sample RFP and vendors, filled with POI. */
class ScoresheetsTest {
    static final Path SAMPLES = Path.of("sample-rfps");
    static final List<String> VENDORS = List.of("vendor-budgetvoice.xlsx", "vendor-careline.xlsx",
            "vendor-medconnect.xlsx", "vendor-premier.xlsx", "vendor-securecall.xlsx");

    @TempDir
    Path dir;

    Workspace ws;
    Rfp rfp;

    @BeforeEach
    void setUp() throws Exception {
        ws = workspace(dir.resolve("eval.vbench"));
        rfp = ws.loadRfp().orElseThrow();
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        ws.close();
    }

    static Workspace workspace(Path file) throws Exception {
        Workspace w = Workspace.create(file);
        List<Path> files = new ArrayList<>();
        for (String f : VENDORS) files.add(SAMPLES.resolve(f));
        ImportReport r = ImportService.importFiles(w, SAMPLES.resolve("mcc-rfp.xlsx"), files, PasswordSource.fixed(null), null, null);
        assertThat(r.allImported()).isTrue();
        return w;
    }

    List<Question> manual() {
        return rfp.questions().stream().filter(Question::isManual).toList();
    }

    @Test
    void writesManualQuestionsWithEveryVendorsAnswerProtectedAndValidated() throws Exception {
        Path out = dir.resolve("ann.xlsx");
        Scoresheet sheet = Scoresheets.write(ws, "Ann", out);
        assertThat(sheet.rows()).extracting(Scoresheet.QuestionRow::id)
                .containsExactlyElementsOf(manual().stream().map(Question::id).toList());
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet s = wb.getSheet("Scores");
            assertThat(s.getProtect()).isTrue();
            for (int v = 0; v < 5; v++) assertThat(text(s, 0, 4 + 3 * v)).isEqualTo(ws.vendors().get(v));
            assertThat(text(s, 1, 5)).isEqualTo("Score 0-5");
            assertThat(text(s, 2, 0)).isEqualTo(manual().get(0).id());
            assertThat(text(s, 2, 2)).isEqualTo(manual().get(0).requirement());
            assertThat(text(s, 2, 3)).contains("0 not addressed");
            // locked copy cells, unlocked score and note of an answered question
            assertThat(s.getRow(2).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(s.getRow(2).getCell(4).getCellStyle().getLocked()).isTrue();
            assertThat(s.getRow(2).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(s.getRow(2).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(s.getDataValidations()).hasSize(1);
            var dv = s.getDataValidations().get(0);
            assertThat(dv.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(dv.getValidationConstraint().getFormula2()).isEqualTo("5");
            assertThat(dv.getRegions().getCellRangeAddresses()).hasSize(5);
            int meta = wb.getSheetIndex("_scoresheet");
            assertThat(wb.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(allText(wb.getSheetAt(meta))).contains(ws.identity().orElseThrow()).contains("Ann");
        }
    }

    @Test
    void prefillsTheEvaluatorsStoredScoresOnly() throws Exception {
        String vendor = ws.vendors().get(1);
        String q = manual().get(0).id();
        ws.putScore(new EvaluatorScore("Ann", vendor, q, 3.5, "ok"));
        ws.putScore(new EvaluatorScore("Ben", vendor, q, 1, "weak"));
        Path out = dir.resolve("ann.xlsx");
        Scoresheets.write(ws, "ann", out);
        try (XSSFWorkbook wb = open(out)) {
            Row r = wb.getSheet("Scores").getRow(2);
            assertThat(r.getCell(4 + 3 + 1).getNumericCellValue()).isEqualTo(3.5);
            assertThat(r.getCell(4 + 3 + 2).getStringCellValue()).isEqualTo("ok");
            assertThat(r.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void filledSheetsMergeBackAndTheEngineUsesTheMeanAndFlagsTheSpread() throws Exception {
        Path ann = dir.resolve("ann.xlsx");
        Path ben = dir.resolve("ben.xlsx");
        Scoresheets.write(ws, "Ann", ann);
        Scoresheets.write(ws, "Ben", ben);
        fillAll(ann, 4.0, "from Ann");
        fillAll(ben, 3.0, null);
        String q0 = manual().get(0).id();
        edit(ben, wb -> wb.getSheet("Scores").getRow(2).getCell(8).setCellValue(1.5)); // vendor 2 (index 1), question 0
        int auditBefore = ws.auditEntries().size();
        Scoresheets.Imported a = Scoresheets.importFile(ws, ann, null);
        Scoresheets.Imported b = Scoresheets.importFile(ws, ben, null);
        assertThat(a.evaluator()).isEqualTo("Ann");
        assertThat(a.scores()).isEqualTo(a.changed()).isGreaterThan(0);
        assertThat(b.scores()).isEqualTo(a.scores());
        assertThat(ws.auditEntries().size()).isEqualTo(auditBefore + a.changed() + b.changed() + 2);
        assertThat(ws.auditEntries().get(ws.auditEntries().size() - 1).entity()).isEqualTo("scores/Ben");

        Evaluation e = WorkspaceEvaluation.run(ws, 0, 1);
        String vendor1 = ws.vendors().get(1);
        VendorScore v = e.ranking().stream().filter(x -> x.vendor().equals(vendor1)).findFirst().orElseThrow().score();
        QuestionScore qs = v.question(q0);
        assertThat(qs.evaluatorScores()).containsExactlyInAnyOrder(4.0, 1.5);
        assertThat(qs.points()).isEqualTo(2.75);
        assertThat(v.spreads()).anySatisfy(s -> assertThat(s.id()).isEqualTo(q0));
        QuestionScore other = v.question(manual().get(1).id());
        assertThat(other.evaluatorScores()).containsExactlyInAnyOrder(4.0, 3.0);
        assertThat(other.points()).isEqualTo(3.5);
        assertThat(ws.scores()).anySatisfy(s -> {
            assertThat(s.evaluator()).isEqualTo("Ann");
            assertThat(s.note()).isEqualTo("from Ann");
        });

        // importing the same sheet again changes nothing
        assertThat(Scoresheets.importFile(ws, ann, null).changed()).isZero();

        // a filled scoresheet is also an `evaluate --scores` file
        ScoresReader.Result asScores = ScoresReader.read(ben, rfp, ws.vendors());
        assertThat(asScores.warnings()).isEmpty();
        assertThat(asScores.scores()).hasSize(b.scores());
        assertThat(asScores.scores()).contains(new EvaluatorScore("Ben", vendor1, q0, 1.5, null));
    }

    @Test
    void blindSheetsShowLabelsOnlyAndMapBackToTheVendors() throws Exception {
        ws.setBlindMode(true);
        Path out = dir.resolve("blind.xlsx");
        Scoresheet sheet = Scoresheets.write(ws, "Cleo", out);
        assertThat(sheet.vendors()).containsExactly("Vendor A", "Vendor B", "Vendor C", "Vendor D", "Vendor E");
        try (XSSFWorkbook wb = open(out)) {
            StringBuilder all = new StringBuilder();
            for (Sheet s : wb) all.append(allText(s));
            for (String v : ws.vendors()) assertThat(all.toString()).doesNotContain(v);
        }
        String q0 = manual().get(0).id();
        edit(out, wb -> wb.getSheet("Scores").getRow(2).getCell(4 + 3 * 2 + 1).setCellValue(2)); // Vendor C
        Scoresheets.importFile(ws, out, null);
        String third = ws.vendors().get(2);
        assertThat(ws.blindLabel(third)).contains("Vendor C");
        assertThat(ws.scores()).containsExactly(new EvaluatorScore("Cleo", third, q0, 2.0, null));
    }

    @Test
    void aScoreOutsideTheScaleRefusesTheFileNamingTheCellAndChangesNothing() throws Exception {
        Path out = dir.resolve("ann.xlsx");
        Scoresheets.write(ws, "Ann", out);
        fillAll(out, 4.0, null);
        edit(out, wb -> {
            wb.getSheet("Scores").getRow(6).getCell(5).setCellValue(6);
            wb.getSheet("Scores").getRow(3).getCell(8).setCellValue("good");
        });
        int audit = ws.auditEntries().size();
        assertThatThrownBy(() -> Scoresheets.importFile(ws, out, null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("ann.xlsx is refused (2 problems)")
                .hasMessageContaining("Scores!F7: 6 is outside 0..5")
                .hasMessageContaining("Scores!I4: 'good' is not a score");
        assertThat(ws.scores()).isEmpty();
        assertThat(ws.auditEntries()).hasSize(audit);
    }

    @Test
    void aSheetOfAnotherWorkspaceIsRefused() throws Exception {
        Path out = dir.resolve("ann.xlsx");
        Scoresheets.write(ws, "Ann", out);
        fillAll(out, 4.0, null);
        try (Workspace other = workspace(dir.resolve("other.vbench"))) {
            assertThat(other.identity()).isNotEqualTo(ws.identity());
            assertThatThrownBy(() -> Scoresheets.importFile(other, out, null))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageContaining("ann.xlsx is a scoresheet of another workspace");
            assertThat(other.scores()).isEmpty();
        }
    }

    @Test
    void anUnknownQuestionOrVendorIsRefusedWithItsCell() throws Exception {
        Path out = dir.resolve("ann.xlsx");
        Scoresheets.write(ws, "Ann", out);
        fillAll(out, 4.0, null);
        edit(out, wb -> {
            wb.getSheet("Scores").getRow(4).getCell(0).setCellValue("ZZ-99");
            wb.getSheet("Scores").getRow(0).getCell(7).setCellValue("Nobody Inc");
            Sheet meta = wb.getSheet("_scoresheet");
            for (Row r : meta) {
                if (r.getCell(1) != null && r.getCell(1).getStringCellValue().equals(ws.vendors().get(1))) {
                    r.getCell(1).setCellValue("Nobody Inc");
                }
            }
        });
        assertThatThrownBy(() -> Scoresheets.importFile(ws, out, null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Scores!H1: vendor 'Nobody Inc' is not in eval.vbench")
                .hasMessageContaining("Scores!A5: question 'ZZ-99' is not a manual question");
        assertThat(ws.scores()).isEmpty();
    }

    @Test
    void vendorTextIsEscapedAgainstFormulaInjection() throws Exception {
        Question q = manual().stream().filter(x -> x.type() == org.vendorbench.domain.QuestionType.TEXT).findFirst().orElseThrow();
        Path hostile = dir.resolve("vendor-careline.xlsx");
        Files.copy(SAMPLES.resolve("vendor-careline.xlsx"), hostile);
        edit(hostile, wb -> {
            Sheet s = wb.getSheet("Questionnaire");
            int resp = -1;
            for (Cell c : s.getRow(0)) if (c.getStringCellValue().equalsIgnoreCase("Response")) resp = c.getColumnIndex();
            for (Row r : s) {
                Cell id = r.getCell(0);
                if (id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals(q.id())) {
                    r.getCell(resp, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("=HYPERLINK(\"http://x\",\"y\")");
                }
            }
        });
        ImportReport r = ImportService.importFiles(ws, null, List.of(hostile), PasswordSource.fixed(null), null, null);
        assertThat(r.allImported()).isTrue();
        Path out = dir.resolve("ann.xlsx");
        Scoresheets.write(ws, "Ann", out);
        try (XSSFWorkbook wb = open(out)) {
            Sheet s = wb.getSheet("Scores");
            int row = manual().indexOf(q) + 2;
            Cell c = s.getRow(row).getCell(4 + 3); // CareLine is the second vendor
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(c.getHyperlink()).isNull();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    static void edit(Path p, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = open(p)) {
            change.accept(wb);
            try (OutputStream o = Files.newOutputStream(p)) {
                wb.write(o);
            }
        }
    }

    /** Puts {@code score} (and {@code note}) into every unlocked Score cell, as an evaluator would. */
    static void fillAll(Path p, double score, String note) throws Exception {
        edit(p, wb -> {
            Sheet s = wb.getSheet("Scores");
            for (Row r : s) {
                if (r.getRowNum() < 2) continue;
                for (int c = 5; c < r.getLastCellNum(); c += 3) {
                    Cell cell = r.getCell(c);
                    if (cell != null && !cell.getCellStyle().getLocked()) {
                        cell.setCellValue(score);
                        if (note != null) r.getCell(c + 1).setCellValue(note);
                    }
                }
            }
        });
    }

    static String text(Sheet s, int r, int c) {
        return new DataFormatter().formatCellValue(s.getRow(r).getCell(c));
    }

    static String allText(Sheet s) {
        StringBuilder sb = new StringBuilder();
        DataFormatter f = new DataFormatter();
        for (Row r : s) for (Cell c : r) sb.append(f.formatCellValue(c)).append('\n');
        return sb.toString();
    }
}
