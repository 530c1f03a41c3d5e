package org.vendorbench.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoRendererTest {
    @TempDir Path dir;

    static MemoSpec spec(int rows) {
        List<MemoBlock> blocks = new ArrayList<>();
        blocks.add(new MemoBlock.Heading(1, "Executive summary", true));
        blocks.add(new MemoBlock.Para("Recommend Balanced Care for a 36-month contract.", true));
        blocks.add(new MemoBlock.Bullets(List.of("Quality 81.3", "TCO 4,663,060 USD")));
        blocks.add(new MemoBlock.KeyValues(List.<String[]>of(new String[] {"Combined score", "86.88"})));
        blocks.add(new MemoBlock.Chart(new ChartSpec(ChartSpec.Kind.BAR, "Combined score", "Vendor", "Score",
                List.of("Alpha", "Beta"), List.of(new ChartSpec.Series("Combined", new double[] {86.9, 71.2})),
                "Bar chart: Alpha 86.9, Beta 71.2"), 180));
        blocks.add(new MemoBlock.Heading(1, "Appendix", true));
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) body.add(List.of("Q-" + i, "Answer number " + i, String.valueOf(i % 6)));
        blocks.add(new MemoBlock.Table("Answers", List.of("ID", "Answer", "Points"), new float[] {15, 70, 15},
                new boolean[] {false, false, true}, body));
        return new MemoSpec("Medical call-center RFP", "Riverside Health", LocalDate.of(2026, 11, 26), "Pat Lead",
                false, "Recommend Balanced Care: best combined score.", "MCC-2027-01 · decision memo",
                "ab".repeat(32), Instant.parse("2026-11-26T10:00:00Z"), "en-US", blocks);
    }

    @Test
    void rendersTaggedPdfWithEmbeddedFontsTextAndNoScripts() throws Exception {
        Path out = dir.resolve("memo.pdf");
        new MemoRenderer().render(spec(200), MemoRenderer.Options.DEFAULT, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Recommend Balanced Care", "Executive summary", "Q-199", "Page 1 of ");
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Executive summary");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }
        }
        String raw = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("/JavaScript", "/JS", "/Launch", "/URI", "/OpenAction", "/AA");
    }

    @Test
    void sameInputGivesIdenticalBytes() {
        byte[] a = new MemoRenderer().render(spec(50), MemoRenderer.Options.DEFAULT);
        byte[] b = new MemoRenderer().render(spec(50), MemoRenderer.Options.DEFAULT);
        // a third document in the same JVM: iText's internal document counter differs each time
        byte[] c = new MemoRenderer().render(spec(50), MemoRenderer.Options.DEFAULT);
        assertThat(java.util.Arrays.equals(a, c)).as("three renderings are byte-identical").isTrue();
        assertThat(java.util.Arrays.equals(a, b)).as("two renderings are byte-identical").isTrue();
    }

    @Test
    void pdfaVariantRenders() throws Exception {
        byte[] a = new MemoRenderer().render(spec(10), new MemoRenderer.Options(true));
        try (PDDocument doc = Loader.loadPDF(a)) {
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("pdfaid:part");
        }
    }
}
