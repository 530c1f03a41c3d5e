package org.vendorbench.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;

/**
 * Writes the vendor response workbook of workbook-format.md §2 for one RFP: sheets
 * {@code Instructions}, {@code Cover}, {@code Questionnaire}, {@code KPI Commitments} and
 * {@code Pricing}.
 *
 * <p>Every sheet is protected with {@link #SHEET_PASSWORD} (a guard against accidental edits,
 * not a secret); only the vendor's cells are unlocked: Response and Comments, Committed value
 * and Comments, Value and Comments, and the Cover's Vendor, Contact, Email and Submitted values.
 * YES_NO, CHOICE and P-MODEL cells carry drop-down lists (option labels only). Buyer weights,
 * knockouts and scoring rules are written only when {@code discloseWeights} is true (then as
 * extra columns Weight, Knockout and Scoring after Comments). The output is written atomically.
 */
public final class QuestionnaireWriter {
    /** Password of every sheet of the questionnaire; known to the buyer, it only prevents accidental edits. */
    public static final String SHEET_PASSWORD = "vendorbench";
    /** Drop-down items of YES_NO responses. */
    public static final List<String> YES_NO_ITEMS = List.of("Yes", "No", "Partial", "N/A");
    /** Headers of the Questionnaire sheet, without the disclosed buyer columns. */
    public static final List<String> QUESTION_HEADERS =
            List.of("ID", "Section", "Requirement", "Type", "Options", "Mandatory", "Response", "Comments");
    /** Extra Questionnaire headers written only when weights are disclosed. */
    public static final List<String> DISCLOSED_HEADERS = List.of("Weight", "Knockout", "Scoring");
    public static final List<String> KPI_HEADERS =
            List.of("KPI ID", "KPI", "Unit", "Buyer target", "Committed value", "Comments");
    public static final List<String> PRICING_HEADERS = List.of("Item ID", "Item", "Unit", "Value", "Comments");

    private static final int RESPONSE_COL = 6;
    private static final int COMMENTS_COL = 7;

    private QuestionnaireWriter() {}

    /** Writes the questionnaire for {@code rfp}; {@code vendorName} (nullable) pre-fills the Cover. */
    public static void write(Rfp rfp, String vendorName, boolean discloseWeights, Path out) throws IOException {
        AtomicFileWriter.write(out, build(rfp, vendorName, discloseWeights));
    }

    /** Builds the workbook in memory (the caller writes and closes it). */
    public static XSSFWorkbook build(Rfp rfp, String vendorName, boolean discloseWeights) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            SheetWriter w = new SheetWriter(wb);
            instructions(w, rfp);
            cover(w, rfp, vendorName);
            questionnaire(w, rfp, discloseWeights);
            kpis(w, rfp);
            pricing(w, rfp);
            w.finish();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) w.protect(wb.getSheetAt(i), SHEET_PASSWORD);
            wb.setActiveSheet(wb.getSheetIndex("Cover"));
            return wb;
        } catch (RuntimeException e) {
            try { wb.close(); } catch (IOException ignored) { /* already failing */ }
            throw e;
        }
    }

    private static void instructions(SheetWriter w, Rfp rfp) {
        XSSFSheet s = w.wb.createSheet("Instructions");
        s.setColumnWidth(0, 28 * 256);
        s.setColumnWidth(1, 100 * 256);
        String due = rfp.due() == null ? "see the cover letter" : rfp.due().format(DateTimeFormatter.ISO_LOCAL_DATE);
        String org = blankTo(rfp.organization(), "the buyer");
        int r = 0;
        w.text(w.row(s, r++), 0, "Response workbook for RFP " + blankTo(rfp.rfpId(), "") + " – " + blankTo(rfp.title(), ""), w.title);
        r++;
        r = line(w, s, r, "Issued by", org);
        r = line(w, s, r, "Due", due + " (responses received later may not be evaluated)");
        r = line(w, s, r, "Contact", "Send questions and your completed workbook to your contact at " + org
                + ", the sender of this workbook. Do not contact other staff about this RFP.");
        r++;
        r = line(w, s, r, "How to fill in", "Fill in only the yellow cells: the Cover (Vendor, Contact, Email, Submitted), "
                + "Response and Comments on the Questionnaire, Committed value and Comments on KPI Commitments, "
                + "and Value and Comments on Pricing. All other cells are locked copies of the RFP.");
        r = line(w, s, r, "Do not change", "Do not change the RFP ID and Format on the Cover, the IDs, or the sheet names: "
                + "they are how your answers are matched to the RFP. Do not add, delete or reorder rows.");
        r = line(w, s, r, "One answer per cell", "Put the answer in Response and any explanation, reference or "
                + "attachment name in Comments.");
        r++;
        w.text(w.row(s, r), 0, "Answer type", w.header);
        w.text(w.row(s, r++), 1, "Accepted forms", w.header);
        r = line(w, s, r, "YES_NO", "Yes, No, Partial or N/A (pick from the list).");
        r = line(w, s, r, "CHOICE", "One of the options shown in the Options column (pick from the list).");
        r = line(w, s, r, "NUMBER", "A number, e.g. 12 or 1,500.");
        r = line(w, s, r, "PERCENT", "A percentage, e.g. 85% or 85.");
        r = line(w, s, r, "CURRENCY", "An amount in " + blankTo(rfp.currency(), "USD") + ", e.g. 1250 or 1,250.00.");
        r = line(w, s, r, "DURATION", "A duration, e.g. 30 seconds, 0:30 (minutes:seconds), 4 hours.");
        r = line(w, s, r, "TEXT", "Free text; line breaks are kept.");
        r = line(w, s, r, "DATE", "A date, preferably yyyy-mm-dd (e.g. 2027-03-01).");
        r++;
        r = line(w, s, r, "Mandatory", "Questions marked Y must be answered; a missing answer to a mandatory question "
                + "may disqualify the response.");
        r = line(w, s, r, "KPI Commitments", "Commit to a value for every KPI in the unit shown; the buyer target is "
                + "for reference. Committed values become contract terms.");
        r = line(w, s, r, "Pricing", "P-MODEL is one of per_minute, per_call, per_fte_month, flat_month; "
                + "give all amounts in " + blankTo(rfp.currency(), "USD") + ".");
        line(w, s, r, "Contract term", rfp.termMonths() + " months.");
    }

    private static int line(SheetWriter w, XSSFSheet s, int r, String label, String value) {
        Row row = w.row(s, r);
        w.text(row, 0, label, w.text);
        w.text(row, 1, value, w.text);
        return r + 1;
    }

    private static void cover(SheetWriter w, Rfp rfp, String vendorName) {
        XSSFSheet s = w.table("Cover", List.of("Key", "Value"), new int[] {16, 60});
        keyValue(w, s, 1, "RFP ID", rfp.rfpId(), w.text);
        keyValue(w, s, 2, "Vendor", vendorName, w.editable);
        keyValue(w, s, 3, "Contact", null, w.editable);
        keyValue(w, s, 4, "Email", null, w.editable);
        Row sub = w.row(s, 5);
        w.text(sub, 0, "Submitted", w.text);
        w.date(sub, 1, null, w.editableDate);
        keyValue(w, s, 6, "Format", VendorResponse.FORMAT, w.text);
    }

    private static void keyValue(SheetWriter w, XSSFSheet s, int r, String key, String value, CellStyle valueStyle) {
        Row row = w.row(s, r);
        w.text(row, 0, key, w.text);
        w.text(row, 1, value, valueStyle);
    }

    private static void questionnaire(SheetWriter w, Rfp rfp, boolean disclose) {
        List<String> headers = new ArrayList<>(QUESTION_HEADERS);
        if (disclose) headers.addAll(DISCLOSED_HEADERS);
        int[] widths = disclose ? new int[] {10, 22, 60, 11, 30, 11, 40, 40, 9, 18, 28} : new int[] {10, 22, 60, 11, 30, 11, 40, 40};
        XSSFSheet s = w.table("Questionnaire", headers, widths);
        int r = 1;
        for (Question q : rfp.questions()) {
            Row row = w.row(s, r);
            w.text(row, 0, q.id(), w.text);
            w.text(row, 1, rfp.section(q.sectionId()).map(Section::name).orElse(q.sectionId()), w.text);
            w.text(row, 2, q.requirement(), w.text);
            w.text(row, 3, q.type().name(), w.text);
            w.text(row, 4, labels(q), w.text);
            w.text(row, 5, q.mandatory() ? "Y" : "N", w.text);
            w.text(row, RESPONSE_COL, null, w.editable);
            w.text(row, COMMENTS_COL, null, w.editable);
            if (disclose) {
                w.number(row, 8, q.weight(), w.number);
                w.text(row, 9, q.knockout() == null ? null : q.knockout().expression(), w.text);
                w.text(row, 10, RfpWriter.scoringText(q), w.text);
            }
            switch (q.type()) {
                case YES_NO -> w.dropDown(s, r, r, RESPONSE_COL, YES_NO_ITEMS);
                case CHOICE -> w.dropDown(s, r, r, RESPONSE_COL, q.options().stream().map(ChoiceOption::label).toList());
                default -> { }
            }
            r++;
        }
    }

    /** The option labels without scores, {@code A|B|C}; blank for other types. */
    static String labels(Question q) {
        return String.join("|", q.options().stream().map(ChoiceOption::label).toList());
    }

    private static void kpis(SheetWriter w, Rfp rfp) {
        XSSFSheet s = w.table("KPI Commitments", KPI_HEADERS, new int[] {12, 36, 16, 16, 18, 40});
        CellStyle atLeast = targetStyle(w, "\"at least \"General");
        CellStyle atMost = targetStyle(w, "\"at most \"General");
        int r = 1;
        for (Kpi k : rfp.kpis()) {
            Row row = w.row(s, r++);
            w.text(row, 0, k.id(), w.text);
            w.text(row, 1, k.name(), w.text);
            w.text(row, 2, k.unit().name().toLowerCase(Locale.ROOT), w.text);
            w.number(row, 3, k.target(), k.direction() == Direction.HIGHER ? atLeast : atMost);
            w.text(row, 4, null, w.editable);
            w.text(row, 5, null, w.editable);
        }
    }

    private static CellStyle targetStyle(SheetWriter w, String format) {
        CellStyle st = w.wb.createCellStyle();
        st.cloneStyleFrom(w.number);
        st.setDataFormat(w.wb.createDataFormat().getFormat(format));
        return st;
    }

    /** Plain-language description and unit of each pricing item, in {@link Pricing#ITEM_IDS} order. */
    static String[][] pricingItems(String currency) {
        String cur = blankTo(currency, "USD");
        return new String[][] {
            {"P-MODEL", "Pricing model: how the monthly service fee is calculated", "per_minute | per_call | per_fte_month | flat_month"},
            {"P-RATE", "Rate per unit of the pricing model (per billable minute, per handled call, per FTE a month, or the flat monthly fee)", cur + " per unit"},
            {"P-FTE", "Full-time agents billed (only for per_fte_month)", "FTEs"},
            {"P-MIN", "Minimum monthly fee, charged when usage falls below it", cur + " per month"},
            {"P-ONBOARD", "One-time onboarding and transition fee", cur + ", one-time"},
            {"P-TRAIN", "Training fee per agent (initial and replacement agents)", cur + " per agent"},
            {"P-AGENTS", "Agents assigned to the program", "agents"},
            {"P-ESC", "Annual price escalator", "percent per year"},
            {"P-ETF", "Early termination fee", cur + ", one-time"},
        };
    }

    private static void pricing(SheetWriter w, Rfp rfp) {
        XSSFSheet s = w.table("Pricing", PRICING_HEADERS, new int[] {12, 60, 28, 18, 40});
        int r = 1;
        for (String[] item : pricingItems(rfp.currency())) {
            Row row = w.row(s, r);
            w.text(row, 0, item[0], w.text);
            w.text(row, 1, item[1], w.text);
            w.text(row, 2, item[2], w.text);
            w.text(row, 3, null, w.editable);
            w.text(row, 4, null, w.editable);
            if (item[0].equals("P-MODEL")) {
                w.dropDown(s, r, r, 3, java.util.Arrays.stream(PricingModel.values()).map(PricingModel::code).toList());
            }
            r++;
        }
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
