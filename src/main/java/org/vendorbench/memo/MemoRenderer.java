package org.vendorbench.memo;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.AccessibilityProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfua.PdfUAConfig;
import com.itextpdf.pdfua.PdfUADocument;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vendorbench.io.AtomicFiles;

/**
 * Renders a {@link MemoSpec} to PDF with iText's layout API: tagged PDF/UA-1 (or PDF/A-2A on
 * request), embedded subset DejaVu fonts, vector charts, bookmarks, running header, page numbers,
 * table headers repeated across pages, rows kept whole. No JavaScript, no actions, no links.
 *
 * <p>Output is deterministic: the dates come from the spec, the document ID is derived from the
 * content, and the random font-subset tags iText draws are replaced by tags derived from their
 * order of appearance (same length, so no offset changes).
 */
public final class MemoRenderer {
    private static final String FONT_DIR = "/org/vendorbench/memo/fonts/";
    private static final DeviceRgb ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
    private static final DeviceRgb HEADER_FILL = new DeviceRgb(0xE8, 0xEE, 0xF4);
    private static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x55, 0x55);
    private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+");

    /** Rendering options. */
    public record Options(boolean pdfa) {
        public static final Options DEFAULT = new Options(false);
    }

    private final byte[] regularFont;
    private final byte[] boldFont;

    public MemoRenderer() {
        this.regularFont = resource("DejaVuSans.ttf");
        this.boldFont = resource("DejaVuSans-Bold.ttf");
    }

    /** Renders and writes atomically (the old file or the complete new one, never half). */
    public void render(MemoSpec spec, Options options, Path out) throws IOException {
        byte[] pdf = render(spec, options);
        AtomicFiles.write(out, pdf);
    }

    /** Renders to bytes. */
    public byte[] render(MemoSpec spec, Options options) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(256 * 1024);
        PdfString id = new PdfString(documentId(spec)).setHexWriting(true);
        WriterProperties wp = new WriterProperties()
                .setPdfVersion(PdfVersion.PDF_1_7)
                .setInitialDocumentId(id)
                .setModifiedDocumentId(id);
        PdfWriter writer = new PdfWriter(bos, wp);
        PdfDocument pdf = options.pdfa() ? openPdfA(writer, spec) : new OrderedUADocument(writer,
                new PdfUAConfig(PdfUAConformance.PDF_UA_1, spec.title(), spec.language()));
        fixMetadata(pdf, spec);
        PdfFont regular = font(regularFont);
        PdfFont bold = font(boldFont);
        // Header and footer are drawn as each page ends, so pages are flushed as soon as they are full:
        // laying out with immediateFlush = false and drawing "Page i of n" afterwards kept every page and
        // its tag hints open, which made a 600-page memo four times slower.
        PageFurniture furniture = new PageFurniture(spec, regular);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, furniture);
        try (Document doc = new Document(pdf, PageSize.A4, true)) {
            doc.setMargins(64, 54, 60, 54);
            doc.setFont(regular).setFontSize(9.5f);
            Context ctx = new Context(pdf, doc, regular, bold, svgProperties(regular, bold));
            cover(ctx, spec);
            for (MemoBlock block : spec.blocks()) {
                add(ctx, block);
            }
            furniture.writeTotal(pdf);
        }
        return fixSubsetTags(bos.toByteArray());
    }

    /** A fresh instance of the body font, for measuring text outside a render. */
    PdfFont regularFont() {
        return font(regularFont);
    }

    private record Context(PdfDocument pdf, Document doc, PdfFont regular, PdfFont bold, SvgConverterProperties svg) {}

    private PdfDocument openPdfA(PdfWriter writer, MemoSpec spec) {
        byte[] icc = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(icc));
        PdfADocument pdf = new OrderedADocument(writer, PdfAConformance.PDF_A_2A, intent);
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(spec.language()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        return pdf;
    }

    private static void fixMetadata(PdfDocument pdf, MemoSpec spec) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(spec.title());
        info.setAuthor(spec.preparedBy());
        info.setSubject("Vendor selection decision memo");
        info.setCreator("Vendorbench");
        String date = "D:" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(spec.createdAt().atOffset(ZoneOffset.UTC)) + "Z";
        info.setMoreInfo("CreationDate", date);
        info.setMoreInfo("ModDate", date);
    }

    private PdfFont font(byte[] bytes) {
        try {
            return PdfFontFactory.createFont(bytes, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SvgConverterProperties svgProperties(PdfFont regular, PdfFont bold) {
        SvgConverterProperties p = new SvgConverterProperties();
        p.setFontProvider(new SharedFontProvider(regularFont, boldFont, regular, bold));
        return p;
    }

    /**
     * Gives chart text the document's own two embedded fonts (so the PDF holds one subset of each,
     * and never a non-embedded standard font, which PDF/UA forbids).
     */
    /**
     * iText flushes fonts at close in the iteration order of a hash map whose keys hash with a
     * per-JVM document counter, so the font objects' numbering changes from run to run. These
     * subclasses hand the fonts over in object-number order instead.
     */
    private static java.util.Collection<PdfFont> ordered(java.util.Collection<PdfFont> fonts) {
        java.util.List<PdfFont> list = new java.util.ArrayList<>(fonts);
        list.sort(java.util.Comparator.comparingInt(f -> f.getPdfObject().getIndirectReference() == null
                ? Integer.MAX_VALUE : f.getPdfObject().getIndirectReference().getObjNumber()));
        return list;
    }

    private static final class OrderedUADocument extends PdfUADocument {
        OrderedUADocument(PdfWriter writer, PdfUAConfig config) {
            super(writer, config);
        }

        @Override
        protected java.util.Collection<PdfFont> getDocumentFonts() {
            return ordered(super.getDocumentFonts());
        }
    }

    private static final class OrderedADocument extends PdfADocument {
        OrderedADocument(PdfWriter writer, PdfAConformance conformance, PdfOutputIntent intent) {
            super(writer, conformance, intent);
        }

        @Override
        protected java.util.Collection<PdfFont> getDocumentFonts() {
            return ordered(super.getDocumentFonts());
        }
    }

    private static final class SharedFontProvider extends FontProvider {
        private final PdfFont regular;
        private final PdfFont bold;

        SharedFontProvider(byte[] regularBytes, byte[] boldBytes, PdfFont regular, PdfFont bold) {
            super("DejaVu Sans");
            addFont(regularBytes, PdfEncodings.IDENTITY_H);
            addFont(boldBytes, PdfEncodings.IDENTITY_H);
            this.regular = regular;
            this.bold = bold;
        }

        @Override
        public PdfFont getPdfFont(com.itextpdf.layout.font.FontInfo info, com.itextpdf.layout.font.FontSet extra) {
            return info.getDescriptor().isBold() ? bold : regular;
        }
    }

    private void cover(Context ctx, MemoSpec spec) {
        Document doc = ctx.doc();
        doc.add(new Paragraph(spec.finalStatus() ? "FINAL" : "DRAFT").setFont(ctx.bold()).setFontSize(10)
                .setFontColor(spec.finalStatus() ? ACCENT : new DeviceRgb(0xB0, 0x30, 0x30)).setMarginTop(80));
        Paragraph title = new Paragraph(spec.title()).setFont(ctx.bold()).setFontSize(24).setFontColor(ACCENT)
                .setMarginTop(6);
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        doc.add(title);
        doc.add(new Paragraph("Decision memo").setFontSize(14).setFontColor(MUTED));
        Table facts = new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth().setMarginTop(24);
        headerRow(ctx, facts, new String[] {"Fact", "Value"}, new boolean[] {false, false});
        String[][] rows = {
            {"Organisation", nz(spec.organization())},
            {"Date", spec.date() == null ? "" : spec.date().toString()},
            {"Prepared by", nz(spec.preparedBy())},
            {"Status", spec.finalStatus() ? "Final" : "Draft"},
        };
        for (String[] r : rows) {
            facts.addCell(cell(ctx, r[0], false).setFont(ctx.bold()));
            facts.addCell(cell(ctx, r[1], false));
        }
        doc.add(facts);
        Paragraph rec = new Paragraph(spec.recommendation()).setFont(ctx.bold()).setFontSize(13).setMarginTop(30)
                .setFontColor(ACCENT);
        doc.add(rec);
        doc.add(new Paragraph("Data fingerprint (SHA-256 of the data this memo was made from; see the appendix): "
                + nz(spec.fingerprint())).setFontSize(7.5f).setFontColor(MUTED).setMarginTop(40));
    }

    private int headingCount;

    private void add(Context ctx, MemoBlock block) {
        Document doc = ctx.doc();
        if (block instanceof MemoBlock.Heading h) {
                if (h.newPage()) doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                float size = h.level() == 1 ? 16 : h.level() == 2 ? 13 : 11;
                Paragraph p = new Paragraph(h.text()).setFont(ctx.bold()).setFontSize(size).setFontColor(ACCENT)
                        .setMarginTop(h.level() == 1 ? 4 : 10).setMarginBottom(4).setKeepWithNext(true);
                p.getAccessibilityProperties().setRole(h.level() == 1 ? StandardRoles.H1
                        : h.level() == 2 ? StandardRoles.H2 : StandardRoles.H3);
                if (h.level() <= 2) {
                    String dest = "sec-" + (++headingCount);
                    p.setDestination(dest);
                    PdfOutline root = ctx.pdf().getOutlines(false);
                    PdfOutline parent = h.level() == 1 || root.getAllChildren().isEmpty() ? root
                            : root.getAllChildren().get(root.getAllChildren().size() - 1);
                    parent.addOutline(h.text()).addDestination(PdfDestination.makeDestination(new PdfString(dest)));
                }
                doc.add(p);
        } else if (block instanceof MemoBlock.Para p) {
                Paragraph para = new Paragraph(p.text()).setMarginBottom(4);
                if (p.emphasis()) para.setFont(ctx.bold());
                doc.add(para);
        } else if (block instanceof MemoBlock.Bullets b) {
                com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List().setSymbolIndent(8)
                        .setListSymbol("\u2022");
                for (String item : b.items()) {
                    list.add(new ListItem(item));
                }
                doc.add(list.setMarginBottom(4));
        } else if (block instanceof MemoBlock.KeyValues kv) {
                Table t = new Table(UnitValue.createPercentArray(new float[] {45, 55})).useAllAvailableWidth()
                        .setMarginBottom(6);
                headerRow(ctx, t, new String[] {"Figure", "Value"}, new boolean[] {false, false});
                for (String[] pair : kv.pairs()) {
                    t.addCell(cell(ctx, pair[0], false));
                    t.addCell(cell(ctx, pair.length > 1 ? pair[1] : "", false));
                }
                doc.add(t);
        } else if (block instanceof MemoBlock.Table tb) {
            if (tb.rows().size() > LARGE_TABLE_ROWS) largeTable(ctx, tb);
            else doc.add(table(ctx, tb));
        } else if (block instanceof MemoBlock.Listing l) {
            listing(ctx, l);
        } else if (block instanceof MemoBlock.Chart c) {
            doc.add(chart(ctx, c));
        } else if (block instanceof MemoBlock.PageBreak) {
            doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        }
    }

    /** Tables longer than this are laid out as consecutive parts of this many rows. */
    static final int LARGE_TABLE_ROWS = 40;

    /**
     * A long table (an appendix part of 400 answers) as consecutive tables of
     * {@link #LARGE_TABLE_ROWS} rows. iText keeps every cell's tag hint of a table open until the
     * table ends and walks them at each page break, so one 400-row table costs pages x cells and
     * 20 x 400 answers took minutes; parts keep that linear. Parts after the first skip their
     * header where they start (it repeats on each further page) and sit flush on the part before,
     * so the result reads as one table.
     */
    private void largeTable(Context ctx, MemoBlock.Table tb) {
        java.util.List<java.util.List<String>> rows = tb.rows();
        for (int from = 0; from < rows.size(); from += LARGE_TABLE_ROWS) {
            int to = Math.min(rows.size(), from + LARGE_TABLE_ROWS);
            MemoBlock.Table part = new MemoBlock.Table(from == 0 ? tb.caption() : null, tb.headers(), tb.widths(), tb.numeric(),
                    rows.subList(from, to));
            Table t = table(ctx, part);
            if (from > 0) t.setSkipFirstHeader(true).setMarginTop(0);
            if (to < rows.size()) t.setMarginBottom(0);
            ctx.doc().add(t);
        }
    }

    /** A dense listing: its caption through the flow, its rows drawn by {@link ListingDrawer}. */
    private void listing(Context ctx, MemoBlock.Listing l) {
        if (l.caption() != null && !l.caption().isBlank()) {
            ctx.doc().add(new Paragraph(l.caption()).setFont(ctx.bold()).setFontSize(9).setMarginBottom(2)
                    .setKeepWithNext(true));
        }
        new ListingDrawer(ctx.pdf(), ctx.doc(), ctx.regular(), ctx.bold(), HEADER_FILL).draw(l);
    }

    private Table table(Context ctx, MemoBlock.Table tb) {
        Table t = newTable(ctx, tb);
        for (java.util.List<String> row : tb.rows()) {
            for (int i = 0; i < row.size(); i++) {
                t.addCell(cell(ctx, row.get(i), tb.numeric()[i]));
            }
        }
        return t;
    }

    private Table newTable(Context ctx, MemoBlock.Table tb) {
        Table t = new Table(UnitValue.createPercentArray(tb.widths())).useAllAvailableWidth().setMarginBottom(8);
        t.setFontSize(tb.headers().size() > 6 ? 7.5f : 8.5f);
        if (tb.caption() != null && !tb.caption().isBlank()) {
            Paragraph cap = new Paragraph(tb.caption()).setFont(ctx.bold()).setFontSize(9);
            t.setCaption(new Div().add(cap));
        }
        headerRow(ctx, t, tb.headers().toArray(String[]::new), tb.numeric());
        return t;
    }

    private static void headerRow(Context ctx, Table t, String[] headers, boolean[] numeric) {
        for (int i = 0; i < headers.length; i++) {
            Cell c = new Cell().add(new Paragraph(headers[i]).setFont(ctx.bold()))
                    .setBackgroundColor(HEADER_FILL).setKeepTogether(true);
            if (numeric[i]) c.setTextAlignment(TextAlignment.RIGHT);
            AccessibilityProperties ap = c.getAccessibilityProperties();
            ap.addAttributes(new com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes("Table")
                    .addEnumAttribute("Scope", "Column"));
            t.addHeaderCell(c);
        }
    }

    private static Cell cell(Context ctx, String text, boolean numeric) {
        Cell c = new Cell().add(new Paragraph(nz(text))).setKeepTogether(true).setPadding(2.5f);
        if (numeric) c.setTextAlignment(TextAlignment.RIGHT);
        return c;
    }

    private Image chart(Context ctx, MemoBlock.Chart c) {
        float width = ctx.doc().getPdfDocument().getDefaultPageSize().getWidth() - ctx.doc().getLeftMargin()
                - ctx.doc().getRightMargin();
        String svg = SvgCharts.toSvg(c.spec(), Math.round(width), Math.round(c.heightPt()));
        PdfFormXObject xo;
        try {
            xo = SvgConverter.convertToXObject(
                    new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), ctx.pdf(), ctx.svg());
        } catch (IOException e) {
            throw new UncheckedIOException("chart '" + c.spec().title() + "' could not be drawn", e);
        }
        Image img = new Image(xo).setWidth(UnitValue.createPercentValue(100)).setMarginBottom(8);
        img.getAccessibilityProperties().setAlternateDescription(c.spec().altText());
        return img;
    }

    /**
     * The running header (from page 2) and the footer "data <fingerprint>…  Page i of n" of every page,
     * drawn as an artifact when the page ends. The total n is not known then: the footer shows a form
     * XObject that {@link #writeTotal} fills once the last page is laid out (iText's "page X of Y").
     */
    private static final class PageFurniture extends AbstractPdfDocumentEventHandler {
        private static final float SIZE = 7.5f;
        private final MemoSpec spec;
        private final PdfFont font;
        private final float totalWidth;
        private final PdfFormXObject total;

        PageFurniture(MemoSpec spec, PdfFont font) {
            this.spec = spec;
            this.font = font;
            this.totalWidth = font.getWidth(" 99999", SIZE);
            this.total = new PdfFormXObject(new com.itextpdf.kernel.geom.Rectangle(0, 0, totalWidth, SIZE + 6));
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfDocumentEvent e = (PdfDocumentEvent) event;
            PdfPage page = e.getPage();
            PdfDocument pdf = e.getDocument();
            int i = pdf.getPageNumber(page);
            com.itextpdf.kernel.geom.Rectangle box = page.getPageSize();
            PdfCanvas pc = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            pc.openTag(new CanvasArtifact());
            try (Canvas canvas = new Canvas(pc, box)) {
                canvas.setFont(font).setFontSize(SIZE).setFontColor(MUTED);
                if (i > 1) {
                    canvas.showTextAligned(new Paragraph(nz(spec.runningHeader())), 54, box.getTop() - 36,
                            TextAlignment.LEFT, VerticalAlignment.BOTTOM);
                }
                String fp = spec.fingerprint() == null ? ""
                        : "data " + spec.fingerprint().substring(0, Math.min(16, spec.fingerprint().length())) + "…  ";
                float x = box.getRight() - 54 - totalWidth;
                canvas.showTextAligned(new Paragraph(fp + "Page " + i + " of "), x, 30, TextAlignment.RIGHT,
                        VerticalAlignment.BOTTOM);
            }
            pc.addXObjectAt(total, box.getRight() - 54 - totalWidth + font.getWidth(" ", SIZE), 30);
            pc.closeTag();
            pc.release();
        }

        /** Writes the page count into the footers' placeholder; call after the last page is laid out. */
        void writeTotal(PdfDocument pdf) {
            try (Canvas canvas = new Canvas(total, pdf)) {
                canvas.setFont(font).setFontSize(SIZE).setFontColor(MUTED);
                canvas.showTextAligned(new Paragraph(Integer.toString(pdf.getNumberOfPages())), 0, 0,
                        TextAlignment.LEFT, VerticalAlignment.BOTTOM);
            }
        }
    }

    private static byte[] documentId(MemoSpec spec) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(nz(spec.title()).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(nz(spec.fingerprint()).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(spec.createdAt().toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces iText's random six-letter font-subset tags with tags derived from their order of
     * first appearance. The tags sit in uncompressed font dictionaries and have a fixed length, so
     * byte offsets (and the cross-reference table) stay valid.
     */
    static byte[] fixSubsetTags(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = SUBSET_TAG.matcher(s);
        Map<String, String> map = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String tag = map.computeIfAbsent(m.group(1), k -> deterministicTag(map.size()));
            m.appendReplacement(out, "/" + tag + "+");
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String deterministicTag(int index) {
        char[] c = "VBAAAA".toCharArray();
        int i = index;
        for (int pos = 5; pos >= 2 && i > 0; pos--) {
            c[pos] = (char) ('A' + i % 26);
            i /= 26;
        }
        return new String(c);
    }

    private static byte[] resource(String name) {
        try (InputStream in = MemoRenderer.class.getResourceAsStream(FONT_DIR + name)) {
            if (in == null) throw new IllegalStateException("font missing from the application: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
