package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vendorbench.workbook.Books.row;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;

class RfpReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheRfpDefinition() throws Exception {
        Rfp rfp = RfpReader.read(Fixtures.rfp(dir));
        assertThat(rfp.rfpId()).isEqualTo("MCC-2027-01");
        assertThat(rfp.currency()).isEqualTo("USD");
        assertThat(rfp.termMonths()).isEqualTo(36);
        assertThat(rfp.priceWeight()).isEqualTo(30.0);
        assertThat(rfp.issued()).hasToString("2026-03-03");
        assertThat(rfp.sections()).extracting(s -> s.id()).containsExactly("CS", "TECH", "KPI");
        Question cs01 = rfp.question("cs_01").orElseThrow();
        assertThat(cs01.mandatory()).isTrue();
        assertThat(cs01.weight()).isEqualTo(2.0);
        assertThat(cs01.rule()).isInstanceOf(ScoringRule.YesNo.class);
        assertThat(cs01.knockout()).isEqualTo(new Knockout.Tokens("No", List.of("NO")));
        Question cs02 = rfp.question("CS-02").orElseThrow();
        assertThat(cs02.options()).containsExactly(new ChoiceOption("SOC 2 Type II", 5.0), new ChoiceOption("SOC 2 Type I", 2.0),
                new ChoiceOption("ISO 27001 only", 2.0), new ChoiceOption("None", 0.0));
        assertThat(cs02.rule()).isInstanceOf(ScoringRule.Choice.class);
        assertThat(cs02.knockout()).isEqualTo(new Knockout.Options("None", List.of("None")));
        assertThat(rfp.question("CS-03").orElseThrow().rule()).isInstanceOf(ScoringRule.Manual.class);
        Question t1 = rfp.question("TECH-01").orElseThrow();
        assertThat(t1.rule()).isEqualTo(new ScoringRule.Linear(90, 50, Direction.HIGHER));
        assertThat(t1.knockout()).isEqualTo(new Knockout.Compare("< 50", Knockout.Comparison.LT, 50));
        assertThat(rfp.question("TECH-03").orElseThrow().rule()).isInstanceOf(ScoringRule.Manual.class);
        assertThat(rfp.question("TECH-04").orElseThrow().rule()).isInstanceOf(ScoringRule.Manual.class);
        assertThat(rfp.kpis()).extracting(k -> k.unit()).containsExactly(KpiUnit.SECONDS, KpiUnit.PERCENT);
        assertThat(rfp.kpi("FCR").orElseThrow().exitThreshold()).isEqualTo(70.0);
        assertThat(rfp.assumption("Monthly call volume").orElseThrow().low()).isEqualTo(8000.0);
        assertThat(rfp.assumption("Annual volume growth").orElseThrow().value()).isEqualTo(3.0);
        assertThat(rfp.checklist()).isEmpty();
    }

    @Test
    void defaultsApplyWhenKeysAreAbsent() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Books.sheet(wb, "RFP", row("Key", "Value"), row("RFP ID", "X-1"));
        Books.sheet(wb, "Sections", row("Section ID", "Section", "Weight"), row("A", "All", null));
        Books.sheet(wb, "Questions", row("ID", "Section ID", "Requirement", "Type", "Options"), row("Q1", "A", "Text?", "text"),
                row("Q2", "A", "Choice?", "CHOICE", null));
        wb.getSheet("Questions").getRow(2).createCell(4);
        Books.sheet(wb, "Checklist", row("Item ID", "Group", "Item", "Required"), row("C1", "Legal", "BAA signed", "Y"));
        Rfp rfp;
        try {
            rfp = RfpReader.read(Books.save(wb, dir.resolve("min.xlsx")));
            throw new AssertionError("CHOICE without options must be refused");
        } catch (org.vendorbench.domain.RefusedException e) {
            assertThat(e.getMessage()).isEqualTo("min.xlsx is refused (1 problem): Questions!E3: question Q2: CHOICE question without Options");
        }
        XSSFWorkbook ok = new XSSFWorkbook();
        Books.sheet(ok, "RFP", row("Key", "Value"), row("RFP ID", "X-1"));
        Books.sheet(ok, "Sections", row("Section ID", "Section", "Weight"), row("A", "All", null));
        Books.sheet(ok, "Questions", row("ID", "Section ID", "Requirement", "Type"), row("Q1", "A", "Text?", "text"));
        Books.sheet(ok, "Checklist", row("Item ID", "Group", "Item", "Required"), row("C1", "Legal", "BAA signed", "Y"));
        rfp = RfpReader.read(Books.save(ok, dir.resolve("ok.xlsx")));
        assertThat(rfp.currency()).isEqualTo("USD");
        assertThat(rfp.termMonths()).isEqualTo(36);
        assertThat(rfp.priceWeight()).isEqualTo(30.0);
        assertThat(rfp.sections().get(0).weight()).isEqualTo(1.0);
        assertThat(rfp.questions().get(0).weight()).isEqualTo(1.0);
        assertThat(rfp.questions().get(0).mandatory()).isFalse();
        assertThat(rfp.checklist()).hasSize(1);
    }

    @Test
    void refusesTheRfpListingEveryProblemWithItsCell() throws Exception {
        List<Object[]> q = Fixtures.rfpQuestions();
        q.add(row("Q-1", "NOPE", "Unknown section", "TEXT"));
        q.add(row("Q-2", "CS", "Unknown type", "BOOL"));
        q.add(row("Q-3", "CS", "Choice without options", "CHOICE"));
        q.add(row("Q-4", "CS", "Half scored", "CHOICE", "A=5|B"));
        q.add(row("Q-5", "CS", "Bad knockout", "PERCENT", null, "N", "about 80"));
        q.add(row("Q-6", "CS", "Bad weight", "TEXT", null, "N", null, "heavy"));
        q.add(row("Q-7", "KPI", "In the KPI section", "NUMBER"));
        q.add(row("cs 01", "CS", "Duplicate", "YES_NO"));
        q.add(row("Q-8", "CS", "Knockout names no option", "CHOICE", "A=5|B=0", "N", "C"));
        q.add(row("Q-9", "CS", "Bad scoring", "NUMBER", null, "N", null, 1, "target=5; floor=10; higher"));
        Path f = Fixtures.rfp(dir, q);
        XSSFWorkbook wb = new XSSFWorkbook(f.toFile());
        wb.getSheet("RFP").getRow(6).getCell(1).setCellValue(12.5);
        Path bad = Books.save(wb, dir.resolve("bad.xlsx"));
        assertThatThrownBy(() -> RfpReader.read(bad)).hasMessage("bad.xlsx is refused (11 problems): "
                + "RFP!B7: Contract term (months) '12.5' is not a whole number of months >= 1; "
                + "Questions!B9: question Q-1 is in unknown section 'NOPE'; "
                + "Questions!D10: question Q-2 has unknown Type 'BOOL' (YES_NO, CHOICE, NUMBER, PERCENT, CURRENCY, DURATION, TEXT, DATE); "
                + "Questions!E11: question Q-3: CHOICE question without Options; "
                + "Questions!E12: question Q-4: some options carry scores and some do not (A=5|B); "
                + "Questions!G13: question Q-5: Knockout 'about 80' is not a comparison such as '< 80', '<= 80', '> 30' or '>= 30'; "
                + "Questions!H14: Weight 'heavy' is not a number; "
                + "Questions!B15: question Q-7 is in section KPI, which holds the KPI commitments only; "
                + "Questions!A16: duplicate question ID 'cs 01'; "
                + "Questions!G17: question Q-8: Knockout 'C': 'C' is not one of the options; "
                + "Questions!I18: question Q-9: Scoring 'target=5; floor=10; higher': with higher the target must be above the floor");
    }

    @Test
    void findsRenamedSheetsByHeadersWithoutConfusingTheKeyValueSheets() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Books.sheet(wb, "Read me", row("This RFP defines..."));
        Books.sheet(wb, "Assumptions", row("Key", "Value", "Low", "High"), row("Monthly call volume", 5000, null, null));
        Books.sheet(wb, "RFP Questions", Fixtures.rfpQuestions());
        Books.sheet(wb, "General", row("Key", "Value"), row("RFP ID", "R-9"), row("Price weight", "40%"));
        Books.sheet(wb, "RFP Sections", row("Section ID", "Section", "Weight"), row("CS", "Compliance", 1), row("TECH", "Ops", 1));
        Rfp rfp = RfpReader.read(Books.save(wb, dir.resolve("renamed.xlsx")));
        assertThat(rfp.rfpId()).isEqualTo("R-9");
        assertThat(rfp.priceWeight()).isEqualTo(40.0);
        assertThat(rfp.questions()).hasSize(7);
        assertThat(rfp.assumption("Monthly call volume").orElseThrow().value()).isEqualTo(5000.0);
    }

    @Test
    void aWorkbookThatIsNoRfpIsRefused() throws Exception {
        Path f = Fixtures.standardResponse(dir.resolve("resp.xlsx"));
        assertThatThrownBy(() -> RfpReader.read(f)).hasMessageStartingWith("resp.xlsx is not an RFP definition workbook");
    }
}
