package org.vendorbench.ui.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.domain.scoring.BlindLabels;
import org.vendorbench.domain.scoring.Fmt;
import org.vendorbench.domain.scoring.RankedVendor;
import org.vendorbench.domain.scoring.Ranking;
import org.vendorbench.domain.scoring.ScoringEngine;
import org.vendorbench.domain.scoring.Sensitivity;
import org.vendorbench.domain.scoring.VendorScore;
import org.vendorbench.service.WorkspaceEvaluation;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.DialogService;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.undo.UndoStack;
import org.vendorbench.ui.undo.WorkspaceEdits;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * The Scoring area: the questions × vendors grid (answers, points with the engine's explanation,
 * evaluator scores, spread / knockout / mandatory-gap marks) with its filter; manual scoring by the
 * current evaluator and the lead's consensus score, each saved at once through the app's
 * {@link UndoStack} (audited, undoable); blind mode; and the ranking (quality, price, combined) that
 * follows the section weight sliders live, with each slider's sensitivity threshold.
 *
 * <p>Loading runs the domain's {@link Evaluation} (quality → TCO → rank, no Monte Carlo) in a
 * background job. Moving a slider then only re-aggregates the loaded question points
 * ({@link ScoringEngine#reweighAll}) and re-ranks with the loaded TCO totals, on the UI thread: the
 * same model {@link Sensitivity} uses for its thresholds, so a marker is exactly where the first place
 * changes. (TCO depends slightly on quality through the exit probability; "Save weights" reloads, and
 * the reloaded ranking is the one {@code evaluate} prints.)
 */
public final class ScoringViewModel {
    /** A vendor column: the stored name and what is shown (the blind label in blind mode). */
    public record VendorColumn(String vendor, String shown) {}

    /** One line of the ranking panel, already formatted ("hidden" for prices in blind mode). */
    public record RankRow(String rank, String vendor, String quality, String price, String combined, String tco,
                          String status) {}

    /** The selected grid cell: a row ID and a vendor column index. */
    public record Selection(String rowId, int vendorIndex) {}

    /** The reason written with the overrides "Save weights" stores. */
    public static final String SAVE_WEIGHTS_REASON = "section weights set with the Scoring area's sliders";
    static final String HIDDEN = "hidden";

    private final ObservableValue<OpenWorkspace> workspace;
    private final Function<OpenWorkspace, Workspace> storeOf;
    private final TaskRunner tasks;
    private final UndoStack undo;
    private final DialogService dialogs;

    private final ObservableList<VendorColumn> vendors = FXCollections.observableArrayList();
    private final ObservableList<ScoreRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<ScoreRow> rows = new FilteredList<>(allRows);
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObjectProperty<Section> sectionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RowFilter.Flag> flagFilter = new SimpleObjectProperty<>(RowFilter.Flag.ALL);
    private final StringProperty textFilter = new SimpleStringProperty("");

    private final ObservableList<String> evaluators = FXCollections.observableArrayList();
    private final StringProperty evaluator = new SimpleStringProperty("");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ScoreCell> selectedCell = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("Select a cell of the grid");
    private final StringProperty scoreInput = new SimpleStringProperty("");
    private final StringProperty noteInput = new SimpleStringProperty("");
    private final StringProperty consensusInput = new SimpleStringProperty("");
    private final StringProperty consensusReason = new SimpleStringProperty("");

    private final ReadOnlyBooleanWrapper blind = new ReadOnlyBooleanWrapper();
    private final ObservableList<SectionSlider> sliders = FXCollections.observableArrayList();
    private final ObservableList<RankRow> ranking = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper weightsChanged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String clearedWith;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    private Data data;
    private WeightShares shares;
    private boolean adjusting;

    /** What one load read from the workspace (immutable; replaced by the next load). */
    private record Data(OpenWorkspace open, EvaluationRequest request, List<VendorColumn> columns, boolean blind,
                        Map<String, Double> storedWeights, List<String> evaluators, ScoringEngine engine,
                        List<VendorScore> scores, Map<String, Double> tco,
                        List<Sensitivity.SectionThreshold> thresholds, String problem) {
        Rfp rfp() {
            return request.rfp();
        }
    }

    /**
     * @param storeOf the store behind an open workspace
     * @param undo    the app-wide undo stack; every edit goes through it, and its revision reloads this area
     */
    public ScoringViewModel(ObservableValue<OpenWorkspace> workspace, Function<OpenWorkspace, Workspace> storeOf,
                            TaskRunner tasks, UndoStack undo, DialogService dialogs) {
        this.workspace = Objects.requireNonNull(workspace);
        this.storeOf = Objects.requireNonNull(storeOf);
        this.tasks = Objects.requireNonNull(tasks);
        this.undo = Objects.requireNonNull(undo);
        this.dialogs = Objects.requireNonNull(dialogs);
        sectionFilter.addListener((o, a, b) -> applyFilter());
        flagFilter.addListener((o, a, b) -> applyFilter());
        textFilter.addListener((o, a, b) -> applyFilter());
        selection.addListener((o, a, b) -> showSelection());
        evaluator.addListener((o, a, b) -> showSelection());
        workspace.addListener((o, a, b) -> load());
        undo.revisionProperty().addListener((o, a, b) -> load());
        undo.lastErrorProperty().addListener((o, a, error) -> {
            if (error != null && !error.isBlank()) message.set(error);
        });
        load();
    }

    // ---- properties the view binds --------------------------------------------------------------

    public ObservableList<VendorColumn> vendors() { return vendors; }
    public ObservableList<ScoreRow> rows() { return rows; }
    public ObservableList<Section> sections() { return sections; }
    public ObjectProperty<Section> sectionFilterProperty() { return sectionFilter; }
    public ObjectProperty<RowFilter.Flag> flagFilterProperty() { return flagFilter; }
    public StringProperty textFilterProperty() { return textFilter; }
    public ObservableList<String> evaluators() { return evaluators; }
    /** The current evaluator (a known name or a new one typed in). */
    public StringProperty evaluatorProperty() { return evaluator; }
    public ObjectProperty<Selection> selectionProperty() { return selection; }
    public ReadOnlyObjectProperty<ScoreCell> selectedCellProperty() { return selectedCell.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailTitleProperty() { return detailTitle.getReadOnlyProperty(); }
    public StringProperty scoreInputProperty() { return scoreInput; }
    public StringProperty noteInputProperty() { return noteInput; }
    public StringProperty consensusInputProperty() { return consensusInput; }
    public StringProperty consensusReasonProperty() { return consensusReason; }
    public ReadOnlyBooleanProperty blindProperty() { return blind.getReadOnlyProperty(); }
    public ObservableList<SectionSlider> sliders() { return sliders; }
    public ObservableList<RankRow> ranking() { return ranking; }
    /** True while the sliders differ from the stored weights (Save / Reset enabled). */
    public ReadOnlyBooleanProperty weightsChangedProperty() { return weightsChanged.getReadOnlyProperty(); }
    /** The outcome of the last action, a validation problem, or why nothing can be shown. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** True once a workspace with an RFP was loaded. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    // ---- loading --------------------------------------------------------------------------------

    /** Reloads the open workspace's RFP, responses, scores and settings (in a job). */
    public void load() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen()) {
            clear("No workspace open");
            return;
        }
        tasks.submit(BackgroundJob.of("Loading scores", ctx -> read(open))
                .onSuccess(d -> {
                    if (workspace.getValue() != open) return;
                    if (d == null) clear("No RFP imported yet: import the RFP and the vendors' responses first");
                    else apply(d);
                })
                .onFailure(e -> message.set("Scores not loaded: " + reason(e))));
    }

    private Data read(OpenWorkspace open) throws RefusedException {
        Workspace ws = storeOf.apply(open);
        if (ws.loadRfp().isEmpty()) return null;
        EvaluationRequest req = WorkspaceEvaluation.request(ws, 0, 1);
        List<String> order = ws.vendors();
        List<VendorResponse> responses = new ArrayList<>(req.responses());
        responses.sort(Comparator.comparingInt(r -> indexOf(order, r.vendor())));
        Map<String, String> fallback = BlindLabels.assign(order);
        List<VendorColumn> columns = new ArrayList<>();
        for (VendorResponse r : responses) {
            columns.add(new VendorColumn(r.vendor(), ws.blindLabel(r.vendor()).orElse(fallback.get(r.vendor()))));
        }
        EvaluationRequest sorted = new EvaluationRequest(req.rfp(), responses, req.scores(), req.overrides(),
                req.sectionWeights(), req.assumptions(), req.vendorAssumptions(), 0, 1);
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        req.scores().forEach(s -> names.add(s.evaluator()));
        // the full pipeline once, off the UI thread: question points, TCO (which needs the quality), thresholds
        ScoringEngine engine = new ScoringEngine(sorted.rfp());
        List<VendorScore> scores;
        Map<String, Double> tco;
        String problem = null;
        try {
            Evaluation e = Evaluation.run(sorted);
            scores = e.scores();
            tco = e.tcoTotals();
        } catch (RefusedException e) {
            // no usable TCO: rank on quality alone, as the engine does for vendors without a price
            scores = engine.scoreAll(sorted.responses(), sorted.scores(), sorted.overrides(), sorted.sectionWeights());
            tco = Map.of();
            problem = "No TCO, ranked without prices: " + e.getMessage();
        }
        return new Data(open, sorted, columns, ws.blindMode(), effectiveWeights(req.rfp(), req.sectionWeights()),
                List.copyOf(names), engine, scores, tco,
                Sensitivity.sectionWeights(scores, tco, sorted.rfp().priceWeight()), problem);
    }

    private static int indexOf(List<String> order, String vendor) {
        for (int i = 0; i < order.size(); i++) if (Fold.same(order.get(i), vendor)) return i;
        return order.size();
    }

    /** Section ID → the weight in force (stored override, else the RFP's), in RFP order. */
    private static Map<String, Double> effectiveWeights(Rfp rfp, Map<String, Double> overrides) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Section s : rfp.sections()) {
            Double o = overrides.entrySet().stream().filter(e -> Fold.same(e.getKey(), s.id()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            out.put(s.id(), o != null ? o : s.weight());
        }
        return out;
    }

    private void clear(String why) {
        data = null;
        shares = null;
        loaded.set(false);
        vendors.clear();
        allRows.clear();
        sections.clear();
        sliders.clear();
        ranking.clear();
        evaluators.clear();
        weightsChanged.set(false);
        blind.set(false);
        selectedCell.set(null);
        message.set(why);
        clearedWith = why;
    }

    private void apply(Data d) {
        Data before = data;
        boolean sameWeights = before != null && before.open() == d.open()
                && before.storedWeights().equals(d.storedWeights());
        data = d;
        blind.set(d.blind());
        List<VendorColumn> shown = d.columns().stream()
                .map(c -> new VendorColumn(c.vendor(), d.blind() ? c.shown() : c.vendor())).toList();
        if (!shown.equals(vendors)) vendors.setAll(shown);
        if (!evaluators.equals(d.evaluators())) {
            String current = evaluator.get(); // a combo may clear its value when its items change
            evaluators.setAll(d.evaluators());
            evaluator.set(current);
        }
        if (!d.rfp().sections().equals(sections)) sections.setAll(d.rfp().sections());
        if (!sameWeights || shares == null || sliders.isEmpty()) {
            // the stored weights changed (another workspace, a save, an undo): the sliders follow the store
            shares = new WeightShares(d.storedWeights().values().stream().mapToDouble(Double::doubleValue).toArray());
            List<SectionSlider> list = new ArrayList<>();
            for (int i = 0; i < d.rfp().sections().size(); i++) {
                Section s = d.rfp().sections().get(i);
                SectionSlider slider = new SectionSlider(s.id(), s.name(), shares.percent(i));
                int k = i;
                slider.percentProperty().addListener((o, a, now) -> moved(k, now.doubleValue()));
                slider.changingProperty().addListener((o, was, now) -> {
                    if (!now && weightsChanged.get()) showRanking(compute(sessionWeights(), true));
                });
                list.add(slider);
            }
            sliders.setAll(list);
            weightsChanged.set(false);
        }
        loaded.set(true);
        Computed c = weightsChanged.get() ? compute(sessionWeights(), true) : stored();
        allRows.setAll(ScoreGrid.rows(d.rfp(), d.scores(), d.request().responses(), d.request().scores()));
        applyFilter();
        showRanking(c);
        showSelection();
        if (d.problem() != null) message.set(d.problem());
        // "No workspace open" and the like no longer apply once data is loaded; a save's message stays
        else if (message.get() != null && message.get().equals(clearedWith)) message.set("");
    }

    // ---- grid, filter and selection ---------------------------------------------------------------

    private void applyFilter() {
        Section s = sectionFilter.get();
        rows.setPredicate(new RowFilter(s == null ? null : s.id(), flagFilter.get(), textFilter.get()).predicate());
    }

    /** The row with this ID (whatever the filter), or null. */
    public ScoreRow row(String id) {
        return allRows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    private void showSelection() {
        Selection sel = selection.get();
        ScoreRow row = sel == null ? null : row(sel.rowId());
        if (row == null || sel.vendorIndex() < 0 || sel.vendorIndex() >= vendors.size()) {
            selectedCell.set(null);
            detailTitle.set("Select a cell of the grid");
            return;
        }
        ScoreCell cell = row.cell(sel.vendorIndex());
        selectedCell.set(cell);
        detailTitle.set(row.id() + " · " + vendors.get(sel.vendorIndex()).shown() + " — " + row.label());
        EvaluatorScore mine = cell.scoreBy(evaluator.get());
        scoreInput.set(mine == null ? "" : Fmt.num(mine.score()));
        noteInput.set(mine == null || mine.note() == null ? "" : mine.note());
        consensusInput.set(cell.override() == null ? "" : Fmt.num(cell.override()));
        consensusReason.set("");
    }

    // ---- edits -------------------------------------------------------------------------------------

    /** Saves the current evaluator's score and note for the selected cell (undoable, audited). */
    public void saveScore() {
        Workspace ws = writable();
        ScoreCell cell = selectedCell.get();
        if (ws == null) return;
        if (cell == null || !cell.scorable()) {
            message.set("Select an answered manual question: only those are scored by evaluators.");
            return;
        }
        String who = evaluator.get() == null ? "" : evaluator.get().strip();
        if (who.isEmpty()) {
            message.set("Pick the evaluator first (or type a new evaluator's name).");
            return;
        }
        Double score = parseScore(scoreInput.get(), "Score");
        if (score == null) return;
        Selection sel = selection.get();
        String note = noteInput.get() == null || noteInput.get().isBlank() ? null : noteInput.get().strip();
        EvaluatorScore s = new EvaluatorScore(who, data.columns().get(sel.vendorIndex()).vendor(), sel.rowId(), score, note);
        message.set("Saved " + who + "'s score " + Fmt.num(score) + " for " + sel.rowId() + " of "
                + vendors.get(sel.vendorIndex()).shown() + ".");
        undo.execute(WorkspaceEdits.putScore(ws, s));
    }

    /** Saves the lead's consensus score for the selected manual cell; the reason is required. */
    public void saveConsensus() {
        Workspace ws = writable();
        ScoreCell cell = selectedCell.get();
        if (ws == null) return;
        if (cell == null || !cell.scorable()) {
            message.set("Select an answered manual question: a consensus score replaces the evaluators' mean.");
            return;
        }
        Double score = parseScore(consensusInput.get(), "Consensus score");
        if (score == null) return;
        String why = consensusReason.get() == null ? "" : consensusReason.get().strip();
        if (why.isEmpty()) {
            message.set("A consensus score needs a reason (it goes to the audit log).");
            return;
        }
        Selection sel = selection.get();
        message.set("Consensus " + Fmt.num(score) + " set for " + sel.rowId() + " of " + vendors.get(sel.vendorIndex()).shown() + ".");
        undo.execute(WorkspaceEdits.putConsensus(ws,
                new ConsensusOverride(data.columns().get(sel.vendorIndex()).vendor(), sel.rowId(), score, why)));
    }

    /**
     * Turns blind mode on at once, or reveals names and prices after the lead confirms (undoable).
     */
    public void setBlind(boolean on) {
        Workspace ws = writable();
        if (ws == null || on == blind.get()) return;
        if (!on && !dialogs.confirm("Reveal vendors", "Leave blind mode?",
                "Vendor names and prices will be shown to everyone looking at this screen.", "Reveal")) {
            return;
        }
        undo.execute(WorkspaceEdits.setBlindMode(ws, on));
    }

    /** Stores the sliders' weights as section weight overrides, in one audited, undoable step. */
    public void saveWeights() {
        Workspace ws = writable();
        if (ws == null || shares == null) return;
        List<SectionWeightOverride> list = new ArrayList<>();
        double[] w = shares.weights(total());
        for (int i = 0; i < w.length; i++) {
            list.add(new SectionWeightOverride(data.rfp().sections().get(i).id(), w[i], SAVE_WEIGHTS_REASON));
        }
        message.set("Section weights saved.");
        undo.execute(WorkspaceEdits.replaceSectionWeights(ws, list, SAVE_WEIGHTS_REASON));
    }

    /** Puts the sliders back to the stored weights. */
    public void resetWeights() {
        if (data == null) return;
        shares = new WeightShares(data.storedWeights().values().stream().mapToDouble(Double::doubleValue).toArray());
        adjusting = true;
        try {
            for (int i = 0; i < sliders.size(); i++) sliders.get(i).percentProperty().set(shares.percent(i));
        } finally {
            adjusting = false;
        }
        weightsChanged.set(false);
        showRanking(stored());
    }

    /** Moves one section's share (what the slider does) and re-ranks at once. */
    public void moveWeight(String sectionId, double percent) {
        for (SectionSlider s : sliders) if (Fold.same(s.sectionId(), sectionId)) s.percentProperty().set(percent);
    }

    private void moved(int k, double percent) {
        if (adjusting || shares == null) return;
        shares.move(k, percent);
        adjusting = true;
        try {
            for (int i = 0; i < sliders.size(); i++) {
                if (i != k) sliders.get(i).percentProperty().set(shares.percent(i));
            }
        } finally {
            adjusting = false;
        }
        weightsChanged.set(true);
        boolean dragging = sliders.stream().anyMatch(x -> x.changingProperty().get());
        showRanking(compute(sessionWeights(), !dragging));
    }

    private double total() {
        double t = data.storedWeights().values().stream().mapToDouble(Double::doubleValue).sum();
        return t > 0 ? t : 100;
    }

    private Map<String, Double> sessionWeights() {
        Map<String, Double> m = new HashMap<>();
        double[] w = shares.weights(total());
        for (int i = 0; i < w.length; i++) m.put(data.rfp().sections().get(i).id(), w[i]);
        return m;
    }

    private Workspace writable() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen() || data == null) {
            message.set("Open a workspace with an RFP first.");
            return null;
        }
        if (open.readOnly()) {
            message.set("The workspace is open read-only: nothing can be changed.");
            return null;
        }
        return storeOf.apply(open);
    }

    private Double parseScore(String text, String what) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        try {
            double v = Double.parseDouble(t);
            if (v >= 0 && v <= 5) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        message.set(what + " must be a number from 0 to 5, not '" + (text == null ? "" : text.strip()) + "'.");
        return null;
    }

    // ---- ranking -------------------------------------------------------------------------------------

    /**
     * The ranking for one set of section weights.
     *
     * @param thresholds null when not recomputed (while a slider is dragged)
     */
    private record Computed(List<RankedVendor> ranked, List<Sensitivity.SectionThreshold> thresholds) {}

    /** The ranking at the stored weights, as loaded. */
    private Computed stored() {
        return new Computed(Ranking.rank(data.scores(), data.tco(), data.rfp().priceWeight()), data.thresholds());
    }

    /**
     * Re-aggregates the loaded question points with {@code weights} and re-ranks: no answer is re-scored
     * and the TCO totals stay as loaded (as {@link Sensitivity} assumes), so this is cheap enough for the
     * UI thread. The thresholds scan every section (tens of ms), hence only when asked.
     */
    private Computed compute(Map<String, Double> weights, boolean withThresholds) {
        List<VendorScore> s = data.engine().reweighAll(data.scores(), weights, Map.of());
        double pw = data.rfp().priceWeight();
        return new Computed(Ranking.rank(s, data.tco(), pw),
                withThresholds ? Sensitivity.sectionWeights(s, data.tco(), pw) : null);
    }

    private void showRanking(Computed c) {
        Map<String, String> shownName = new HashMap<>();
        for (VendorColumn v : vendors) shownName.put(v.vendor(), v.shown());
        boolean hide = blind.get();
        List<RankedVendor> order = new ArrayList<>(c.ranked());
        if (hide) {
            // by quality only: the combined order would tell who is cheaper
            order.sort(Comparator.comparing(RankedVendor::disqualified)
                    .thenComparing(Comparator.comparingDouble(RankedVendor::quality).reversed())
                    .thenComparing(v -> shownName.getOrDefault(v.vendor(), v.vendor())));
        }
        List<RankRow> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            RankedVendor v = order.get(i);
            String status = v.disqualified() ? "disqualified: " + String.join(", ",
                    v.score().knockouts().stream().map(k -> k.id()).toList())
                    : v.score().incomplete() ? "incomplete (unscored manual questions)" : "";
            out.add(new RankRow(v.disqualified() ? "—" : Integer.toString(hide ? i + 1 : v.rank()),
                    shownName.getOrDefault(v.vendor(), v.vendor()), Fmt.num(v.quality()),
                    hide ? HIDDEN : Fmt.num(v.priceScore()), hide ? HIDDEN : Fmt.num(v.combined()),
                    hide ? HIDDEN : v.tco() == null ? "no pricing" : String.format(Locale.ROOT, "%,.0f", v.tco()),
                    status));
        }
        ranking.setAll(out);
        if (c.thresholds() == null) return;
        for (int i = 0; i < sliders.size(); i++) {
            SectionSlider slider = sliders.get(i);
            Sensitivity.SectionThreshold t = c.thresholds().stream()
                    .filter(x -> Fold.same(x.sectionId(), slider.sectionId())).findFirst().orElse(null);
            if (t == null) {
                slider.showThreshold(null, "");
            } else if (hide) {
                // in blind mode the leader (on the combined score) would hint at prices: name nobody
                slider.showThreshold(t.stable() ? null : 100 * t.thresholdWeight(), t.stable()
                        ? "first place stable across 0-100 %"
                        : String.format(Locale.ROOT, "at %.2f %% another vendor ranks first", 100 * t.thresholdWeight()));
            } else if (t.stable()) {
                slider.showThreshold(null, shownName.getOrDefault(t.currentLeader(), t.currentLeader())
                        + " stays first across 0-100 %");
            } else {
                slider.showThreshold(100 * t.thresholdWeight(), String.format(Locale.ROOT,
                        "at %.2f %% (now %.2f %%) %s overtakes %s", 100 * t.thresholdWeight(), 100 * t.currentWeight(),
                        shownName.getOrDefault(t.newLeader(), t.newLeader()),
                        shownName.getOrDefault(t.currentLeader(), t.currentLeader())));
            }
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
