package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.service.DemoData;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.ContentHash;
import org.vendorbench.store.Workspace;

/** The memo command end to end: workspace and file mode, options, determinism, and a PDF with no active content. */
class MemoCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String WINNER = "CareLine Partners";

    @TempDir static Path dir;
    static Path ws;
    static String evidenceSha;
    static String manualQuestion;

    @BeforeAll
    static void workspaceWithChecklistOverridesAndEvidence() throws Exception {
        ws = dir.resolve("eval.vbench");
        try (Workspace w = Workspace.create(ws)) {
            w.setUser("pat");
            DemoData.fill(w);
            manualQuestion = w.loadRfp().orElseThrow().questions().stream().filter(Question::isManual).findFirst()
                    .orElseThrow().id();
            w.putAssumptionOverride(new AssumptionOverride("Patient annual value", null, 2500, "finance estimate 2027"));
            w.putAssumptionOverride(new AssumptionOverride("Patient annual value", null, 2600, "finance revised"));
            w.putConsensus(new ConsensusOverride(WINNER, manualQuestion, 4, "agreed in the panel of 3 March"));
        }
        Path baa = dir.resolve("baa-signed.pdf");
        Files.writeString(baa, "signed BAA");
        evidenceSha = DemoData.sha256(baa);
        CliRun r = CliRun.run("checklist", "set", ws.toString(), "--vendor", WINNER, "--item", "CS-01", "--status", "verified",
                "--evidence", baa.toString(), "--user", "Pat Lead");
        assertThat(r.code()).as(r.err()).isZero();
        r = CliRun.run("checklist", "set", ws.toString(), "--vendor", WINNER, "--item", "CS-02", "--owner", "Legal team");
        assertThat(r.code()).as(r.err()).isZero();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void workspaceMemoShowsChecklistCadenceHistoryAndProvenanceAndIsReproducible() throws Exception {
        Path a = dir.resolve("a.pdf"), b = dir.resolve("b.pdf");
        CliRun r = CliRun.run("memo", ws.toString(), "--out", a.toString(), "--runs", "200", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("recommendation").asText()).startsWith("Recommend " + WINNER);
        assertThat(CliRun.run("memo", ws.toString(), "--out", b.toString(), "--runs", "200").code()).isZero();
        assertThat(Files.readAllBytes(b)).as("same workspace and options, same bytes").isEqualTo(Files.readAllBytes(a));

        String contentHash;
        long seq;
        String head;
        try (Workspace w = Workspace.openReadOnly(ws)) {
            contentHash = ContentHash.of(w);
            seq = w.info().auditEntries();
            head = w.info().auditHeadHash();
        }
        assertThat(j.get("contentSha256").asText()).isEqualTo(contentHash);
        assertThat(j.get("auditHead").get("seq").asLong()).isEqualTo(seq);

        String t = text(a);
        // executive summary: readiness of the winner and the blocking items, provenance
        assertThat(t).contains(WINNER + " is not ready to sign: 1 of 20 required items verified or not applicable");
        assertThat(t).contains("CS-02 SOC 2 Type II certification confirmed (not just Type I) - Not started; owner Legal team");
        assertThat(t).contains("audit head entry " + seq + ", hash " + head);
        // checklist chapter: group summary per vendor, the winner's items with evidence and verification
        assertThat(t).contains("Checklist status per vendor", "Compliance and Security (verified/total)");
        assertThat(t).contains("baa-signed.pdf (" + evidenceSha.substring(0, 12) + ")", "by Pat Lead");
        assertThat(t).contains(evidenceSha);
        // KPI chapter: the article's cadence
        for (GovernanceCadence c : GovernanceCadence.values()) assertThat(t).contains(c.label + " " + c.aim);
        // TCO: crossovers stated, band chart present with uncertainty
        assertThat(t).contains("Crossovers", "TCO P10 / P50 / P90", "Rank by monthly rate vs rank by TCO");
        // appendix: consensus reason, assumption history (who, old -> new), method, content hash
        assertThat(t).contains(WINNER + " " + manualQuestion, "agreed in the panel of 3 March");
        assertThat(t).contains("Patient annual value all vendors 2500 \u2192 2600 pat");
        assertThat(t).contains("vendorbench-tco/1", "n=3 0.58", contentHash);

        try (PDDocument doc = Loader.loadPDF(a.toFile())) {
            noActiveContent(doc);
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    /** No JavaScript, no actions, no launch or URI links anywhere (issue 10). */
    static void noActiveContent(PDDocument doc) throws Exception {
        var catalog = doc.getDocumentCatalog();
        assertThat(catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
        assertThat(catalog.getCOSObject().containsKey(COSName.AA)).isFalse();
        assertThat(catalog.getNames() == null || catalog.getNames().getJavaScript() == null).isTrue();
        assertThat(catalog.getAcroForm()).isNull();
        for (PDPage page : doc.getPages()) {
            assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            for (PDAnnotation an : page.getAnnotations()) {
                assertThat(an.getCOSObject().containsKey(COSName.A)).as("annotation action").isFalse();
                assertThat(an.getSubtype()).isNotIn("Link", "Widget", "Screen", "Movie", "FileAttachment");
            }
        }
        // the outline's bookmarks use destinations, never actions
        var outline = catalog.getDocumentOutline();
        List<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> stack = new ArrayList<>();
        outline.children().forEach(stack::add);
        while (!stack.isEmpty()) {
            var item = stack.remove(stack.size() - 1);
            assertThat(item.getCOSObject().containsKey(COSName.A)).as(item.getTitle()).isFalse();
            item.children().forEach(stack::add);
        }
        // and no action dictionary of any kind among all the file's objects
        var cos = doc.getDocument();
        for (var key : cos.getXrefTable().keySet()) {
            var base = cos.getObjectFromPool(key).getObject();
            if (!(base instanceof org.apache.pdfbox.cos.COSDictionary d)) continue;
            assertThat(d.containsKey(COSName.JS)).isFalse();
            assertThat(d.containsKey(COSName.getPDFName("Launch"))).isFalse();
            COSName s = d.getCOSName(COSName.S);
            if (s != null) {
                assertThat(s.getName()).as("action type").isNotIn("JavaScript", "Launch", "URI", "SubmitForm", "ImportData",
                        "GoToR", "GoToE", "Rendition", "Sound", "Movie");
            }
        }
    }

    @Test
    void pdfaFinalWithoutAppendixKeepsProvenanceAndEmbedsEveryFont() throws Exception {
        Path out = dir.resolve("final.pdf");
        CliRun r = CliRun.run("memo", ws.toString(), "--out", out.toString(), "--runs", "0", "--pdfa", "--final",
                "--no-appendix", "--prepared-by", "Pat Lead");
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")A");
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(first.getText(doc)).contains("FINAL", "Pat Lead");
            noActiveContent(doc);
        }
        String t = text(out);
        assertThat(t).doesNotContain("Appendix A", "Appendix E").contains("audit head entry").doesNotContain("TCO P10 / P50 / P90");
    }

    @Test
    void fileModeTakesScoresAndSaysTheChecklistIsNotVerified() throws Exception {
        Path out = dir.resolve("files.pdf");
        List<String> args = new ArrayList<>(List.of("memo", "--rfp", CliRun.rfp(), "--scores",
                CliRun.SAMPLES.resolve("scores.xlsx").toString()));
        args.addAll(CliRun.samples());
        args.addAll(List.of("--out", out.toString(), "--runs", "0", "--json"));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("auditHead").isNull()).isTrue();
        StringBuilder lines = new StringBuilder();
        lines.append(DemoData.sha256(Path.of(CliRun.rfp()))).append("  mcc-rfp.xlsx\n");
        lines.append(DemoData.sha256(CliRun.SAMPLES.resolve("scores.xlsx"))).append("  scores.xlsx\n");
        for (String f : CliRun.samples()) lines.append(DemoData.sha256(Path.of(f))).append("  ").append(Path.of(f).getFileName()).append('\n');
        String expected = org.vendorbench.memo.MemoComposer.fingerprint(lines.toString());
        assertThat(j.get("contentSha256").asText()).isEqualTo(expected);
        String t = text(out);
        assertThat(t).contains("Not verified: this memo was made from files", "input files SHA-256 " + expected);
        assertThat(t).contains("Appendix B: evaluator spreads");
    }

    @Test
    void aRefusedResponseRefusesTheMemoAndWritesNothing() throws Exception {
        Path bad = dir.resolve("not-a-workbook.xlsx");
        Files.writeString(bad, "hello");
        Path out = dir.resolve("never.pdf");
        CliRun r = CliRun.run("memo", "--rfp", CliRun.rfp(), CliRun.samples().get(0), bad.toString(), "--out", out.toString(),
                "--runs", "0");
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).contains("not-a-workbook.xlsx").contains("memo not written");
        assertThat(out).doesNotExist();
        CliRun usage = CliRun.run("memo", ws.toString(), "--scores", "x.xlsx", "--out", out.toString());
        assertThat(usage.code()).isEqualTo(ExitCodes.USAGE);
    }
}
