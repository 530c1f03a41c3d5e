package org.vendorbench.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.normalize.CellValue;
import org.vendorbench.domain.normalize.Normalized;
import org.vendorbench.domain.normalize.ValueNormalizer;

/**
 * Reads an RFP definition workbook (workbook-format.md §1; scoring-and-tco.md §5, §9) into an
 * {@link Rfp}. Any problem refuses the whole RFP, and the refusal lists every problem found, each
 * with its sheet and cell, in one line.
 */
public final class RfpReader {
    /** Assumption keys whose values are percentages (percent units as written, §8). */
    static final Set<String> PERCENT_ASSUMPTIONS = Set.of(
            Fold.fold("Annual volume growth"), Fold.fold("Lost share of abandoned callers"),
            Fold.fold("Lost share of dissatisfied callers"), Fold.fold("Exit probability at quality 50"),
            Fold.fold("Discount rate"));

    private RfpReader() {}

    /** Reads an unencrypted RFP workbook. */
    public static Rfp read(Path file) throws RefusedException {
        return read(file, null);
    }

    public static Rfp read(Path file, String password) throws RefusedException {
        return WorkbookLoader.readAs(file, password, "an RFP", RfpReader::read);
    }

    /** Reads an already loaded workbook. */
    public static Rfp read(WorkbookGrid wb) throws RefusedException {
        Problems p = new Problems(wb.fileName());
        Map<TableSpec, Optional<Table>> found = Finder.findAll(wb, RfpSheets.ALL);
        Optional<Table> rfpSheet = found.get(RfpSheets.RFP);
        Optional<Table> sectionsSheet = found.get(RfpSheets.SECTIONS);
        Optional<Table> questionsSheet = found.get(RfpSheets.QUESTIONS);
        Optional<Table> kpisSheet = found.get(RfpSheets.KPIS);
        Optional<Table> assumptionsSheet = found.get(RfpSheets.ASSUMPTIONS);
        Optional<Table> checklistSheet = found.get(RfpSheets.CHECKLIST);
        if (rfpSheet.isEmpty()) p.add("RFP", null, "sheet missing (a sheet 'RFP' with Key and Value headers)");
        if (sectionsSheet.isEmpty()) p.add("Sections", null, "sheet missing (headers Section ID, Section, Weight)");
        if (questionsSheet.isEmpty()) p.add("Questions", null, "sheet missing (headers ID, Section ID, Requirement, Type, ...)");
        if (sectionsSheet.isEmpty() && questionsSheet.isEmpty()) {
            throw new RefusedException(wb.fileName() + " is not an RFP definition workbook (no RFP, Sections or Questions sheet)");
        }

        Header h = rfpSheet.map(t -> header(new KeyValues(t), p)).orElse(new Header(null, null, null, null, null, "USD", 36, 30, Rfp.FORMAT));
        ValueNormalizer norm = new ValueNormalizer(h.currency);
        List<Section> sections = sectionsSheet.map(t -> sections(t, p)).orElse(List.of());
        List<Question> questions = questionsSheet.map(t -> questions(t, sections, norm, p)).orElse(List.of());
        List<Kpi> kpis = kpisSheet.map(t -> kpis(t, norm, p)).orElse(List.of());
        List<Assumption> assumptions = assumptionsSheet.map(t -> assumptions(t, p)).orElse(List.of());
        List<ChecklistItemDef> checklist = checklistSheet.map(t -> checklist(t, p)).orElse(List.of());
        p.throwIfAny();
        return new Rfp(h.rfpId, h.title, h.organization, h.issued, h.due, h.currency, h.term, h.priceWeight,
                h.format, sections, questions, kpis, assumptions, checklist);
    }

    private record Header(String rfpId, String title, String organization, LocalDate issued, LocalDate due,
                          String currency, int term, double priceWeight, String format) {}

    private static Header header(KeyValues kv, Problems p) {
        String sheet = kv.table().sheetName();
        String rfpId = kv.text("RFP ID");
        if (rfpId.isEmpty()) p.add(sheet, kv.address("RFP ID"), "RFP ID is missing");
        String currency = "USD";
        if (kv.has("Currency")) {
            String c = kv.text("Currency").toUpperCase(Locale.ROOT);
            c = switch (c) {
                case "$", "US$" -> "USD";
                case "€" -> "EUR";
                case "£" -> "GBP";
                default -> c;
            };
            if (!c.matches("[A-Z]{3}")) p.add(sheet, kv.address("Currency"), "Currency '" + kv.text("Currency") + "' is not an ISO 4217 code such as USD");
            else currency = c;
        }
        ValueNormalizer norm = new ValueNormalizer(currency);
        int term = 36;
        if (kv.has("Contract term")) {
            Double t = ValueNormalizer.parseNumber(kv.cell("Contract term"));
            if (t == null || t < 1 || t != Math.floor(t) || t > 1200) {
                p.add(sheet, kv.address("Contract term"), "Contract term (months) '" + kv.text("Contract term") + "' is not a whole number of months >= 1");
            } else {
                term = t.intValue();
            }
        }
        double priceWeight = 30;
        if (kv.has("Price weight")) {
            Double w = ValueNormalizer.parseAssumptionPercent(kv.cell("Price weight"));
            if (w == null || w < 0 || w > 100) {
                p.add(sheet, kv.address("Price weight"), "Price weight '" + kv.text("Price weight") + "' is not a percentage between 0 and 100");
            } else {
                priceWeight = w;
            }
        }
        String format = Rfp.FORMAT;
        if (kv.has("Format")) {
            String f = kv.text("Format");
            if (!Fold.same(f, Rfp.FORMAT)) {
                p.add(sheet, kv.address("Format"), "Format '" + f + "' is not supported (expected " + Rfp.FORMAT + ")");
            }
        }
        LocalDate issued = date(kv, "Issued", norm, p);
        LocalDate due = date(kv, "Due", norm, p);
        return new Header(rfpId, kv.text("Title"), kv.text("Organization"), issued, due, currency, term, priceWeight, format);
    }

    private static LocalDate date(KeyValues kv, String key, ValueNormalizer norm, Problems p) {
        if (!kv.has(key)) return null;
        Normalized n = norm.normalize(kv.cell(key), QuestionType.DATE, List.of(), null);
        if (n.status() == AnswerStatus.ANSWERED && n.text() != null) {
            try {
                return LocalDate.parse(n.text());
            } catch (RuntimeException e) {
                // reported below
            }
        }
        p.add(kv.table().sheetName(), kv.address(key), key + " '" + kv.text(key) + "' is not a date");
        return null;
    }

    private static List<Section> sections(Table t, Problems p) {
        List<Section> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r : t.dataRows()) {
            if (t.isSkippable(r)) continue;
            String id = t.text(r, "Section ID");
            if (id.isEmpty()) {
                p.add(t.sheetName(), t.address(r, "Section ID"), "section without a Section ID");
                continue;
            }
            if (!seen.add(Fold.fold(id))) {
                p.add(t.sheetName(), t.address(r, "Section ID"), "duplicate Section ID '" + id + "'");
                continue;
            }
            Double w = weight(t, r, "Weight", p);
            out.add(new Section(id, t.text(r, "Section"), w == null ? 1 : w));
        }
        return out;
    }

    /** Blank → 1; else a number ≥ 0; null (and a problem) otherwise. */
    private static Double weight(Table t, int r, String key, Problems p) {
        CellValue c = t.cell(r, key);
        if (c.isBlank()) return 1.0;
        Double w = ValueNormalizer.parseNumber(c);
        if (w == null || w.isNaN() || w.isInfinite()) {
            p.add(t.sheetName(), t.address(r, key), key + " '" + c.displayed() + "' is not a number");
            return null;
        }
        if (w < 0) {
            p.add(t.sheetName(), t.address(r, key), key + " " + c.displayed() + " is negative");
            return null;
        }
        return w;
    }

    private static List<Question> questions(Table t, List<Section> sections, ValueNormalizer norm, Problems p) {
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String sh = t.sheetName();
        for (int r : t.dataRows()) {
            if (t.isSkippable(r)) continue;
            String id = t.text(r, "ID");
            if (id.isEmpty()) {
                p.add(sh, t.address(r, "ID"), "question without an ID");
                continue;
            }
            if (!seen.add(Fold.fold(id))) {
                p.add(sh, t.address(r, "ID"), "duplicate question ID '" + id + "'");
                continue;
            }
            boolean ok = true;
            String sectionId = t.text(r, "Section ID");
            Optional<Section> section = sections.stream().filter(s -> Fold.same(s.id(), sectionId)).findFirst();
            if (sectionId.isEmpty()) {
                p.add(sh, t.address(r, "Section ID"), "question " + id + " has no Section ID");
                ok = false;
            } else if (Fold.same(sectionId, Section.KPI_SECTION)) {
                p.add(sh, t.address(r, "Section ID"), "question " + id + " is in section KPI, which holds the KPI commitments only");
                ok = false;
            } else if (section.isEmpty()) {
                p.add(sh, t.address(r, "Section ID"), "question " + id + " is in unknown section '" + sectionId + "'");
                ok = false;
            }
            String typeText = t.text(r, "Type");
            QuestionType type = QuestionType.parse(typeText);
            if (type == null) {
                p.add(sh, t.address(r, "Type"), "question " + id + " has " + (typeText.isEmpty() ? "no Type" : "unknown Type '" + typeText + "'")
                        + " (YES_NO, CHOICE, NUMBER, PERCENT, CURRENCY, DURATION, TEXT, DATE)");
                continue;
            }
            List<ChoiceOption> options = List.of();
            if (type == QuestionType.CHOICE) {
                options = RfpRules.options(t.text(r, "Options"), msg -> p.add(sh, t.address(r, "Options"), "question " + id + ": " + msg));
                if (options == null) {
                    ok = false;
                    options = List.of();
                }
            }
            Boolean mandatory = RfpRules.yesNo(t.text(r, "Mandatory"));
            if (mandatory == null) {
                p.add(sh, t.address(r, "Mandatory"), "question " + id + ": Mandatory '" + t.text(r, "Mandatory") + "' is not Y or N");
                ok = false;
            }
            Double weight = weight(t, r, "Weight", p);
            if (weight == null) ok = false;
            List<ChoiceOption> opts = options;
            Knockout knockout = RfpRules.knockout(t.text(r, "Knockout"), type, opts, norm,
                    msg -> p.add(sh, t.address(r, "Knockout"), "question " + id + ": " + msg));
            ScoringRule rule = RfpRules.scoring(t.text(r, "Scoring"), type, opts,
                    msg -> p.add(sh, t.address(r, "Scoring"), "question " + id + ": " + msg));
            if (!ok || rule == null || (knockout == null && !t.text(r, "Knockout").isEmpty())) continue;
            out.add(new Question(id, section.get().id(), t.text(r, "Requirement"), type, opts,
                    mandatory, knockout, weight, rule));
        }
        return out;
    }

    private static List<Kpi> kpis(Table t, ValueNormalizer norm, Problems p) {
        List<Kpi> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String sh = t.sheetName();
        for (int r : t.dataRows()) {
            if (t.isSkippable(r)) continue;
            String id = t.text(r, "KPI ID");
            if (id.isEmpty()) {
                p.add(sh, t.address(r, "KPI ID"), "KPI without a KPI ID");
                continue;
            }
            if (!seen.add(Fold.fold(id))) {
                p.add(sh, t.address(r, "KPI ID"), "duplicate KPI ID '" + id + "'");
                continue;
            }
            KpiUnit unit = KpiUnit.parse(t.text(r, "Unit"));
            if (unit == null) {
                p.add(sh, t.address(r, "Unit"), "KPI " + id + ": Unit '" + t.text(r, "Unit") + "' is not percent, seconds or per_1000_calls");
                continue;
            }
            Direction dir = Direction.parse(t.text(r, "Direction"));
            if (dir == null) p.add(sh, t.address(r, "Direction"), "KPI " + id + ": Direction '" + t.text(r, "Direction") + "' is not higher or lower");
            Double target = threshold(t, r, "Target", unit, norm, id, true, p);
            Double remediation = threshold(t, r, "Remediation threshold", unit, norm, id, false, p);
            Double exit = threshold(t, r, "Exit threshold", unit, norm, id, true, p);
            Double weight = weight(t, r, "Weight", p);
            if (dir == null || target == null || exit == null || weight == null) continue;
            boolean exitOnBadSide = dir == Direction.HIGHER ? exit < target : exit > target;
            if (!exitOnBadSide) {
                p.add(sh, t.address(r, "Exit threshold"), "KPI " + id + ": Exit threshold " + fmt(exit) + " must be "
                        + (dir == Direction.HIGHER ? "below" : "above") + " the target " + fmt(target) + " (" + dir.name().toLowerCase(Locale.ROOT) + " is better)");
                continue;
            }
            out.add(new Kpi(id, t.text(r, "KPI"), unit, dir, target, remediation, exit, weight));
        }
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A KPI threshold in the KPI's unit: percent as written (like Assumptions), seconds in any duration form. */
    private static Double threshold(Table t, int r, String key, KpiUnit unit, ValueNormalizer norm, String id,
                                    boolean required, Problems p) {
        CellValue c = t.cell(r, key);
        if (c.isBlank()) {
            if (required) p.add(t.sheetName(), t.address(r, key), "KPI " + id + ": " + key + " is missing");
            return null;
        }
        Double v = switch (unit) {
            case PERCENT -> ValueNormalizer.parseAssumptionPercent(c);
            case SECONDS -> {
                Normalized n = norm.normalizeKpi(c, unit, null);
                yield n.status() == AnswerStatus.ANSWERED && n.issues().isEmpty() ? n.number() : null;
            }
            case PER_1000_CALLS -> ValueNormalizer.parseNumber(c);
        };
        if (v == null || v.isNaN() || v.isInfinite()) {
            p.add(t.sheetName(), t.address(r, key), "KPI " + id + ": " + key + " '" + c.displayed() + "' is not a number");
        }
        return v;
    }

    private static List<Assumption> assumptions(Table t, Problems p) {
        List<Assumption> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String sh = t.sheetName();
        for (int r : t.dataRows()) {
            String key = t.text(r, "Key");
            if (key.isEmpty()) continue;
            if (!seen.add(Fold.fold(key))) {
                p.add(sh, t.address(r, "Key"), "duplicate assumption '" + key + "'");
                continue;
            }
            boolean percent = PERCENT_ASSUMPTIONS.contains(Fold.fold(key));
            Double value = assumptionNumber(t, r, "Value", key, percent, true, p);
            Double low = assumptionNumber(t, r, "Low", key, percent, false, p);
            Double high = assumptionNumber(t, r, "High", key, percent, false, p);
            if (value == null) continue;
            boolean hasLow = !t.cell(r, "Low").isBlank();
            boolean hasHigh = !t.cell(r, "High").isBlank();
            if (hasLow != hasHigh) {
                p.add(sh, t.address(r, hasLow ? "High" : "Low"), "assumption '" + key + "' has a " + (hasLow ? "Low" : "High")
                        + " but no " + (hasLow ? "High" : "Low") + " (give both or neither)");
                continue;
            }
            if (low != null && high != null && !(low <= value && value <= high)) {
                p.add(sh, t.address(r, "Value"), "assumption '" + key + "': Low " + fmt(low) + " <= Value " + fmt(value)
                        + " <= High " + fmt(high) + " does not hold");
                continue;
            }
            if (hasLow && (low == null || high == null)) continue;
            out.add(new Assumption(key, value, low, high));
        }
        return out;
    }

    private static Double assumptionNumber(Table t, int r, String col, String key, boolean percent, boolean required, Problems p) {
        CellValue c = t.cell(r, col);
        if (c.isBlank()) {
            if (required) p.add(t.sheetName(), t.address(r, col), "assumption '" + key + "' has no Value");
            return null;
        }
        Double v = percent ? ValueNormalizer.parseAssumptionPercent(c) : ValueNormalizer.parseNumber(c);
        if (v == null || v.isNaN() || v.isInfinite()) {
            p.add(t.sheetName(), t.address(r, col), "assumption '" + key + "': " + col + " '" + c.displayed() + "' is not a number");
            return null;
        }
        return v;
    }

    private static List<ChecklistItemDef> checklist(Table t, Problems p) {
        List<ChecklistItemDef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String sh = t.sheetName();
        for (int r : t.dataRows()) {
            if (t.isSkippable(r)) continue;
            String id = t.text(r, "Item ID");
            if (id.isEmpty()) {
                p.add(sh, t.address(r, "Item ID"), "checklist item without an Item ID");
                continue;
            }
            if (!seen.add(Fold.fold(id))) {
                p.add(sh, t.address(r, "Item ID"), "duplicate checklist Item ID '" + id + "'");
                continue;
            }
            Boolean required = RfpRules.yesNo(t.text(r, "Required"));
            if (required == null) {
                p.add(sh, t.address(r, "Required"), "checklist item " + id + ": Required '" + t.text(r, "Required") + "' is not Y or N");
                continue;
            }
            out.add(new ChecklistItemDef(id, t.text(r, "Group"), t.text(r, "Item"), required));
        }
        return out;
    }
}
