package org.vendorbench.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.normalize.CellValue;

/**
 * Reads an evaluator scores workbook (scoring-and-tco.md §7, §9): sheet {@code Scores} with columns
 * {@code Evaluator}, {@code Vendor}, {@code ID}, {@code Score}, {@code Note}. A score outside 0..5
 * (or not a number) refuses the sheet with the cell named; a score for a question that is not
 * manual is kept out with a warning. Vendors are matched to responses by folded name later, by the
 * scoring engine.
 */
public final class ScoresReader {
    static final TableSpec SPEC = new TableSpec("Scores",
            List.of(TableSpec.col("Evaluator"), TableSpec.col("Vendor"), TableSpec.col("ID", "Question ID"),
                    TableSpec.col("Score"), TableSpec.col("Note", "Notes", "Comment")),
            List.of(List.of("Evaluator"), List.of("Vendor"), List.of("ID"), List.of("Score")));

    private ScoresReader() {}

    /** The scores read and the warnings (one line each) about rows left out. */
    public record Scores(List<EvaluatorScore> scores, List<String> warnings) {
        public Scores {
            scores = List.copyOf(scores);
            warnings = List.copyOf(warnings);
        }
    }

    public static Scores read(Path file, String password, Rfp rfp) throws RefusedException {
        return read(WorkbookLoader.load(file, password), rfp);
    }

    public static Scores read(WorkbookGrid wb, Rfp rfp) throws RefusedException {
        Table t = SheetFinder.find(wb, SPEC, Set.of()).orElseThrow(() -> new RefusedException(
                wb.fileName() + ": no sheet 'Scores' with columns Evaluator, Vendor, ID, Score"));
        List<EvaluatorScore> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int row : t.dataRows()) {
            String evaluator = t.text(row, "Evaluator");
            String vendor = t.text(row, "Vendor");
            String id = t.text(row, "ID");
            CellValue score = t.cell(row, "Score");
            if (evaluator.isEmpty() && vendor.isEmpty() && id.isEmpty() && score.isBlank()) continue;
            String where = wb.fileName() + ": sheet " + t.sheetName() + " cell " + t.address(row, "Score");
            Double value = number(score);
            if (value == null) throw new RefusedException(where + ": score '" + t.text(row, "Score") + "' is not a number");
            if (value < 0 || value > 5) throw new RefusedException(where + ": score " + t.text(row, "Score") + " is outside 0..5");
            if (evaluator.isEmpty() || vendor.isEmpty() || id.isEmpty()) {
                throw new RefusedException(wb.fileName() + ": sheet " + t.sheetName() + " row " + (row + 1)
                        + ": Evaluator, Vendor and ID are required");
            }
            Question q = rfp.questions().stream().filter(x -> Fold.same(x.id(), id)).findFirst().orElse(null);
            if (q == null) {
                warnings.add(wb.fileName() + ": " + t.address(row, "ID") + ": no question '" + id + "' in the RFP; score ignored");
                continue;
            }
            if (!q.isManual()) {
                warnings.add(wb.fileName() + ": " + t.address(row, "ID") + ": question " + q.id()
                        + " is not scored by evaluators; score ignored");
                continue;
            }
            String note = t.text(row, "Note");
            out.add(new EvaluatorScore(evaluator, vendor, q.id(), value, note.isEmpty() ? null : note));
        }
        return new Scores(out, warnings);
    }

    private static Double number(CellValue v) {
        if (v.kind() == CellValue.Kind.NUMBER) return v.number();
        if (v.kind() == CellValue.Kind.STRING && v.text() != null) {
            try {
                return Double.parseDouble(v.text().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
