package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.normalize.CellValue;

/**
 * The response reader's shortcuts (each table's rows and cells read once into {@link TableRows},
 * a row known not skippable from two cells already read, items grouped by position, the header
 * search and the data rows listed without every row index) read exactly what the plain rule reads:
 * {@link ReferenceResponseReader} is the reader before them. Thousands of generated grids with
 * title rows, blank rows, merged regions, unknown, duplicate and ID-less rows, IDs and texts that
 * fold alike, the same question object twice, and every kind of cell.
 */
class ResponseReaderShortcutTest {
    private static final String[] REQUIREMENTS = {"Will you sign a BAA?", "Which SOC 2 report can you provide?",
        "Monthly agent attrition", "Price per minute", "Average speed of answer", "Go-live date", "Describe your training"};
    private static final String[] QUESTIONNAIRE_IDS = {"ID", "Req #", "Question ID"};
    private static final String[] RESPONSE_HEADERS = {"Response", "Answer", "Vendor Response"};
    private static final String[] COMMENT_HEADERS = {"Comments", "Notes"};

    @Test
    void readsWhatThePlainRuleReadsOverGeneratedWorkbooks() throws Exception {
        Random rnd = new Random(20261127L);
        int answered = 0, warnings = 0;
        for (int round = 0; round < 2500; round++) {
            Rfp rfp = rfp(rnd);
            WorkbookGrid wb = workbook(rnd, rfp);
            VendorResponse expected;
            try {
                expected = ReferenceResponseReader.read(wb, "vendor.xlsx", rfp);
            } catch (RefusedException e) {
                String msg = e.getMessage();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResponseReader.read(wb, "vendor.xlsx", rfp))
                        .isInstanceOf(RefusedException.class).hasMessage(msg);
                continue;
            }
            VendorResponse actual = ResponseReader.read(wb, "vendor.xlsx", rfp);
            assertThat(actual).as("round %d", round).isEqualTo(expected);
            answered += (int) actual.answers().stream().filter(a -> a.isAnswered()).count();
            warnings += actual.warnings().size();
        }
        assertThat(answered).as("answers read").isGreaterThan(1_000);
        assertThat(warnings).as("warnings given").isGreaterThan(5_000);
    }

    @Test
    void rowRangesAndRowCellsAreThoseOfTheFullListing() {
        Random rnd = new Random(11);
        for (int round = 0; round < 3000; round++) {
            SheetGrid g = new SheetGrid("S", false, 0, new CellBudget());
            int cells = rnd.nextInt(40);
            for (int i = 0; i < cells; i++) g.put(rnd.nextInt(40), rnd.nextInt(8), randomCell(rnd));
            for (int i = rnd.nextInt(3); i > 0; i--) {
                int r = rnd.nextInt(40), c = rnd.nextInt(8);
                g.merge(r, r + rnd.nextInt(3), c, c + rnd.nextInt(3));
            }
            int first = rnd.nextInt(45) - 3, last = first + rnd.nextInt(45) - 5;
            List<Integer> expected = g.rowIndices().stream().filter(r -> r >= first && r <= last).toList();
            assertThat(java.util.Arrays.stream(g.rowIndices(first, last)).boxed().toList()).as("round %d", round).isEqualTo(expected);
            assertThat(java.util.Arrays.stream(g.rowIndices(Integer.MIN_VALUE, Integer.MAX_VALUE)).boxed().toList()).isEqualTo(g.rowIndices());
            int[] cols = {rnd.nextInt(10) - 1, rnd.nextInt(10), rnd.nextInt(10)};
            int row = rnd.nextInt(42);
            CellValue[] out = new CellValue[5];
            g.cells(row, cols, out, 2);
            for (int k = 0; k < 3; k++) {
                assertThat(out[2 + k]).isSameAs(cols[k] < 0 ? CellValue.BLANK : g.cell(row, cols[k]));
            }
            // a table's rows: the same data rows, cells, texts, addresses and skippable rows as the Table gives
            int header = rnd.nextInt(5);
            Map<String, Integer> columns = new java.util.HashMap<>();
            for (String key : List.of("A", "B", "C")) if (rnd.nextInt(4) > 0) columns.put(key, rnd.nextInt(6));
            Table t = new Table(g, header, columns);
            TableRows rows = TableRows.of(t, "A", "B", null, "C");
            assertThat(rows.size()).isEqualTo(t.dataRows().size());
            for (int i = 0; i < rows.size(); i++) {
                int r = t.dataRows().get(i);
                assertThat(rows.row(i)).isEqualTo(r);
                assertThat(rows.skippable(i)).as("round %d row %d", round, r).isEqualTo(t.isSkippable(r));
                String[] keys = {"A", "B", null, "C"};
                for (int k = 0; k < keys.length; k++) {
                    String key = keys[k];
                    assertThat(rows.cell(i, k)).isSameAs(key == null ? CellValue.BLANK : t.cell(r, key));
                    assertThat(rows.text(i, k)).isEqualTo(key == null ? "" : t.text(r, key));
                    assertThat(rows.address(i, k)).isEqualTo(key == null ? null : t.address(r, key));
                    assertThat(rows.has(k)).isEqualTo(key != null && t.has(key));
                }
            }
        }
    }

    // ---- generators ----

    private static Rfp rfp(Random rnd) {
        List<Question> qs = new ArrayList<>();
        int n = rnd.nextInt(14);
        QuestionType[] types = QuestionType.values();
        for (int i = 0; i < n; i++) {
            if (i > 0 && rnd.nextInt(20) == 0) {
                qs.add(qs.get(rnd.nextInt(i))); // the same object twice
                continue;
            }
            String id = rnd.nextInt(6) == 0 ? pick(rnd, "CS-01", "cs 01", "CS_01", "Q-1") : "Q-" + (i + 1);
            QuestionType type = types[rnd.nextInt(types.length)];
            List<ChoiceOption> options = type == QuestionType.CHOICE
                    ? List.of(new ChoiceOption("SOC 2 Type II", null), new ChoiceOption("SOC 2 Type I", null),
                            new ChoiceOption("None", null))
                    : List.of();
            ScoringRule rule = type == QuestionType.YES_NO ? new ScoringRule.YesNo()
                    : type == QuestionType.CHOICE ? new ScoringRule.Choice() : new ScoringRule.Manual();
            qs.add(new Question(id, "CS", REQUIREMENTS[rnd.nextInt(REQUIREMENTS.length)], type, options, rnd.nextBoolean(),
                    null, 1, rule));
        }
        List<Kpi> kpis = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            KpiUnit unit = KpiUnit.values()[rnd.nextInt(KpiUnit.values().length)];
            kpis.add(new Kpi("K-" + i, pick(rnd, "First-call resolution", "Abandon rate", "CSAT"), unit, Direction.HIGHER,
                    80, 75.0, 70, 1));
        }
        return new Rfp("MCC-2027-01", "Medical call center", "Clinic", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5),
                "USD", 36, 30, Rfp.FORMAT, List.of(new Section("CS", "Compliance", 1)), qs, kpis, List.of(), List.of());
    }

    private static WorkbookGrid workbook(Random rnd, Rfp rfp) {
        CellBudget budget = new CellBudget();
        List<SheetGrid> sheets = new ArrayList<>();
        List<Runnable> makers = new ArrayList<>();
        if (rnd.nextInt(5) > 0) makers.add(() -> sheets.add(cover(rnd, budget, sheets.size())));
        if (rnd.nextInt(8) > 0) makers.add(() -> sheets.add(questionnaire(rnd, budget, sheets.size(), rfp)));
        if (rnd.nextInt(4) > 0) makers.add(() -> sheets.add(kpiSheet(rnd, budget, sheets.size(), rfp)));
        if (rnd.nextInt(4) > 0) makers.add(() -> sheets.add(pricing(rnd, budget, sheets.size())));
        if (rnd.nextInt(4) == 0) makers.add(() -> {
            SheetGrid g = new SheetGrid("Notes", rnd.nextBoolean(), sheets.size(), budget);
            g.put(0, 0, CellValue.ofText("ID"));
            g.put(0, 1, CellValue.ofText("Response"));
            sheets.add(g);
        });
        Collections.shuffle(makers, rnd);
        makers.forEach(Runnable::run);
        return new WorkbookGrid("vendor.xlsx", sheets);
    }

    private static SheetGrid cover(Random rnd, CellBudget budget, int tab) {
        SheetGrid g = new SheetGrid("Cover", false, tab, budget);
        g.put(0, 0, CellValue.ofText("Key"));
        g.put(0, 1, CellValue.ofText("Value"));
        String[][] kv = {{"Vendor", pick(rnd, "Acme", "", " ")}, {"RFP ID", pick(rnd, "MCC-2027-01", "mcc 2027 01", "OTHER")},
            {"Contact", "Jo"}, {"Email", "jo@acme.test"}, {"Submitted", pick(rnd, "2026-02-01", "soon", "")},
            {"Format", pick(rnd, VendorResponse.FORMAT, "", "vendorbench-response/0")}};
        int r = 1;
        for (String[] p : kv) {
            if (rnd.nextInt(6) == 0) continue;
            g.put(r, 0, CellValue.ofText(p[0]));
            g.put(r, 1, CellValue.ofText(p[1]));
            r++;
        }
        return g;
    }

    private static SheetGrid questionnaire(Random rnd, CellBudget budget, int tab, Rfp rfp) {
        SheetGrid g = new SheetGrid(rnd.nextInt(5) == 0 ? "Answers" : "Questionnaire", false, tab, budget);
        int header = rnd.nextInt(3);
        if (header > 0 && rnd.nextBoolean()) g.put(0, 0, CellValue.ofText("Questionnaire of the RFP"));
        // column order shuffled; ID or Requirement sometimes missing
        List<String> headers = new ArrayList<>(List.of(pick(rnd, QUESTIONNAIRE_IDS), "Section", "Requirement", "Type",
                pick(rnd, RESPONSE_HEADERS), pick(rnd, COMMENT_HEADERS)));
        if (rnd.nextInt(8) == 0) headers.remove(0);
        else if (rnd.nextInt(8) == 0) headers.remove("Requirement");
        Collections.shuffle(headers, rnd);
        int idCol = -1, reqCol = -1, respCol = -1, comCol = -1;
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            g.put(header, c, CellValue.ofText(h));
            if (List.of(QUESTIONNAIRE_IDS).contains(h)) idCol = c;
            if (h.equals("Requirement")) reqCol = c;
            if (List.of(RESPONSE_HEADERS).contains(h)) respCol = c;
            if (List.of(COMMENT_HEADERS).contains(h)) comCol = c;
        }
        int r = header + 1;
        List<int[]> merges = new ArrayList<>();
        int rowsToWrite = rnd.nextInt(rfp.questions().size() + 6);
        for (int k = 0; k < rowsToWrite; k++) {
            r += rnd.nextInt(6) == 0 ? 2 : 1; // gaps
            int kind = rnd.nextInt(12);
            if (kind == 0) { // a title row, sometimes merged across the table
                g.put(r, rnd.nextInt(headers.size()), CellValue.ofText("Section " + k));
                if (rnd.nextBoolean()) merges.add(new int[] {r, r, 0, headers.size() - 1});
                continue;
            }
            if (kind == 1) { // white space only
                g.put(r, 0, CellValue.ofText("  "));
                g.put(r, 1, CellValue.ofText("\t"));
                continue;
            }
            if (kind == 2) { // an unknown ID
                if (idCol >= 0) g.put(r, idCol, CellValue.ofText("ZZ-" + k));
                if (respCol >= 0) g.put(r, respCol, randomCell(rnd));
                if (reqCol >= 0 && rnd.nextBoolean()) g.put(r, reqCol, CellValue.ofText("Something\nelse   entirely"));
                continue;
            }
            if (rfp.questions().isEmpty()) continue;
            Question q = rfp.questions().get(rnd.nextInt(rfp.questions().size()));
            int idForm = rnd.nextInt(8);
            String id = idForm == 0 ? "" : idForm == 1 ? q.id().toLowerCase() : idForm == 2 ? " " + q.id().replace('-', ' ') + " " : q.id();
            if (idCol >= 0 && !id.isEmpty()) g.put(r, idCol, CellValue.ofText(id));
            if (reqCol >= 0 && rnd.nextInt(4) > 0) {
                String req = rnd.nextInt(3) == 0 ? "  " + q.requirement().toUpperCase() + " " : q.requirement();
                g.put(r, reqCol, CellValue.ofText(req));
            }
            if (respCol >= 0 && rnd.nextInt(6) > 0) g.put(r, respCol, randomCell(rnd));
            if (comCol >= 0 && rnd.nextInt(3) == 0) g.put(r, comCol, CellValue.ofText(pick(rnd, "see annex", " ", "BAA v3\nattached")));
            if (rnd.nextInt(15) == 0 && idCol >= 0) merges.add(new int[] {r, r + 1, idCol, idCol}); // a vertically merged ID
            if (rnd.nextInt(20) == 0 && respCol >= 0) merges.add(new int[] {r, r, Math.max(0, respCol - 1), respCol});
        }
        for (int[] m : merges) g.merge(m[0], m[1], m[2], m[3]);
        return g;
    }

    private static SheetGrid kpiSheet(Random rnd, CellBudget budget, int tab, Rfp rfp) {
        SheetGrid g = new SheetGrid("KPI Commitments", false, tab, budget);
        String[] h = {"KPI ID", "KPI", "Unit", "Buyer target", pick(rnd, "Committed value", "Commitment"), "Comments"};
        for (int c = 0; c < h.length; c++) g.put(0, c, CellValue.ofText(h[c]));
        int r = 1;
        for (Kpi k : rfp.kpis()) {
            for (int copies = rnd.nextInt(5) == 0 ? 2 : 1; copies > 0; copies--) {
                if (rnd.nextInt(6) == 0) continue;
                if (rnd.nextInt(4) > 0) g.put(r, 0, CellValue.ofText(rnd.nextBoolean() ? k.id() : k.id().toLowerCase()));
                g.put(r, 1, CellValue.ofText(rnd.nextBoolean() ? k.name() : k.name().toUpperCase()));
                if (rnd.nextInt(5) > 0) g.put(r, 4, randomCell(rnd));
                r++;
            }
        }
        if (rnd.nextBoolean()) {
            g.put(r, 0, CellValue.ofText("K-99"));
            g.put(r, 4, CellValue.ofText("90%"));
        }
        return g;
    }

    private static SheetGrid pricing(Random rnd, CellBudget budget, int tab) {
        SheetGrid g = new SheetGrid("Pricing", false, tab, budget);
        String[] h = {"Item ID", "Item", "Unit", pick(rnd, "Value", "Price"), "Comments"};
        for (int c = 0; c < h.length; c++) g.put(0, c, CellValue.ofText(h[c]));
        int r = 1;
        for (String id : Pricing.ITEM_IDS) {
            if (rnd.nextInt(6) == 0) continue;
            g.put(r, 0, CellValue.ofText(rnd.nextBoolean() ? id : id.toLowerCase()));
            g.put(r, 1, CellValue.ofText("item"));
            CellValue v = id.equals("P-MODEL") ? CellValue.ofText(pick(rnd, "per_minute", "Per call", "flat", ""))
                    : randomCell(rnd);
            g.put(r, 3, v);
            if (rnd.nextInt(8) == 0) g.put(r + 1, 0, CellValue.ofText(id)); // a duplicate row without a value
            r += 2;
        }
        return g;
    }

    private static CellValue randomCell(Random rnd) {
        return switch (rnd.nextInt(9)) {
            case 0 -> CellValue.ofText(pick(rnd, "Yes", "No – see note", "Partial", "N/A", "x", "Y", "nope"));
            case 1 -> CellValue.ofText(pick(rnd, "SOC 2 Type II", "soc 2 type i", "None", "SOC 2", "ISO"));
            case 2 -> CellValue.ofText(pick(rnd, "12", "1,250 USD", "$0.95/min", "EUR 3", "about 40", "(1,250)", "85%", "0.85"));
            case 3 -> CellValue.ofText(pick(rnd, "30 seconds", "2 min", "00:45", "2027-01-15", "15/01/2027", "soon", "  "));
            case 4 -> CellValue.ofText(pick(rnd, "Our answer: staffed\nand audited", "\u202Ehidden", "Yes\u200B", ""));
            case 5 -> CellValue.ofNumber(rnd.nextInt(200) / 4.0, pick(rnd, "General", "0%", "\"$\"#,##0", "[$€-407]#,##0"),
                    false, String.valueOf(rnd.nextInt(200) / 4.0));
            case 6 -> CellValue.ofNumber(46000 + rnd.nextInt(800), "m/d/yyyy", true, "1/15/2027");
            case 7 -> new CellValue(CellValue.Kind.ERROR, null, "#N/A", null, false, "#N/A");
            default -> new CellValue(CellValue.Kind.BOOLEAN, null, rnd.nextBoolean() ? "TRUE" : "FALSE", null, false, "TRUE");
        };
    }

    private static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }
}
