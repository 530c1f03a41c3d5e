package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.samples.SampleRfpData;

/** What the writers produce, the readers (branch wbread) read back exactly. */
class WriterRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void rfpWriterOutputReadsBackIntoAnEqualRfp() throws Exception {
        for (Rfp rfp : List.of(WriterFixtures.rfp(), SampleRfpData.rfp(),
                WriterFixtures.rfp(WriterFixtures.CMD, "@SUM(A1)", "-Minus option"))) {
            Path out = dir.resolve("rfp.xlsx");
            RfpWriter.write(rfp, out);
            assertThat(RfpReader.read(out)).isEqualTo(rfp);
        }
    }

    @Test
    void filledQuestionnaireReadsBackExactlyTheValuesFilledIn() throws Exception {
        Rfp rfp = WriterFixtures.rfp();
        Path out = dir.resolve("q.xlsx");
        QuestionnaireWriter.write(rfp, "=HYPERLINK(\"x\")", false, out);
        String[][] fill = {
            {"Partial", "BAA v3 – clause 7 differs"}, {"SOC 2 Type II", null}, {"24", "+1 hour on weekends"},
            {"=1+1 is not a formula\nsecond line, unicode: é 中文 😀 مرحبا", "@mention"}, {"99.5", null}, {"900", null},
            {"2027-03-01", null}, {"5000000", null}, {"PDF, weekly", "-"}};
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            SafeCells safe = new SafeCells(wb);
            Sheet q = wb.getSheet("Questionnaire");
            for (int i = 0; i < fill.length; i++) {
                Row row = q.getRow(i + 1);
                safe.setText(row.getCell(6), fill[i][0]);
                safe.setText(row.getCell(7), fill[i][1]);
            }
            Sheet k = wb.getSheet("KPI Commitments");
            k.getRow(1).getCell(4).setCellValue(82.5);
            safe.setText(k.getRow(2).getCell(4), "28 seconds");
            k.getRow(3).getCell(4).setCellValue(0.05);
            Sheet p = wb.getSheet("Pricing");
            safe.setText(p.getRow(1).getCell(3), "per_minute");
            p.getRow(2).getCell(3).setCellValue(0.95);
            p.getRow(4).getCell(3).setCellValue(40_000);
            AtomicFileWriter.write(filled, wb::write);
        }
        VendorResponse r = ResponseReader.read(filled, rfp, null);
        assertThat(r.vendor()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(r.rfpId()).isEqualTo("MCC-TEST-01");
        assertThat(r.format()).isEqualTo(VendorResponse.FORMAT);
        List<Answer> a = r.answers();
        assertThat(a).extracting(Answer::questionId).containsExactly("CS-01", "CS-02", "CS-03", "OT-01", "OT-02", "OT-03", "OT-04", "OT-05", "OT-06");
        assertThat(a).allMatch(x -> x.status() == AnswerStatus.ANSWERED);
        assertThat(a.get(0).value()).isEqualTo("PARTIAL");
        assertThat(a.get(0).comment()).isEqualTo("BAA v3 – clause 7 differs");
        assertThat(a.get(1).value()).isEqualTo("SOC 2 Type II");
        assertThat(a.get(1).comment()).isNull();
        assertThat(a.get(2).value()).isEqualTo(24.0);
        assertThat(a.get(2).comment()).isEqualTo("+1 hour on weekends");
        assertThat(a.get(3).value()).isEqualTo(fill[3][0]);
        assertThat(a.get(3).comment()).isEqualTo("@mention");
        assertThat(a.get(4).value()).isEqualTo(99.5);
        assertThat(a.get(5).value()).isEqualTo(900.0);
        assertThat(a.get(6).value()).isEqualTo("2027-03-01");
        assertThat(a.get(7).value()).isEqualTo(5_000_000.0);
        assertThat(a.get(8).value()).isEqualTo("PDF, weekly");
        assertThat(a.get(8).comment()).isEqualTo("-");
        assertThat(r.kpis()).extracting(x -> x.value()).containsExactly(82.5, 28.0, 0.05);
        assertThat(r.pricing().model()).hasToString("PER_MINUTE");
        assertThat(r.pricing().rate()).isEqualTo(0.95);
        assertThat(r.pricing().minimumFee()).isEqualTo(40_000);
        assertThat(r.warnings()).extracting(w -> w.code()).doesNotContain(WarningCode.UNREADABLE_VALUE,
                WarningCode.MISSING_ANSWER, WarningCode.UNKNOWN_QUESTION, WarningCode.FORMAT_VERSION, WarningCode.MISSING_COVER);
    }

    @Test
    void randomTextAnswersSurviveTheRoundTrip() throws Exception {
        Rfp rfp = WriterFixtures.rfp();
        Random rnd = new Random(7);
        String alphabet = "=+-@\t\r\n abcXYZ019,;\"'|éß中😀";
        for (int run = 0; run < 5; run++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(300);
            while (sb.length() < len) sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            String text = "x" + sb.toString().strip() + "y";
            String textForCell = rnd.nextBoolean() ? text.substring(1) : text;
            Path out = dir.resolve("q" + run + ".xlsx");
            try (XSSFWorkbook wb = QuestionnaireWriter.build(rfp, null, false)) {
                new SafeCells(wb).setText(wb.getSheet("Questionnaire").getRow(4).getCell(6), textForCell);
                AtomicFileWriter.write(out, wb::write);
            }
            VendorResponse r = ResponseReader.read(out, rfp, null);
            // XML turns a bare CR into a line feed: line breaks are kept, their kind is not
            String expected = textForCell.replace("\r\n", "\n").replace('\r', '\n').strip();
            assertThat(r.answer("OT-01").orElseThrow().value()).as("run %d", run).isEqualTo(expected);
        }
    }

    @Test
    void everySampleFileReadsWithoutRefusalAndTheMessyOneMatchesTheCleanValues() throws Exception {
        org.vendorbench.samples.SampleRfpsGenerator.generate(dir);
        Rfp rfp = RfpReader.read(dir.resolve("mcc-rfp.xlsx"));
        assertThat(rfp).isEqualTo(SampleRfpData.rfp());
        for (int v = 0; v < SampleRfpData.VENDORS.size(); v++) {
            SampleRfpData.SampleVendor vendor = SampleRfpData.VENDORS.get(v);
            VendorResponse r = ResponseReader.read(dir.resolve(vendor.file()), rfp, null);
            assertThat(r.vendor()).isEqualTo(vendor.name());
            assertThat(r.pricing()).as(vendor.file()).isEqualTo(vendor.pricing());
            for (int k = 0; k < rfp.kpis().size(); k++) {
                String id = rfp.kpis().get(k).id();
                assertThat(r.kpis().get(k).value()).as(vendor.file() + " " + id).isEqualTo(SampleRfpData.KPI_VALUES.get(id)[v]);
            }
            List<SampleRfpData.Row> rows = SampleRfpData.rows();
            for (int i = 0; i < rows.size(); i++) {
                String expected = rows.get(i).answers()[v];
                Answer got = r.answers().get(i);
                String what = vendor.file() + " " + got.questionId() + " raw=" + got.raw();
                if (expected == null) {
                    assertThat(got.status()).as(what).isEqualTo(AnswerStatus.MISSING);
                    continue;
                }
                String value = expected.contains(" || ") ? expected.substring(0, expected.indexOf(" || ")) : expected;
                Object want = switch (rows.get(i).question().type()) {
                    case YES_NO -> value.toUpperCase();
                    case NUMBER, PERCENT, CURRENCY, DURATION -> Double.parseDouble(value);
                    case DATE -> LocalDate.parse(value).toString();
                    default -> value;
                };
                assertThat(got.value()).as(what).isEqualTo(want);
            }
        }
        VendorResponse messy = ResponseReader.read(dir.resolve("vendor-medconnect.xlsx"), rfp, null);
        assertThat(messy.warnings()).extracting(w -> w.code())
                .contains(WarningCode.DUPLICATE_QUESTION, WarningCode.MISSING_ANSWER)
                .doesNotContain(WarningCode.UNREADABLE_VALUE, WarningCode.UNKNOWN_QUESTION);
    }

    @Test
    void theCommittedSampleFilesAreCurrentAndReadWithoutRefusal() throws Exception {
        Path samples = Path.of("sample-rfps");
        Rfp rfp = RfpReader.read(samples.resolve("mcc-rfp.xlsx"));
        assertThat(rfp).isEqualTo(SampleRfpData.rfp());
        for (SampleRfpData.SampleVendor vendor : SampleRfpData.VENDORS) {
            VendorResponse r = ResponseReader.read(samples.resolve(vendor.file()), rfp, null);
            assertThat(r.vendor()).isEqualTo(vendor.name());
            assertThat(r.pricing()).isEqualTo(vendor.pricing());
        }
        assertThat(samples.resolve("scores.xlsx")).exists();
        assertThat(samples.resolve("README.md")).exists();
    }
}
