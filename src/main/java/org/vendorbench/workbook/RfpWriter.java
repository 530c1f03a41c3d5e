package org.vendorbench.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;

/**
 * Writes a domain {@link Rfp} as an RFP definition workbook (workbook-format.md §1), so that the
 * RFP reader gives back an equal Rfp. Options are written as {@code label=score|…}, the knockout
 * as its expression, the scoring rule as {@code target=T; floor=F; higher|lower}, {@code manual},
 * or blank when it is the type's default (YES_NO, and CHOICE with scored options). The Checklist
 * sheet is written only when the RFP has its own checklist. Text is written through
 * {@link SafeCells}; the file is written atomically.
 */
public final class RfpWriter {
    public static final List<String> RFP_HEADERS = List.of("Key", "Value");
    public static final List<String> SECTION_HEADERS = List.of("Section ID", "Section", "Weight");
    public static final List<String> QUESTION_HEADERS =
            List.of("ID", "Section ID", "Requirement", "Type", "Options", "Mandatory", "Knockout", "Weight", "Scoring");
    public static final List<String> KPI_HEADERS = List.of("KPI ID", "KPI", "Unit", "Direction", "Target",
            "Remediation threshold", "Exit threshold", "Weight");
    public static final List<String> ASSUMPTION_HEADERS = List.of("Key", "Value", "Low", "High");
    public static final List<String> CHECKLIST_HEADERS = List.of("Item ID", "Group", "Item", "Required");

    private RfpWriter() {}

    /** Writes the RFP definition workbook to {@code out} (atomically, replacing an existing file). */
    public static void write(Rfp rfp, Path out) throws IOException {
        AtomicFileWriter.write(out, build(rfp));
    }

    /** Builds the workbook in memory (the caller writes and closes it). */
    public static XSSFWorkbook build(Rfp rfp) {
        XSSFWorkbook wb = new XSSFWorkbook();
        SheetWriter w = new SheetWriter(wb);
        XSSFSheet s = w.table("RFP", RFP_HEADERS, new int[] {26, 50});
        int r = 1;
        r = kv(w, s, r, "RFP ID", rfp.rfpId());
        r = kv(w, s, r, "Title", rfp.title());
        r = kv(w, s, r, "Organization", rfp.organization());
        Row issued = w.row(s, r++);
        w.text(issued, 0, "Issued", w.text);
        w.date(issued, 1, rfp.issued(), w.date);
        Row due = w.row(s, r++);
        w.text(due, 0, "Due", w.text);
        w.date(due, 1, rfp.due(), w.date);
        r = kv(w, s, r, "Currency", rfp.currency());
        Row term = w.row(s, r++);
        w.text(term, 0, "Contract term (months)", w.text);
        w.number(term, 1, (double) rfp.termMonths(), w.number);
        Row pw = w.row(s, r++);
        w.text(pw, 0, "Price weight", w.text);
        w.number(pw, 1, rfp.priceWeight(), w.number);
        kv(w, s, r, "Format", Rfp.FORMAT);

        s = w.table("Sections", SECTION_HEADERS, new int[] {12, 36, 10});
        r = 1;
        for (Section sec : rfp.sections()) {
            Row row = w.row(s, r++);
            w.text(row, 0, sec.id(), w.text);
            w.text(row, 1, sec.name(), w.text);
            w.number(row, 2, sec.weight(), w.number);
        }

        s = w.table("Questions", QUESTION_HEADERS, new int[] {10, 11, 60, 11, 40, 11, 20, 9, 30});
        r = 1;
        for (Question q : rfp.questions()) {
            Row row = w.row(s, r++);
            w.text(row, 0, q.id(), w.text);
            w.text(row, 1, q.sectionId(), w.text);
            w.text(row, 2, q.requirement(), w.text);
            w.text(row, 3, q.type().name(), w.text);
            w.text(row, 4, optionsText(q.options()), w.text);
            w.text(row, 5, q.mandatory() ? "Y" : "N", w.text);
            w.text(row, 6, q.knockout() == null ? null : q.knockout().expression(), w.text);
            w.number(row, 7, q.weight(), w.number);
            w.text(row, 8, scoringText(q), w.text);
        }

        s = w.table("KPIs", KPI_HEADERS, new int[] {12, 36, 16, 11, 10, 14, 12, 9});
        r = 1;
        for (Kpi k : rfp.kpis()) {
            Row row = w.row(s, r++);
            w.text(row, 0, k.id(), w.text);
            w.text(row, 1, k.name(), w.text);
            w.text(row, 2, k.unit().name().toLowerCase(Locale.ROOT), w.text);
            w.text(row, 3, k.direction().name().toLowerCase(Locale.ROOT), w.text);
            w.number(row, 4, k.target(), w.number);
            w.number(row, 5, k.remediationThreshold(), w.number);
            w.number(row, 6, k.exitThreshold(), w.number);
            w.number(row, 7, k.weight(), w.number);
        }

        s = w.table("Assumptions", ASSUMPTION_HEADERS, new int[] {36, 14, 14, 14});
        r = 1;
        for (Assumption a : rfp.assumptions()) {
            Row row = w.row(s, r++);
            w.text(row, 0, a.key(), w.text);
            w.number(row, 1, a.value(), w.number);
            w.number(row, 2, a.low(), w.number);
            w.number(row, 3, a.high(), w.number);
        }

        if (!rfp.checklist().isEmpty()) {
            s = w.table("Checklist", CHECKLIST_HEADERS, new int[] {10, 24, 70, 10});
            r = 1;
            for (ChecklistItemDef c : rfp.checklist()) {
                Row row = w.row(s, r++);
                w.text(row, 0, c.id(), w.text);
                w.text(row, 1, c.group(), w.text);
                w.text(row, 2, c.item(), w.text);
                w.text(row, 3, c.required() ? "Y" : "N", w.text);
            }
        }
        return wb;
    }

    private static int kv(SheetWriter w, XSSFSheet s, int r, String key, String value) {
        Row row = w.row(s, r);
        w.text(row, 0, key, w.text);
        w.text(row, 1, value, w.text);
        return r + 1;
    }

    /** {@code label=score|label|…}: the options with their scores where the RFP gives one. */
    public static String optionsText(List<ChoiceOption> options) {
        StringBuilder sb = new StringBuilder();
        for (ChoiceOption o : options) {
            if (sb.length() > 0) sb.append('|');
            sb.append(o.label());
            if (o.score() != null) sb.append('=').append(number(o.score()));
        }
        return sb.toString();
    }

    /**
     * The Scoring cell of a question: blank when the rule is the type's default (YES_NO; CHOICE
     * with scored options), {@code manual}, or {@code target=T; floor=F; higher|lower}.
     */
    public static String scoringText(Question q) {
        ScoringRule rule = q.rule();
        if (rule instanceof ScoringRule.Linear l) {
            return "target=" + number(l.target()) + "; floor=" + number(l.floor()) + "; "
                    + l.direction().name().toLowerCase(Locale.ROOT);
        }
        if (rule instanceof ScoringRule.Manual) return "manual";
        return null; // YesNo and Choice: the type's default rule
    }

    /** A number as a person writes it: {@code 80}, {@code 0.5}, {@code 1500000} (no exponent, no trailing zeros). */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
