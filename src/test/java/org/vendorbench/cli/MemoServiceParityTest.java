package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.memo.PdfPages;
import org.vendorbench.service.DemoData;
import org.vendorbench.service.MemoService;
import org.vendorbench.store.Workspace;

/** The memo command and {@link MemoService} write the same bytes; the pages rasterise for the preview. */
class MemoServiceParityTest {
    @TempDir Path dir;

    @Test
    void commandWritesExactlyWhatTheServiceRendersAndThePagesRasterise() throws Exception {
        Path file = dir.resolve("demo.vbench");
        try (Workspace ws = Workspace.create(file)) {
            DemoData.fill(ws);
        }
        Path out = dir.resolve("memo.pdf");
        CliRun run = CliRun.run("memo", file.toString(), "--out", out.toString(), "--runs", "200", "--final",
                "--prepared-by", "Pat Lead");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + out);

        byte[] viaService;
        try (Workspace ws = Workspace.openReadOnly(file)) {
            viaService = MemoService.render(ws, new MemoService.Options(true, false, true, "Pat Lead", 200, null),
                    org.vendorbench.domain.tco.MonteCarlo.Monitor.NONE);
        }
        assertThat(Files.readAllBytes(out)).isEqualTo(viaService);

        List<BufferedImage> pages = new ArrayList<>();
        try (PdfPages pdf = PdfPages.open(viaService)) {
            assertThat(pdf.count()).isGreaterThanOrEqualTo(2);
            for (int i = 0; i < pdf.count(); i++) pages.add(pdf.render(i, 72));
            BufferedImage hi = pdf.render(0, 144);
            assertThat(hi.getWidth()).isBetween(2 * pages.get(0).getWidth() - 2, 2 * pages.get(0).getWidth() + 2);
        }
        // A4 (595 pt) or Letter (612 pt) at 72 dpi
        assertThat(pages.get(0).getWidth()).isBetween(590, 615);
        assertThat(nonWhite(pages.get(0))).as("the cover has ink").isGreaterThan(1000);
    }

    private static int nonWhite(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) n++;
        }
        return n;
    }
}
