package org.vendorbench.ui.rfp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.workbook.RfpFieldRules;
import org.vendorbench.workbook.RfpWriter;

/**
 * State of the RFP area: the stored RFP's sections, questions, KPIs, assumptions and checklist
 * (loaded in a background job whenever the open workspace changes), in-place editing with the RFP
 * workbook's validation, RFP workbook import/export, and the entry point to the pairwise weighting
 * dialog.
 *
 * <p>Edits are checked at once on the calling thread ({@link RfpEditor}, pure); a refused edit sets
 * {@link #errorProperty()} naming the item and field and stores nothing. An accepted edit is stored
 * in a background job: section weights and assumption values as audited overrides (the RFP as issued
 * to vendors keeps its weights), every other field by replacing the stored RFP in one audited
 * transaction, which the store refuses when it would break stored responses (e.g. changing the type
 * of an answered question). After each store the lists reload and the shell's summary refreshes.
 */
public final class RfpViewModel {
    /** Audit reason of edits made in this area. */
    static final String REASON = "edited in the RFP area";

    private final ReadOnlyObjectProperty<OpenWorkspace> workspace;
    private final TaskRunner tasks;
    private final RfpStore store;
    private final Runnable afterChange;
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private final ObservableList<Assumption> assumptions = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItemDef> checklist = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Rfp rfp;

    public RfpViewModel(ReadOnlyObjectProperty<OpenWorkspace> workspace, TaskRunner tasks, RfpStore store, Runnable afterChange) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.store = store;
        this.afterChange = afterChange;
        workspace.addListener((obs, old, now) -> load());
        load();
    }

    /** Sections with the weights the engine uses (the RFP's, or the override). */
    public ObservableList<Section> sections() {
        return sections;
    }

    public ObservableList<Question> questions() {
        return questions;
    }

    public ObservableList<Kpi> kpis() {
        return kpis;
    }

    /** Assumptions with the values the engine uses (the RFP's, or the override for all vendors). */
    public ObservableList<Assumption> assumptions() {
        return assumptions;
    }

    public ObservableList<ChecklistItemDef> checklist() {
        return checklist;
    }

    /** "No workspace open", "No RFP imported yet", the RFP title, or a load failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last refused edit, naming item and field ("CS-02 · Knockout: ..."); empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last store/import/export did ("Saved CS-02", "Exported rfp.xlsx"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reloads the RFP of the open workspace in a background job. */
    public void load() {
        OpenWorkspace ws = workspace.get();
        clear();
        if (ws == null || !ws.isOpen()) {
            message.set("No workspace open");
            return;
        }
        // The summary already knows whether an RFP is stored: show that at once, the lists follow.
        message.set(ws.summary().rfpTitle().orElse("No RFP imported yet"));
        tasks.submit(BackgroundJob.of("Loading the RFP", ctx -> new Loaded(store.loadRfp(ws).orElse(null),
                        store.sectionWeights(ws), store.assumptionOverrides(ws)))
                .onSuccess(l -> {
                    if (workspace.get() != ws) return;
                    show(l);
                })
                .onFailure(e -> message.set("RFP not loaded: " + e.getMessage())));
    }

    private record Loaded(Rfp rfp, List<SectionWeightOverride> weights, List<AssumptionOverride> overrides) {}

    private void clear() {
        rfp = null;
        sections.clear();
        questions.clear();
        kpis.clear();
        assumptions.clear();
        checklist.clear();
    }

    private void show(Loaded l) {
        rfp = l.rfp();
        if (rfp == null) {
            clear();
            message.set("No RFP imported yet");
            return;
        }
        Map<String, Double> w = new HashMap<>();
        for (SectionWeightOverride o : l.weights()) w.put(Fold.fold(o.sectionId()), o.weight());
        List<Section> ss = new ArrayList<>();
        for (Section s : rfp.sections()) ss.add(new Section(s.id(), s.name(), w.getOrDefault(Fold.fold(s.id()), s.weight())));
        Map<String, Double> a = new HashMap<>();
        for (AssumptionOverride o : l.overrides()) if (o.vendor() == null) a.put(Fold.fold(o.key()), o.value());
        List<Assumption> as = new ArrayList<>();
        for (Assumption x : rfp.assumptions()) {
            as.add(new Assumption(x.key(), a.getOrDefault(Fold.fold(x.key()), x.value()), x.low(), x.high()));
        }
        sections.setAll(ss);
        questions.setAll(rfp.questions());
        kpis.setAll(rfp.kpis());
        assumptions.setAll(as);
        checklist.setAll(rfp.checklist());
        message.set(rfp.title());
    }

    /** True when an RFP is loaded and the workspace is writable. */
    public boolean canEdit() {
        OpenWorkspace ws = workspace.get();
        return ws != null && ws.isOpen() && !ws.readOnly() && rfp != null;
    }

    // ---- edits -------------------------------------------------------------------------------

    /** Edits one question field; false (and {@link #errorProperty()} set) when refused. */
    public boolean editQuestion(String id, RfpEditor.QuestionField field, String text) {
        return storeEdit(() -> RfpEditor.editQuestion(rfp, id, field, text), id);
    }

    public boolean editKpi(String id, RfpEditor.KpiField field, String text) {
        return storeEdit(() -> RfpEditor.editKpi(rfp, id, field, text), id);
    }

    public boolean editChecklist(String id, RfpEditor.ChecklistField field, String text) {
        return storeEdit(() -> RfpEditor.editChecklist(rfp, id, field, text), id);
    }

    public boolean editSectionName(String id, String text) {
        return storeEdit(() -> RfpEditor.editSectionName(rfp, id, text), id);
    }

    private boolean storeEdit(java.util.function.Supplier<RfpEditor.Result> edit, String id) {
        if (!editable()) return false;
        RfpEditor.Result r = edit.get();
        if (!r.ok()) {
            error.set(r.error());
            return false;
        }
        error.set("");
        OpenWorkspace ws = workspace.get();
        submitStore("Saving " + id, () -> store.replaceRfp(ws, r.rfp(), REASON), "Saved " + id);
        return true;
    }

    /** Sets the weight the engine uses for a section (an audited override; the RFP keeps its own). */
    public boolean editSectionWeight(String id, String text) {
        if (!editable()) return false;
        Section s = rfp.section(id).orElse(null);
        RfpFieldRules.Checked<Double> w = RfpFieldRules.weight(text);
        if (s == null || !w.ok()) {
            error.set((s == null ? id : s.id()) + " · Weight: " + (s == null ? "no such section" : w.problem()));
            return false;
        }
        error.set("");
        OpenWorkspace ws = workspace.get();
        submitStore("Saving the weight of " + s.id(),
                () -> store.putSectionWeights(ws, List.of(new SectionWeightOverride(s.id(), w.value(), REASON))),
                "Saved the weight of " + s.id());
        return true;
    }

    /** Sets the value the TCO uses for an assumption, for every vendor (an audited override). */
    public boolean editAssumption(String key, String text) {
        if (!editable()) return false;
        Assumption a = rfp.assumption(key).orElse(null);
        RfpFieldRules.Checked<Double> v = RfpFieldRules.number("Value", text);
        if (a == null || !v.ok()) {
            error.set(key + " · Value: " + (a == null ? "no such assumption" : v.problem()));
            return false;
        }
        error.set("");
        OpenWorkspace ws = workspace.get();
        submitStore("Saving " + a.key(),
                () -> store.putAssumptionOverride(ws, new AssumptionOverride(a.key(), null, v.value(), REASON)),
                "Saved " + a.key());
        return true;
    }

    private boolean editable() {
        if (canEdit()) return true;
        error.set(rfp == null ? "No RFP to edit" : "The workspace is open read-only");
        return false;
    }

    @FunctionalInterface
    private interface StoreCall {
        void run() throws Exception;
    }

    private void submitStore(String title, StoreCall call, String done) {
        tasks.submit(BackgroundJob.of(title, ctx -> {
                    call.run();
                    return null;
                })
                .onSuccess(x -> {
                    status.set(done);
                    afterChange.run();
                    load();
                })
                .onFailure(e -> {
                    error.set(e.getMessage());
                    load();
                }));
    }

    // ---- workbook import / export ------------------------------------------------------------

    /** Writes the RFP (with the edits, as issued: the RFP's own section weights) to an RFP workbook. */
    public void exportRfp(Path out) {
        Rfp r = rfp;
        if (r == null) {
            error.set("No RFP to export");
            return;
        }
        tasks.submit(BackgroundJob.of("Exporting the RFP", ctx -> {
                    RfpWriter.write(r, out);
                    return out;
                })
                .onSuccess(p -> status.set("Exported " + p.getFileName()))
                .onFailure(e -> error.set("Export failed: " + e.getMessage())));
    }

    /** Reads an RFP workbook and stores it (refused files change nothing; the message names the cell). */
    public void importRfp(Path file) {
        OpenWorkspace ws = workspace.get();
        if (ws == null || !ws.isOpen() || ws.readOnly()) {
            error.set("Open a writable workspace first");
            return;
        }
        error.set("");
        submitStore("Importing " + file.getFileName(), () -> store.importRfp(ws, file), "Imported " + file.getFileName());
    }

    // ---- pairwise ----------------------------------------------------------------------------

    /** Whether the pairwise dialog can be offered (2..10 sections, writable workspace). */
    public boolean canWeighPairwise() {
        OpenWorkspace ws = workspace.get();
        return ws != null && !ws.readOnly() && sections.size() >= 2
                && sections.size() <= org.vendorbench.domain.scoring.Ahp.MAX_CRITERIA;
    }

    /** A fresh pairwise weighting model over the current sections, storing into the open workspace. */
    public PairwiseWeightsViewModel pairwise() {
        OpenWorkspace ws = workspace.get();
        return new PairwiseWeightsViewModel(sections, tasks, overrides -> store.putSectionWeights(ws, overrides));
    }

    /** Called after Apply stored the weights. */
    public void weightsStored() {
        afterChange.run();
        load();
    }
}
