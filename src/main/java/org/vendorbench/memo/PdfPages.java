package org.vendorbench.memo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A rendered PDF's pages as images (PDFBox), for the Memo area's preview: open the bytes once, then
 * rasterise page by page so the caller can report progress and stop between pages. Not thread-safe;
 * close it when done.
 */
public final class PdfPages implements AutoCloseable {
    /** Smallest and largest resolution accepted: below is unreadable, above wastes memory. */
    public static final float MIN_DPI = 24, MAX_DPI = 600;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a PDF held in memory. */
    public static PdfPages open(byte[] pdf) throws IOException {
        return new PdfPages(Loader.loadPDF(pdf));
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /**
     * Page {@code index} (0-based) at {@code dpi} dots per inch (clamped to {@link #MIN_DPI}..{@link #MAX_DPI}),
     * RGB: a page of W points is W·dpi/72 pixels wide.
     */
    public BufferedImage render(int index, float dpi) throws IOException {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("page " + (index + 1) + " of " + count());
        }
        float d = Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
        return renderer.renderImageWithDPI(index, d, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
