package org.vendorbench.ui.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.audit.AuditViewModel;
import org.vendorbench.ui.task.SynchronousTaskRunner;

/** The Vendors and Audit view-models against a real workspace and the bundled sample workbooks. */
class VendorsViewModelTest {
    @TempDir Path dir;
    private VendorsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new VendorsFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void importingTheSampleResponsesListsFiveVendorsAndRefusesBadFilesWithTheirReason() throws Exception {
        VendorsViewModel vm = f.vm();
        Path corrupt = Files.writeString(dir.resolve("broken.xlsx"), "this is not a zip");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        f.samples.subList(1, 6).forEach(f.files::answer);
        f.files.answer(corrupt).answer(text);

        vm.chooseAndImport();

        assertThat(f.dialogs.errors).isEmpty();
        assertThat(vm.vendors()).hasSize(5);
        assertThat(vm.vendors()).allSatisfy(r -> {
            assertThat(r.answered()).isPositive();
            assertThat(r.blindLabel()).startsWith("Vendor ");
            assertThat(r.importedAt()).isNotNull();
        });
        assertThat(vm.refused()).extracting(VendorsViewModel.RefusedFile::file).containsExactly("broken.xlsx", "notes.txt");
        assertThat(vm.refused().get(0).reason()).contains("broken.xlsx");
        assertThat(vm.refused().get(1).reason()).contains("not an Excel workbook");
        assertThat(f.store().currentResponses()).hasSize(5);
        assertThat(f.changes).isEqualTo(1);
        assertThat(vm.outcomeProperty().get()).startsWith("Imported 5 of 7 file(s)");

        vm.selectedProperty().set(vm.vendors().get(0));
        assertThat(vm.history()).hasSize(1).allMatch(h -> h.current());
    }

    @Test
    void reimportAddsHistoryAndFilterNarrowsTheWarningsCsv() throws Exception {
        VendorsViewModel vm = f.vm();
        vm.importFiles(f.samples.subList(1, 6));
        int all = vm.warnings().size();
        vm.importFiles(List.of(f.samples.get(1)));
        VendorsViewModel.VendorRow first = vm.vendors().stream()
                .filter(r -> r.file().endsWith(f.samples.get(1).getFileName().toString())).findFirst().orElseThrow();
        vm.selectedProperty().set(first);
        assertThat(vm.history()).hasSize(2).filteredOn(h -> h.current()).hasSize(1);

        vm.importFiles(f.samples.subList(1, 6));
        assertThat(vm.warnings()).hasSize(all);
        String csv = vm.warningsCsv();
        assertThat(csv).startsWith("vendor,code,sheet,cell,message\r\n");
        assertThat(csv.split("\r\n", -1)).hasSize(all + 2);
        vm.warningFilterProperty().set("no-such-text-anywhere");
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.warningsCsv()).isEqualTo("vendor,code,sheet,cell,message\r\n");
    }

    @Test
    void exportWritesTheCsvToTheChosenFile() throws Exception {
        VendorsViewModel vm = f.vm();
        vm.importFiles(f.samples.subList(1, 6));
        Path target = dir.resolve("w.csv");
        f.files.answer(target);
        vm.exportWarnings();
        assertThat(Files.readString(target)).isEqualTo(vm.warningsCsv());
    }

    @Test
    void auditBannerReportsTheIntactChainAndFilterMatchesAnyColumn() throws Exception {
        f.vm().importFiles(f.samples.subList(1, 3));
        AuditViewModel audit = new AuditViewModel(f.open, StoreWorkspaceService::storeOf, new SynchronousTaskRunner());
        audit.refresh();
        Workspace ws = f.store();
        int n = ws.auditEntries().size();
        assertThat(n).isPositive();
        assertThat(audit.bannerProperty().get()).isEqualTo("Chain intact: " + n + " entries, head "
                + ws.verifyAudit().headHash().substring(0, 8) + "…");
        assertThat(audit.intactProperty().get()).isTrue();
        assertThat(audit.entries()).hasSize(n);
        String entity = ws.auditEntries().get(0).entity();
        audit.filterProperty().set(entity.toUpperCase());
        assertThat(audit.entries()).isNotEmpty().allMatch(e -> e.entity().equals(entity)
                || String.valueOf(e.newValue()).toLowerCase().contains(entity.toLowerCase())
                || String.valueOf(e.oldValue()).toLowerCase().contains(entity.toLowerCase())
                || String.valueOf(e.reason()).toLowerCase().contains(entity.toLowerCase())
                || e.action().toLowerCase().contains(entity.toLowerCase()));
        audit.filterProperty().set("zzz-nothing-zzz");
        assertThat(audit.entries()).isEmpty();
    }
}
