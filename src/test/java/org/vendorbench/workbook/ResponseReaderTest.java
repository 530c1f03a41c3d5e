package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.workbook.Books.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.WarningCode;

class ResponseReaderTest {
    @TempDir
    Path dir;
    Rfp rfp;

    @BeforeEach
    void readRfp() throws Exception {
        rfp = RfpReader.read(Fixtures.rfp(dir));
    }

    private VendorResponse read(Path file) throws Exception {
        return ResponseReader.read(file, rfp, null);
    }

    private static Answer answer(VendorResponse r, String id) {
        return r.answer(id).orElseThrow();
    }

    private static List<WarningCode> codes(VendorResponse r) {
        return r.warnings().stream().map(ImportWarning::code).toList();
    }

    private void assertStandardValues(VendorResponse r) {
        assertThat(r.vendor()).isEqualTo("Acme Patient Access");
        assertThat(answer(r, "CS-01").value()).isEqualTo("YES");
        assertThat(answer(r, "CS-01").comment()).isEqualTo("BAA v3 attached");
        assertThat(answer(r, "CS-02").value()).isEqualTo("SOC 2 Type II");
        assertThat(answer(r, "CS-03").value()).isEqualTo("Tiered escalation.");
        assertThat(answer(r, "TECH-01").value()).isEqualTo(85.0);
        assertThat(answer(r, "TECH-02").value()).isEqualTo(240.0);
        assertThat(answer(r, "TECH-03").value()).isEqualTo(1250.0);
        assertThat(answer(r, "TECH-04").value()).isEqualTo("2026-09-01");
    }

    @Test
    void readsTheStandardResponse() throws Exception {
        VendorResponse r = read(Fixtures.standardResponse(dir.resolve("acme.xlsx")));
        assertStandardValues(r);
        assertThat(r.file()).isEqualTo(dir.resolve("acme.xlsx").toString());
        assertThat(r.answers()).extracting(Answer::questionId).containsExactly("CS-01", "CS-02", "CS-03", "TECH-01", "TECH-02", "TECH-03", "TECH-04");
        assertThat(r.kpi("ASA").orElseThrow().value()).isEqualTo(30.0);
        assertThat(r.kpi("FCR").orElseThrow().value()).isEqualTo(82.0);
        assertThat(r.pricing().model()).isEqualTo(PricingModel.PER_MINUTE);
        assertThat(r.pricing().rate()).isEqualTo(0.95);
        assertThat(r.pricing().minimumFee()).isEqualTo(12000.0);
        assertThat(r.warnings()).extracting(ImportWarning::code, ImportWarning::sheet, ImportWarning::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WarningCode.QUALIFIED_VALUE, "KPI Commitments", "E2"));
    }

    @Test
    void survivesReorderedRowsBlankTitleNotesRowsAndALogoBlock() throws Exception {
        List<Object[]> q = Fixtures.questionnaire();
        List<Object[]> body = new ArrayList<>(q.subList(1, q.size()));
        Collections.reverse(body);
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("ACME PATIENT ACCESS — RFP RESPONSE"));
        rows.add(row((Object) null));
        rows.add(row(null, null, "Confidential"));
        rows.add(q.get(0));
        rows.add(row("Section 1: Compliance"));
        rows.addAll(body.subList(0, 3));
        rows.add(null);
        rows.add(row(null, null, "Note: answer every question"));
        rows.addAll(body.subList(3, body.size()));
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("acme.xlsx"), "Cover", Fixtures.cover(),
                "Questionnaire", rows, "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing()));
        assertStandardValues(r);
        assertThat(codes(r)).containsExactly(WarningCode.QUALIFIED_VALUE);
    }

    @Test
    void findsRenamedHeadersByTheirSynonymsAndReorderedColumns() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Vendor Response", "Extra", "Req #", "Notes", "Requirement"));
        for (Object[] q : Fixtures.questionnaire().subList(1, 8)) rows.add(row(q[6], "x", q[0], q[7], q[2]));
        List<Object[]> kpis = new ArrayList<>();
        kpis.add(row("Commitment", "KPI ID", "Remarks"));
        kpis.add(row("< 30 sec", "ASA", null));
        kpis.add(row(0.82, "FCR", "measured monthly"));
        List<Object[]> pricing = new ArrayList<>();
        pricing.add(row("Amount", "Item ID"));
        for (Object[] p : Fixtures.pricing().subList(1, 10)) pricing.add(row(p[3], p[0]));
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("acme.xlsx"), "Pricing", pricing,
                "KPI Commitments", kpis, "Questionnaire", rows, "Cover", Fixtures.cover()));
        assertStandardValues(r);
        assertThat(r.kpi("FCR").orElseThrow().comment()).isEqualTo("measured monthly");
        assertThat(r.pricing().rate()).isEqualTo(0.95);
    }

    @Test
    void anExactCanonicalHeaderWinsOverASynonym() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("ID", "Notes", "Response", "Comments"));
        rows.add(row("CS-03", "internal note", "Tiered.", "see annex"));
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("a.xlsx"), "Cover", Fixtures.cover(),
                "Questionnaire", rows));
        assertThat(answer(r, "CS-03").comment()).isEqualTo("see annex");
    }

    @Test
    void findsRenamedSheetsByPrefixOrByHeaderAndPrefersVisibleSheets() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Books.sheet(wb, "Instructions", row("Please fill in the yellow cells"));
        Books.sheet(wb, "Old answers", Fixtures.Q_HEADER, row("CS-01", null, null, null, null, null, "No", null));
        Books.sheet(wb, "Questionnaire (Vendor)", Fixtures.questionnaire());
        Books.sheet(wb, "Prices", Fixtures.pricing());
        Books.sheet(wb, "KPI Commitments v2", Fixtures.kpis());
        Books.sheet(wb, "Deckblatt", Fixtures.cover());
        wb.setSheetHidden(1, true);
        VendorResponse r = read(Books.save(wb, dir.resolve("acme.xlsx")));
        assertStandardValues(r);
        assertThat(answer(r, "CS-01").sheet()).isEqualTo("Questionnaire (Vendor)");
        assertThat(r.pricing().rate()).isEqualTo(0.95);
    }

    @Test
    void readsHiddenSheetsAndHiddenRowsAndMergedCells() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Books.sheet(wb, "Cover", Fixtures.cover());
        List<Object[]> rows = new ArrayList<>();
        rows.add(Fixtures.Q_HEADER);
        rows.add(row("Compliance", "Compliance", "Compliance", "Compliance", "Compliance", "Compliance", "Compliance", "Compliance"));
        for (Object[] q : Fixtures.questionnaire().subList(1, 8)) {
            Object[] copy = q.clone();
            copy[1] = null;
            rows.add(copy);
        }
        Sheet s = Books.sheet(wb, "Questionnaire", rows);
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, 7)); // section title across the table
        s.getRow(2).createCell(1).setCellValue("CS");
        s.addMergedRegion(new CellRangeAddress(2, 4, 1, 1)); // section cell merged down
        s.getRow(5).setZeroHeight(true);
        // the TECH-02 response merged with its comments cell: the value and the address are the top-left
        s.addMergedRegion(new CellRangeAddress(6, 6, 6, 7));
        Books.sheet(wb, "KPI Commitments", Fixtures.kpis());
        Books.sheet(wb, "Pricing", Fixtures.pricing());
        wb.setSheetHidden(3, true);
        VendorResponse r = read(Books.save(wb, dir.resolve("acme.xlsx")));
        assertStandardValues(r);
        assertThat(answer(r, "TECH-02").cell()).isEqualTo("G7");
        assertThat(r.pricing().rate()).isEqualTo(0.95);
        assertThat(codes(r)).containsExactly(WarningCode.QUALIFIED_VALUE);
    }

    @Test
    void readsFormulasWithAndWithoutCachedValuesAndReportsFailedOnes() throws Exception {
        List<Object[]> rows = Fixtures.questionnaire();
        rows.get(4)[6] = new Books.F("0.5+0.35", true);
        rows.get(6)[6] = new Books.F("1000+250", false);
        rows.get(3)[6] = new Books.F("NOSUCHFUNCTION(1)", false);
        Path f = Fixtures.response(new XSSFWorkbook(), dir.resolve("f.xlsx"), "Cover", Fixtures.cover(), "Questionnaire", rows,
                "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing());
        VendorResponse r = read(f);
        assertThat(answer(r, "TECH-01").value()).isEqualTo(85.0);
        assertThat(answer(r, "TECH-03").value()).isEqualTo(1250.0);
        assertThat(answer(r, "CS-03").status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.UNREADABLE_VALUE)
                .extracting(ImportWarning::cell).containsExactly("G4");
        assertThat(codes(r)).doesNotContain(WarningCode.MISSING_ANSWER);
    }

    @Test
    void readsNumbersStoredAsTextAndEveryPercentForm() throws Exception {
        for (Object v : new Object[] {0.85, 85, "85%", "85 %", new Books.Fmt(0.85, "0%"), "0.85", "85"}) {
            List<Object[]> rows = Fixtures.questionnaire();
            rows.get(4)[6] = v;
            rows.get(6)[6] = "1250";
            VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("p.xlsx"), "Cover", Fixtures.cover(),
                    "Questionnaire", rows));
            assertThat(answer(r, "TECH-01").value()).as("percent %s", v).isEqualTo(85.0);
            assertThat(answer(r, "TECH-03").value()).isEqualTo(1250.0);
        }
    }

    @Test
    void readsCurrenciesAndDurationsInEveryForm() throws Exception {
        Object[][] cases = {
            {"USD 1,250", 1250.0, "30", 30.0}, {"1,250 USD", 1250.0, "30s", 30.0}, {"$1,250.00", 1250.0, "30 sec", 30.0},
            {1250, 1250.0, "30 seconds", 30.0}, {"$1,250", 1250.0, "0:30", 30.0}, {"1250", 1250.0, "00:00:30", 30.0},
            {"US$1,250", 1250.0, "1.5 min", 90.0}, {"1,250", 1250.0, new Books.Fmt(30.0 / 86400, "h:mm:ss"), 30.0},
        };
        for (Object[] c : cases) {
            List<Object[]> rows = Fixtures.questionnaire();
            rows.get(6)[6] = c[0];
            rows.get(5)[6] = c[2];
            VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("c.xlsx"), "Cover", Fixtures.cover(),
                    "Questionnaire", rows));
            assertThat(answer(r, "TECH-03").value()).as("currency %s", c[0]).isEqualTo(c[1]);
            assertThat(answer(r, "TECH-02").value()).as("duration %s", c[2]).isEqualTo(c[3]);
        }
    }

    @Test
    void readsYesNoVariantsWithTrailingExplanations() throws Exception {
        Object[][] cases = {
            {"Yes", "YES", null}, {"y", "YES", null}, {"✓", "YES", null}, {"No – not yet", "NO", "not yet"},
            {"Partially (2 sites)", "PARTIAL", "2 sites"}, {"Not applicable", "NA", null}, {"N/A", "NA", null},
        };
        for (Object[] c : cases) {
            List<Object[]> rows = Fixtures.questionnaire();
            rows.get(1)[6] = c[0];
            VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("y.xlsx"), "Cover", Fixtures.cover(),
                    "Questionnaire", rows));
            assertThat(answer(r, "CS-01").value()).as("%s", c[0]).isEqualTo(c[1]);
            assertThat(answer(r, "CS-01").comment()).as("%s", c[0]).isEqualTo(c[2]);
        }
    }

    @Test
    void matchesOddIdsAndRowsWithoutIdByText() throws Exception {
        List<Object[]> rows = Fixtures.questionnaire();
        rows.get(1)[0] = "cs_01";
        rows.get(2)[0] = " CS – 02 ";
        rows.get(3)[0] = null;
        rows.get(3)[2] = "  describe your   ESCALATION process ";
        rows.get(4)[0] = "tech 01";
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("o.xlsx"), "Cover", Fixtures.cover(),
                "Questionnaire", rows, "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing()));
        assertStandardValues(r);
        assertThat(codes(r)).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(r.answers()).extracting(Answer::questionId).startsWith("CS-01", "CS-02", "CS-03", "TECH-01");
    }

    @Test
    void reportsDuplicateUnknownAndMissingQuestions() throws Exception {
        List<Object[]> rows = Fixtures.questionnaire();
        rows.get(1)[6] = null; // CS-01 blank on its first row
        rows.add(row("CS-01", null, null, null, null, null, "Yes", "second row"));
        rows.add(row("CS-01", null, null, null, null, null, "No", null));
        rows.add(row("XX-99", null, "Do you like cats?", null, null, null, "Yes", null));
        rows.add(row(null, null, "Something the RFP never asked", null, null, null, "Maybe", null));
        rows.add(row(null, null, "Unmatched text, blank response", null, null, null, null, null));
        rows.remove(7); // TECH-04 has no row
        rows.get(3)[6] = null; // CS-03 blank
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("d.xlsx"), "Cover", Fixtures.cover(),
                "Questionnaire", rows, "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing()));
        assertThat(answer(r, "CS-01").value()).isEqualTo("YES");
        assertThat(answer(r, "CS-01").comment()).isEqualTo("second row");
        assertThat(answer(r, "TECH-04").status()).isEqualTo(AnswerStatus.MISSING);
        assertThat(answer(r, "TECH-04").value()).isNull();
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.DUPLICATE_QUESTION)
                .extracting(ImportWarning::cell).containsExactly("A2", "A9");
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.UNKNOWN_QUESTION)
                .extracting(ImportWarning::cell).containsExactly("A10", "C11");
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.UNKNOWN_QUESTION).first()
                .extracting(ImportWarning::message).asString().contains("Do you like cats?");
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.MISSING_ANSWER)
                .extracting(ImportWarning::cell, ImportWarning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("G4", "question CS-03 has no answer"),
                        org.assertj.core.groups.Tuple.tuple(null, "question TECH-04 has no row in the questionnaire"));
    }

    @Test
    void missingMandatoryAnswerIsListedAsSuch() throws Exception {
        List<Object[]> rows = Fixtures.questionnaire();
        rows.get(2)[6] = null;
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("m.xlsx"), "Cover", Fixtures.cover(),
                "Questionnaire", rows));
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.MISSING_ANSWER)
                .extracting(ImportWarning::message).containsExactly("mandatory question CS-02 has no answer");
    }

    @Test
    void readsXlsAndXlsmCopies() throws Exception {
        Path xls = Fixtures.response(new HSSFWorkbook(), dir.resolve("acme.xls"), "Cover", Fixtures.cover(),
                "Questionnaire", Fixtures.questionnaire(), "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing());
        assertStandardValues(read(xls));
        Path xlsm = Fixtures.response(new XSSFWorkbook(XSSFWorkbookType.XLSM), dir.resolve("acme.xlsm"), "Cover", Fixtures.cover(),
                "Questionnaire", Fixtures.questionnaire(), "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing());
        assertStandardValues(read(xlsm));
    }

    @Test
    void readsDateCellsOfA1904WorkbookAndOfAnXlsWithBothLoaders() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        (wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
        assertThat(wb.isDate1904()).isTrue();
        Books.sheet(wb, "Cover", Fixtures.cover());
        List<Object[]> rows = Fixtures.questionnaire();
        rows.get(7)[6] = null;
        rows.get(5)[6] = new Books.Fmt(1.5 / 24, "[h]:mm:ss"); // an elapsed time is not shifted between date systems
        Sheet s = Books.sheet(wb, "Questionnaire", rows);
        org.apache.poi.ss.usermodel.Cell c = s.getRow(7).createCell(6);
        c.setCellValue(java.time.LocalDate.of(2026, 9, 1));
        org.apache.poi.ss.usermodel.CellStyle st = wb.createCellStyle();
        st.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        c.setCellStyle(st);
        Path f = Books.save(wb, dir.resolve("d1904.xlsx"));
        for (boolean streaming : new boolean[] {true, false}) {
            VendorResponse r = ResponseReader.read(WorkbookLoader.load(f, null, streaming), f.toString(), rfp);
            assertThat(answer(r, "TECH-04").value()).as("streaming %s", streaming).isEqualTo("2026-09-01");
            assertThat(answer(r, "TECH-04").raw()).isEqualTo("2026-09-01");
            assertThat(answer(r, "TECH-02").value()).isEqualTo(5400.0);
        }
        HSSFWorkbook xls = new HSSFWorkbook();
        Books.sheet(xls, "Cover", Fixtures.cover());
        List<Object[]> xrows = Fixtures.questionnaire();
        xrows.get(7)[6] = new Books.Fmt(46266, "m/d/yyyy"); // 2026-09-01
        xrows.get(4)[6] = new Books.F("0.5+0.35", true);
        Sheet xs = Books.sheet(xls, "Questionnaire", xrows);
        xs.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
        Books.sheet(xls, "Secret", Fixtures.kpis());
        xls.setSheetHidden(2, true);
        VendorResponse r = read(Books.save(xls, dir.resolve("old.xls")));
        assertThat(answer(r, "TECH-04").value()).isEqualTo("2026-09-01");
        assertThat(answer(r, "TECH-01").value()).isEqualTo(85.0);
        assertThat(r.kpi("FCR").orElseThrow().value()).isEqualTo(82.0);
    }

    @Test
    void keepsUnicodeAndLongMultiLineAnswers() throws Exception {
        String longText = ("Línea única — 中文回答 😀 مرحبا بالعالم\n").repeat(60).substring(0, 1999);
        longText = Character.isHighSurrogate(longText.charAt(1998)) ? longText.substring(0, 1998) + "ok" : longText + ".";
        assertThat(longText).hasSize(2000);
        List<Object[]> rows = Fixtures.questionnaire();
        rows.get(3)[6] = longText;
        List<Object[]> cover = Fixtures.cover();
        cover.get(2)[1] = "Ärzte-Service 医疗 🏥";
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("u.xlsx"), "Cover", cover,
                "Questionnaire", rows));
        assertThat(r.vendor()).isEqualTo("Ärzte-Service 医疗 🏥");
        assertThat(answer(r, "CS-03").value()).isEqualTo(longText.strip());
        assertThat(answer(r, "CS-03").raw()).isEqualTo(longText);
    }

    @Test
    void coverProblemsAreWarnings() throws Exception {
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("Acme Corp.xlsx"),
                "Questionnaire", Fixtures.questionnaire()));
        assertThat(r.vendor()).isEqualTo("Acme Corp");
        assertThat(codes(r)).contains(WarningCode.MISSING_COVER);
        List<Object[]> cover = Fixtures.cover();
        cover.get(1)[1] = "mcc 2027_01";
        assertThat(read(Fixtures.response(new XSSFWorkbook(), dir.resolve("c.xlsx"), "Cover", cover,
                "Questionnaire", Fixtures.questionnaire())).rfpId()).isEqualTo("MCC-2027-01");
        cover.get(1)[1] = "OTHER-RFP";
        cover.remove(5);
        r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("b.xlsx"), "Cover", cover, "Questionnaire", Fixtures.questionnaire()));
        assertThat(r.warnings()).extracting(ImportWarning::code, ImportWarning::cell)
                .contains(org.assertj.core.groups.Tuple.tuple(WarningCode.RFP_MISMATCH, "B2"));
        assertThat(r.rfpId()).isEqualTo("OTHER-RFP");
        assertThat(codes(r)).contains(WarningCode.FORMAT_VERSION);
    }

    @Test
    void missingKpisAndPricingItemsAreWarnedAndPricedAsZero() throws Exception {
        List<Object[]> kpis = Fixtures.kpis();
        kpis.get(2)[4] = null;
        List<Object[]> pricing = Fixtures.pricing();
        pricing.remove(2); // P-RATE
        pricing.remove(8); // P-ETF (index shifted)
        VendorResponse r = read(Fixtures.response(new XSSFWorkbook(), dir.resolve("k.xlsx"), "Cover", Fixtures.cover(),
                "Questionnaire", Fixtures.questionnaire(), "KPI Commitments", kpis, "Pricing", pricing));
        assertThat(r.kpi("FCR").orElseThrow().value()).isNull();
        assertThat(r.pricing().rate()).isNull();
        assertThat(r.pricing().earlyTerminationFee()).isZero();
        assertThat(codes(r)).contains(WarningCode.MISSING_KPI).filteredOn(c -> c == WarningCode.MISSING_PRICING_ITEM).hasSize(2);
    }

    @Test
    void aWorkbookWithoutResponseSheetsIsRefused() throws Exception {
        Workbook wb = new XSSFWorkbook();
        Books.sheet(wb, "Budget", row("Year", "Amount"), row(2026, 5));
        Path f = Books.save(wb, dir.resolve("budget.xlsx"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(f))
                .hasMessage("budget.xlsx is not a vendor response workbook (no Cover, Questionnaire, KPI Commitments or Pricing sheet with the expected headers)");
    }
}
