package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.scoring.ScoringEngine;
import org.vendorbench.domain.tco.TcoAssumptions;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

class EvaluateCommandTest {
    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path dir;

    private List<String> args(String... head) {
        List<String> a = new ArrayList<>(List.of(head));
        a.addAll(CliRun.samples());
        return a;
    }

    @Test
    void jsonRanksTheSamplesAndMatchesTheTcoModel() throws Exception {
        List<String> a = args("evaluate", "--rfp", CliRun.rfp(), "--json");
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = M.readTree(r.out());
        assertThat(root.get("rfpId").asText()).isEqualTo("MCC-2027-01");
        assertThat(root.get("model").asText()).isEqualTo("vendorbench-tco/1");
        assertThat(root.has("refused")).isFalse();
        JsonNode vendors = root.get("vendors");
        assertThat(vendors).hasSize(5);
        List<String> order = new ArrayList<>();
        vendors.forEach(v -> order.add(v.get("vendor").asText()));
        assertThat(order.get(0)).isEqualTo("CareLine Partners");
        assertThat(order.get(4)).isEqualTo("SecureCall Health");
        for (int i = 0; i < vendors.size(); i++) assertThat(vendors.get(i).get("rank").asInt()).isEqualTo(i + 1);
        JsonNode secure = vendors.get(4);
        assertThat(secure.get("disqualified").asBoolean()).isTrue();
        assertThat(secure.get("knockouts").get(0).get("id").asText()).isEqualTo("CS-02");
        assertThat(secure.get("knockouts").get(0).get("message").asText()).contains("SOC 2 Type I");

        Rfp rfp = RfpReader.read(Path.of(CliRun.rfp()));
        VendorResponse careline = ResponseReader.read(CliRun.SAMPLES.resolve("vendor-careline.xlsx"), rfp, null);
        double q = new ScoringEngine(rfp).score(careline, List.of(), List.of()).quality();
        TcoResult expected = TcoModel.compute(rfp, careline, q, TcoAssumptions.from(rfp, Map.of())).result();
        JsonNode tco = vendors.get(0).get("tco");
        assertThat(vendors.get(0).get("quality").asDouble()).isEqualTo(q);
        assertThat(tco.get("total").asDouble()).isEqualTo(expected.total());
        assertThat(tco.get("fees").asDouble()).isEqualTo(expected.fees());
        assertThat(tco.get("patientImpact").asDouble()).isEqualTo(expected.patientImpact());
        assertThat(tco.get("firstMonthFee").asDouble()).isEqualTo(expected.firstMonthFee());
        for (String f : List.of("onboarding", "retraining", "governance", "expectedExit")) assertThat(tco.has(f)).isTrue();
    }

    @Test
    void scoresWorkbookAndRunsAddEvaluatorScoresAndUncertainty() throws Exception {
        List<String> a = args("evaluate", "--rfp", CliRun.rfp(), "--scores",
                CliRun.SAMPLES.resolve("scores.xlsx").toString(), "--json", "--runs", "500", "--seed", "7");
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode v = M.readTree(r.out()).get("vendors").get(0);
        assertThat(v.get("incomplete").asBoolean()).isFalse();
        JsonNode u = v.get("uncertainty");
        assertThat(u.get("p10").asDouble()).isLessThanOrEqualTo(u.get("p50").asDouble());
        assertThat(u.get("p50").asDouble()).isLessThanOrEqualTo(u.get("p90").asDouble());
        CliRun again = CliRun.run(a.toArray(String[]::new));
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void aRenamedTextFileIsListedAsRefusedAndTheRestEvaluated() throws Exception {
        Path fake = dir.resolve("notes.xlsx");
        Files.writeString(fake, "this is not a workbook\n");
        List<String> a = args("evaluate", "--rfp", CliRun.rfp(), "--json");
        a.add(fake.toString());
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        JsonNode root = M.readTree(r.out());
        assertThat(root.get("vendors")).hasSize(5);
        JsonNode refused = root.get("refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).get("file").asText()).isEqualTo(fake.toString());
        assertThat(refused.get(0).get("error").asText()).isNotBlank().doesNotContain("\n");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aRefusedRfpGivesErrorAndFile() throws Exception {
        Path fake = dir.resolve("rfp.xlsx");
        Files.writeString(fake, "not a workbook");
        List<String> a = args("evaluate", "--rfp", fake.toString(), "--json");
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        JsonNode root = M.readTree(r.out());
        assertThat(root.get("file").asText()).isEqualTo(fake.toString());
        assertThat(root.get("error").asText()).isNotBlank();
        assertThat(root.has("vendors")).isFalse();
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(CliRun.run("evaluate", "--rfp", CliRun.rfp()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("evaluate", "--rfp", CliRun.rfp(), "--runs", "x", "a.xlsx").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("evaluate", "a.vbench", "b.vbench").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void passwordMayStandAnywhereAndTheTableNamesTheKnockout() {
        List<String> a = new ArrayList<>(List.of("evaluate", "--password", "x", "--rfp", CliRun.rfp()));
        a.addAll(CliRun.samples());
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("CareLine Partners").contains("DQ: CS-02");
    }

    @Test
    void evaluatingAWorkspaceEqualsEvaluatingItsFiles() throws Exception {
        Path ws = dir.resolve("w.vbench");
        List<String> imp = new ArrayList<>(List.of("import", ws.toString(), "--create", "--rfp", CliRun.rfp()));
        imp.addAll(CliRun.samples());
        assertThat(CliRun.run(imp.toArray(String[]::new)).code()).isZero();
        CliRun fromWs = CliRun.run("evaluate", ws.toString(), "--json", "--runs", "300");
        List<String> a = args("evaluate", "--rfp", CliRun.rfp(), "--json", "--runs", "300");
        CliRun fromFiles = CliRun.run(a.toArray(String[]::new));
        assertThat(fromWs.code()).as(fromWs.err()).isZero();
        assertThat(withoutFiles(M.readTree(fromWs.out()))).isEqualTo(withoutFiles(M.readTree(fromFiles.out())));
    }

    private static JsonNode withoutFiles(JsonNode root) {
        for (JsonNode v : root.get("vendors")) ((ObjectNode) v).remove("file");
        return root;
    }
}
