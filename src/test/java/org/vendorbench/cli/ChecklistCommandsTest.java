package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.store.Workspace;

class ChecklistCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void workspaceWithTwoVendors() throws Exception {
        ws = dir.resolve("eval.vbench");
        Question baa = new Question("Q-BAA", "SEC", "Will you sign a BAA covering call center operations?", QuestionType.YES_NO,
                List.of(), true, null, 1, new ScoringRule.YesNo());
        Question soc = new Question("Q-SOC", "SEC", "Which SOC 2 report can you provide?", QuestionType.CHOICE,
                List.of(new ChoiceOption("SOC 2 Type II", 5.0), new ChoiceOption("SOC 2 Type I", 2.0)), true, null, 1,
                new ScoringRule.Choice());
        Rfp rfp = new Rfp("MCC-1", "Call center", "Clinic", TODAY.minusMonths(1), TODAY.plusMonths(1), "USD", 36, 30,
                Rfp.FORMAT, List.of(new Section("SEC", "Security", 1)), List.of(baa, soc), List.of(), List.of(), List.of());
        try (Workspace w = Workspace.create(ws)) {
            w.saveRfp(rfp);
            w.importResponse(response("Acme Patient Access", "SOC 2 Type II"), "a".repeat(64));
            w.importResponse(response("Beta Health", "SOC 2 Type I"), "b".repeat(64));
        }
    }

    private static VendorResponse response(String vendor, String socAnswer) {
        return new VendorResponse(vendor + ".xlsx", "MCC-1", vendor, "Jo", "jo@x.test", TODAY.minusDays(3), VendorResponse.FORMAT,
                List.of(new Answer("Q-BAA", QuestionType.YES_NO, "Yes – BAA v3 attached", "YES", null, "BAA v3 attached",
                                AnswerStatus.ANSWERED, "Questionnaire", "G2"),
                        new Answer("Q-SOC", QuestionType.CHOICE, socAnswer, socAnswer, null, null, AnswerStatus.ANSWERED,
                                "Questionnaire", "G3")),
                List.of(), Pricing.none(), List.of());
    }

    private JsonNode item(JsonNode vendor, String id) {
        for (JsonNode g : vendor.get("groups")) {
            for (JsonNode i : g.get("items")) if (i.get("id").asText().equals(id)) return i;
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void listsEveryVendorWithClaimsAndNothingVerified() throws Exception {
        CliRun r = run("checklist", ws.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("asOf").asText()).isEqualTo(TODAY.toString());
        assertThat(root.get("checklistMode").asText()).isEqualTo("merge");
        JsonNode vendors = root.get("vendors");
        assertThat(vendors).hasSize(2);
        JsonNode acme = vendors.get(0);
        assertThat(acme.get("vendor").asText()).isEqualTo("Acme Patient Access");
        assertThat(acme.get("ready").asBoolean()).isFalse();
        assertThat(acme.get("groups")).hasSize(4);
        assertThat(acme.get("groups").get(0).get("missing")).hasSize(6);
        JsonNode cs01 = item(acme, "CS-01");
        assertThat(cs01.get("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(cs01.get("claim").asText()).isEqualTo("claimed, not verified: vendor answered 'Yes – BAA v3 attached' to Q-BAA");
        JsonNode betaSoc = item(vendors.get(1), "CS-02");
        assertThat(betaSoc.get("status").asText()).isEqualTo("FAILED");
        assertThat(betaSoc.get("claim").asText()).startsWith("fails: SOC 2 Type I only");
        assertThat(item(acme, "CS-02").get("status").asText()).isEqualTo("NOT_STARTED");

        assertThat(run("checklist").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("checklist").err()).contains("Missing required parameter");
        CliRun text = run("checklist", ws.toString(), "--vendor", "beta  HEALTH");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("Beta Health is not ready to sign: 0 of 20 required items")
                .contains("CS-02  Failed").doesNotContain("Acme");
    }

    @Test
    void setVerifiesWithEvidenceAndTheVendorBecomesReadyWhenAllAreDone() throws Exception {
        Path pdf = dir.resolve("soc2-report.pdf");
        Files.write(pdf, "%PDF-1.7 report".getBytes(StandardCharsets.US_ASCII));
        for (String id : List.of("CS-01", "CS-02", "CS-03", "CS-04", "CS-05", "CS-06")) {
            CliRun r = run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", id.toLowerCase(),
                    "--status", "verified", "--evidence", pdf.toString(), "--evidence-date", TODAY.minusMonths(2).toString(),
                    "--user", "dana");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(id + ": Verified by dana on " + TODAY);
        }
        for (String id : List.of("VQ-01", "VQ-02", "VQ-03", "VQ-04", "VQ-05", "CK-01", "CK-02", "CK-03", "CK-04", "CK-05",
                "OM-01", "OM-02", "OM-03")) {
            assertThat(run("checklist", "set", ws.toString(), "--vendor", "acme patient access", "--item", id,
                    "--status", "verified", "--user", "dana").code()).isZero();
        }
        CliRun na = run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "OM-04",
                "--status", "na", "--reason", "Agents are our own staff", "--json");
        assertThat(na.code()).as(na.err()).isZero();
        assertThat(JSON.readTree(na.out()).get("status").asText()).isEqualTo("NOT_APPLICABLE");

        JsonNode acme = JSON.readTree(run("checklist", ws.toString(), "--vendor", "Acme Patient Access", "--json").out())
                .get("vendors").get(0);
        assertThat(acme.get("ready").asBoolean()).isTrue();
        JsonNode soc = item(acme, "CS-02");
        assertThat(soc.get("validUntil").asText()).isEqualTo(TODAY.minusMonths(2).plusMonths(12).toString());
        assertThat(soc.get("evidence")).hasSize(1);
        assertThat(soc.get("evidence").get(0).get("file").asText()).isEqualTo("soc2-report.pdf");
        assertThat(soc.get("verifiedBy").asText()).isEqualTo("dana");
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.checklistEntries("Acme Patient Access")).extracting(ChecklistEntry::itemId).contains("CS-01", "OM-04");
            assertThat(w.checklistEntries("Acme Patient Access").stream().filter(e -> e.itemId().equals("CS-01")).findFirst()
                    .orElseThrow().claim()).startsWith("claimed, not verified");
        }
    }

    @Test
    void refusedChangesLeaveTheWorkspaceUntouched() throws Exception {
        long before = auditCount();
        CliRun noEvidence = run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "CS-01",
                "--status", "verified");
        assertThat(noEvidence.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(noEvidence.err().strip()).isEqualTo("vendorbench: CS-01: attach at least one evidence file before marking it verified");
        Path old = dir.resolve("audit-2024.pdf");
        Files.writeString(old, "old audit");
        CliRun expired = run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "CS-06",
                "--status", "verified", "--evidence", old.toString(), "--evidence-date", TODAY.minusMonths(13).toString());
        assertThat(expired.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(expired.err()).contains("older than 12 months").doesNotContain("Exception").hasLineCount(1);
        CliRun naNoReason = run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "OM-04",
                "--status", "not applicable");
        assertThat(naNoReason.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(naNoReason.err()).contains("needs a reason");
        assertThat(run("checklist", "set", ws.toString(), "--vendor", "Nobody", "--item", "CS-01", "--status", "failed",
                "--note", "x").err()).contains("no vendor 'Nobody'").contains("Acme Patient Access");
        assertThat(run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "ZZ-9",
                "--status", "failed", "--note", "x").err()).contains("no checklist item 'ZZ-9'");
        CliRun badStatus = run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "CS-01",
                "--status", "done");
        assertThat(badStatus.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badStatus.err()).contains("unknown status 'done'");
        assertThat(run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "CS-01",
                "--due", "31/12/2026").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(auditCount()).isEqualTo(before);
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.checklistEntries("Acme Patient Access")).isEmpty();
            assertThat(w.evidence("Acme Patient Access")).isEmpty();
        }
    }

    @Test
    void ownerAndPastDueDateShowAsOverdue() throws Exception {
        CliRun r = run("checklist", "set", ws.toString(), "--vendor", "Acme Patient Access", "--item", "CK-03",
                "--status", "in-progress", "--owner", "Lee (legal)", "--due", TODAY.minusDays(1).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("In progress").contains("overdue since");
        JsonNode acme = JSON.readTree(run("checklist", ws.toString(), "--json").out()).get("vendors").get(0);
        JsonNode ck03 = item(acme, "CK-03");
        assertThat(ck03.get("overdue").asBoolean()).isTrue();
        assertThat(ck03.get("owner").asText()).isEqualTo("Lee (legal)");
        assertThat(acme.get("groups").get(2).get("overdue").asInt()).isEqualTo(1);
        assertThat(run("checklist", ws.toString()).out()).contains("owner: Lee (legal)").contains("OVERDUE");
    }

    @Test
    void governanceCalendarWritesAParseableFile() throws Exception {
        Path ics = dir.resolve("acme.ics");
        CliRun r = run("governance-calendar", ws.toString(), "--vendor", "acme patient access", "--start", "2027-01-04",
                "--out", ics.toString(), "--zone", "America/New_York", "--dtstamp", "2026-11-27T00:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("X-WR-TIMEZONE:America/New_York\r\n")
                .contains("SUMMARY:Weekly vendor review – Acme Patient Access\r\n");
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        assertThat(cal.getComponents("VEVENT")).hasSize(4);
        CliRun again = run("governance-calendar", ws.toString(), "--vendor", "Acme Patient Access", "--start", "2027-01-04",
                "--out", ics.toString(), "--zone", "America/New_York", "--dtstamp", "2026-11-27T00:00:00Z");
        assertThat(again.code()).isZero();
        assertThat(Files.readString(ics, StandardCharsets.UTF_8)).isEqualTo(text);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(run("governance-calendar", ws.toString(), "--vendor", "Nobody", "--start", "2027-01-04", "--out",
                dir.resolve("x.ics").toString()).code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(Files.exists(dir.resolve("x.ics"))).isFalse();
        assertThat(run("governance-calendar", ws.toString(), "--vendor", "Acme Patient Access", "--start", "2027-01-04",
                "--out", dir.resolve("y.ics").toString(), "--zone", "Mars/Olympus").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("governance-calendar", ws.toString(), "--vendor", "Acme Patient Access", "--start", "2027-01-04",
                "--out", dir.resolve("missing-folder").resolve("z.ics").toString()).code()).isEqualTo(ExitCodes.REFUSED);
    }

    private long auditCount() throws Exception {
        try (Workspace w = Workspace.openReadOnly(ws)) {
            return w.auditEntries().size();
        }
    }

    @Test
    void statusNamesAreFolded() {
        assertThat(ChecklistSupport.status("In Progress")).isEqualTo(ChecklistStatus.IN_PROGRESS);
        assertThat(ChecklistSupport.status("not_applicable")).isEqualTo(ChecklistStatus.NOT_APPLICABLE);
        assertThat(ChecklistSupport.status("N/A")).isEqualTo(ChecklistStatus.NOT_APPLICABLE);
        assertThat(ChecklistSupport.status("Not started")).isEqualTo(ChecklistStatus.NOT_STARTED);
        assertThat(ChecklistSupport.status("done")).isNull();
    }
}
