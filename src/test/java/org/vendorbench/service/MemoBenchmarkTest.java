package org.vendorbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/** Many vendors: the summary still fits page 2 and the appendix has one bookmarked part per vendor. */
class MemoBenchmarkTest {
    @Test
    void twentyVendorsKeepTheSummaryOnOnePageAndSplitTheAppendixPerVendor() throws Exception {
        Path samples = Path.of("sample-rfps");
        Rfp rfp = RfpReader.read(samples.resolve("mcc-rfp.xlsx"));
        List<VendorResponse> rs = new ArrayList<>();
        try (var files = Files.list(samples)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("vendor-")).sorted().toList()) {
                rs.add(ResponseReader.read(p, rfp, null));
            }
        }
        MemoBenchmark.Result r = MemoBenchmark.run(MemoBenchmark.request(rfp, rs, 20, 60, 0), 0, 1);
        assertThat(r.vendors()).isEqualTo(20);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            assertThat(r.pages()).isEqualTo(doc.getNumberOfPages());
            PDFTextStripper t = new PDFTextStripper();
            t.setStartPage(2);
            t.setEndPage(2);
            assertThat(t.getText(doc)).startsWith("Executive summary").contains("Disqualified vendors", "Key risks", "Data: ");
            t.setStartPage(3);
            t.setEndPage(3);
            assertThat(t.getText(doc)).startsWith("Ranking");
            PDOutlineItem appendix = null;
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (i.getTitle().startsWith("Appendix A")) appendix = i;
            }
            assertThat(appendix).isNotNull();
            List<String> parts = new ArrayList<>();
            appendix.children().forEach(i -> parts.add(i.getTitle()));
            assertThat(parts).hasSize(20).allMatch(s -> s.startsWith("Answers: Vendor "));
        }
    }
}
