package org.vendorbench.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

class MemoComposerTest {
    static final Path SAMPLES = Path.of("sample-rfps");

    static Evaluation sampleEvaluation() throws Exception {
        Rfp rfp = RfpReader.read(SAMPLES.resolve("mcc-rfp.xlsx"));
        List<VendorResponse> rs = new ArrayList<>();
        try (var files = Files.list(SAMPLES)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("vendor-")).sorted().toList()) {
                rs.add(ResponseReader.read(p, rfp, null));
            }
        }
        return Evaluation.run(new EvaluationRequest(rfp, rs, List.of(), List.of(), Map.of(), Map.of(), Map.of(), 500, 42L));
    }

    static byte[] render(Evaluation ev, boolean appendix) {
        Instant at = Instant.parse("2026-01-15T10:00:00Z");
        MemoSpec spec = MemoComposer.compose(ev, new MemoComposer.Options("Test Lead", false, MemoComposer.dateOf(at), at,
                appendix, MemoComposer.fingerprint("inputs"), null));
        return new MemoRenderer().render(spec, MemoRenderer.Options.DEFAULT);
    }

    @Test
    void memoTextAgreesWithTheEvaluation(@TempDir Path dir) throws Exception {
        Evaluation ev = sampleEvaluation();
        byte[] pdf = render(ev, true);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(MemoComposer.recommendation(ev).replaceAll("\\s+", " "));
            // ranking order in the ranking table follows Evaluation.ranking()
            int last = -1;
            String rankingPart = text.substring(text.indexOf("Ranking of all vendors"));
            for (Evaluation.VendorEvaluation v : ev.ranking()) {
                int at = rankingPart.indexOf(v.vendor(), last + 1);
                assertThat(at).as(v.vendor()).isGreaterThan(last);
                last = at;
                if (v.tco().isPresent()) assertThat(text).contains(MemoComposer.money(v.tco().result().total()));
            }
            for (Kpi k : ev.rfp().kpis()) {
                String row = k.id() + " " + k.name() + " " + MemoComposer.num(k.target());
                assertThat(text).contains(row);
                assertThat(text).contains(MemoComposer.num(k.exitThreshold()));
            }
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("/JavaScript", "/JS ", "/Launch", "/URI", "/OpenAction");
        assertThat(raw).contains("/FontFile2");
    }

    static String pageText(PDDocument doc, int page) throws java.io.IOException {
        PDFTextStripper t = new PDFTextStripper();
        t.setStartPage(page);
        t.setEndPage(page);
        return t.getText(doc).replaceAll("\\s+", " ").strip();
    }

    @Test
    void coverHoldsTheFactsAndTheSummaryFillsExactlyPageTwo() throws Exception {
        Evaluation ev = sampleEvaluation();
        try (PDDocument doc = Loader.loadPDF(render(ev, false))) {
            String cover = pageText(doc, 1);
            assertThat(cover).contains(ev.rfp().title(), ev.rfp().organization(), "2026-01-15", "Prepared by Test Lead",
                    "Status Draft", MemoComposer.recommendation(ev).replaceAll("\\s+", " "));
            assertThat(cover).doesNotContain("Executive summary", "Runner-up");
            String summary = pageText(doc, 2);
            assertThat(summary).contains("Runner-up", "Headline figures", "Key risks");
            // page furniture (running header, footer) is drawn last, so the page's text starts with the heading
            assertThat(summary).startsWith("Executive summary");
            // the next chapter starts on a new page: page 3 begins with it, so the summary took one page
            assertThat(pageText(doc, 3)).contains("Ranking of all vendors").doesNotContain("Key risks");
        }
    }

    @Test
    void sameInputsGiveIdenticalBytesAndNoAppendixIsShorter() throws Exception {
        Evaluation ev = sampleEvaluation();
        byte[] a = render(ev, true);
        byte[] b = render(sampleEvaluation(), true);
        assertThat(a).isEqualTo(b);
        byte[] shortOne = render(ev, false);
        try (PDDocument full = Loader.loadPDF(a); PDDocument brief = Loader.loadPDF(shortOne)) {
            assertThat(brief.getNumberOfPages()).isLessThan(full.getNumberOfPages());
        }
    }
}
