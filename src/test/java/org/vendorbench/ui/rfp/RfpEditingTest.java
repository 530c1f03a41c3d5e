package org.vendorbench.ui.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.ImportService;
import org.vendorbench.service.PasswordSource;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.SynchronousTaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.ui.workspace.WorkspaceSummary;
import org.vendorbench.workbook.RfpReader;

/** Editing the RFP in place: validation at the field, storage in a real workspace with responses. */
class RfpEditingTest {
    @TempDir
    Path dir;
    Workspace ws;
    Path file;
    SimpleObjectProperty<OpenWorkspace> current = new SimpleObjectProperty<>(null);
    AtomicInteger refreshed = new AtomicInteger();
    RfpViewModel vm;

    private record Open(Path path, boolean readOnly) implements OpenWorkspace {
        public boolean isOpen() { return true; }
        public WorkspaceSummary summary() { return WorkspaceSummary.empty(); }
    }

    private static RfpStore over(Workspace ws) {
        return new RfpStore() {
            public Optional<Rfp> loadRfp(OpenWorkspace w) { return ws.loadRfp(); }
            public void putSectionWeights(OpenWorkspace w, List<SectionWeightOverride> o) { o.forEach(ws::putSectionWeight); }
            public List<SectionWeightOverride> sectionWeights(OpenWorkspace w) { return ws.sectionWeights(); }
            public List<AssumptionOverride> assumptionOverrides(OpenWorkspace w) { return ws.assumptionOverrides(); }
            public void replaceRfp(OpenWorkspace w, Rfp edited, String reason) { ws.replaceRfp(edited, reason); }
            public void putAssumptionOverride(OpenWorkspace w, AssumptionOverride o) { ws.putAssumptionOverride(o); }
            public void importRfp(OpenWorkspace w, Path f) throws Exception {
                ImportService.importFiles(ws, f, List.of(), PasswordSource.fixed(null), null, null);
            }
        };
    }

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("w.vbench");
        ws = Workspace.create(file);
        List<Path> vendors = new ArrayList<>();
        for (String v : List.of("vendor-careline.xlsx", "vendor-premier.xlsx")) vendors.add(Path.of("sample-rfps", v));
        assertThat(ImportService.importFiles(ws, Path.of("sample-rfps/mcc-rfp.xlsx"), vendors, PasswordSource.fixed(null),
                null, null).allImported()).isTrue();
        vm = new RfpViewModel(current, new SynchronousTaskRunner(), over(ws), refreshed::incrementAndGet);
        current.set(new Open(file, false));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private Rfp rfp() {
        return ws.loadRfp().orElseThrow();
    }

    private Question question(QuestionType type, boolean withKnockout) {
        return rfp().questions().stream().filter(q -> q.type() == type && (q.knockout() != null) == withKnockout)
                .findFirst().orElseThrow();
    }

    @Test
    void loadsEveryTab() {
        Rfp r = rfp();
        assertThat(vm.sections()).hasSize(r.sections().size());
        assertThat(vm.questions()).containsExactlyElementsOf(r.questions());
        assertThat(vm.kpis()).containsExactlyElementsOf(r.kpis());
        assertThat(vm.assumptions()).hasSize(r.assumptions().size());
        assertThat(vm.checklist()).containsExactlyElementsOf(r.checklist());
        assertThat(vm.canEdit()).isTrue();
    }

    @Test
    void aQuestionWeightEditIsStoredInOneAuditedTransaction() {
        Question q = rfp().questions().get(0);
        int audit = ws.auditEntries().size();
        assertThat(vm.editQuestion(q.id(), RfpEditor.QuestionField.WEIGHT, "7.5")).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(rfp().question(q.id()).orElseThrow().weight()).isEqualTo(7.5);
        assertThat(vm.questions().get(0).weight()).isEqualTo(7.5);
        assertThat(ws.auditEntries()).hasSize(audit + 1);
        var entry = ws.auditEntries().get(audit);
        assertThat(entry.action()).isEqualTo("edit");
        assertThat(entry.reason()).isEqualTo(RfpViewModel.REASON);
        assertThat(entry.oldValue()).contains("question/" + q.id());
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(vm.statusProperty().get()).isEqualTo("Saved " + q.id());
    }

    @Test
    void badFieldsAreRefusedAtTheFieldAndNothingIsStored() {
        Question yn = question(QuestionType.YES_NO, true);
        int audit = ws.auditEntries().size();
        assertThat(vm.editQuestion(yn.id(), RfpEditor.QuestionField.KNOCKOUT, "Maybe")).isFalse();
        assertThat(vm.errorProperty().get()).startsWith(yn.id() + " · Knockout: Knockout 'Maybe': 'Maybe' is not a YES_NO answer");
        assertThat(vm.editQuestion(yn.id(), RfpEditor.QuestionField.WEIGHT, "heavy")).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(yn.id() + " · Weight: Weight 'heavy' is not a number");
        assertThat(vm.editQuestion(yn.id(), RfpEditor.QuestionField.WEIGHT, "-2")).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(yn.id() + " · Weight: Weight -2 is negative");
        assertThat(vm.editQuestion(yn.id(), RfpEditor.QuestionField.TYPE, "BOOLEAN")).isFalse();
        assertThat(vm.errorProperty().get()).startsWith(yn.id() + " · Type: Type 'BOOLEAN' is not one of");
        Question num = rfp().questions().stream().filter(q -> q.type().isNumeric()).findFirst().orElseThrow();
        assertThat(vm.editQuestion(num.id(), RfpEditor.QuestionField.SCORING, "target=80")).isFalse();
        assertThat(vm.errorProperty().get()).startsWith(num.id() + " · Scoring: ");
        String kpi = rfp().kpis().get(0).id();
        assertThat(vm.editKpi(kpi, RfpEditor.KpiField.EXIT, String.valueOf(rfp().kpis().get(0).target()))).isFalse();
        assertThat(vm.errorProperty().get()).startsWith(kpi + " · Exit: the exit threshold");
        assertThat(vm.editSectionWeight(rfp().sections().get(0).id(), "lots")).isFalse();
        assertThat(ws.auditEntries()).hasSize(audit);
        assertThat(ws.sectionWeights()).isEmpty();
    }

    @Test
    void theStoreRefusesAnEditThatBreaksStoredResponses() {
        Question yn = question(QuestionType.YES_NO, false);
        Rfp before = rfp();
        // valid for the RFP rules, but both vendors' answers were read as YES_NO
        assertThat(vm.editQuestion(yn.id(), RfpEditor.QuestionField.TYPE, "TEXT")).isTrue();
        assertThat(vm.errorProperty().get()).contains("the type of question " + yn.id() + " cannot change from YES_NO");
        assertThat(rfp()).isEqualTo(before);
        assertThat(vm.questions()).containsExactlyElementsOf(before.questions());
    }

    @Test
    void sectionWeightsAndAssumptionsAreStoredAsAuditedOverrides() {
        String sec = rfp().sections().get(1).id();
        assertThat(vm.editSectionWeight(sec, "42")).isTrue();
        assertThat(ws.sectionWeights()).containsExactly(new SectionWeightOverride(sec, 42, RfpViewModel.REASON));
        assertThat(vm.sections().get(1).weight()).isEqualTo(42);
        assertThat(rfp().sections().get(1).weight()).isNotEqualTo(42); // the RFP as issued keeps its weight
        String key = rfp().assumptions().get(0).key();
        assertThat(vm.editAssumption(key, "15000")).isTrue();
        assertThat(ws.assumptionOverrides()).containsExactly(new AssumptionOverride(key, null, 15000, RfpViewModel.REASON));
        assertThat(vm.assumptions().get(0).value()).isEqualTo(15000);
    }

    @Test
    void checklistAndKpiEditsAndExportToAnRfpWorkbookThatReadsBack() throws Exception {
        String item = rfp().checklist().get(0).id();
        assertThat(vm.editChecklist(item, RfpEditor.ChecklistField.REQUIRED, "N")).isTrue();
        String kpi = rfp().kpis().get(0).id();
        assertThat(vm.editKpi(kpi, RfpEditor.KpiField.WEIGHT, "3")).isTrue();
        Path out = dir.resolve("edited.xlsx");
        vm.exportRfp(out);
        assertThat(vm.statusProperty().get()).isEqualTo("Exported edited.xlsx");
        Rfp back = RfpReader.read(out);
        assertThat(back.checklist().get(0).required()).isFalse();
        assertThat(back.kpi(kpi).orElseThrow().weight()).isEqualTo(3);
        assertThat(back.questions()).isEqualTo(rfp().questions());
    }

    @Test
    void aReadOnlyWorkspaceRefusesEdits() {
        current.set(new Open(file, true));
        assertThat(vm.editQuestion(rfp().questions().get(0).id(), RfpEditor.QuestionField.WEIGHT, "2")).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("The workspace is open read-only");
    }
}
