package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SafeCellsTest {
    private static final List<String> HOSTILE = List.of(WriterFixtures.CMD, "+1", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "\0NUL",
            "=HYPERLINK(\"http://evil.example\",\"click\")");

    @Test
    void dangerousTextStaysAnUnchangedStringWithTheQuotePrefix() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells safe = new SafeCells(wb);
            Sheet s = wb.createSheet("S");
            for (int i = 0; i < HOSTILE.size(); i++) safe.setText(s.createRow(i).createCell(0), HOSTILE.get(i));
            safe.setText(s.createRow(HOSTILE.size()).createCell(0), "plain text = fine");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheet("S");
            for (int i = 0; i < HOSTILE.size(); i++) {
                Cell c = s.getRow(i).getCell(0);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo(HOSTILE.get(i).replace('\0', '\uFFFD'));
                assertThat(c.getCellStyle().getQuotePrefixed()).as(HOSTILE.get(i)).isTrue();
                assertThat(c.getHyperlink()).isNull();
            }
            Cell plain = s.getRow(HOSTILE.size()).getCell(0);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void quotedStylesAreReusedAndKeepTheBaseStyle() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells safe = new SafeCells(wb);
            var base = wb.createCellStyle();
            base.setLocked(false);
            base.setWrapText(true);
            Sheet s = wb.createSheet("S");
            int before = wb.getNumCellStyles();
            for (int i = 0; i < 500; i++) safe.setText(s.createRow(i).createCell(0), "=" + i, base);
            assertThat(wb.getNumCellStyles()).isEqualTo(before + 1);
            var st = s.getRow(7).getCell(0).getCellStyle();
            assertThat(st.getLocked()).isFalse();
            assertThat(st.getWrapText()).isTrue();
            assertThat(st.getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void longTextIsCutWithAMarkerAndHyperlinksAreRemoved() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells safe = new SafeCells(wb);
            Row row = wb.createSheet("S").createRow(0);
            Cell c = row.createCell(0);
            var link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress("http://evil.example");
            c.setHyperlink(link);
            String longText = "x".repeat(40_000);
            safe.setText(c, longText);
            assertThat(c.getStringCellValue()).hasSize(SafeCells.MAX_CELL_TEXT).endsWith(SafeCells.TRUNCATION_MARKER);
            assertThat(c.getHyperlink()).isNull();
            String exact = "y".repeat(SafeCells.MAX_CELL_TEXT);
            safe.setText(c, exact);
            assertThat(c.getStringCellValue()).isEqualTo(exact);
            safe.setText(c, null);
            assertThat(c.getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void truncationDoesNotSplitASurrogatePair() {
        String emoji = "😀";
        String text = "a".repeat(SafeCells.MAX_CELL_TEXT - SafeCells.TRUNCATION_MARKER.length() - 1) + emoji.repeat(10);
        String cut = SafeCells.fitToCell(text);
        assertThat(cut.length()).isLessThanOrEqualTo(SafeCells.MAX_CELL_TEXT);
        String body = cut.substring(0, cut.length() - SafeCells.TRUNCATION_MARKER.length());
        assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1))).isFalse();
    }

    @Test
    void csvFieldsArePrefixedAndQuotedPerRfc4180() {
        assertThat(SafeCells.csvField(WriterFixtures.CMD)).isEqualTo("'" + WriterFixtures.CMD);
        assertThat(SafeCells.csvField("+1")).isEqualTo("'+1");
        assertThat(SafeCells.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCells.csvField("-1,5")).isEqualTo("\"'-1,5\"");
        assertThat(SafeCells.csvField("\tx")).isEqualTo("'\tx");
        assertThat(SafeCells.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(SafeCells.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SafeCells.csvField("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(SafeCells.csvField("plain")).isEqualTo("plain");
        assertThat(SafeCells.csvField("")).isEmpty();
        assertThat(SafeCells.csvField(null)).isEmpty();
        assertThat(SafeCells.csvRow(List.of("ID", "=1+1", "x,y"))).isEqualTo("ID,'=1+1,\"x,y\"");
    }
}
