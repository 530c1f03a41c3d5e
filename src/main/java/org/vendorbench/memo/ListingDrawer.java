package org.vendorbench.memo;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.AreaBreakType;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link MemoBlock.Listing} straight on the page canvas, with its own tags (Table, THead,
 * TBody, TR, TH with Scope Column, TD; header repeats on later pages as an artifact; row rules and
 * fills are artifacts), and reserves the space in the document's flow with an empty block per page.
 *
 * <p>Why: iText's layout measures, lays out, draws and tags every cell through a tree of renderers
 * and tag hints; for the 8,000 answers of a 20 x 400 memo that alone took several seconds. A listing
 * has plain text in fixed columns, so wrapping it by word widths and writing it directly costs a
 * small fraction, keeps the same accessible structure and still lets the document's flow (headings,
 * page furniture, bookmarks) carry on around it.
 */
final class ListingDrawer {
    static final float FONT_SIZE = 7f;
    private static final float LEADING = FONT_SIZE * 1.2f;
    private static final float PAD_X = 2f;
    private static final float PAD_Y = 1.6f;
    /** Baseline of the first line below the cell's top padding (DejaVu's ascent is about 0.93 em). */
    private static final float ASCENT = FONT_SIZE * 0.93f;
    private static final float DESCENT = FONT_SIZE * 0.24f;
    private static final DeviceRgb RULE = new DeviceRgb(0xC8, 0xCF, 0xD8);

    private final PdfDocument pdf;
    private final Document doc;
    private final PdfFont regular;
    private final PdfFont bold;
    private final Color headerFill;

    ListingDrawer(PdfDocument pdf, Document doc, PdfFont regular, PdfFont bold, Color headerFill) {
        this.pdf = pdf;
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.headerFill = headerFill;
    }

    /** A row wrapped to its columns: the lines of each cell and the row's height. */
    private record Row(List<List<String>> cells, float height) {}

    /** Lays the listing out from the current position, page by page; the flow continues below it. */
    void draw(MemoBlock.Listing listing) {
        List<MemoBlock.Listing.Column> cols = listing.columns();
        Row header = wrap(cols.stream().map(MemoBlock.Listing.Column::header).toList(), cols, bold);
        List<Row> rows = new ArrayList<>(listing.rows().size());
        for (List<String> r : listing.rows()) rows.add(wrap(r, cols, regular));
        boolean tagged = pdf.isTagged();
        TagTreePointer table = null;
        TagTreePointer body = null;
        int next = 0;
        boolean firstPage = true;
        while (firstPage || next < rows.size()) {
            // The first block (header and a few rows) goes in with whatever waits to be kept with it
            // (heading, caption): if they do not fit, the flow moves them all to the next page together.
            int end = Math.min(rows.size(), next + KEEP_ROWS);
            float first = header.height();
            for (int i = next; i < end; i++) first += rows.get(i).height();
            reserve(first);
            LayoutArea area = doc.getRenderer().getCurrentArea();
            float top = area.getBBox().getTop() + first;
            float rest = 0;
            float avail = area.getBBox().getHeight();
            while (end < rows.size() && rest + rows.get(end).height() <= avail) rest += rows.get(end++).height();
            if (rest > 0) reserve(rest);
            PdfPage page = pdf.getPage(area.getPageNumber());
            PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            TagTreePointer headTag = null;
            if (tagged) {
                // created only now: the heading and caption kept with the first block are tagged while it is
                // reserved, and the table must follow them in the structure tree
                if (firstPage) table = new TagTreePointer(pdf).addTag(StandardRoles.TABLE);
                table.setPageForTagging(page);
                if (firstPage) {
                    headTag = new TagTreePointer(table).addTag(StandardRoles.THEAD);
                    body = new TagTreePointer(table).addTag(StandardRoles.TBODY);
                }
                body.setPageForTagging(page);
            }
            float left = area.getBBox().getLeft();
            top = drawRow(canvas, header, cols, left, top, true, headTag);
            for (int i = next; i < end; i++) top = drawRow(canvas, rows.get(i), cols, left, top, false, body);
            canvas.release();
            next = end;
            firstPage = false;
            if (next < rows.size()) doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        }
    }

    /** Rows kept on the page of the header (and of a heading or caption before the listing). */
    private static final int KEEP_ROWS = 3;

    /** Takes {@code height} points of the document's flow with an empty artifact block. */
    private void reserve(float height) {
        Div space = new Div().setHeight(height).setMargin(0).setPadding(0);
        space.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        doc.add(space);
    }

    /**
     * Draws one row with its top at {@code top}; returns the row's bottom. {@code parent} is the tag to
     * add a TR under, or null for an untagged document or a repeated header (drawn as an artifact).
     */
    private float drawRow(PdfCanvas canvas, Row row, List<MemoBlock.Listing.Column> cols, float left, float top,
                          boolean header, TagTreePointer parent) {
        boolean tagged = pdf.isTagged();
        float width = 0;
        for (MemoBlock.Listing.Column c : cols) width += c.widthPt();
        float bottom = top - row.height();
        if (tagged) canvas.openTag(new CanvasArtifact());
        canvas.saveState();
        if (header) {
            canvas.setFillColor(headerFill).rectangle(left, bottom, width, row.height()).fill();
        }
        canvas.setStrokeColor(RULE).setLineWidth(0.4f).moveTo(left, bottom).lineTo(left + width, bottom).stroke();
        canvas.restoreState();
        if (tagged) canvas.closeTag();
        boolean artifact = tagged && parent == null;
        TagTreePointer tr = tagged && parent != null ? new TagTreePointer(parent).addTag(StandardRoles.TR) : null;
        if (artifact) canvas.openTag(new CanvasArtifact());
        PdfFont font = header ? bold : regular;
        float x = left;
        for (int i = 0; i < cols.size(); i++) {
            MemoBlock.Listing.Column col = cols.get(i);
            List<String> lines = row.cells().get(i);
            if (tr != null) {
                tr.addTag(header ? StandardRoles.TH : StandardRoles.TD);
                if (header) tr.getProperties().addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
            }
            if (!lines.isEmpty()) {
                if (tr != null) canvas.openTag(tr.getTagReference());
                canvas.beginText().setFontAndSize(font, FONT_SIZE);
                float prevX = 0;
                float prevY = 0;
                for (int k = 0; k < lines.size(); k++) {
                    String line = lines.get(k);
                    float lx = col.numeric() ? x + col.widthPt() - PAD_X - font.getWidth(line, FONT_SIZE) : x + PAD_X;
                    float ly = top - PAD_Y - ASCENT - k * LEADING;
                    canvas.moveText(lx - prevX, ly - prevY).showText(line);
                    prevX = lx;
                    prevY = ly;
                }
                canvas.endText();
                if (tr != null) canvas.closeTag();
            }
            if (tr != null) tr.moveToParent();
            x += col.widthPt();
        }
        if (artifact) canvas.closeTag();
        return bottom;
    }

    private Row wrap(List<String> cells, List<MemoBlock.Listing.Column> cols, PdfFont font) {
        List<List<String>> out = new ArrayList<>(cells.size());
        int maxLines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = lines(cells.get(i), font, cols.get(i).widthPt() - 2 * PAD_X);
            out.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        return new Row(out, 2 * PAD_Y + ASCENT + DESCENT + (maxLines - 1) * LEADING);
    }

    /** Greedy word wrap by glyph widths; a word wider than the column is cut between characters. */
    static List<String> lines(String text, PdfFont font, float width) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        float space = font.getWidth(" ", FONT_SIZE);
        for (String para : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : clean(para).split(" ")) {
                if (word.isEmpty()) continue;
                float w = font.getWidth(word, FONT_SIZE);
                if (line.length() > 0 && lineWidth + space + w <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (w > width && word.length() > 1) {
                    int cut = fitting(word, font, width);
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w = font.getWidth(word, FONT_SIZE);
                }
                line.append(word);
                lineWidth = w;
            }
            if (line.length() > 0) out.add(line.toString());
        }
        return out;
    }

    /** The number of leading characters of {@code word} that fit (at least one, never inside a surrogate pair). */
    private static int fitting(String word, PdfFont font, float width) {
        int cut = 1;
        while (cut < word.length()) {
            int nextCut = word.offsetByCodePoints(cut, 1);
            if (font.getWidth(word.substring(0, nextCut), FONT_SIZE) > width) break;
            cut = nextCut;
        }
        if (Character.isHighSurrogate(word.charAt(cut - 1)) && cut < word.length()) cut++;
        return cut;
    }

    /** Tabs and other control characters become spaces: they have no glyph. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        return sb.toString();
    }
}
