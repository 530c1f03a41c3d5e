package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;

/** Files that must be refused with a specific one-line reason (workbook-format.md §5). */
class HostileFilesTest {
    @TempDir
    Path dir;

    private Path standard(String name) throws Exception {
        return Fixtures.standardResponse(dir.resolve(name));
    }

    private Path encrypt(Path plain, String name, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            Path out = dir.resolve(name);
            try (OutputStream fos = Files.newOutputStream(out)) {
                fs.writeFilesystem(fos);
            }
            return out;
        }
    }

    @Test
    void encryptedXlsxNeedsItsPassword() throws Exception {
        Path enc = encrypt(standard("plain.xlsx"), "acme.xlsx", "s3cret");
        assertThatThrownBy(() -> WorkbookLoader.load(enc, null)).isInstanceOf(RefusedException.class)
                .hasMessage("acme.xlsx is password protected: give the password (--password)");
        assertThatThrownBy(() -> WorkbookLoader.load(enc, "nope")).hasMessage("acme.xlsx: wrong password");
        WorkbookGrid grid = WorkbookLoader.load(enc, "s3cret");
        assertThat(grid.sheets()).extracting(SheetGrid::name).contains("Questionnaire");
    }

    @Test
    void encryptedXlsNeedsItsPassword() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        Books.sheet(wb, "Cover", Fixtures.cover());
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        Path f;
        try {
            f = Books.save(wb, dir.resolve("old.xls"));
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> WorkbookLoader.load(f, null))
                .hasMessage("old.xls is password protected: give the password (--password)");
        assertThatThrownBy(() -> WorkbookLoader.load(f, "nope")).hasMessage("old.xls: wrong password");
        assertThat(WorkbookLoader.load(f, "s3cret").sheets()).extracting(SheetGrid::name).containsExactly("Cover");
    }

    @Test
    void emptyTruncatedAndRenamedFilesAreRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThatThrownBy(() -> WorkbookLoader.load(empty, null)).hasMessage("empty.xlsx is empty (0 bytes), not a workbook");

        byte[] full = Files.readAllBytes(standard("full.xlsx"));
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(full, full.length / 2));
        assertThatThrownBy(() -> WorkbookLoader.load(truncated, null))
                .hasMessage("truncated.xlsx is truncated or corrupt (not a readable workbook archive)");

        Path text = Files.writeString(dir.resolve("notes.xlsx"), "ID;Response\nCS-01;Yes\n");
        assertThatThrownBy(() -> WorkbookLoader.load(text, null))
                .hasMessage("notes.xlsx is not an Excel workbook (unrecognised content)");

        Path html = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>x</td></tr></table></body></html>");
        assertThatThrownBy(() -> WorkbookLoader.load(html, null))
                .hasMessage("export.xls is a text (XML/HTML) file, not an Excel workbook; save it as .xlsx");

        Path xlsb = Files.write(dir.resolve("binary.xlsb"), full);
        assertThatThrownBy(() -> WorkbookLoader.load(xlsb, null))
                .hasMessage("binary.xlsb: binary .xlsb workbooks are not supported; save as .xlsx");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Path plainZip = Files.write(dir.resolve("archive.xlsx"), zip.toByteArray());
        assertThatThrownBy(() -> WorkbookLoader.load(plainZip, null)).isInstanceOf(RefusedException.class)
                .message().startsWith("archive.xlsx ").doesNotContain("\n");
    }

    /** Copies a workbook, replacing one entry by generated content. */
    private Path replaceEntry(Path source, Path target, String entryName, EntryWriter writer) throws Exception {
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> en = in.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entryName)) {
                    writer.write(out);
                } else {
                    try (InputStream is = in.getInputStream(e)) {
                        is.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    interface EntryWriter {
        void write(OutputStream out) throws Exception;
    }

    private static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    @Test
    @Timeout(60)
    void zipBombsAreRefusedWithoutFillingTheHeap() throws Exception {
        Path bomb = replaceEntry(standard("src.xlsx"), dir.resolve("bomb.xlsx"), "xl/worksheets/sheet2.xml", out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 2_000_000; i++) out.write(chunk); // ~200 MB inflated, ~200 KB deflated
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(bomb)).isLessThan(5_000_000);
        long before = usedHeap();
        for (boolean streaming : new boolean[] {true, false}) {
            assertThatThrownBy(() -> WorkbookLoader.load(bomb, null, streaming))
                    .hasMessageStartingWith("bomb.xlsx looks like a zip bomb");
        }
        assertThat(usedHeap() - before).isLessThan(300L * 1024 * 1024);
    }

    @Test
    @Timeout(120)
    void aPartLargerThanTheEntryLimitIsRefusedEvenWhenItCompressesPoorly() throws Exception {
        Random rnd = new Random(7);
        Path big = replaceEntry(standard("src.xlsx"), dir.resolve("big.xlsx"), "xl/worksheets/sheet2.xml", out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[64 * 1024];
            long written = 0;
            while (written < WorkbookLoader.MAX_ENTRY_BYTES + 1_000_000) {
                out.write("<row><c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < chunk.length; i++) chunk[i] = (byte) ('a' + rnd.nextInt(26));
                out.write(chunk);
                out.write("</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
                written += chunk.length + 50;
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> WorkbookLoader.load(big, null)).hasMessageStartingWith("big.xlsx looks like a zip bomb");
    }

    @Test
    @Timeout(30)
    void xmlEntityExpansionIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>" + dtd + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
        Path laughs = replaceEntry(standard("src.xlsx"), dir.resolve("laughs.xlsx"), "xl/worksheets/sheet1.xml",
                out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
        for (boolean streaming : new boolean[] {true, false}) {
            assertThatThrownBy(() -> WorkbookLoader.load(laughs, null, streaming))
                    .hasMessage("laughs.xlsx contains an XML DOCTYPE/entity declaration (possible entity-expansion attack), refused");
        }
    }

    @Test
    @Timeout(120)
    void millionsOfTinyCellsUnderTheZipLimitsAreRefused() throws Exception {
        Random rnd = new Random(3);
        Path many = replaceEntry(standard("src.xlsx"), dir.resolve("many.xlsx"), "xl/worksheets/sheet2.xml", out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < 11_000; r++) {
                sb.setLength(0);
                sb.append("<row>");
                for (int c = 0; c < 100; c++) sb.append("<c><v>").append(rnd.nextInt(100_000)).append("</v></c>");
                sb.append("</row>");
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        long before = usedHeap();
        assertThatThrownBy(() -> WorkbookLoader.load(many, null, true))
                .hasMessage("many.xlsx holds more than 1000000 cells (a response workbook has a few thousand), refused");
        assertThat(usedHeap() - before).isLessThan(300L * 1024 * 1024);
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
