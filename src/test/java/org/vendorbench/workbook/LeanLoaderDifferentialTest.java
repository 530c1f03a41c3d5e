package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.normalize.CellValue;

/**
 * The lean JDK zip + SAX reader against POI's two paths: many generated variant workbooks are read
 * by all of them and must give identical grids; package-level variants POI writes differently
 * (inline strings, absolute or parent-relative targets, renamed parts, cells without addresses)
 * are compared with POI's streaming path; hostile archives are refused by the lean path too.
 */
class LeanLoaderDifferentialTest {
    private static final String[] FORMATS = {"General", "0", "0.00", "#,##0", "0%", "0.0%", "\"$\"#,##0.00",
        "yyyy-mm-dd", "d/m/yyyy", "mmm d, yyyy", "h:mm", "[h]:mm:ss", "yyyy-mm-dd hh:mm", "@", "0.00E+00",
        "# ?/?", "\"€\" #,##0.00;[Red]-\"€\" #,##0.00"};
    private static final String[] TEXTS = {"Yes", "no", "Partial", "  spaced  ", "中文 😀 مرحبا", "line one\nline two",
        "a\r\nb", "tab\there", "_x0041_ literal", "=SUM(A1)", "+1+1", "@cmd", "-2", "12 %", "$1,250.50", "",
        "&lt;xml&gt; & \"quotes\" 'apos'", "\u00A0nbsp\u2007", "x".repeat(300)};

    @TempDir
    Path dir;

    private static WorkbookGrid read(Path f, WorkbookLoader.Strategy s) throws RefusedException {
        return WorkbookLoader.load(f, null, s);
    }

    /** Like {@link LoaderEquivalenceTest#assertSameGrid}, but names the first differing cell only. */
    static void same(WorkbookGrid a, WorkbookGrid b) {
        assertThat(a.sheets()).extracting(SheetGrid::name).containsExactlyElementsOf(
                b.sheets().stream().map(SheetGrid::name).toList());
        for (int i = 0; i < a.sheets().size(); i++) {
            SheetGrid sa = a.sheets().get(i);
            SheetGrid sb = b.sheets().get(i);
            assertThat(sa.hidden()).as("hidden %s", sa.name()).isEqualTo(sb.hidden());
            assertThat(sa.tabIndex()).isEqualTo(sb.tabIndex());
            assertThat(sa.storedCells().keySet()).as("rows of %s", sa.name()).isEqualTo(sb.storedCells().keySet());
            for (var row : sa.storedCells().entrySet()) {
                Map<Integer, CellValue> other = sb.storedCells().get(row.getKey());
                assertThat(row.getValue().keySet()).as("columns of %s row %d", sa.name(), row.getKey() + 1)
                        .isEqualTo(other.keySet());
                for (var cell : row.getValue().entrySet()) {
                    assertThat(cell.getValue()).as("%s!%s", sa.name(), A1.address(row.getKey(), cell.getKey()))
                            .isEqualTo(other.get(cell.getKey()));
                }
            }
            assertThat(sa.mergedRegions()).hasSameSizeAs(sb.mergedRegions());
            for (int m = 0; m < sa.mergedRegions().size(); m++) {
                assertThat(sa.mergedRegions().get(m)).containsExactly(sb.mergedRegions().get(m));
            }
        }
    }

    @Test
    void manyGeneratedVariantsGiveTheSameGridAllThreeWays() throws Exception {
        Random rnd = new Random(20261127L);
        int compared = 0;
        for (int n = 0; n < 40; n++) {
            Path f = dir.resolve("variant-" + n + ".xlsx");
            randomWorkbook(rnd, n, f);
            assertThat(LeanLoader.tryLoad(f, f.getFileName().toString())).as("lean path taken, no fallback").isNotNull();
            WorkbookGrid lean = read(f, WorkbookLoader.Strategy.LEAN);
            WorkbookGrid streaming = read(f, WorkbookLoader.Strategy.STREAMING);
            WorkbookGrid model = read(f, WorkbookLoader.Strategy.USERMODEL);
            same(lean, model);
            same(lean, streaming);
            assertThat(lean.fileName()).isEqualTo(model.fileName());
            compared++;
        }
        assertThat(compared).isEqualTo(40);
    }

    /** A workbook of 1–4 sheets with random cells of every kind, formats, merges, hidden sheets. */
    private static void randomWorkbook(Random rnd, int n, Path f) throws Exception {
        boolean streamingWriter = n % 7 == 3; // SXSSF writes inline strings
        XSSFWorkbook base = new XSSFWorkbook();
        if (n % 5 == 1) {
            var ct = base.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        }
        org.apache.poi.ss.usermodel.Workbook wb = streamingWriter ? new SXSSFWorkbook(base, 50, false, false) : base;
        Map<String, CellStyle> styles = new LinkedHashMap<>();
        XSSFFont bold = (XSSFFont) wb.createFont();
        bold.setBold(true);
        var evaluator = streamingWriter ? null : wb.getCreationHelper().createFormulaEvaluator();
        int sheetCount = 1 + rnd.nextInt(4);
        for (int si = 0; si < sheetCount; si++) {
            Sheet s = wb.createSheet(si == 0 ? "Questionnaire" : "Sheet " + si + (rnd.nextBoolean() ? " – ünïcode" : ""));
            int rows = 1 + rnd.nextInt(40);
            for (int r = 0; r < rows; r++) {
                if (rnd.nextInt(8) == 0) continue; // gaps between rows
                Row row = s.createRow(r * (1 + rnd.nextInt(2)));
                int cols = 1 + rnd.nextInt(9);
                for (int c = 0; c < cols; c++) {
                    if (rnd.nextInt(6) == 0) continue;
                    Cell cell = row.createCell(c * (1 + rnd.nextInt(3)));
                    fillCell(rnd, wb, styles, bold, evaluator, cell);
                }
            }
            if (!streamingWriter && rnd.nextBoolean()) {
                int r0 = rnd.nextInt(rows + 1);
                int c0 = rnd.nextInt(5);
                s.addMergedRegion(new CellRangeAddress(r0, r0 + rnd.nextInt(3), c0, c0 + 1 + rnd.nextInt(3)));
            }
            if (si > 0 && rnd.nextInt(3) == 0) {
                wb.setSheetHidden(si, true);
            } else if (si > 0 && rnd.nextInt(5) == 0) {
                wb.setSheetVisibility(si, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            }
        }
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
    }

    private static void fillCell(Random rnd, org.apache.poi.ss.usermodel.Workbook wb, Map<String, CellStyle> styles,
                                 XSSFFont bold, org.apache.poi.ss.usermodel.FormulaEvaluator evaluator, Cell cell) {
        switch (rnd.nextInt(evaluator == null ? 6 : 9)) {
            case 0, 1 -> cell.setCellValue(TEXTS[rnd.nextInt(TEXTS.length)]);
            case 2 -> cell.setCellValue(rnd.nextInt(100_000) / (rnd.nextBoolean() ? 1.0 : 100.0));
            case 3 -> {
                String fmt = FORMATS[rnd.nextInt(FORMATS.length)];
                cell.setCellValue(rnd.nextInt(3) == 0 ? rnd.nextDouble() : 40000 + rnd.nextInt(9000) + rnd.nextInt(24) / 24.0);
                cell.setCellStyle(styles.computeIfAbsent(fmt, k -> {
                    CellStyle st = wb.createCellStyle();
                    st.setDataFormat(wb.createDataFormat().getFormat(k));
                    return st;
                }));
            }
            case 4 -> cell.setCellValue(rnd.nextBoolean());
            case 5 -> cell.setCellErrorValue(FormulaError.values()[rnd.nextInt(7)].getCode());
            case 6 -> {
                cell.setCellFormula(rnd.nextBoolean() ? "1/" + rnd.nextInt(3) : "\"ok \"&" + rnd.nextInt(50));
                evaluator.evaluateFormulaCell(cell);
            }
            case 7 -> {
                XSSFRichTextString rich = new XSSFRichTextString("Bold then plain " + rnd.nextInt(9));
                rich.applyFont(0, 4, bold);
                cell.setCellValue(rich);
            }
            default -> cell.setCellValue(rnd.nextLong() * 1e-3);
        }
    }

    // ---- package-level variants POI does not write ---------------------------------------------

    /** Copies a zip, renaming entries and rewriting their text. */
    private Path rewrite(Path source, String target, UnaryOperator<String> rename,
                         java.util.function.BiFunction<String, String, String> edit) throws Exception {
        Path out = dir.resolve(target);
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String text;
                try (InputStream is = in.getInputStream(e)) {
                    text = new String(is.readAllBytes(), StandardCharsets.UTF_8);
                }
                zos.putNextEntry(new ZipEntry(rename.apply(e.getName())));
                zos.write(edit.apply(e.getName(), text).getBytes(StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        return out;
    }

    private Path standard() throws Exception {
        return Fixtures.standardResponse(dir.resolve("std.xlsx"));
    }

    @Test
    void absoluteAndRenamedPartTargetsAreFollowed() throws Exception {
        Path f = rewrite(standard(), "moved.xlsx", n -> n.replace("xl/worksheets/sheet", "xl/data/tab"), (n, t) -> {
            String moved = t.replace("worksheets/sheet", "data/tab");
            if (n.equals("xl/_rels/workbook.xml.rels")) moved = moved.replace("Target=\"data/", "Target=\"/xl/data/");
            return moved;
        });
        assertThat(LeanLoader.tryLoad(f, "moved.xlsx")).as("lean path taken").isNotNull();
        WorkbookGrid lean = read(f, WorkbookLoader.Strategy.LEAN);
        same(lean, read(f, WorkbookLoader.Strategy.STREAMING));
        same(lean, read(standard(), WorkbookLoader.Strategy.LEAN));
    }

    @Test
    void handWrittenSheetXmlReadsLikePoiStreaming() throws Exception {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>ID</x:t></x:is></x:c><x:c t=\"inlineStr\"><x:is><x:r><x:t>Resp</x:t></x:r>"
                + "<x:r><x:t>onse</x:t></x:r><x:rPh><x:t>phonetic</x:t></x:rPh></x:is></x:c></x:row>"
                + "<x:row r=\"3\"><x:c r=\"A3\" t=\"str\"><x:f>A1</x:f><x:v>ID</x:v></x:c><x:c t=\"b\"><x:v>1</x:v></x:c>"
                + "<x:c r=\"D3\" t=\"d\"><x:v>2027-03-15T12:00:00</x:v></x:c><x:c t=\"e\"><x:v>#N/A</x:v></x:c>"
                + "<x:c r=\"$F$3\"><x:v>1.5E3</x:v></x:c><x:c r=\"G3\" t=\"n\"/></x:row>"
                + "</x:sheetData><x:mergeCells><x:mergeCell ref=\"B5:C6\"/><x:mergeCell ref=\"H1\"/></x:mergeCells></x:worksheet>";
        Path f = rewrite(standard(), "hand.xlsx", n -> n, (n, t) -> n.equals("xl/worksheets/sheet2.xml") ? sheet : t);
        assertThat(LeanLoader.tryLoad(f, "hand.xlsx")).as("lean path taken").isNotNull();
        WorkbookGrid lean = read(f, WorkbookLoader.Strategy.LEAN);
        same(lean, read(f, WorkbookLoader.Strategy.STREAMING));
        SheetGrid s = lean.sheets().get(1);
        assertThat(s.cell(0, 1).text()).isEqualTo("Response");
        assertThat(s.cell(2, 0).text()).isEqualTo("ID");
        assertThat(s.cell(2, 1).kind()).isEqualTo(CellValue.Kind.BOOLEAN);
        assertThat(s.cell(2, 4).kind()).isEqualTo(CellValue.Kind.ERROR);
        assertThat(s.cell(2, 5).number()).isEqualTo(1500.0);
        assertThat(s.mergedRegions()).hasSize(2);
    }

    @Test
    void aFormulaWithoutACachedValueFallsBackToTheEvaluator() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = Books.sheet(wb, "Questionnaire", Books.row("ID", "Response"), Books.row("CS-01", 2));
        s.getRow(1).createCell(2).setCellFormula("B2*21"); // no cached value written
        Path f = Books.save(wb, dir.resolve("uncached.xlsx"));
        assertThat(LeanLoader.tryLoad(f, "uncached.xlsx")).as("the lean path hands over").isNull();
        WorkbookGrid lean = read(f, WorkbookLoader.Strategy.LEAN);
        same(lean, read(f, WorkbookLoader.Strategy.USERMODEL));
        assertThat(lean.sheets().get(0).cell(1, 2).number()).isEqualTo(42.0);
    }

    @Test
    void aDuplicateEntryNameIsRefusedByEveryPath() throws Exception {
        Path std = standard();
        Path f = dir.resolve("dup.xlsx");
        try (ZipFile in = new ZipFile(std.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(f))) {
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] bytes;
                try (InputStream is = in.getInputStream(e)) {
                    bytes = is.readAllBytes();
                }
                zos.putNextEntry(new ZipEntry(e.getName()));
                zos.write(bytes);
                zos.closeEntry();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    // the JDK's writer refuses exact duplicates; a different case is the same part
                    zos.putNextEntry(new ZipEntry("xl/worksheets/SHEET2.xml"));
                    zos.write(bytes);
                    zos.closeEntry();
                }
            }
        }
        for (WorkbookLoader.Strategy s : WorkbookLoader.Strategy.values()) {
            assertThatThrownBy(() -> read(f, s)).as(s.name()).isInstanceOf(RefusedException.class)
                    .hasMessageStartingWith("dup.xlsx ");
        }
        assertThatThrownBy(() -> read(f, WorkbookLoader.Strategy.LEAN))
                .hasMessage("dup.xlsx holds two archive entries named 'xl/worksheets/SHEET2.xml' (a tampered archive), refused");
    }

    @Test
    void moreThanAThousandEntriesAreRefused() throws Exception {
        Path f = rewrite(standard(), "crowded.xlsx", n -> n, (n, t) -> t);
        Path crowded = dir.resolve("crowded2.xlsx");
        try (ZipFile in = new ZipFile(f.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(crowded))) {
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                zos.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream is = in.getInputStream(e)) {
                    is.transferTo(zos);
                }
                zos.closeEntry();
            }
            for (int i = 0; i < 1001; i++) {
                zos.putNextEntry(new ZipEntry("junk/" + i + ".xml"));
                zos.write("<a/>".getBytes(StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        assertThatThrownBy(() -> read(crowded, WorkbookLoader.Strategy.LEAN))
                .hasMessage("crowded2.xlsx holds more than 1000 archive entries (a workbook has a few dozen), refused");
        // a thousand entries or fewer still read
        assertThat(read(f, WorkbookLoader.Strategy.LEAN).sheets()).isNotEmpty();
    }

    @Test
    void aDoctypeInTheSharedStringsIsRefused() throws Exception {
        Path f = rewrite(standard(), "sst.xlsx", n -> n, (n, t) -> n.equals("xl/sharedStrings.xml")
                ? t.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY a \"aaaa\">]>") : t);
        assertThatThrownBy(() -> read(f, WorkbookLoader.Strategy.LEAN))
                .hasMessage("sst.xlsx contains an XML DOCTYPE/entity declaration (possible entity-expansion attack), refused");
    }

    @Test
    void aWordDocumentRenamedIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + LeanLoader.REL_NS + "/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"urn:w\"/>".getBytes(StandardCharsets.UTF_8));
        }
        Path f = Files.write(dir.resolve("letter.xlsx"), bytes.toByteArray());
        assertThatThrownBy(() -> read(f, WorkbookLoader.Strategy.LEAN))
                .hasMessage("letter.xlsx is a zip/Office file but not an Excel workbook (no workbook part)");
    }

    @Test
    void relationshipTargetsResolveAgainstTheSourceFolder() {
        assertThat(LeanLoader.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(LeanLoader.resolve("xl/", "/xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(LeanLoader.resolve("xl/sub/", "../worksheets/./s.xml")).isEqualTo("xl/worksheets/s.xml");
        assertThat(LeanLoader.resolve("", "xl\\workbook.xml")).isEqualTo("xl/workbook.xml");
        assertThat(LeanLoader.resolve("xl/", "../../../etc/passwd")).isEqualTo("etc/passwd");
    }

    /** Keeps the list of variant texts honest: every one is written and read back somewhere. */
    @Test
    void everyTextVariantRoundTrips() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        List<Object[]> rows = new ArrayList<>();
        for (String t : TEXTS) rows.add(Books.row(t));
        Books.sheet(wb, "Texts", rows);
        Path f = Books.save(wb, dir.resolve("texts.xlsx"));
        WorkbookGrid lean = read(f, WorkbookLoader.Strategy.LEAN);
        same(lean, read(f, WorkbookLoader.Strategy.USERMODEL));
        assertThat(lean.sheets().get(0).cell(4, 0).text()).isEqualTo("中文 😀 مرحبا");
    }
}
