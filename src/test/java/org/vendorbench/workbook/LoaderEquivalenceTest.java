package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.workbook.Books.row;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.normalize.CellValue;

/** The streaming reader and the usermodel must give identical grids. */
class LoaderEquivalenceTest {
    @TempDir
    Path dir;

    @Test
    void streamingAndUsermodelGiveTheSameGrid() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Books.sheet(wb, "Cover", Fixtures.cover());
        List<Object[]> q = Fixtures.questionnaire();
        q.add(row("X-1", null, "dates and formats", null, null, null, new Books.Fmt(46000.5, "yyyy-mm-dd hh:mm"), new Books.Fmt(0.125, "h:mm")));
        q.add(row("X-2", null, "bools and errors", null, null, null, true, new Books.F("1/0", true)));
        q.add(row("X-3", null, "currency format", null, null, null, new Books.Fmt(1250.5, "\"$\"#,##0.00"), new Books.Fmt(0.853, "0.0%")));
        q.add(row("X-4", null, "cached formula text", null, null, null, new Books.F("\"Yes\"&\" – ok\"", true), "  spaced  "));
        q.add(row("X-5", null, "unicode", null, null, null, "中文 😀 مرحبا\nline two", 1e-7));
        q.add(row("X-6", null, "control characters", null, null, null, "a\r\nb\u0001c _x0041_ d", "tab\there"));
        Sheet s = Books.sheet(wb, "Questionnaire", q);
        org.apache.poi.xssf.usermodel.XSSFRichTextString rich = new org.apache.poi.xssf.usermodel.XSSFRichTextString("Bold then plain");
        org.apache.poi.xssf.usermodel.XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(0, 4, bold);
        s.createRow(20).createCell(6).setCellValue(rich);
        s.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
        Books.sheet(wb, "Hidden", row("a", 1));
        wb.setSheetHidden(2, true);
        Path f = Books.save(wb, dir.resolve("eq.xlsx"));

        WorkbookGrid streamed = WorkbookLoader.load(f, null, true);
        WorkbookGrid model = WorkbookLoader.load(f, null, false);
        assertSameGrid(streamed, model);
        assertThat(streamed.sheets().get(2).hidden()).isTrue();
        CellValue date = streamed.sheets().get(1).cell(8, 6);
        assertThat(date.dateFormatted()).isTrue();
        assertThat(date.displayed()).isEqualTo("2025-12-09 12:00");
    }

    @Test
    void standardFixturesReadTheSameBothWays() throws Exception {
        Path f = Fixtures.standardResponse(dir.resolve("std.xlsx"));
        assertSameGrid(WorkbookLoader.load(f, null, true), WorkbookLoader.load(f, null, false));
    }

    static void assertSameGrid(WorkbookGrid a, WorkbookGrid b) {
        assertThat(a.sheets()).hasSameSizeAs(b.sheets());
        for (int i = 0; i < a.sheets().size(); i++) {
            SheetGrid sa = a.sheets().get(i);
            SheetGrid sb = b.sheets().get(i);
            assertThat(sa.name()).isEqualTo(sb.name());
            assertThat(sa.hidden()).isEqualTo(sb.hidden());
            assertThat(sa.storedCells()).as("cells of %s", sa.name()).isEqualTo(sb.storedCells());
            assertThat(sa.mergedRegions()).usingRecursiveFieldByFieldElementComparator().hasSameSizeAs(sb.mergedRegions());
            for (int m = 0; m < sa.mergedRegions().size(); m++) {
                assertThat(sa.mergedRegions().get(m)).containsExactly(sb.mergedRegions().get(m));
            }
        }
    }
}
