package org.vendorbench.workbook;

import static org.vendorbench.workbook.TableSpec.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * Reads an evaluator score workbook (scoring-and-tco.md §7, §9): sheet {@code Scores} with
 * {@code Evaluator}, {@code Vendor}, {@code ID}, {@code Score}, {@code Note}. A score outside 0..5
 * (or not a number) refuses the sheet, every such cell named. Rows for an unknown vendor or
 * question, or for a question that is not manual, are ignored with a warning; a second score of
 * one evaluator for one vendor and question is ignored with a warning (the first counts).
 */
public final class ScoresReader {
    static final TableSpec SCORES = new TableSpec("Scores",
            List.of(col("Evaluator"), col("Vendor"), col("ID", "Question ID", "Req #", "Ref"), col("Score"), col("Note", "Notes", "Comment", "Comments")),
            List.of(List.of("Evaluator"), List.of("Vendor"), List.of("ID"), List.of("Score")));

    /** The scores read and the rows ignored. */
    public record Result(List<EvaluatorScore> scores, List<ImportWarning> warnings) {
        public Result {
            scores = List.copyOf(scores);
            warnings = List.copyOf(warnings);
        }
    }

    private ScoresReader() {}

    public static Result read(Path file, Rfp rfp, List<String> vendorNames) throws RefusedException {
        return read(file, rfp, vendorNames, null);
    }

    public static Result read(Path file, Rfp rfp, List<String> vendorNames, String password) throws RefusedException {
        return WorkbookLoader.readAs(file, password, "evaluator scores", wb -> read(wb, rfp, vendorNames));
    }

    public static Result read(WorkbookGrid wb, Rfp rfp, List<String> vendorNames) throws RefusedException {
        if (ScoresheetReader.isScoresheet(wb)) return fromScoresheet(ScoresheetReader.read(wb), rfp, vendorNames);
        Optional<Table> found = SheetFinder.find(wb, SCORES, Set.of());
        if (found.isEmpty()) {
            throw new RefusedException(wb.fileName() + " has no Scores sheet (headers Evaluator, Vendor, ID, Score, Note)");
        }
        Table t = found.get();
        String sh = t.sheetName();
        Problems problems = new Problems(wb.fileName());
        Warnings w = new Warnings();
        List<EvaluatorScore> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r : t.dataRows()) {
            if (t.isSkippable(r)) continue;
            CellValue scoreCell = t.cell(r, "Score");
            if (scoreCell.isBlank()) continue; // not scored yet
            Double score = ValueNormalizer.parseNumber(scoreCell);
            if (score == null || score.isNaN() || score < 0 || score > 5) {
                problems.add(sh, t.address(r, "Score"), "score '" + scoreCell.displayed() + "' is not a number from 0 to 5");
                continue;
            }
            String evaluator = t.text(r, "Evaluator");
            String vendorText = t.text(r, "Vendor");
            String id = t.text(r, "ID");
            if (evaluator.isEmpty()) {
                problems.add(sh, t.address(r, "Evaluator"), "a score without an Evaluator");
                continue;
            }
            String vendor = vendorNames.stream().filter(v -> Fold.same(v, vendorText)).findFirst().orElse(null);
            if (vendor == null) {
                w.add(WarningCode.UNKNOWN_QUESTION, sh, t.address(r, "Vendor"),
                        "vendor '" + vendorText + "' matches no response's Cover vendor name; the score is ignored");
                continue;
            }
            Optional<Question> q = rfp.question(id);
            if (q.isEmpty()) {
                w.add(WarningCode.UNKNOWN_QUESTION, sh, t.address(r, "ID"), "question '" + id + "' is not in the RFP; the score is ignored");
                continue;
            }
            if (!q.get().isManual()) {
                w.add(WarningCode.UNKNOWN_QUESTION, sh, t.address(r, "ID"),
                        q.get().id() + " is not a manual question (its rule scores it); the score is ignored");
                continue;
            }
            if (!seen.add(Fold.fold(evaluator) + "\u0000" + Fold.fold(vendor) + "\u0000" + Fold.fold(id))) {
                w.add(WarningCode.DUPLICATE_QUESTION, sh, t.address(r, "ID"),
                        evaluator + " scored " + q.get().id() + " for " + vendor + " twice; the first score counts");
                continue;
            }
            String note = t.text(r, "Note");
            out.add(new EvaluatorScore(evaluator, vendor, q.get().id(), score, note.isEmpty() ? null : note));
        }
        problems.throwIfAny();
        return new Result(out, w.list());
    }

    /**
     * A filled scoresheet read as a scores file: the same rules as the {@code Scores} table (unknown
     * vendor or question, or a question that is not manual: ignored with a warning). A blind sheet's
     * "Vendor A" labels match no Cover name here; only {@code import-scores} maps them back.
     */
    private static Result fromScoresheet(ScoresheetReader.Filled f, Rfp rfp, List<String> vendorNames) {
        String sh = ScoresheetWriter.SCORES_SHEET;
        Warnings w = new Warnings();
        List<EvaluatorScore> out = new ArrayList<>();
        for (ScoresheetReader.FilledScore s : f.scores()) {
            String vendor = vendorNames.stream().filter(v -> Fold.same(v, s.vendor())).findFirst().orElse(null);
            if (vendor == null) {
                w.add(WarningCode.UNKNOWN_QUESTION, sh, s.scoreCell(), "vendor '" + s.vendor() + "' matches no response's"
                        + " Cover vendor name" + (f.blind() ? " (a blind scoresheet is mapped back by import-scores)" : "")
                        + "; the score is ignored");
                continue;
            }
            Optional<Question> q = rfp.question(s.questionId());
            if (q.isEmpty() || !q.get().isManual()) {
                w.add(WarningCode.UNKNOWN_QUESTION, sh, s.idCell(), "question '" + s.questionId()
                        + "' is not a manual question of the RFP; the score is ignored");
                continue;
            }
            out.add(new EvaluatorScore(f.evaluator(), vendor, q.get().id(), s.score(), s.note()));
        }
        return new Result(out, w.list());
    }
}
