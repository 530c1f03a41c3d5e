package org.vendorbench.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;

/**
 * Writes a blank RFP definition workbook (workbook-format.md §1) for a buyer to fill in: sheets
 * {@code Read me}, {@code RFP} (every key with its default), {@code Sections}, {@code Questions},
 * {@code KPIs} (the article's eight KPIs with targets and suggested remediation/exit thresholds),
 * {@code Assumptions} (every TCO key of scoring-and-tco.md §5 with its default) and
 * {@code Checklist} (the article's pre-signing checklist). Type, Mandatory, Direction and Unit
 * cells carry drop-down lists. The file is written atomically.
 */
public final class RfpTemplateWriter {
    /** Rows prepared with drop-down lists in the Questions and KPIs sheets. */
    static final int INPUT_ROWS = 500;

    /** The article's eight KPIs: its target benchmark, with suggested remediation and exit thresholds. */
    public static final List<Kpi> ARTICLE_KPIS = List.of(
            new Kpi("FCR", "First-Call Resolution (FCR)", KpiUnit.PERCENT, Direction.HIGHER, 80, 75.0, 70, 2),
            new Kpi("ASA", "Average Speed to Answer (ASA)", KpiUnit.SECONDS, Direction.LOWER, 30, 45.0, 60, 1),
            new Kpi("ABANDON", "Abandonment Rate", KpiUnit.PERCENT, Direction.LOWER, 5, 7.0, 10, 2),
            new Kpi("FILL", "Schedule Fill Rate", KpiUnit.PERCENT, Direction.HIGHER, 85, 80.0, 75, 1),
            new Kpi("CSAT", "Patient CSAT", KpiUnit.PERCENT, Direction.HIGHER, 85, 80.0, 75, 2),
            new Kpi("HIPAA", "HIPAA Incident Rate", KpiUnit.PER_1000_CALLS, Direction.LOWER, 0, 0.1, 0.5, 2),
            new Kpi("ATTRITION", "Agent Attrition (Monthly)", KpiUnit.PERCENT, Direction.LOWER, 4, 6.0, 8, 1),
            new Kpi("ACW", "After-Call Work (ACW)", KpiUnit.SECONDS, Direction.LOWER, 90, 120.0, 150, 1));

    /**
     * The TCO assumption keys of scoring-and-tco.md §5 in order, with their defaults; the value of
     * {@code Monthly call volume} is required and has no default (NaN here, written blank).
     */
    public static final List<Assumption> TCO_DEFAULTS = List.of(
            new Assumption("Monthly call volume", Double.NaN, null, null),
            new Assumption("Annual volume growth", 0, null, null),
            new Assumption("Billable minutes per call", 4, null, null),
            new Assumption("Repeat calls per unresolved call", 1, null, null),
            new Assumption("Patient annual value", 2000, null, null),
            new Assumption("Lost share of abandoned callers", 2, null, null),
            new Assumption("Lost share of dissatisfied callers", 1, null, null),
            new Assumption("Internal hourly rate", 60, null, null),
            new Assumption("Internal onboarding hours", 120, null, null),
            new Assumption("Governance hours per month", 16, null, null),
            new Assumption("Exit cost in months of fees", 4.5, null, null),
            new Assumption("Re-procurement cost", 25000, null, null),
            new Assumption("Exit probability at quality 50", 20, null, null),
            new Assumption("Discount rate", 0, null, null));

    private static final String CS = "Compliance and Security";
    private static final String VQ = "Vendor Quality";
    private static final String CK = "Contract and KPIs";
    private static final String OM = "Ongoing Management";

    /** The article's "Before You Sign" checklist in its four groups (same IDs as the built-in list). */
    public static final List<ChecklistItemDef> ARTICLE_CHECKLIST = List.of(
            new ChecklistItemDef("CS-01", CS, "BAA signed and reviewed by your compliance team, not just countersigned and filed", true),
            new ChecklistItemDef("CS-02", CS, "SOC 2 Type II certification confirmed (not just Type I)", true),
            new ChecklistItemDef("CS-03", CS, "HIPAA Security Rule audit documentation reviewed", true),
            new ChecklistItemDef("CS-04", CS, "Agent access controls and device management policy confirmed", true),
            new ChecklistItemDef("CS-05", CS, "Data breach response protocol reviewed and understood", true),
            new ChecklistItemDef("CS-06", CS, "Third-party security audit within the last 12 months", true),
            new ChecklistItemDef("VQ-01", VQ, "References from at least two practices in your specialty or similar patient population", true),
            new ChecklistItemDef("VQ-02", VQ, "Agent attrition rate confirmed (monthly, not annualised)", true),
            new ChecklistItemDef("VQ-03", VQ, "Training program reviewed, including healthcare-specific and practice-specific components", true),
            new ChecklistItemDef("VQ-04", VQ, "EHR and scheduling system integration confirmed", true),
            new ChecklistItemDef("VQ-05", VQ, "Sample call recordings reviewed (with patient data redacted)", true),
            new ChecklistItemDef("CK-01", CK, "All KPIs defined with specific numeric targets, not adjective descriptions", true),
            new ChecklistItemDef("CK-02", CK, "Remediation thresholds defined for each KPI", true),
            new ChecklistItemDef("CK-03", CK, "Early exit conditions defined without penalty", true),
            new ChecklistItemDef("CK-04", CK, "Reporting cadence specified (weekly, monthly, quarterly)", true),
            new ChecklistItemDef("CK-05", CK, "Technology stack confirmed, such as quality monitoring, WFM, AI coaching tools", true),
            new ChecklistItemDef("OM-01", OM, "Internal owner assigned for vendor relationship management", true),
            new ChecklistItemDef("OM-02", OM, "Weekly / monthly / quarterly review cadence scheduled before go-live", true),
            new ChecklistItemDef("OM-03", OM, "Call recording access confirmed for your internal review", true),
            new ChecklistItemDef("OM-04", OM, "Agent team change notification protocol in the contract", true));

    private RfpTemplateWriter() {}

    /** Writes the blank RFP definition workbook to {@code out} (atomically). */
    public static void write(Path out) throws IOException {
        AtomicFileWriter.write(out, build());
    }

    /** Builds the template in memory (the caller writes and closes it). */
    public static XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        SheetWriter w = new SheetWriter(wb);
        readMe(w);

        XSSFSheet s = w.table("RFP", RfpWriter.RFP_HEADERS, new int[] {26, 50});
        String[][] keys = {
            {"RFP ID", null}, {"Title", null}, {"Organization", null}, {"Issued", null}, {"Due", null},
            {"Currency", "USD"}, {"Contract term (months)", "36"}, {"Price weight", "30"}, {"Format", Rfp.FORMAT}};
        int r = 1;
        for (String[] kv : keys) {
            Row row = w.row(s, r++);
            w.text(row, 0, kv[0], w.text);
            if (kv[0].equals("Issued") || kv[0].equals("Due")) {
                w.date(row, 1, null, w.date);
            } else if (kv[1] != null && kv[1].chars().allMatch(Character::isDigit)) {
                w.number(row, 1, Double.parseDouble(kv[1]), w.number);
            } else {
                w.text(row, 1, kv[1], w.text);
            }
        }

        s = w.table("Sections", RfpWriter.SECTION_HEADERS, new int[] {12, 36, 10});
        Row kpiSection = w.row(s, 1);
        w.text(kpiSection, 0, "KPI", w.text);
        w.text(kpiSection, 1, "KPI commitments", w.text);
        w.number(kpiSection, 2, 1.0, w.number);

        s = w.table("Questions", RfpWriter.QUESTION_HEADERS, new int[] {10, 11, 60, 11, 40, 11, 20, 9, 30});
        w.dropDown(s, 1, INPUT_ROWS, 3, Arrays.stream(QuestionType.values()).map(Enum::name).toList());
        w.dropDown(s, 1, INPUT_ROWS, 5, List.of("Y", "N"));

        s = w.table("KPIs", RfpWriter.KPI_HEADERS, new int[] {12, 36, 16, 11, 10, 14, 12, 9});
        r = 1;
        for (Kpi k : ARTICLE_KPIS) {
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
        w.dropDown(s, 1, INPUT_ROWS, 2, Arrays.stream(KpiUnit.values()).map(u -> u.name().toLowerCase(Locale.ROOT)).toList());
        w.dropDown(s, 1, INPUT_ROWS, 3, List.of("higher", "lower"));

        s = w.table("Assumptions", RfpWriter.ASSUMPTION_HEADERS, new int[] {36, 14, 14, 14});
        r = 1;
        for (Assumption a : TCO_DEFAULTS) {
            Row row = w.row(s, r++);
            w.text(row, 0, a.key(), w.text);
            w.number(row, 1, Double.isNaN(a.value()) ? null : a.value(), w.number);
            w.number(row, 2, null, w.number);
            w.number(row, 3, null, w.number);
        }

        s = w.table("Checklist", RfpWriter.CHECKLIST_HEADERS, new int[] {10, 24, 70, 10});
        r = 1;
        for (ChecklistItemDef c : ARTICLE_CHECKLIST) {
            Row row = w.row(s, r++);
            w.text(row, 0, c.id(), w.text);
            w.text(row, 1, c.group(), w.text);
            w.text(row, 2, c.item(), w.text);
            w.text(row, 3, c.required() ? "Y" : "N", w.text);
        }
        w.dropDown(s, 1, INPUT_ROWS, 3, List.of("Y", "N"));
        w.finish();
        wb.setActiveSheet(0);
        return wb;
    }

    private static final String[][] READ_ME = {
        {"RFP", "One Key/Value pair a row. RFP ID, Title, Organization; Issued and Due are dates; Currency is an ISO 4217 code "
                + "(default USD); Contract term (months) a whole number (default 36); Price weight the share of the combined score "
                + "that comes from price, in percent (default 30). Leave Format as vendorbench-rfp/1."},
        {"Sections", "Section ID (short, e.g. CS), Section (name shown to vendors), Weight (relative; weights are normalised to "
                + "sum 1). The section with ID KPI scores the KPI commitments; it must not hold questions."},
        {"Questions", "ID (unique, e.g. CS-01), Section ID, Requirement (the question vendors see), Type, Options, Mandatory (Y/N, "
                + "blank = N), Knockout, Weight (relative within the section, blank = 1, 0 = shown but not scored), Scoring."},
        {"Type", "YES_NO, CHOICE, NUMBER, PERCENT (percent units: 85 means 85 %), CURRENCY, DURATION (seconds), TEXT, DATE."},
        {"Options", "CHOICE only: options separated by |, each optionally followed by =score (0..5), e.g. "
                + "SOC 2 Type II=5|SOC 2 Type I=2|None=0. Give scores to all options or to none (then evaluators score it)."},
        {"Knockout", "Blank, or the answer that disqualifies the vendor: No (YES_NO; No|Partial also fails a partial answer), "
                + "a list of options None|SOC 2 Type I (CHOICE), or a comparison < 80, <= 80, > 30, >= 30 (numbers, in percent "
                + "units or seconds). A missing answer to a knockout question also disqualifies."},
        {"Scoring", "How an answer becomes 0..5 points. YES_NO: blank (Yes 5, Partial 2.5, No 0). CHOICE: blank (the option "
                + "scores). Numbers: target=T; floor=F; higher (or lower): at or beyond T 5 points, at or beyond F on the bad "
                + "side 0, linear between. manual: evaluators score 0..5 (TEXT, DATE and unscored questions are manual)."},
        {"KPIs", "KPI ID, KPI (name), Unit (percent, seconds, per_1000_calls), Direction (higher or lower is better), Target, "
                + "Remediation threshold (triggers a formal remediation plan; goes into the contract terms), Exit threshold "
                + "(right to exit without penalty; a commitment at or beyond it scores 0), Weight (relative). The TCO uses the "
                + "KPI IDs FCR, ABANDON, CSAT and ATTRITION."},
        {"Assumptions", "Inputs of the 36-month total cost of ownership (Key/Value; percent keys in percent units). Monthly call "
                + "volume is required. Low and High are optional: a range makes the uncertainty run draw the value from a "
                + "triangular distribution (Low, Value, High)."},
        {"Checklist", "Item ID, Group, Item, Required (Y/N): the pre-signing checklist. Delete the sheet to use the built-in "
                + "checklist from the article."},
        {"Matching", "Sheet names, headers, IDs, keys and listed values are compared ignoring case, spaces, _ and dashes: "
                + "CS-01, cs 01 and CS_01 are the same ID."},
    };

    private static void readMe(SheetWriter w) {
        XSSFSheet s = w.wb.createSheet("Read me");
        s.setColumnWidth(0, 16 * 256);
        s.setColumnWidth(1, 110 * 256);
        w.text(w.row(s, 0), 0, "Vendorbench RFP definition (format vendorbench-rfp/1)", w.title);
        w.text(w.row(s, 1), 1, "Fill in the sheets below, then open the workbook in Vendorbench or run "
                + "vendorbench template --rfp THIS.xlsx --out questionnaire.xlsx to make the vendors' questionnaire.", w.text);
        int r = 3;
        for (String[] line : READ_ME) {
            Row row = w.row(s, r++);
            w.text(row, 0, line[0], w.header);
            w.text(row, 1, line[1], w.text);
        }
    }
}
