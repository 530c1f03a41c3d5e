package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vendorbench.workbook.Books.row;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.WarningCode;

class ScoresReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsScoresMatchingVendorsFoldedAndIgnoresNonManualQuestions() throws Exception {
        Rfp rfp = RfpReader.read(Fixtures.rfp(dir));
        XSSFWorkbook wb = new XSSFWorkbook();
        Books.sheet(wb, "Scores", row("Panel scores"), row("Evaluator", "Vendor", "ID", "Score", "Note"),
                row("Ann", "acme  patient_access", "cs 03", 4, "clear"),
                row("Bob", "Acme Patient Access", "CS-03", 2.5, null),
                row("Bob", "Acme Patient Access", "CS-03", 5, null),
                row("Ann", "Acme Patient Access", "CS-01", 3, null),
                row("Ann", "Nobody Inc", "CS-03", 3, null),
                row("Ann", "Acme Patient Access", "TECH-04", null, null));
        ScoresReader.Result r = ScoresReader.read(Books.save(wb, dir.resolve("scores.xlsx")), rfp, List.of("Acme Patient Access", "Other"));
        assertThat(r.scores()).containsExactly(new EvaluatorScore("Ann", "Acme Patient Access", "CS-03", 4, "clear"),
                new EvaluatorScore("Bob", "Acme Patient Access", "CS-03", 2.5, null));
        assertThat(r.warnings()).extracting(ImportWarning::code, ImportWarning::cell).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WarningCode.DUPLICATE_QUESTION, "C5"),
                org.assertj.core.groups.Tuple.tuple(WarningCode.UNKNOWN_QUESTION, "C6"),
                org.assertj.core.groups.Tuple.tuple(WarningCode.UNKNOWN_QUESTION, "B7"));
        assertThat(r.warnings().get(1).message()).isEqualTo("CS-01 is not a manual question (its rule scores it); the score is ignored");
    }

    @Test
    void scoresOutsideZeroToFiveRefuseTheSheet() throws Exception {
        Rfp rfp = RfpReader.read(Fixtures.rfp(dir));
        XSSFWorkbook wb = new XSSFWorkbook();
        Books.sheet(wb, "Scores", row("Evaluator", "Vendor", "ID", "Score", "Note"),
                row("Ann", "Acme", "CS-03", 6, null), row("Ann", "Acme", "CS-03", "good", null), row("Bob", "Acme", "CS-03", -1, null));
        Path f = Books.save(wb, dir.resolve("s.xlsx"));
        assertThatThrownBy(() -> ScoresReader.read(f, rfp, List.of("Acme"))).hasMessage("s.xlsx is refused (3 problems): "
                + "Scores!D2: score '6' is not a number from 0 to 5; Scores!D3: score 'good' is not a number from 0 to 5; "
                + "Scores!D4: score '-1' is not a number from 0 to 5");
    }
}
