package org.vendorbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.scoring.Ahp;
import org.vendorbench.domain.scoring.AhpCsv;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/**
 * Jazzer fuzz targets for the three readers of untrusted files (issue 10): the response reader,
 * the RFP reader and the AHP pairwise CSV reader. The contract each target checks: a reader
 * either returns a sound result or throws {@link RefusedException} with a one-line message;
 * any other exception or error (NullPointerException, OutOfMemoryError, StackOverflowError...)
 * is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (every {@code mvn verify}) each target runs once per seed in
 * {@code src/test/resources/org/vendorbench/reliability/ReaderFuzzTestInputs/<method>/}: the
 * sample workbooks and hostile variants of them (written by {@code src/test/fuzz/make-seeds.py}) and
 * the findings Jazzer stored there. With {@code JAZZER_FUZZ=1} one target is fuzzed (see docs/reliability.md).
 */
class ReaderFuzzTest {
    /**
     * How long {@code JAZZER_FUZZ=1} fuzzes one target (Jazzer's own default, written out: in
     * jazzer-junit 0.24.0 {@code -Djazzer.max_duration} does not override the annotation).
     */
    static final String FUZZ_TIME = "5m";
    private static final Rfp RFP = sampleRfp();
    private static final Path DIR = tempDir();

    private static Rfp sampleRfp() {
        try {
            return RfpReader.read(Path.of("sample-rfps", "mcc-rfp.xlsx"));
        } catch (RefusedException e) {
            throw new IllegalStateException("the sample RFP must read", e);
        }
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("vb-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] bytes) {
        Path f = DIR.resolve(name);
        try {
            Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        f.toFile().deleteOnExit();
        return f;
    }

    private static void oneLine(RefusedException e, String fileName) {
        assertThat(e.getMessage()).as("refusal message").isNotBlank().doesNotContain("\n");
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void responseReader(byte[] input) {
        Path f = write("response.xlsx", input);
        try {
            VendorResponse r = ResponseReader.read(f, RFP, null);
            assertThat(r.answers()).hasSize(RFP.questions().size());
            assertThat(r.kpis()).hasSize(RFP.kpis().size());
        } catch (RefusedException e) {
            oneLine(e, "response.xlsx");
        }
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void rfpReader(byte[] input) {
        Path f = write("rfp.xlsx", input);
        try {
            Rfp rfp = RfpReader.read(f);
            assertThat(rfp.questions()).isNotNull();
        } catch (RefusedException e) {
            oneLine(e, "rfp.xlsx");
        }
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void ahpCsv(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            AhpCsv.Matrix m = AhpCsv.parse(text);
            assertThat(m.values()).hasNumberOfRows(m.names().size());
            Ahp.Result r = Ahp.compute(m.values());
            double sum = 0;
            for (double w : r.weights()) {
                assertThat(w).as("weight").isBetween(0.0, 1.0);
                sum += w;
            }
            assertThat(sum).as("weights sum").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        } catch (RefusedException e) {
            oneLine(e, "matrix.csv");
        }
    }
}
