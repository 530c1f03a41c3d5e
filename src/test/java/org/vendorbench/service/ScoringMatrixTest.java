package org.vendorbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.scoring.SectionScore;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.MatrixWriter;
import org.vendorbench.workbook.ScoresReader;

/** The matrix's live formulas, evaluated by POI, must reproduce the engine's numbers to 0.01. */
class ScoringMatrixTest {
    @TempDir
    Path dir;

    Workspace ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = ScoresheetsTest.workspace(dir.resolve("eval.vbench"));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void formulasReproduceTheEngineWithoutEvaluatorScores() throws Exception {
        // no manual question is scored: they drop out of their sections (incomplete), as in the engine
        checkAgainstEngine(dir.resolve("m0.xlsx"));
    }

    @Test
    void formulasReproduceTheEngineWithScoresOverridesAndWeightOverrides() throws Exception {
        var rfp = ws.loadRfp().orElseThrow();
        ScoresReader.Result r = ScoresReader.read(ScoresheetsTest.SAMPLES.resolve("scores.xlsx"), rfp, ws.vendors());
        ws.importScores(r.scores(), "scores.xlsx");
        Question manual = rfp.questions().stream().filter(Question::isManual).findFirst().orElseThrow();
        ws.putConsensus(new ConsensusOverride(ws.vendors().get(0), manual.id(), 1.0, "panel agreed"));
        ws.putSectionWeight(new SectionWeightOverride(rfp.sections().get(0).id(), 0, "what if compliance did not count"));
        ws.putSectionWeight(new SectionWeightOverride(rfp.sections().get(1).id(), 55, "operations first"));
        checkAgainstEngine(dir.resolve("m1.xlsx"));
    }

    private void checkAgainstEngine(Path out) throws Exception {
        ScoringMatrix.Written w = ScoringMatrix.export(ws, out);
        assertThat(w.priced()).isTrue();
        Evaluation e = WorkspaceEvaluation.run(ws, 0, 1);
        try (XSSFWorkbook wb = ScoresheetsTest.open(out)) {
            XSSFSheet s = wb.getSheet(MatrixWriter.SHEET);
            FormulaEvaluator fe = wb.getCreationHelper().createFormulaEvaluator();
            MatrixWriter.Layout layout = w.layout();
            assertThat(s.getRow(layout.qualityRow()).getCell(MatrixWriter.pointsColumn(0)).getCellFormula())
                    .contains("SUMPRODUCT");
            for (int v = 0; v < e.ranking().size(); v++) {
                Evaluation.VendorEvaluation ev = e.ranking().get(v);
                int pc = MatrixWriter.pointsColumn(v);
                assertThat(ScoresheetsTest.text(s, 0, pc - 1)).startsWith(ev.vendor());
                List<SectionScore> sections = ev.score().sections();
                for (int i = 0; i < sections.size(); i++) {
                    Cell c = s.getRow(layout.sectionRows().get(i)).getCell(pc);
                    assertThat(c.getCellType()).isEqualTo(CellType.FORMULA);
                    CellValue cv = fe.evaluate(c);
                    Double engine = sections.get(i).score();
                    if (engine == null) {
                        assertThat(cv.getCellType()).as(ev.vendor() + " " + sections.get(i).id()).isEqualTo(CellType.STRING);
                        assertThat(cv.getStringValue()).isEmpty();
                    } else {
                        assertThat(cv.getNumberValue()).as(ev.vendor() + " " + sections.get(i).id()).isCloseTo(engine, within(0.01));
                    }
                }
                assertThat(fe.evaluate(s.getRow(layout.qualityRow()).getCell(pc)).getNumberValue())
                        .as(ev.vendor() + " quality").isCloseTo(ev.score().quality(), within(0.01));
                assertThat(fe.evaluate(s.getRow(layout.priceScoreRow()).getCell(pc)).getNumberValue())
                        .as(ev.vendor() + " price score").isCloseTo(ev.ranked().priceScore(), within(0.01));
                assertThat(fe.evaluate(s.getRow(layout.combinedRow()).getCell(pc)).getNumberValue())
                        .as(ev.vendor() + " combined").isCloseTo(ev.ranked().combined(), within(0.01));
                if (ev.score().disqualified()) assertThat(ScoresheetsTest.text(s, 0, pc - 1)).endsWith("(DISQUALIFIED)");
            }
            assertThat(e.ranking()).anySatisfy(v -> assertThat(v.score().disqualified()).isTrue());
            for (Row row : s) {
                for (Cell c : row) assertThat(c.getHyperlink()).isNull();
            }
        }
    }

    @Test
    void theFormulasAreLive() throws Exception {
        Path out = dir.resolve("m.xlsx");
        ScoringMatrix.Written w = ScoringMatrix.export(ws, out);
        try (XSSFWorkbook wb = ScoresheetsTest.open(out)) {
            XSSFSheet s = wb.getSheet(MatrixWriter.SHEET);
            FormulaEvaluator fe = wb.getCreationHelper().createFormulaEvaluator();
            int pc = MatrixWriter.pointsColumn(0);
            int sr = w.layout().sectionRows().get(0);
            double before = fe.evaluate(s.getRow(sr).getCell(pc)).getNumberValue();
            assertThat(before).isGreaterThan(0);
            // a consultant sets every scored question of the first section to 0: the section becomes 0
            int next = w.layout().sectionRows().get(1);
            for (int i = sr + 1; i < next; i++) {
                Cell c = s.getRow(i).getCell(pc);
                if (c.getCellType() == CellType.NUMERIC) c.setCellValue(0);
            }
            fe.clearAllCachedResultValues();
            assertThat(fe.evaluate(s.getRow(sr).getCell(pc)).getNumberValue()).isCloseTo(0, within(1e-9));
            assertThat(fe.evaluate(s.getRow(w.layout().qualityRow()).getCell(pc)).getNumberValue())
                    .isLessThan(w.vendors().get(0).score().quality());
            // no scored question left (like a section of manual questions nobody scored): blank, left out of Q
            for (int i = sr + 1; i < next; i++) s.getRow(i).getCell(pc).setBlank();
            fe.clearAllCachedResultValues();
            CellValue blank = fe.evaluate(s.getRow(sr).getCell(pc));
            assertThat(blank.getCellType()).isEqualTo(CellType.STRING);
            assertThat(blank.getStringValue()).isEmpty();
            assertThat(fe.evaluate(s.getRow(sr).getCell(pc + 1)).getNumberValue()).isZero();
            CellValue q = fe.evaluate(s.getRow(w.layout().qualityRow()).getCell(pc));
            assertThat(q.getCellType()).isEqualTo(CellType.NUMERIC);
            double num = 0, den = 0;
            List<SectionScore> rest = w.vendors().get(0).score().sections();
            for (int i = 1; i < rest.size(); i++) {
                if (rest.get(i).score() == null) continue;
                num += rest.get(i).weight() * rest.get(i).score();
                den += rest.get(i).weight();
            }
            assertThat(q.getNumberValue()).isCloseTo(num / den, within(1e-9));
        }
    }
}
