package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.workbook.TestWorkbooks;

class InspectCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheInspectJson() throws Exception {
        Path rfp = TestWorkbooks.rfp(dir);
        List<Object[]> q = TestWorkbooks.questionnaire();
        q.remove(7); // TECH-04 has no row
        Path resp = TestWorkbooks.response(dir.resolve("acme.xlsx"), q);
        CliRun r = run("inspect", "--rfp", rfp.toString(), resp.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("file").asText()).isEqualTo(resp.toString());
        assertThat(j.get("rfpId").asText()).isEqualTo("MCC-2027-01");
        assertThat(j.get("vendor").asText()).isEqualTo("Acme Patient Access");
        JsonNode a0 = j.get("answers").get(0);
        assertThat(a0.get("id").asText()).isEqualTo("CS-01");
        assertThat(a0.get("type").asText()).isEqualTo("YES_NO");
        assertThat(a0.get("raw").asText()).isEqualTo("Yes – BAA v3 attached");
        assertThat(a0.get("value").asText()).isEqualTo("YES");
        assertThat(a0.get("comment").asText()).isEqualTo("BAA v3 attached");
        List<String> ids = new ArrayList<>();
        j.get("answers").forEach(a -> ids.add(a.get("id").asText()));
        assertThat(ids).containsExactly("CS-01", "CS-02", "CS-03", "TECH-01", "TECH-02", "TECH-03", "TECH-04");
        JsonNode tech01 = j.get("answers").get(3);
        assertThat(tech01.get("value").isNumber()).isTrue();
        assertThat(tech01.get("value").asDouble()).isEqualTo(85.0);
        assertThat(tech01.get("comment").isNull()).isTrue();
        JsonNode tech04 = j.get("answers").get(6);
        assertThat(tech04.get("value").isNull()).isTrue();
        assertThat(tech04.get("raw").asText()).isEmpty();
        JsonNode asa = j.get("kpis").get(0);
        assertThat(asa.get("id").asText()).isEqualTo("ASA");
        assertThat(asa.get("raw").asText()).isEqualTo("< 30 sec");
        assertThat(asa.get("value").asDouble()).isEqualTo(30.0);
        JsonNode pricing = j.get("pricing");
        assertThat(pricing.size()).isEqualTo(9);
        assertThat(pricing.get("P-MODEL").asText()).isEqualTo("per_minute");
        assertThat(pricing.get("P-RATE").isNumber()).isTrue();
        assertThat(pricing.get("P-RATE").asDouble()).isEqualTo(0.95);
        assertThat(pricing.get("P-ESC").asDouble()).isEqualTo(3.0);
        JsonNode w = j.get("warnings");
        assertThat(w.size()).isEqualTo(2);
        assertThat(w.get(0).get("code").asText()).isEqualTo("MISSING_ANSWER");
        assertThat(w.get(0).get("sheet").asText()).isEqualTo("Questionnaire");
        assertThat(w.get(0).get("cell").isNull()).isTrue();
        assertThat(w.get(1).get("code").asText()).isEqualTo("QUALIFIED_VALUE");
        assertThat(w.get(1).get("cell").asText()).isEqualTo("E2");
    }

    @Test
    void missingPricingGivesZerosAndNulls() throws Exception {
        Path rfp = TestWorkbooks.rfp(dir);
        XSSFWorkbook wb = new XSSFWorkbook();
        Path resp = TestWorkbooks.onlyQuestionnaire(dir.resolve("q.xlsx"));
        JsonNode p = run("inspect", "--json", "--rfp", rfp.toString(), resp.toString()).json().get("pricing");
        wb.close();
        assertThat(p.get("P-MODEL").isNull()).isTrue();
        assertThat(p.get("P-RATE").isNull()).isTrue();
        assertThat(p.get("P-MIN").isNumber()).isTrue();
        assertThat(p.get("P-MIN").asDouble()).isZero();
    }

    @Test
    void refusedFilesExitTwoWithAnErrorObject() throws Exception {
        Path rfp = TestWorkbooks.rfp(dir);
        Path text = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
        CliRun r = run("inspect", "--password", "pw", "--rfp", rfp.toString(), "--json", text.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json().get("file").asText()).isEqualTo(text.toString());
        assertThat(r.json().get("error").asText()).isEqualTo("fake.xlsx is not an Excel workbook (unrecognised content)");
        assertThat(r.err()).isEqualTo("vendorbench: fake.xlsx is not an Excel workbook (unrecognised content)" + System.lineSeparator());

        CliRun bad = run("inspect", "--rfp", text.toString(), "--json", rfp.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.json().get("file").asText()).isEqualTo(text.toString());
    }

    @Test
    void readsAnEncryptedResponseWithThePasswordAnywhereAmongTheOptions() throws Exception {
        Path rfp = TestWorkbooks.rfp(dir);
        Path plain = TestWorkbooks.response(dir.resolve("plain.xlsx"), TestWorkbooks.questionnaire());
        Path enc = TestWorkbooks.encrypt(plain, dir.resolve("acme.xlsx"), "pw");
        CliRun locked = run("inspect", "--rfp", rfp.toString(), enc.toString(), "--json");
        assertThat(locked.code()).isEqualTo(2);
        assertThat(locked.json().get("error").asText()).isEqualTo("acme.xlsx is password protected: give the password (--password)");
        CliRun wrong = run("inspect", "--json", "--password", "nope", "--rfp", rfp.toString(), enc.toString());
        assertThat(wrong.json().get("error").asText()).isEqualTo("acme.xlsx: wrong password");
        CliRun ok = run("inspect", "--password", "pw", "--rfp", rfp.toString(), "--json", enc.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.json().get("vendor").asText()).isEqualTo("Acme Patient Access");
        CliRun okLast = run("inspect", "--rfp", rfp.toString(), enc.toString(), "--json", "--password", "pw");
        assertThat(okLast.code()).isZero();
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(run("inspect", "x.xlsx").code()).isEqualTo(1);
        assertThat(run("inspect", "--rfp", "r.xlsx").code()).isEqualTo(1);
        assertThat(run("inspect", "--rfp", "r.xlsx", "a.xlsx", "b.xlsx").code()).isEqualTo(1);
        assertThat(run("inspect", "--rfp", "r.xlsx", "a.xlsx", "--bogus").code()).isEqualTo(1);
    }

    @Test
    void printsAReadableTableWithoutJson() throws Exception {
        Path rfp = TestWorkbooks.rfp(dir);
        Path resp = TestWorkbooks.response(dir.resolve("acme.xlsx"), TestWorkbooks.questionnaire());
        CliRun r = run("inspect", "--rfp", rfp.toString(), resp.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Vendor: Acme Patient Access").contains("CS-01").contains("QUALIFIED_VALUE");
    }
}
