package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

class TcoCommandTest {
    @Test
    void jsonHasThirtySixMonthsCrossoversPercentilesAndBreakEven() throws Exception {
        List<String> a = new ArrayList<>(List.of("tco", "--rfp", CliRun.rfp(), "--runs", "400", "--seed", "3", "--json"));
        a.addAll(CliRun.samples());
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("runs").asInt()).isEqualTo(400);
        for (JsonNode v : root.get("vendors")) {
            assertThat(v.get("months")).hasSize(36);
            assertThat(v.get("months").get(0).get("month").asInt()).isEqualTo(1);
            assertThat(v.get("cumulative").get(35).asDouble()).isPositive();
            assertThat(v.get("uncertainty").get("p50").isNumber()).isTrue();
            assertThat(v.get("staffing").get("agents").asInt()).isPositive();
        }

        Rfp rfp = RfpReader.read(Path.of(CliRun.rfp()));
        List<VendorResponse> rs = new ArrayList<>();
        for (String f : CliRun.samples()) rs.add(ResponseReader.read(Path.of(f), rfp, null));
        Evaluation e = Evaluation.run(EvaluationRequest.of(rfp, rs, List.of()));
        int expected = 0;
        for (int i = 0; i < e.ranking().size(); i++) {
            for (int j = i + 1; j < e.ranking().size(); j++) {
                if (!TcoModel.crossovers(e.ranking().get(i).tco().result(), e.ranking().get(j).tco().result()).isEmpty()) {
                    expected++;
                }
            }
        }
        assertThat(expected).isPositive();
        assertThat(root.get("crossovers")).hasSize(expected);
        JsonNode c = root.get("crossovers").get(0);
        assertThat(c.get("months").get(0).asInt()).isBetween(1, 36);
        assertThat(root.get("breakEven")).hasSize(3);
        assertThat(root.get("tornado")).isNotEmpty();
        assertThat(root.get("tornado").get(0).get("maxSwing").asDouble())
                .isGreaterThanOrEqualTo(root.get("tornado").get(1).get("maxSwing").asDouble());
    }

    @Test
    void textSummaryNamesEverySection() {
        List<String> a = new ArrayList<>(List.of("tco", "--rfp", CliRun.rfp(), "--runs", "200"));
        a.addAll(CliRun.samples());
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Percentiles (200 runs").contains("crossovers").contains("Break-even")
                .contains("Tornado").contains("Staffing").contains("CareLine Partners");
    }
}
