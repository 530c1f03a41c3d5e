package org.vendorbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.scoring.ScoringEngine;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;
import org.vendorbench.workbook.Scoresheet;
import org.vendorbench.workbook.ScoresheetReader;
import org.vendorbench.workbook.ScoresheetWriter;

/**
 * Evaluator scoresheets (issue #4, docs/scoring-workbooks.md): writes the sheet an evaluator fills
 * offline from what a workspace holds, and merges filled sheets back, each file in one audited
 * transaction. A sheet is refused as a whole (nothing stored) when it belongs to another
 * workspace, names a vendor or question the workspace does not have, or holds a score that is
 * not a number from 0 to 5; the message names the cells.
 */
public final class Scoresheets {
    /** The outcome of merging one filled sheet. */
    public record Imported(Path file, String evaluator, int scores, int changed) {}

    private Scoresheets() {}

    /** Writes {@code evaluator}'s scoresheet of the workspace to {@code out} (atomically). */
    public static Scoresheet write(Workspace ws, String evaluator, Path out) throws RefusedException, IOException {
        Scoresheet sheet = build(ws, evaluator);
        ScoresheetWriter.write(sheet, out);
        return sheet;
    }

    /**
     * The scoresheet content: the RFP's manual questions in RFP order, one column group per
     * vendor with a current response (import order; blind labels when blind mode is on), the
     * evaluator's stored scores and notes pre-filled.
     */
    public static Scoresheet build(Workspace ws, String evaluator) throws RefusedException {
        if (evaluator == null || evaluator.isBlank()) throw new RefusedException("the evaluator name is blank");
        String who = evaluator.strip();
        Rfp rfp = requireRfp(ws);
        String id = ws.identity().orElseThrow(() -> new RefusedException(name(ws) + " has no identity yet (empty audit log)"));
        List<VendorResponse> responses = ws.currentResponses();
        if (responses.isEmpty()) throw new RefusedException(name(ws) + " holds no vendor responses yet: import some first");
        boolean blind = ws.blindMode();
        List<String> headers = new ArrayList<>();
        for (VendorResponse r : responses) headers.add(blind ? ws.blindLabel(r.vendor()).orElse(r.vendor()) : r.vendor());
        Map<String, EvaluatorScore> mine = new HashMap<>();
        for (EvaluatorScore s : ws.scores()) {
            if (s.evaluator().strip().equalsIgnoreCase(who)) mine.put(key(s.vendor(), s.questionId()), s);
        }
        List<Scoresheet.QuestionRow> rows = new ArrayList<>();
        for (Question q : rfp.questions()) {
            if (!q.isManual()) continue;
            List<Scoresheet.VendorCell> cells = new ArrayList<>();
            for (VendorResponse r : responses) {
                Answer a = answer(r, q);
                boolean scorable = ScoringEngine.evaluatorsScore(a);
                EvaluatorScore s = mine.get(key(r.vendor(), q.id()));
                cells.add(new Scoresheet.VendorCell(answerText(a), scorable,
                        scorable && s != null ? s.score() : null, scorable && s != null ? s.note() : null));
            }
            String section = rfp.section(q.sectionId()).map(Section::name).orElse(q.sectionId());
            rows.add(new Scoresheet.QuestionRow(q.id(), section, q.requirement(), guidance(q), cells));
        }
        return new Scoresheet(id, name(ws), rfp.rfpId(), rfp.title(), who, blind, headers, rows);
    }

    /**
     * Merges one filled scoresheet into the workspace (one transaction, audited). Blank Score
     * cells change nothing (a stored score is never removed by a sheet); unchanged scores are
     * not rewritten.
     */
    public static Imported importFile(Workspace ws, Path file, String password) throws RefusedException {
        ScoresheetReader.Filled f = ScoresheetReader.read(file, password);
        Rfp rfp = requireRfp(ws);
        String id = ws.identity().orElse("");
        if (!id.equals(f.workspaceId())) {
            throw new RefusedException(f.fileName() + " is a scoresheet of another workspace (id " + shortId(f.workspaceId())
                    + ", " + name(ws) + " is " + shortId(id) + "): nothing imported");
        }
        if (f.rfpId() != null && !Fold.same(f.rfpId(), rfp.rfpId())) {
            throw new RefusedException(f.fileName() + " was written for RFP " + f.rfpId() + " but " + name(ws)
                    + " now holds RFP " + rfp.rfpId() + ": nothing imported");
        }
        Map<String, String> vendorByHeader = vendorsByHeader(ws, f.blind());
        List<String> problems = new ArrayList<>();
        Map<String, String> columnVendor = new LinkedHashMap<>();
        for (ScoresheetReader.VendorColumn v : f.vendors()) {
            String vendor = vendorByHeader.get(Fold.fold(v.header()));
            if (vendor == null) {
                problems.add(ScoresheetWriter.SCORES_SHEET + "!" + v.headerAddress() + ": vendor '" + v.header()
                        + "' is not in " + name(ws));
            } else {
                columnVendor.put(v.header(), vendor);
            }
        }
        List<EvaluatorScore> scores = new ArrayList<>();
        java.util.Set<String> badIds = new java.util.HashSet<>();
        for (ScoresheetReader.FilledScore s : f.scores()) {
            Optional<Question> q = rfp.question(s.questionId());
            if (q.isEmpty() || !q.get().isManual()) {
                if (badIds.add(s.idCell())) {
                    problems.add(ScoresheetWriter.SCORES_SHEET + "!" + s.idCell() + ": question '" + s.questionId()
                            + "' is not a manual question of RFP " + rfp.rfpId());
                }
                continue;
            }
            String vendor = columnVendor.get(s.vendor());
            if (vendor == null) continue; // its column is already a problem
            scores.add(new EvaluatorScore(f.evaluator(), vendor, q.get().id(), s.score(), s.note()));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(f.fileName() + " is refused (" + problems.size()
                    + (problems.size() == 1 ? " problem): " : " problems): ") + String.join("; ", problems));
        }
        try {
            int changed = ws.importScores(scores, f.fileName());
            return new Imported(file, f.evaluator(), scores.size(), changed);
        } catch (WorkspaceException e) {
            throw new RefusedException(f.fileName() + ": " + e.getMessage(), e);
        }
    }

    /** Folded header (name, or blind label when {@code blind}) → stored vendor name. */
    private static Map<String, String> vendorsByHeader(Workspace ws, boolean blind) {
        Map<String, String> out = new HashMap<>();
        for (String v : ws.vendors()) {
            String header = blind ? ws.blindLabel(v).orElse(v) : v;
            out.put(Fold.fold(header), v);
        }
        return out;
    }

    /**
     * What the evaluator should look at, from the question's type: the scale, the options of a
     * CHOICE, and whether the question is mandatory.
     */
    static String guidance(Question q) {
        String what = switch (q.type()) {
            case DATE -> "A date: score how well it fits the requirement's timeline.";
            case CHOICE -> "One of: " + String.join(" | ", q.options().stream().map(ChoiceOption::label).toList()) + ".";
            case TEXT -> "Free text: score how completely and credibly it meets the requirement.";
            default -> "A " + q.type().name().toLowerCase(Locale.ROOT).replace('_', '/')
                    + " answer: score how well it meets the requirement.";
        };
        return what + " 0 not addressed … 5 fully meets." + (q.mandatory() ? " Mandatory." : "");
    }

    private static String answerText(Answer a) {
        if (a == null || a.raw() == null || a.raw().isBlank()) return "(no answer)";
        String t = a.raw();
        if (a.comment() != null && !a.comment().isBlank()) t = t + "\nComment: " + a.comment();
        return t;
    }

    private static Answer answer(VendorResponse r, Question q) {
        for (Answer a : r.answers()) if (Fold.same(a.questionId(), q.id())) return a;
        return null;
    }

    private static Rfp requireRfp(Workspace ws) throws RefusedException {
        return ws.loadRfp().orElseThrow(() -> new RefusedException(name(ws)
                + " holds no RFP yet: import one first (vendorbench import --rfp RFP.xlsx)"));
    }

    private static String key(String vendor, String questionId) {
        return Fold.fold(vendor) + "\u0000" + Fold.fold(questionId);
    }

    private static String shortId(String id) {
        return id == null || id.isEmpty() ? "none" : id.substring(0, Math.min(12, id.length()));
    }

    private static String name(Workspace ws) {
        return ws.file().getFileName().toString();
    }
}
