package org.vendorbench.memo;

import static org.vendorbench.memo.MemoFormat.clip;
import static org.vendorbench.memo.MemoFormat.nz;
import static org.vendorbench.memo.MemoFormat.shortHash;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.EffectiveStatus;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.ItemAssessment;
import org.vendorbench.domain.checklist.ReadinessReport;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.Evaluation.VendorEvaluation;

/**
 * The memo's checklist content: the blocking items in the executive summary, the chapter with the
 * group summary per vendor and the recommended vendor's full item list (evidence names, short
 * SHA-256, verification dates, owners), and the appendix table of full evidence hashes. In file
 * mode the items carry only the workbooks' claims and are shown as not verified.
 */
final class ChecklistChapter {
    /** Blocking items listed in the summary before "and N more". */
    static final int SUMMARY_ITEMS = 5;

    private ChecklistChapter() {}

    /** The executive summary's checklist paragraph for the recommended vendor. */
    static void summary(Evaluation ev, MemoFacts facts, List<MemoBlock> b) {
        Optional<VendorEvaluation> w = ev.winner();
        Optional<MemoFacts.VendorChecklist> cl = w.flatMap(v -> facts.checklist(v.vendor()));
        if (cl.isEmpty()) {
            b.add(new MemoBlock.Para("Checklist: not available for this memo."));
            return;
        }
        ReadinessReport r = cl.get().report();
        List<ReadinessReport.Missing> missing = r.missing();
        if (facts.fromWorkspace()) {
            b.add(new MemoBlock.Para(r.summary()));
        } else {
            b.add(new MemoBlock.Para("Not verified: this memo was made from files, so the checklist holds only what "
                    + r.vendor() + "'s workbook claims. All " + missing.size()
                    + " required items still need verification before signing."));
        }
        if (missing.isEmpty()) return;
        List<String> lines = new ArrayList<>();
        for (ReadinessReport.Missing m : missing.subList(0, Math.min(SUMMARY_ITEMS, missing.size()))) {
            lines.add(blockingLine(m, facts.fromWorkspace()));
        }
        if (missing.size() > SUMMARY_ITEMS) {
            lines.add("and " + (missing.size() - SUMMARY_ITEMS) + " more blocking items (see Pre-signing checklist)");
        }
        b.add(new MemoBlock.Bullets(lines));
    }

    private static String blockingLine(ReadinessReport.Missing m, boolean verified) {
        StringBuilder s = new StringBuilder(m.itemId()).append(' ').append(clip(m.item(), 70)).append(" - ")
                .append(verified ? m.status().label : "not verified");
        if (m.owner() != null) s.append("; owner ").append(m.owner());
        if (m.dueDate() != null) s.append("; due ").append(m.dueDate());
        if (m.overdue()) s.append("; OVERDUE");
        return s.toString();
    }

    /** Chapter 6: group summary per vendor and the recommended vendor's items. */
    static void chapter(Evaluation ev, MemoFacts facts, List<MemoBlock> b) {
        b.add(new MemoBlock.Heading(1, "Pre-signing checklist", true));
        List<MemoFacts.VendorChecklist> rows = new ArrayList<>();
        for (VendorEvaluation v : ev.ranking()) facts.checklist(v.vendor()).ifPresent(rows::add);
        if (rows.isEmpty()) {
            b.add(new MemoBlock.Para("No checklist data for this memo."));
            return;
        }
        ReadinessReport first = rows.get(0).report();
        b.add(new MemoBlock.Para(facts.fromWorkspace()
                ? "Status as of " + first.asOf() + " from the workspace: an item counts only when a person verified it"
                        + " (with evidence where the item needs it) or marked it not applicable with a reason."
                : "Not verified: this memo was made from files, not a workspace. The items show what each vendor's"
                        + " workbook claims; a claim never verifies an item."));
        List<String> headers = new ArrayList<>(List.of("Vendor", "Ready"));
        for (ReadinessReport.Group g : first.groups()) headers.add(g.name() + " (verified/total)");
        headers.add("Blocking");
        List<List<String>> table = new ArrayList<>();
        for (MemoFacts.VendorChecklist c : rows) {
            ReadinessReport r = c.report();
            List<String> row = new ArrayList<>(List.of(r.vendor(), r.ready() ? "Yes" : "No"));
            for (ReadinessReport.Group g : first.groups()) {
                ReadinessReport.Group mine = r.groups().stream().filter(x -> x.name().equals(g.name())).findFirst().orElse(null);
                row.add(mine == null ? "-" : mine.verified() + "/" + mine.total());
            }
            row.add(String.valueOf(r.missing().size()));
            table.add(row);
        }
        float[] widths = new float[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        widths[0] = 3;
        widths[1] = 1;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 1.6f;
            numeric[i] = true;
        }
        widths[widths.length - 1] = 1.2f;
        b.add(new MemoBlock.Table("Checklist status per vendor", headers, widths, numeric, table));

        ev.winner().flatMap(w -> facts.checklist(w.vendor())).ifPresent(c -> items(c, facts.fromWorkspace(), b));
    }

    private static void items(MemoFacts.VendorChecklist c, boolean verified, List<MemoBlock> b) {
        ReadinessReport r = c.report();
        b.add(new MemoBlock.Heading(2, "Checklist items: " + r.vendor()));
        b.add(new MemoBlock.Para(r.summary()));
        List<List<String>> rows = new ArrayList<>();
        for (ReadinessReport.Group g : r.groups()) {
            for (ItemAssessment a : g.items()) {
                ChecklistEntry e = a.entry();
                String status = verified ? a.status().label : "Not verified";
                if (a.overdue()) status += " (overdue)";
                String when = e != null && e.verifiedOn() != null && a.status() == EffectiveStatus.VERIFIED
                        ? e.verifiedOn() + " by " + nz(e.verifiedBy()) : "";
                List<String> ev = new ArrayList<>();
                for (Evidence x : c.evidenceOf(a.item().id())) ev.add(x.fileName() + " (" + shortHash(x.sha256()) + ")");
                List<String> notes = new ArrayList<>();
                if (a.validUntil() != null) notes.add("valid until " + a.validUntil());
                if (a.reason() != null) notes.add(a.reason());
                if (e != null && e.naReason() != null) notes.add("n/a: " + e.naReason());
                if (e != null && e.dueDate() != null) notes.add("due " + e.dueDate());
                if (e != null && e.claim() != null) notes.add(clip(e.claim(), 140));
                rows.add(List.of(a.item().id(), clip(a.item().text(), 120) + (a.item().required() ? "" : " (optional)"),
                        status, e == null ? "" : nz(e.owner()), when, String.join("\n", ev), String.join("; ", notes)));
            }
        }
        b.add(new MemoBlock.Table("Checklist items of " + r.vendor() + " (evidence: file name and first 12 hex digits of"
                + " its SHA-256; full hashes in the appendix)",
                List.of("ID", "Item", "Status", "Owner", "Verified", "Evidence", "Notes"),
                new float[] {0.9f, 3.2f, 1.3f, 1.1f, 1.5f, 2.2f, 2.6f},
                new boolean[] {false, false, false, false, false, false, false}, rows));
    }

    /** Appendix table: every evidence file with its full SHA-256 (vendors in rank order). */
    static void evidenceAppendix(Evaluation ev, MemoFacts facts, List<MemoBlock> b) {
        List<List<String>> rows = new ArrayList<>();
        for (VendorEvaluation v : ev.ranking()) {
            facts.checklist(v.vendor()).ifPresent(c -> {
                for (Evidence x : c.evidence()) {
                    rows.add(List.of(v.vendor(), x.itemId(), x.fileName(), String.valueOf(x.size()), x.sha256()));
                }
            });
        }
        b.add(new MemoBlock.Heading(2, "Evidence files"));
        if (rows.isEmpty()) {
            b.add(new MemoBlock.Para(facts.fromWorkspace() ? "No evidence files are attached in the workspace."
                    : "No evidence: this memo was made from files, not a workspace."));
            return;
        }
        b.add(new MemoBlock.Table("Evidence files with their full SHA-256", List.of("Vendor", "Item", "File", "Bytes", "SHA-256"),
                new float[] {2, 1.2f, 2.4f, 1, 6.2f}, new boolean[] {false, false, false, true, false}, rows));
    }
}
