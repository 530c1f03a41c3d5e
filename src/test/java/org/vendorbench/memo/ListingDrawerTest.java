package org.vendorbench.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The canvas-drawn listing: every row once and whole, header on every page, inside the margins, tagged as a table. */
class ListingDrawerTest {
    static final List<MemoBlock.Listing.Column> COLS = List.of(new MemoBlock.Listing.Column("ID", 50, false),
            new MemoBlock.Listing.Column("Text", 300, false), new MemoBlock.Listing.Column("Pts", 40, true));

    /** Rows R-0..R-(n-1); every 7th has a long text that wraps to three lines ending in "tail-k". */
    static MemoSpec spec(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = i % 7 == 0 ? ("word ".repeat(45) + "tail-" + i) : "answer " + i;
            rows.add(List.of("R-" + i, text, String.valueOf(i % 6)));
        }
        List<MemoBlock> blocks = List.of(new MemoBlock.Heading(1, "Appendix", true),
                new MemoBlock.Para("Before the listing."),
                new MemoBlock.Listing("Rows", COLS, rows),
                new MemoBlock.Heading(1, "After", true),
                new MemoBlock.Para("After the listing."));
        return new MemoSpec("Listing test", "Org", LocalDate.of(2026, 11, 27), "Tester", false, "Recommend nobody.",
                "Listing test", "cd".repeat(32), Instant.parse("2026-11-27T08:00:00Z"), "en-US", blocks);
    }

    /** The y (from the page top) of each row ID's first glyph, per page. */
    static Map<String, float[]> rowPositions(PDDocument doc) throws IOException {
        Map<String, float[]> at = new HashMap<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (text.startsWith("R-") && !positions.isEmpty()) {
                    String id = text.strip().split("\\s+")[0];
                    float[] old = at.put(id, new float[] {getCurrentPageNo(), positions.get(0).getYDirAdj()});
                    assertThat(old).as("row %s drawn twice", text).isNull();
                }
                super.writeString(text, positions);
            }
        };
        s.getText(doc);
        return at;
    }

    @Test
    void everyRowOnceWholeInsideTheMarginsWithTheHeaderOnEveryPage() throws Exception {
        int n = 400;
        byte[] pdf = new MemoRenderer().render(spec(n), MemoRenderer.Options.DEFAULT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, float[]> at = rowPositions(doc);
            assertThat(at).hasSize(n);
            float pageHeight = doc.getPage(0).getMediaBox().getHeight();
            int firstPage = (int) at.get("R-0")[0];
            int lastPage = (int) at.get("R-" + (n - 1))[0];
            assertThat(lastPage).isGreaterThan(firstPage + 3);
            for (int i = 0; i < n; i++) {
                float[] p = at.get("R-" + i);
                // below the top margin (64 pt) and above the bottom margin (60 pt): clear of header and footer
                assertThat(p[1]).as("R-%d", i).isBetween(64f, pageHeight - 60f);
                if (i > 0) {
                    float[] prev = at.get("R-" + (i - 1));
                    assertThat(p[0] > prev[0] || (p[0] == prev[0] && p[1] > prev[1])).as("R-%d after R-%d", i, i - 1).isTrue();
                }
            }
            for (int page = firstPage; page <= lastPage; page++) {
                String text = page(doc, page);
                assertThat(text).as("page %d", page).contains("ID Text Pts");
            }
            // a wrapped row stays on one page: its tail is on the page of its ID
            for (int i = 0; i < n; i += 7) {
                assertThat(page(doc, (int) at.get("R-" + i)[0])).contains("tail-" + i);
            }
            String next = page(doc, lastPage + 1);
            assertThat(next).startsWith("After").contains("After the listing.");
            assertThat(page(doc, firstPage)).contains("Before the listing.", "Rows");
        }
    }

    @Test
    void aListingStartingNearThePageBottomMovesWithItsHeadingAndStaysInsideTheMargins() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) rows.add(List.of("R-" + i, "answer " + i, "1"));
        // filler paragraphs push the heading to every height of the first page, down to its very bottom
        for (int filler = 30; filler <= 52; filler += 2) {
            List<MemoBlock> blocks = new ArrayList<>();
            blocks.add(new MemoBlock.Heading(1, "Start", true));
            for (int k = 0; k < filler; k++) blocks.add(new MemoBlock.Para("Filler line " + k));
            blocks.add(new MemoBlock.Heading(2, "Part X"));
            blocks.add(new MemoBlock.Listing("Rows", COLS, rows));
            MemoSpec spec = new MemoSpec("Listing test", "Org", LocalDate.of(2026, 11, 27), "Tester", false, "Nobody.",
                    "Listing test", "cd".repeat(32), Instant.parse("2026-11-27T08:00:00Z"), "en-US", blocks);
            try (PDDocument doc = Loader.loadPDF(new MemoRenderer().render(spec, MemoRenderer.Options.DEFAULT))) {
                Map<String, float[]> at = rowPositions(doc);
                assertThat(at).as("filler %d", filler).hasSize(rows.size());
                float pageHeight = doc.getPage(0).getMediaBox().getHeight();
                for (float[] p : at.values()) assertThat(p[1]).as("filler %d", filler).isBetween(64f, pageHeight - 60f);
                int first = (int) at.get("R-0")[0];
                assertThat(page(doc, first)).as("filler %d: heading with its first rows", filler).contains("Part X Rows ID Text Pts");
            }
        }
    }

    static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper t = new PDFTextStripper();
        t.setStartPage(page);
        t.setEndPage(page);
        return t.getText(doc).replaceAll("\\s+", " ").strip();
    }

    @Test
    void taggedAsOneTableWithColumnHeadersBetweenItsNeighbours() throws Exception {
        int n = 150;
        byte[] pdf = new MemoRenderer().render(spec(n), MemoRenderer.Options.DEFAULT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureElement root = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<String> order = new ArrayList<>();
            PDStructureElement table = null;
            for (Object k : root.getKids()) {
                if (k instanceof PDStructureElement e) {
                    order.add(e.getStructureType());
                    if ("Table".equals(e.getStructureType())) table = e;
                }
            }
            // heading, paragraph, caption, the table, the next heading: in reading order
            int t = order.lastIndexOf("Table"); // the cover facts are a table too
            assertThat(t).isGreaterThan(0);
            assertThat(order.subList(t - 3, t)).as("heading, paragraph, caption").containsExactly("H1", "P", "P");
            assertThat(order.subList(t + 1, order.size())).startsWith("H1");
            Map<String, Integer> counts = new HashMap<>();
            count(table, counts);
            assertThat(counts.get("THead")).isEqualTo(1);
            assertThat(counts.get("TBody")).isEqualTo(1);
            assertThat(counts.get("TH")).isEqualTo(COLS.size());
            assertThat(counts.get("TR")).isEqualTo(n + 1);
            assertThat(counts.get("TD")).isEqualTo(n * COLS.size());
            PDStructureElement th = find(table, "TH");
            assertThat(th.getCOSObject().toString()).contains("Scope").contains("Column");
        }
    }

    private static void count(PDStructureNode node, Map<String, Integer> counts) {
        for (Object k : node.getKids()) {
            if (k instanceof PDStructureElement e) {
                counts.merge(e.getStructureType(), 1, Integer::sum);
                count(e, counts);
            }
        }
    }

    private static PDStructureElement find(PDStructureNode node, String type) {
        for (Object k : node.getKids()) {
            if (k instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) return e;
                PDStructureElement inner = find(e, type);
                if (inner != null) return inner;
            }
        }
        return null;
    }

    @Test
    void sameListingGivesIdenticalBytesAndPdfaRenders() throws Exception {
        byte[] a = new MemoRenderer().render(spec(120), MemoRenderer.Options.DEFAULT);
        byte[] b = new MemoRenderer().render(spec(120), MemoRenderer.Options.DEFAULT);
        assertThat(a).isEqualTo(b);
        byte[] pdfa = new MemoRenderer().render(spec(120), new MemoRenderer.Options(true));
        try (PDDocument doc = Loader.loadPDF(pdfa)) {
            assertThat(rowPositions(doc)).hasSize(120);
            assertThat(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.METADATA)).isNotNull();
        }
    }

    @Test
    void wrappedLinesFitTheWidthAndKeepEveryWord() {
        var font = new MemoRenderer().regularFont();
        Random r = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int words = r.nextInt(40);
            for (int w = 0; w < words; w++) {
                if (w > 0) sb.append(r.nextInt(10) == 0 ? "\n" : r.nextInt(10) == 0 ? "\t" : " ");
                int len = 1 + (r.nextInt(12) == 0 ? 60 : r.nextInt(12));
                for (int c = 0; c < len; c++) sb.append((char) ('a' + r.nextInt(26)));
            }
            float width = 30 + r.nextInt(300);
            List<String> lines = ListingDrawer.lines(sb.toString(), font, width);
            for (String line : lines) {
                assertThat(font.getWidth(line, ListingDrawer.FONT_SIZE)).as(line).isLessThanOrEqualTo(width);
                assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
            }
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(sb.toString().replaceAll("\\s+", ""));
        }
        assertThat(ListingDrawer.lines("  ", font, 100)).isEmpty();
    }
}
