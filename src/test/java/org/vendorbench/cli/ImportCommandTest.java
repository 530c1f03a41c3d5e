package org.vendorbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.ImportReport;
import org.vendorbench.service.ImportService;
import org.vendorbench.service.PasswordSource;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceInfo;
import org.vendorbench.workbook.RfpReader;
import org.vendorbench.workbook.RfpWriter;

class ImportCommandTest {
    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aMissingWorkspaceIsRefusedWithAHintUnlessCreateIsGiven() {
        Path ws = dir.resolve("w.vbench");
        CliRun r = CliRun.run("import", ws.toString(), "--rfp", CliRun.rfp());
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).contains("vendorbench new");
        assertThat(Files.exists(ws)).isFalse();
        assertThat(CliRun.run("import", ws.toString(), "--create", "--rfp", CliRun.rfp()).code()).isZero();
        assertThat(Files.exists(ws)).isTrue();
    }

    @Test
    void importsEverySampleAndPrefillsChecklistClaims() throws Exception {
        Path ws = dir.resolve("w.vbench");
        List<String> a = new ArrayList<>(List.of("import", ws.toString(), "--create", "--rfp", CliRun.rfp(), "--json"));
        a.addAll(CliRun.samples());
        CliRun r = CliRun.run(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = M.readTree(r.out());
        assertThat(root.get("rfpStored").asBoolean()).isTrue();
        assertThat(root.get("files")).hasSize(5);
        for (JsonNode f : root.get("files")) {
            assertThat(f.get("status").asText()).isEqualTo("IMPORTED");
            assertThat(f.get("sha256").asText()).hasSize(64);
            assertThat(f.get("answered").asInt()).isPositive();
        }
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.vendors()).hasSize(5);
            assertThat(w.checklistEntries("SecureCall Health")).isNotEmpty();
        }
    }

    @Test
    void aRefusedFileChangesNothingAndOthersAreImported() throws Exception {
        Path ws = dir.resolve("w.vbench");
        assertThat(CliRun.run("import", ws.toString(), "--create", "--rfp", CliRun.rfp(),
                CliRun.samples().get(0)).code()).isZero();
        WorkspaceInfo before;
        try (Workspace w = Workspace.openReadOnly(ws)) {
            before = w.info();
        }
        Path fake = dir.resolve("renamed.xlsx");
        Files.writeString(fake, "plain text, renamed");
        CliRun r = CliRun.run("import", ws.toString(), fake.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).contains("REFUSED");
        assertThat(r.err()).contains("renamed.xlsx").doesNotContain("\tat ");
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.info()).isEqualTo(before);
        }
        CliRun mixed = CliRun.run("import", ws.toString(), fake.toString(), CliRun.samples().get(1));
        assertThat(mixed.code()).isEqualTo(ExitCodes.REFUSED);
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.vendors()).hasSize(2);
        }
    }

    @Test
    void reimportReplacesAndKeepsHistory() throws Exception {
        Path ws = dir.resolve("w.vbench");
        String careline = CliRun.samples().get(1);
        assertThat(CliRun.run("import", ws.toString(), "--create", "--rfp", CliRun.rfp(), careline).code()).isZero();
        CliRun again = CliRun.run("import", ws.toString(), careline, "--json");
        assertThat(again.code()).isZero();
        assertThat(M.readTree(again.out()).get("files").get(0).get("status").asText()).isEqualTo("REPLACED");
        assertThat(M.readTree(again.out()).get("rfpStored").asBoolean()).isFalse();
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.vendors()).containsExactly("CareLine Partners");
            assertThat(w.history("CareLine Partners")).hasSize(2);
        }
    }

    @Test
    void anotherRfpOverResponsesIsRefusedButTheSameIdReplacesTheDefinition() throws Exception {
        Path ws = dir.resolve("w.vbench");
        assertThat(CliRun.run("import", ws.toString(), "--create", "--rfp", CliRun.rfp(),
                CliRun.samples().get(1)).code()).isZero();
        Rfp rfp = RfpReader.read(Path.of(CliRun.rfp()));
        Path other = dir.resolve("other.xlsx");
        RfpWriter.write(copy(rfp, "OTHER-1", rfp.title()), other);
        CliRun r = CliRun.run("import", ws.toString(), "--rfp", other.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).contains("OTHER-1").contains("MCC-2027-01");
        Path retitled = dir.resolve("retitled.xlsx");
        RfpWriter.write(copy(rfp, rfp.rfpId(), "Retitled"), retitled);
        assertThat(CliRun.run("import", ws.toString(), "--rfp", retitled.toString()).code()).isZero();
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.loadRfp().orElseThrow().title()).isEqualTo("Retitled");
            assertThat(w.vendors()).hasSize(1);
        }
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasImported() throws Exception {
        List<Path> files = CliRun.samples().stream().map(Path::of).toList();
        AtomicInteger seen = new AtomicInteger();
        try (Workspace w = Workspace.create(dir.resolve("w.vbench"))) {
            ImportReport report = ImportService.importFiles(w, Path.of(CliRun.rfp()), files, PasswordSource.fixed(null),
                    (f, done, total) -> seen.incrementAndGet(), () -> seen.get() >= 2);
            assertThat(report.files()).extracting(ImportReport.FileResult::status).containsExactly(
                    ImportReport.Status.IMPORTED, ImportReport.Status.IMPORTED, ImportReport.Status.CANCELLED,
                    ImportReport.Status.CANCELLED, ImportReport.Status.CANCELLED);
            assertThat(w.vendors()).hasSize(2);
        }
    }

    @Test
    void withoutAStoredRfpResponsesAreRefused() throws Exception {
        try (Workspace w = Workspace.create(dir.resolve("w.vbench"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImportService.importFiles(w, null,
                    List.of(Path.of(CliRun.samples().get(0))), null, null, null))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("--rfp");
        }
    }

    private static Rfp copy(Rfp r, String id, String title) {
        return new Rfp(id, title, r.organization(), r.issued(), r.due(), r.currency(), r.termMonths(), r.priceWeight(),
                r.format(), r.sections(), r.questions(), r.kpis(), r.assumptions(), r.checklist());
    }
}
