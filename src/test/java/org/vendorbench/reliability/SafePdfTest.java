package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.vendorbench.memo.MemoBlock;
import org.vendorbench.memo.MemoRenderer;
import org.vendorbench.memo.MemoSpec;

/** PDFs carry no JavaScript, actions, launch or URI links, even when vendor text looks like one (issue 10). */
class SafePdfTest {
    @Test
    void hostileTextDoesNotBecomeAnActionOrLink() throws Exception {
        List<MemoBlock> blocks = List.of(new MemoBlock.Heading(1, "javascript:app.alert(1)", true),
                new MemoBlock.Para("http://evil.test/x =cmd|' /c calc'!A1 file:///etc/passwd", true),
                new MemoBlock.Bullets(List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)")));
        MemoSpec spec = new MemoSpec("RFP", "Org", LocalDate.of(2026, 11, 26), "Pat", false, "javascript:void(0)",
                "footer", "ab".repeat(32), Instant.parse("2026-11-26T10:00:00Z"), "en-US", blocks);
        byte[] pdf = new MemoRenderer().render(spec, MemoRenderer.Options.DEFAULT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog().getCOSObject();
            assertThat(catalog.containsKey(COSName.OPEN_ACTION)).isFalse();
            assertThat(catalog.containsKey(COSName.AA)).isFalse();
            var names = doc.getDocumentCatalog().getNames();
            assertThat(names == null || names.getJavaScript() == null).isTrue();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
                assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            }
            assertThat(doc.getDocumentCatalog().getAcroForm()).isNull();
        }
    }
}
