package org.vendorbench.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.app.StoreWorkspaceService;
import org.vendorbench.domain.checklist.BuiltInChecklist;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.EffectiveStatus;
import org.vendorbench.service.DemoData;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.ScriptedFileDialogs;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.undo.Edit;
import org.vendorbench.ui.workspace.OpenWorkspace;

/** The Checklist view-model against a real workspace (the demo data), jobs run synchronously. */
class ChecklistViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T09:00:00Z"), ZoneOffset.UTC);
    private static Path demo;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private final StoreWorkspaceService service = new StoreWorkspaceService();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final List<String> errors = new ArrayList<>();
    private final List<Path> shown = new ArrayList<>();
    private final List<Edit> history = new ArrayList<>();
    private final SimpleObjectProperty<OpenWorkspace> open = new SimpleObjectProperty<>();
    private final DialogService dialogs = new DialogService() {
        @Override public void showError(String title, String header, String reason) { errors.add(header + ": " + reason); }
        @Override public boolean confirm(String title, String header, String question, String acceptLabel) { return false; }
        @Override public void showInfo(String title, String header, String text) { }
    };
    private int changes;
    private Path file;

    @BeforeAll
    static void demoWorkspace() throws Exception {
        demo = shared.resolve("demo.vbench");
        try (Workspace ws = Workspace.create(demo)) {
            DemoData.fill(ws);
        }
    }

    @BeforeEach
    void copy() throws Exception {
        file = Files.copy(demo, dir.resolve("w.vbench"));
    }

    @AfterEach
    void close() throws Exception {
        if (open.get() != null && open.get().isOpen()) service.close(open.get());
    }

    private ChecklistViewModel vm() throws Exception {
        open.set(service.open(file));
        ChecklistViewModel vm = new ChecklistViewModel(open, StoreWorkspaceService::storeOf, new SynchronousTaskRunner(),
                files, dialogs, shown::add, CLOCK, () -> changes++, history::add);
        vm.refresh();
        return vm;
    }

    private Workspace store() {
        return StoreWorkspaceService.storeOf(open.get());
    }

    @Test
    void showsEveryVendorTheFourGroupsAndTheClaimsAsNotVerified() throws Exception {
        ChecklistViewModel vm = vm();
        assertThat(vm.vendors()).hasSize(5);
        assertThat(vm.vendorProperty().get()).isEqualTo(vm.vendors().get(0));
        assertThat(vm.groups()).extracting(ChecklistGroupRow::name).containsExactlyElementsOf(BuiltInChecklist.groups());
        assertThat(vm.groups().stream().mapToInt(g -> g.items().size()).sum()).isEqualTo(20);
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.bannerProperty().get()).startsWith("Not ready to sign — ").contains("0 of 20");
        assertThat(vm.missing()).hasSize(4).allMatch(l -> l.contains("no owner"));
        assertThat(vm.groups().get(0).progressProperty().get()).isZero();
        assertThat(vm.groups().get(0).progressTextProperty().get()).isEqualTo("0 of 6 done");
        List<ChecklistItemRow> claimed = vm.groups().stream().flatMap(g -> g.items().stream())
                .filter(r -> r.claimProperty().get().startsWith("claimed, not verified")).toList();
        assertThat(claimed).as("the demo vendor's answers pre-fill claims").isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.claimOnlyProperty().get()).isTrue();
                    assertThat(r.statusProperty().get()).isNotEqualTo(EffectiveStatus.VERIFIED);
                });
        assertThat(vm.row("CS-02").evidenceDateMeaning()).isEqualTo("SOC 2 Type II report period end");
        assertThat(vm.row("CS-01").evidenceDateMeaning()).isNull();
        assertThat(vm.editableProperty().get()).isTrue();

        String other = vm.vendors().get(1);
        vm.vendorProperty().set(other);
        assertThat(vm.bannerProperty().get()).contains(other);
    }

    @Test
    void notApplicableNeedsAReasonAndARefusalWritesNothing() throws Exception {
        ChecklistViewModel vm = vm();
        long audit = store().info().auditEntries();
        ChecklistItemRow row = vm.row("VQ-05");
        assertThat(vm.setStatus(row, ChecklistStatus.NOT_APPLICABLE, "  ")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("VQ-05: not applicable needs a reason");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(store().info().auditEntries()).isEqualTo(audit);
        assertThat(row.statusProperty().get()).isEqualTo(EffectiveStatus.NOT_STARTED);
        assertThat(history).isEmpty();

        assertThat(vm.setStatus(row, ChecklistStatus.NOT_APPLICABLE, "we record no calls")).isTrue();
        assertThat(row.statusProperty().get()).isEqualTo(EffectiveStatus.NOT_APPLICABLE);
        assertThat(row.naReasonProperty().get()).isEqualTo("we record no calls");
        assertThat(vm.groups().get(1).progressTextProperty().get()).isEqualTo("1 of 5 done");
        assertThat(store().checklistEntries(vm.vendorProperty().get()))
                .anySatisfy(e -> assertThat(e.naReason()).isEqualTo("we record no calls"));
        assertThat(store().info().auditEntries()).isEqualTo(audit + 1);
        assertThat(history).hasSize(1);
        assertThat(changes).isEqualTo(1);
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void verifyingTheLastItemWithEvidenceMakesTheVendorReadyAndUndoTakesItBack() throws Exception {
        ChecklistViewModel vm = vm();
        String vendor = vm.vendorProperty().get();
        for (ChecklistGroupRow g : vm.groups()) {
            for (ChecklistItemRow r : g.items()) {
                if (!r.id().equals("CS-01")) assertThat(vm.setStatus(r, ChecklistStatus.NOT_APPLICABLE, "test scope")).isTrue();
            }
        }
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.missing()).containsExactly("Compliance and Security: CS-01 (not started, no owner, no due date)");
        ChecklistItemRow baa = vm.row("CS-01");
        assertThat(vm.setStatus(baa, ChecklistStatus.VERIFIED, null)).isFalse();
        assertThat(vm.messageProperty().get()).contains("attach at least one evidence file");

        Path pdf = Files.writeString(dir.resolve("signed-baa.pdf"), "%PDF the signed BAA");
        files.answer(pdf);
        vm.chooseAndAttach(baa);
        assertThat(baa.evidence()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("signed-baa.pdf");
            assertThat(e.sizeText()).isEqualTo("19 bytes");
            assertThat(e.shortHash()).hasSize(8);
        });
        assertThat(baa.statusProperty().get()).as("evidence starts the work").isEqualTo(EffectiveStatus.IN_PROGRESS);

        assertThat(vm.setStatus(baa, ChecklistStatus.VERIFIED, null)).isTrue();
        assertThat(baa.verifiedProperty().get()).isEqualTo("Verified 2026-06-15 by " + store().user());
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.bannerProperty().get()).startsWith("Ready to sign — ");
        assertThat(vm.missing()).isEmpty();
        assertThat(vm.groups()).allSatisfy(g -> assertThat(g.progressProperty().get()).isEqualTo(1.0));

        // undo (what the app-wide Undo does): the verification and then the attachment are taken back
        history.get(history.size() - 1).revert();
        history.get(history.size() - 2).revert();
        vm.refresh();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(baa.statusProperty().get()).isEqualTo(EffectiveStatus.NOT_STARTED);
        assertThat(baa.evidence()).isEmpty();
        assertThat(store().evidence(vendor)).isEmpty();
        assertThat(store().verifyAudit().ok()).isTrue();
        history.get(history.size() - 2).apply();
        vm.refresh();
        assertThat(baa.evidence()).hasSize(1);
    }

    @Test
    void ownerDueDateNoteAndOverdueFlag() throws Exception {
        ChecklistViewModel vm = vm();
        ChecklistItemRow row = vm.row("CK-03");
        assertThat(vm.setOwner(row, " Lee (legal) ")).isTrue();
        assertThat(vm.setDueDate(row, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(vm.setNote(row, "waiting for the redline")).isTrue();
        assertThat(row.ownerProperty().get()).isEqualTo("Lee (legal)");
        assertThat(row.overdueProperty().get()).isTrue();
        assertThat(row.flagsProperty().get()).isEqualTo("Overdue");
        assertThat(vm.groups().get(2).progressTextProperty().get()).isEqualTo("0 of 5 done · 1 overdue");
        assertThat(vm.missing()).anySatisfy(l -> assertThat(l).startsWith("Contract and KPIs:")
                .contains("CK-03 (not started, owner Lee (legal), due 2026-06-01, OVERDUE)"));
        assertThat(vm.setOwner(row, "Lee (legal)")).as("unchanged: no edit").isTrue();
        assertThat(history).hasSize(3);
        ChecklistEntry stored = store().checklistEntries(vm.vendorProperty().get()).stream()
                .filter(e -> e.itemId().equals("CK-03")).findFirst().orElseThrow();
        assertThat(stored.note()).isEqualTo("waiting for the redline");
    }

    @Test
    void evidenceOpensOnlyThroughTheViewerAsAVerifiedCopy() throws Exception {
        ChecklistViewModel vm = vm();
        ChecklistItemRow row = vm.row("CS-05");
        Path eml = Files.writeString(dir.resolve("breach protocol.eml"), "Subject: breach protocol");
        assertThat(vm.attach(row, List.of(eml))).isTrue();
        assertThat(shown).as("never opened automatically").isEmpty();
        vm.open(row.evidence().get(0));
        assertThat(shown).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).isEqualTo("breach protocol.eml");
            assertThat(Files.readString(p)).isEqualTo("Subject: breach protocol");
            assertThat(p.getParent()).isNotEqualTo(dir);
        });
        Path missing = dir.resolve("gone.pdf");
        assertThat(vm.attach(row, List.of(missing))).isTrue();
        assertThat(vm.messageProperty().get()).contains("gone.pdf").contains("does not exist");
        assertThat(row.evidence()).hasSize(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void aReadOnlyWorkspaceShowsButDoesNotEdit() throws Exception {
        open.set(service.openReadOnly(file));
        ChecklistViewModel vm = new ChecklistViewModel(open, StoreWorkspaceService::storeOf, new SynchronousTaskRunner(),
                files, dialogs, shown::add, CLOCK, () -> changes++, history::add);
        vm.refresh();
        assertThat(vm.groups()).hasSize(4);
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.setOwner(vm.row("OM-01"), "Kim")).isFalse();
        assertThat(vm.messageProperty().get()).contains("read-only");
        assertThat(history).isEmpty();
        open.set(null);
        assertThat(vm.groups()).isEmpty();
        assertThat(vm.bannerProperty().get()).isEqualTo("No workspace open");
    }
}
