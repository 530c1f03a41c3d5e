package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Rfp;
import org.vendorbench.workbook.QuestionnaireWriter;
import org.vendorbench.workbook.RfpReader;
import org.vendorbench.workbook.SafeCells;

/**
 * Safe exports (issue 10): hostile text written by the writers is a string cell with the quote
 * prefix, never a formula, never a hyperlink; CSV fields get the same prefix and RFC 4180 quoting.
 */
class SafeExportsTest {
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1", "\0=1", "=cmd|' /c calc'!A1", "=WEBSERVICE(\"http://evil\")");

    @Test
    void questionnaireWriterQuotePrefixesHostileVendorNames() throws Exception {
        Rfp rfp = RfpReader.read(Path.of("sample-rfps", "mcc-rfp.xlsx"));
        for (String evil : HOSTILE) {
            try (XSSFWorkbook wb = QuestionnaireWriter.build(rfp, evil, true)) {
                boolean seen = false;
                for (Sheet sheet : wb) {
                    assertThat(sheet.getHyperlinkList()).as("hyperlinks in %s", sheet.getSheetName()).isEmpty();
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as("cell %s!%s", sheet.getSheetName(), cell.getAddress())
                                    .isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING && SafeCells.isDangerous(cell.getStringCellValue())) {
                                assertThat(cell.getCellStyle().getQuotePrefixed())
                                        .as("quote prefix at %s!%s", sheet.getSheetName(), cell.getAddress()).isTrue();
                            }
                            if (cell.getCellType() == CellType.STRING
                                    && cell.getStringCellValue().equals(SafeCells.fitToCell(evil))) {
                                seen = true;
                            }
                        }
                    }
                }
                assertThat(seen).as("vendor name %s written", evil.replace("\0", "\\0")).isTrue();
            }
        }
    }

    @Test
    void csvFieldsArePrefixedAndQuoted() {
        for (String evil : HOSTILE) {
            String field = SafeCells.csvField(evil);
            String unquoted = field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
            assertThat(unquoted).startsWith("'").isEqualTo("'" + evil);
        }
        assertThat(SafeCells.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(SafeCells.csvField("=\"x\"\r\n")).isEqualTo("\"'=\"\"x\"\"\r\n\"");
        assertThat(SafeCells.csvField("plain")).isEqualTo("plain");
    }
}
