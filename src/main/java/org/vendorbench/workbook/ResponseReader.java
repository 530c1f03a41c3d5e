package org.vendorbench.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.Normalized;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * Reads a vendor response workbook against its RFP (workbook-format.md §2–§8) into a
 * {@link VendorResponse}: every RFP question and KPI in RFP order, the nine pricing items, and the
 * warnings. The RFP rules: the response's own Type/Options columns are ignored. A file is refused
 * only when it cannot be read as a workbook or holds none of the response sheets.
 */
public final class ResponseReader {
    private ResponseReader() {}

    /** Reads {@code file}; {@code password} may be null. {@code file} is kept as given. */
    public static VendorResponse read(Path file, Rfp rfp, String password) throws RefusedException {
        return WorkbookLoader.readAs(file, password, "a response", wb -> read(wb, file.toString(), rfp));
    }

    /** Reads an already loaded workbook; {@code file} is what the result reports. */
    public static VendorResponse read(WorkbookGrid wb, String file, Rfp rfp) throws RefusedException {
        Map<TableSpec, Optional<Table>> found = Finder.findAll(wb, ResponseSheets.ALL);
        Optional<Table> cover = found.get(ResponseSheets.COVER);
        Optional<Table> questionnaire = found.get(ResponseSheets.QUESTIONNAIRE);
        Optional<Table> kpiSheet = found.get(ResponseSheets.KPI_COMMITMENTS);
        Optional<Table> pricingSheet = found.get(ResponseSheets.PRICING);
        if (cover.isEmpty() && questionnaire.isEmpty() && kpiSheet.isEmpty() && pricingSheet.isEmpty()) {
            throw new RefusedException(wb.fileName() + " is not a vendor response workbook (no Cover, Questionnaire, "
                    + "KPI Commitments or Pricing sheet with the expected headers)");
        }
        Warnings w = new Warnings();
        ValueNormalizer norm = new ValueNormalizer(rfp.currency());

        String stem = stem(wb.fileName());
        String vendor = stem;
        String rfpId = rfp.rfpId();
        String contact = null;
        String email = null;
        LocalDate submitted = null;
        String format = null;
        if (cover.isEmpty()) {
            w.add(WarningCode.MISSING_COVER, null, null, "no Cover sheet: the vendor is named after the file, '" + stem + "'");
        } else {
            KeyValues kv = new KeyValues(cover.get());
            String sheet = cover.get().sheetName();
            if (!kv.text("Vendor").isEmpty()) vendor = kv.text("Vendor");
            String coverRfp = kv.text("RFP ID");
            if (!coverRfp.isEmpty() && !Fold.same(coverRfp, rfp.rfpId())) {
                rfpId = coverRfp; // the response's own claim, so the mismatch shows; else the RFP's spelling
                w.add(WarningCode.RFP_MISMATCH, sheet, kv.address("RFP ID"),
                        "the Cover names RFP '" + coverRfp + "', not '" + rfp.rfpId() + "'; read anyway");
            }
            contact = blankToNull(kv.text("Contact"));
            email = blankToNull(kv.text("Email"));
            if (kv.has("Submitted")) {
                Normalized n = norm.normalize(kv.cell("Submitted"), QuestionType.DATE, List.of(), null);
                if (n.status() == AnswerStatus.ANSWERED && n.text() != null) {
                    try {
                        submitted = LocalDate.parse(n.text());
                    } catch (RuntimeException e) {
                        submitted = null;
                    }
                }
            }
            format = blankToNull(kv.text("Format"));
            if (format == null) {
                w.add(WarningCode.FORMAT_VERSION, sheet, null, "the Cover has no Format; expected " + VendorResponse.FORMAT);
            } else if (!Fold.same(format, VendorResponse.FORMAT)) {
                w.add(WarningCode.FORMAT_VERSION, sheet, kv.address("Format"),
                        "Format '" + format + "' is not " + VendorResponse.FORMAT + "; read as " + VendorResponse.FORMAT);
            }
        }

        List<Answer> answers = answers(questionnaire.orElse(null), rfp, norm, w);
        List<KpiCommitment> kpis = kpis(kpiSheet.orElse(null), rfp, norm, w);
        Pricing pricing = pricing(pricingSheet.orElse(null), norm, w);
        return new VendorResponse(file, rfpId, vendor, contact, email, submitted, format, answers, kpis, pricing, w.list());
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Requirement text folded for matching: white space runs and case only. */
    static String foldText(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** Keys of the columns {@link TableRows} reads for matching: ID, text, value, comments. */
    private static final int ID = 0, TEXT = 1, VALUE = 2, COMMENTS = 3;

    /**
     * The data rows of a table grouped by the RFP item they answer, in sheet order. Items are told
     * apart by identity (the callers look up the RFP's own objects; a record's hash walks all its
     * fields): the same object listed twice shares its rows, through {@link #canonical}.
     */
    private static final class Matches {
        static final Matches NONE = new Matches(null, new int[0], 0);
        final TableRows rows;
        /** Item position → position of the first identical item (where its rows are kept). */
        final int[] canonical;
        /** Canonical position → its first data row, -1 when none. */
        final int[] head;
        final int[] tail;
        /** Data row → the next data row of the same item, -1 at the end. */
        final int[] next;

        Matches(TableRows rows, int[] canonical, int dataRows) {
            this.rows = rows;
            this.canonical = canonical;
            this.head = new int[canonical.length];
            this.tail = new int[canonical.length];
            this.next = new int[dataRows];
            java.util.Arrays.fill(head, -1);
            java.util.Arrays.fill(next, -1);
        }

        void add(int item, int dataRow) {
            if (head[item] < 0) head[item] = dataRow;
            else next[tail[item]] = dataRow;
            tail[item] = dataRow;
        }

        /** The first data row of the item at {@code position}, -1 when it has none. */
        int first(int position) {
            return canonical.length == 0 ? -1 : head[canonical[position]];
        }
    }

    /** Rows grouped by the RFP item they answer, in sheet order; unknown rows reported. */
    private static <T> Matches matchRows(Table t, List<T> items, Function<T, String> idOf, Function<T, String> textOf,
                                         String idKey, String textKey, String valueKey, String kind, Warnings w) {
        if (t == null) return Matches.NONE;
        TableRows rows = TableRows.of(t, idKey, textKey, valueKey, "Comments");
        int n = items.size();
        // folded ID -> position of the first item with it; positions of identical objects share their rows
        Map<String, Integer> byId = new java.util.HashMap<>();
        int[] canonical = new int[n];
        for (int i = 0; i < n; i++) {
            T item = items.get(i);
            Integer first = byId.putIfAbsent(Folding.fold(idOf.apply(item)), i);
            canonical[i] = first == null ? i : items.get(first) == item ? first : firstIdentical(items, i);
        }
        Matches m = new Matches(rows, canonical, rows.size());
        Map<String, Integer> byText = null; // built on the first row without an ID
        for (int r = 0; r < rows.size(); r++) {
            if (rows.skippable(r)) continue;
            String id = rows.text(r, ID);
            String text = textKey == null ? "" : rows.text(r, TEXT);
            Integer item;
            if (!id.isEmpty()) {
                item = byId.get(Folding.fold(id));
                if (item == null) {
                    w.add(WarningCode.UNKNOWN_QUESTION, t.sheetName(), rows.address(r, ID),
                            kind + " '" + id + "' is not in the RFP" + kept(text, rows.text(r, VALUE)));
                    continue;
                }
            } else {
                if (byText == null && !text.isEmpty()) {
                    byText = new java.util.HashMap<>();
                    for (int i = 0; i < n; i++) {
                        String f = foldText(textOf.apply(items.get(i)));
                        if (!f.isEmpty()) byText.putIfAbsent(f, i);
                    }
                }
                item = text.isEmpty() ? null : byText.get(foldText(text));
                if (item == null) {
                    if (rows.cell(r, VALUE).isBlank()) continue;
                    String at = textKey != null && !text.isEmpty() ? rows.address(r, TEXT) : rows.address(r, VALUE);
                    w.add(WarningCode.UNKNOWN_QUESTION, t.sheetName(), at,
                            "a row without an ID matches no " + kind + " of the RFP" + kept(text, rows.text(r, VALUE)));
                    continue;
                }
            }
            m.add(canonical[item], r);
        }
        return m;
    }

    /** The position of the first item identical to the one at {@code i} (rare: only for IDs that fold alike). */
    private static <T> int firstIdentical(List<T> items, int i) {
        T item = items.get(i);
        for (int j = 0; j < i; j++) {
            if (items.get(j) == item) return j;
        }
        return i;
    }

    private static String kept(String text, String response) {
        StringBuilder sb = new StringBuilder();
        if (!text.isEmpty()) sb.append(": \"").append(oneLine(text)).append('"');
        if (!response.isEmpty()) sb.append(text.isEmpty() ? ": " : "; ").append("response \"").append(oneLine(response)).append('"');
        return sb.toString();
    }

    private static String oneLine(String s) {
        String l = s.replaceAll("\\s+", " ").strip();
        return l.length() > 300 ? l.substring(0, 300) + "…" : l;
    }

    /** The winning data row: the first with a non-blank value; one DUPLICATE_QUESTION per other row. */
    private static int winner(Matches m, int first, String id, Warnings w) {
        TableRows t = m.rows;
        if (m.next[first] < 0) return first;
        int win = first;
        for (int r = first; r >= 0; r = m.next[r]) {
            if (!t.cell(r, VALUE).isBlank()) {
                win = r;
                break;
            }
        }
        for (int r = first; r >= 0; r = m.next[r]) {
            if (r == win) continue;
            String at = t.has(ID) && !t.cell(r, ID).isBlank() ? t.address(r, ID) : t.address(r, VALUE);
            w.add(WarningCode.DUPLICATE_QUESTION, t.table().sheetName(), at, id + " appears on more than one row; the response on row "
                    + (t.row(win) + 1) + " is used, row " + (t.row(r) + 1) + " is ignored");
        }
        return win;
    }

    private static String commentsOf(TableRows t, int r) {
        CellValue c = t.cell(r, COMMENTS);
        if (c.isBlank()) return null;
        return c.displayed().strip();
    }

    private static List<Answer> answers(Table t, Rfp rfp, ValueNormalizer norm, Warnings w) {
        List<Question> questions = rfp.questions();
        Matches m = matchRows(t, questions, Question::id, Question::requirement, "ID", "Requirement", "Response", "question", w);
        List<Answer> out = new ArrayList<>(questions.size());
        for (int pos = 0; pos < questions.size(); pos++) {
            Question q = questions.get(pos);
            int first = m.first(pos);
            String mand = q.mandatory() ? "mandatory question " : "question ";
            if (first < 0) {
                out.add(Answer.missing(q));
                w.add(WarningCode.MISSING_ANSWER, t == null ? null : t.sheetName(), null,
                        mand + q.id() + " has no row in the questionnaire" + (t == null ? " (no Questionnaire sheet)" : ""));
                continue;
            }
            int r = winner(m, first, q.id(), w);
            CellValue cell = m.rows.cell(r, VALUE);
            String comments = commentsOf(m.rows, r);
            String at = m.rows.address(r, VALUE);
            Normalized n = norm.normalize(cell, q.type(), q.options(), comments);
            w.addIssues(n, q.id(), t.sheetName(), at);
            AnswerStatus status = n.status();
            if (status == AnswerStatus.MISSING) {
                w.add(WarningCode.MISSING_ANSWER, t.sheetName(), at, mand + q.id() + " has no answer");
            } else if (status == AnswerStatus.UNREADABLE && n.issues().stream().noneMatch(i -> i.code() == WarningCode.UNREADABLE_VALUE)) {
                w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), at, q.id() + ": '" + oneLine(cell.displayed()) + "' cannot be read as " + q.type());
            }
            String comment = n.comment() != null ? n.comment() : (status == AnswerStatus.ANSWERED ? null : comments);
            boolean answered = status == AnswerStatus.ANSWERED;
            out.add(new Answer(q.id(), q.type(), cell.displayed() == null ? "" : cell.displayed(),
                    answered ? n.text() : null, answered ? n.number() : null, comment, status, t.sheetName(), at));
        }
        return out;
    }

    private static List<KpiCommitment> kpis(Table t, Rfp rfp, ValueNormalizer norm, Warnings w) {
        List<Kpi> kpis = rfp.kpis();
        Matches m = matchRows(t, kpis, Kpi::id, Kpi::name, "KPI ID", "KPI", "Committed value", "KPI", w);
        List<KpiCommitment> out = new ArrayList<>(kpis.size());
        for (int pos = 0; pos < kpis.size(); pos++) {
            Kpi k = kpis.get(pos);
            int first = m.first(pos);
            if (first < 0) {
                out.add(KpiCommitment.missing(k));
                w.add(WarningCode.MISSING_KPI, t == null ? null : t.sheetName(), null,
                        "KPI " + k.id() + " has no row" + (t == null ? " (no KPI Commitments sheet)" : "") + "; the RFP target is assumed for the TCO");
                continue;
            }
            int r = winner(m, first, k.id(), w);
            CellValue cell = m.rows.cell(r, VALUE);
            String comments = commentsOf(m.rows, r);
            String at = m.rows.address(r, VALUE);
            Normalized n = norm.normalizeKpi(cell, k.unit(), comments);
            w.addIssues(n, k.id(), t.sheetName(), at);
            if (n.status() == AnswerStatus.MISSING) {
                w.add(WarningCode.MISSING_KPI, t.sheetName(), at, "KPI " + k.id() + " has no committed value; the RFP target is assumed for the TCO");
            } else if (n.status() == AnswerStatus.UNREADABLE && n.issues().stream().noneMatch(i -> i.code() == WarningCode.UNREADABLE_VALUE)) {
                w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), at, k.id() + ": '" + oneLine(cell.displayed()) + "' cannot be read as " + k.unit().valueType);
            }
            String comment = n.comment() != null ? n.comment() : (n.status() == AnswerStatus.ANSWERED ? null : comments);
            Double value = n.status() == AnswerStatus.ANSWERED ? n.number() : null;
            out.add(new KpiCommitment(k.id(), cell.displayed() == null ? "" : cell.displayed(), value, comment, t.sheetName(), at));
        }
        return out;
    }

    private static Pricing pricing(Table t, ValueNormalizer norm, Warnings w) {
        List<String> ids = List.of(Pricing.ITEM_IDS);
        Matches m = matchRows(t, ids, id -> id, id -> "", "Item ID", null, "Value", "pricing item", w);
        Map<String, Double> numbers = new LinkedHashMap<>();
        PricingModel model = null;
        for (int pos = 0; pos < ids.size(); pos++) {
            String id = ids.get(pos);
            int first = m.first(pos);
            String what = id.equals("P-MODEL") || id.equals("P-RATE") ? "; no TCO can be computed" : "; taken as 0";
            if (first < 0) {
                w.add(WarningCode.MISSING_PRICING_ITEM, t == null ? null : t.sheetName(), null,
                        "pricing item " + id + " has no row" + (t == null ? " (no Pricing sheet)" : "") + what);
                continue;
            }
            int r = winner(m, first, id, w);
            CellValue cell = m.rows.cell(r, VALUE);
            String at = m.rows.address(r, VALUE);
            Normalized n = norm.normalizePricing(id, cell, commentsOf(m.rows, r));
            w.addIssues(n, id, t.sheetName(), at);
            if (n.status() == AnswerStatus.MISSING) {
                w.add(WarningCode.MISSING_PRICING_ITEM, t.sheetName(), at, "pricing item " + id + " is blank" + what);
                continue;
            }
            if (n.status() != AnswerStatus.ANSWERED) {
                if (n.issues().stream().noneMatch(i -> i.code() == WarningCode.UNREADABLE_VALUE)) {
                    w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), at, id + ": '" + oneLine(cell.displayed()) + "' cannot be read");
                }
                continue;
            }
            if (id.equals("P-MODEL")) {
                model = PricingModel.parse(n.text());
                if (model == null) {
                    w.add(WarningCode.UNREADABLE_VALUE, t.sheetName(), at, "P-MODEL '" + oneLine(cell.displayed())
                            + "' is not per_minute, per_call, per_fte_month or flat_month");
                }
            } else if (n.number() != null) {
                numbers.put(id, n.number());
            }
        }
        return new Pricing(model, numbers.get("P-RATE"), num(numbers, "P-FTE"), num(numbers, "P-MIN"),
                num(numbers, "P-ONBOARD"), num(numbers, "P-TRAIN"), num(numbers, "P-AGENTS"),
                num(numbers, "P-ESC"), num(numbers, "P-ETF"));
    }

    private static double num(Map<String, Double> m, String id) {
        Double d = m.get(id);
        return d == null ? 0 : d;
    }
}
