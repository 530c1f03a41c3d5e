package org.vendorbench.workbook;

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
 * The response reader as it was before its shortcuts (rows matched through the table's own
 * lookups, every cell read again where it is needed, items grouped in an identity map), kept as
 * the reference that {@code ResponseReaderShortcutTest} compares {@link ResponseReader} with.
 */
final class ReferenceResponseReader {
    private ReferenceResponseReader() {}

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

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Requirement text folded for matching: white space runs and case only. */
    private static String foldText(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** Rows grouped by the RFP item they answer, in sheet order; unknown rows reported. */
    private static <T> Map<T, List<Integer>> matchRows(Table t, List<T> items, Function<T, String> idOf,
                                                       Function<T, String> textOf, String idKey, String textKey,
                                                       String valueKey, String kind, Warnings w) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) byId.putIfAbsent(Folding.fold(idOf.apply(item)), item);
        Map<String, T> byText = null; // built on the first row without an ID
        // by identity: the items are the RFP's own objects, and a record's hash walks all its fields
        Map<T, List<Integer>> rows = new java.util.IdentityHashMap<>();
        for (int r : t.sheet().rowIndices().stream().filter(x -> x > t.headerRow()).toList()) {
            if (t.isSkippable(r)) continue;
            String id = t.text(r, idKey);
            String text = textKey == null ? "" : t.text(r, textKey);
            T item;
            if (!id.isEmpty()) {
                item = byId.get(Folding.fold(id));
                if (item == null) {
                    w.add(WarningCode.UNKNOWN_QUESTION, t.sheetName(), t.address(r, idKey),
                            kind + " '" + id + "' is not in the RFP" + kept(text, t.text(r, valueKey)));
                    continue;
                }
            } else {
                if (byText == null && !text.isEmpty()) {
                    byText = new LinkedHashMap<>();
                    for (T it : items) {
                        String f = foldText(textOf.apply(it));
                        if (!f.isEmpty()) byText.putIfAbsent(f, it);
                    }
                }
                item = text.isEmpty() ? null : byText.get(foldText(text));
                if (item == null) {
                    if (t.cell(r, valueKey).isBlank()) continue;
                    String at = textKey != null && !text.isEmpty() ? t.address(r, textKey) : t.address(r, valueKey);
                    w.add(WarningCode.UNKNOWN_QUESTION, t.sheetName(), at,
                            "a row without an ID matches no " + kind + " of the RFP" + kept(text, t.text(r, valueKey)));
                    continue;
                }
            }
            rows.computeIfAbsent(item, k -> new ArrayList<>()).add(r);
        }
        return rows;
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

    /** The winning row: the first with a non-blank value; one DUPLICATE_QUESTION per other row. */
    private static int winner(Table t, List<Integer> rows, String id, String idKey, String valueKey, Warnings w) {
        if (rows.size() == 1) return rows.get(0);
        int win = rows.stream().filter(r -> !t.cell(r, valueKey).isBlank()).findFirst().orElse(rows.get(0));
        for (int r : rows) {
            if (r == win) continue;
            String at = t.has(idKey) && !t.cell(r, idKey).isBlank() ? t.address(r, idKey) : t.address(r, valueKey);
            w.add(WarningCode.DUPLICATE_QUESTION, t.sheetName(), at,
                    id + " appears on more than one row; the response on row " + (win + 1) + " is used, row " + (r + 1) + " is ignored");
        }
        return win;
    }

    private static String commentsOf(Table t, int r) {
        CellValue c = t.cell(r, "Comments");
        if (c.isBlank()) return null;
        return c.displayed().strip();
    }

    private static List<Answer> answers(Table t, Rfp rfp, ValueNormalizer norm, Warnings w) {
        Map<Question, List<Integer>> rows = t == null ? Map.of()
                : matchRows(t, rfp.questions(), Question::id, Question::requirement, "ID", "Requirement", "Response", "question", w);
        List<Answer> out = new ArrayList<>();
        for (Question q : rfp.questions()) {
            List<Integer> qRows = rows.get(q);
            String mand = q.mandatory() ? "mandatory question " : "question ";
            if (qRows == null) {
                out.add(Answer.missing(q));
                w.add(WarningCode.MISSING_ANSWER, t == null ? null : t.sheetName(), null,
                        mand + q.id() + " has no row in the questionnaire" + (t == null ? " (no Questionnaire sheet)" : ""));
                continue;
            }
            int r = winner(t, qRows, q.id(), "ID", "Response", w);
            CellValue cell = t.cell(r, "Response");
            String comments = commentsOf(t, r);
            String at = t.address(r, "Response");
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
        Map<Kpi, List<Integer>> rows = t == null ? Map.of()
                : matchRows(t, rfp.kpis(), Kpi::id, Kpi::name, "KPI ID", "KPI", "Committed value", "KPI", w);
        List<KpiCommitment> out = new ArrayList<>();
        for (Kpi k : rfp.kpis()) {
            List<Integer> kRows = rows.get(k);
            if (kRows == null) {
                out.add(KpiCommitment.missing(k));
                w.add(WarningCode.MISSING_KPI, t == null ? null : t.sheetName(), null,
                        "KPI " + k.id() + " has no row" + (t == null ? " (no KPI Commitments sheet)" : "") + "; the RFP target is assumed for the TCO");
                continue;
            }
            int r = winner(t, kRows, k.id(), "KPI ID", "Committed value", w);
            CellValue cell = t.cell(r, "Committed value");
            String comments = commentsOf(t, r);
            String at = t.address(r, "Committed value");
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
        Map<String, List<Integer>> rows = t == null ? Map.of()
                : matchRows(t, ids, id -> id, id -> "", "Item ID", null, "Value", "pricing item", w);
        Map<String, Double> numbers = new LinkedHashMap<>();
        PricingModel model = null;
        for (String id : ids) {
            List<Integer> iRows = rows.get(id);
            String what = id.equals("P-MODEL") || id.equals("P-RATE") ? "; no TCO can be computed" : "; taken as 0";
            if (iRows == null) {
                w.add(WarningCode.MISSING_PRICING_ITEM, t == null ? null : t.sheetName(), null,
                        "pricing item " + id + " has no row" + (t == null ? " (no Pricing sheet)" : "") + what);
                continue;
            }
            int r = winner(t, iRows, id, "Item ID", "Value", w);
            CellValue cell = t.cell(r, "Value");
            String at = t.address(r, "Value");
            Normalized n = norm.normalizePricing(id, cell, commentsOf(t, r));
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
