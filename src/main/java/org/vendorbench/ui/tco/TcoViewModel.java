package org.vendorbench.ui.tco;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.domain.tco.MonteCarlo;
import org.vendorbench.domain.tco.Staffing;
import org.vendorbench.domain.tco.TcoKey;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.domain.tco.Tornado;
import org.vendorbench.domain.tco.VendorUncertainty;
import org.vendorbench.service.WorkspaceEvaluation;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.JobCancelledException;
import org.vendorbench.ui.task.JobStatus;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * The TCO area's state and actions. A background job loads the workspace's evaluation inputs
 * ({@link WorkspaceEvaluation#request}); from then on, moving an assumption recomputes the whole
 * deterministic evaluation ({@link Evaluation#run}, no Monte Carlo) on the calling thread from the
 * data in memory (about a millisecond for the demo, see {@link #lastComputeMillisProperty()}).
 * Changed values behave exactly like saved overrides (fixed, range dropped), so what the area shows
 * is what the CLI computes after Save. Save writes every change in one audited transaction. The
 * Monte Carlo run ("Run uncertainty") is a background job with progress and cancel.
 */
public final class TcoViewModel {
    /** The tornado shows this many assumptions at most (the biggest swings). */
    public static final int TORNADO_BARS = 8;
    public static final int MAX_RUNS = 1_000_000;

    /** Two vendors' cumulative curves cross in {@code month}; {@code value} is the cumulative cost there. */
    public record Crossover(String a, String b, int month, double value) {}

    /** One bar of the tornado for the chosen vendor: TCO change with the key at Low and at High. */
    public record TornadoRow(String label, double low, double high, double deltaAtLow, double deltaAtHigh) {}

    private record Loaded(EvaluationRequest request, List<AssumptionOverride> overrides) {}

    private final ObservableValue<OpenWorkspace> workspace;
    private final Function<OpenWorkspace, Workspace> storeOf;
    private final TaskRunner tasks;
    private final Runnable afterChange;

    private final ObservableList<AssumptionRow> assumptions = FXCollections.observableArrayList();
    private final ObservableList<AssumptionOverride> vendorOverrides = FXCollections.observableArrayList();
    private final ObservableList<Evaluation.VendorEvaluation> vendors = FXCollections.observableArrayList();
    private final ObservableList<Crossover> crossovers = FXCollections.observableArrayList();
    private final ObservableList<String> vendorNames = FXCollections.observableArrayList();
    private final StringProperty tornadoVendor = new SimpleStringProperty(this, "tornadoVendor");
    private final ObservableList<TornadoRow> tornado = FXCollections.observableArrayList();
    private final ObservableList<Staffing.Assessment> staffing = FXCollections.observableArrayList();
    private final ObservableList<VendorUncertainty> uncertainty = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper uncertaintyNote = new ReadOnlyStringWrapper(this, "uncertaintyNote", "Not run yet");
    private final StringProperty runs = new SimpleStringProperty(this, "runs", Integer.toString(MonteCarlo.DEFAULT_RUNS));
    private final StringProperty seed = new SimpleStringProperty(this, "seed", Long.toString(MonteCarlo.DEFAULT_SEED));
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<Double> lastComputeMillis = new ReadOnlyObjectWrapper<>(this, "lastComputeMillis");

    private OpenWorkspace loadedFrom;
    private EvaluationRequest base;
    private final Map<TcoKey, Double> saved = new EnumMap<>(TcoKey.class);
    private final Map<TcoKey, Double> session = new EnumMap<>(TcoKey.class);
    private boolean updatingRows;
    /** The message line holds why nothing is loaded (cleared once something is). */
    private boolean loadProblem;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /**
     * @param changes     fires when the workspace's content changed elsewhere (the shell's summary): reload
     * @param afterChange called after Save stored overrides (refreshes the shell's summary)
     */
    public TcoViewModel(ObservableValue<OpenWorkspace> workspace, ObservableValue<?> changes,
                        Function<OpenWorkspace, Workspace> storeOf, TaskRunner tasks, Runnable afterChange) {
        this.workspace = Objects.requireNonNull(workspace);
        this.storeOf = Objects.requireNonNull(storeOf);
        this.tasks = Objects.requireNonNull(tasks);
        this.afterChange = Objects.requireNonNull(afterChange);
        workspace.addListener((o, a, b) -> load());
        if (changes != null) changes.addListener((o, a, b) -> load());
        tornadoVendor.addListener((o, a, b) -> fillTornado());
    }

    public ObservableList<AssumptionRow> assumptions() { return assumptions; }
    /** The stored overrides for one vendor only (they win over the shared value for that vendor). */
    public ObservableList<AssumptionOverride> vendorOverrides() { return vendorOverrides; }
    /** Vendors in rank order with their TCO (components, months, cumulative) and staffing. */
    public ObservableList<Evaluation.VendorEvaluation> vendors() { return vendors; }
    public ObservableList<Crossover> crossovers() { return crossovers; }
    public ObservableList<String> vendorNames() { return vendorNames; }
    /** Whose tornado is shown (default: the recommended vendor). */
    public StringProperty tornadoVendorProperty() { return tornadoVendor; }
    public ObservableList<TornadoRow> tornado() { return tornado; }
    public ObservableList<Staffing.Assessment> staffing() { return staffing; }
    /** P10/P50/P90 per vendor of the last uncertainty run (empty before a run, or after a change). */
    public ObservableList<VendorUncertainty> uncertainty() { return uncertainty; }
    public ReadOnlyStringProperty uncertaintyNoteProperty() { return uncertaintyNote.getReadOnlyProperty(); }
    public StringProperty runsProperty() { return runs; }
    public StringProperty seedProperty() { return seed; }
    /** The reason written to the audit log with Save. */
    public StringProperty reasonProperty() { return reason; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** Progress of the running job (the uncertainty run), 0..1 or −1. */
    public ReadOnlyDoubleProperty progressProperty() { return tasks.status().progressProperty(); }
    public JobStatus jobStatus() { return tasks.status(); }
    /** Whether the session's values differ from what is saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    /** Whether an evaluation is loaded (the charts have data). */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    /** The last outcome or problem, one line. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() { return evaluation.getReadOnlyProperty(); }
    /** How long the last live recomputation took, in milliseconds. */
    public ReadOnlyObjectProperty<Double> lastComputeMillisProperty() { return lastComputeMillis.getReadOnlyProperty(); }

    /** Loads the open workspace's inputs in a background job; unsaved values survive a reload of the same file. */
    public void load() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen()) {
            clear("No workspace open");
            loadedFrom = null;
            return;
        }
        if (open != loadedFrom) session.clear();
        tasks.submit(BackgroundJob.of("Loading the TCO inputs", ctx -> {
            Workspace ws = storeOf.apply(open);
            return new Loaded(WorkspaceEvaluation.request(ws, 0, MonteCarlo.DEFAULT_SEED), ws.assumptionOverrides());
        }).onSuccess(l -> {
            if (workspace.getValue() != open) return;
            boolean sameFile = open == loadedFrom;
            loadedFrom = open;
            loaded(l, sameFile);
        }).onFailure(e -> {
            if (workspace.getValue() != open) return;
            loadedFrom = open;
            clear(e instanceof RefusedException ? e.getMessage() : "TCO inputs not loaded: " + e.getMessage());
        }));
    }

    private void loaded(Loaded l, boolean keepSession) {
        base = l.request();
        saved.clear();
        vendorOverrides.clear();
        for (AssumptionOverride o : l.overrides()) {
            if (o.vendor() != null) {
                vendorOverrides.add(o);
                continue;
            }
            TcoKey k = TcoKey.parse(o.key());
            if (k != null) saved.put(k, o.value());
        }
        if (!keepSession) {
            session.clear();
            session.putAll(saved);
        }
        buildRows(base.rfp());
        uncertainty.clear();
        uncertaintyNote.set("Not run yet");
        if (loadProblem) message.set("");
        loadProblem = false;
        recompute();
    }

    private void buildRows(Rfp rfp) {
        updatingRows = true;
        try {
            List<AssumptionRow> rows = new ArrayList<>();
            for (TcoKey k : TcoKey.values()) {
                Assumption a = rfp.assumptions().stream().filter(x -> TcoKey.parse(x.key()) == k).findFirst().orElse(null);
                double rfpValue = a != null ? a.value() : k.defaultValue();
                double current = session.getOrDefault(k, rfpValue);
                AssumptionRow row = new AssumptionRow(k, rfpValue, a == null ? null : a.low(), a == null ? null : a.high(),
                        Double.isFinite(current) ? current : 0);
                row.valueProperty().addListener((o, old, now) -> {
                    if (!updatingRows) set(row.key(), now.doubleValue());
                });
                rows.add(row);
            }
            assumptions.setAll(rows);
        } finally {
            updatingRows = false;
        }
        refreshSources();
    }

    /**
     * Sets one assumption for this session and recomputes (also what the slider does). A value the
     * model refuses (e.g. 0 working days) is not taken: the message says why and the row shows the
     * value still in force.
     */
    public void set(TcoKey key, double value) {
        AssumptionRow row = row(key);
        if (!Double.isFinite(value)) {
            message.set(key.label() + ": not a number");
            showInForce(row);
            return;
        }
        Double previous = session.put(key, value);
        if (base != null && !recompute()) {
            if (previous == null) session.remove(key);
            else session.put(key, previous);
            showInForce(row);
            return;
        }
        if (row != null) {
            row.widenTo(value);
            showInForce(row);
        }
        message.set("");
        refreshSources();
        staleUncertainty();
    }

    private void showInForce(AssumptionRow row) {
        if (row == null) return;
        double v = session.getOrDefault(row.key(), row.rfpValue());
        if (Double.isFinite(v) && row.valueProperty().get() != v) {
            updatingRows = true;
            try {
                row.valueProperty().set(v);
            } finally {
                updatingRows = false;
            }
        }
    }

    /** Sets an assumption from typed text ("12000", "12,000", "2.5"); refuses anything else with a message. */
    public void setText(TcoKey key, String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("%", "").replace("_", "");
        try {
            set(key, Double.parseDouble(t));
        } catch (NumberFormatException e) {
            message.set(key.label() + ": '" + (text == null ? "" : text.strip()) + "' is not a number");
        }
    }

    /** Back to the RFP's value (with its range) for this key. */
    public void reset(TcoKey key) {
        Double previous = session.remove(key);
        if (base != null && !recompute()) {
            if (previous != null) session.put(key, previous);
            return;
        }
        showInForce(row(key));
        message.set("");
        refreshSources();
        staleUncertainty();
    }

    /** Back to what is saved in the workspace. */
    public void revert() {
        session.clear();
        session.putAll(saved);
        if (base == null) return;
        buildRows(base.rfp());
        recompute();
        staleUncertainty();
    }

    private void staleUncertainty() {
        if (!uncertainty.isEmpty()) {
            uncertainty.clear();
            uncertaintyNote.set("Assumptions changed since the last run: run it again");
        }
    }

    private void refreshSources() {
        for (AssumptionRow r : assumptions) {
            TcoKey k = r.key();
            Double s = session.get(k);
            Double sv = saved.get(k);
            if (s == null && sv == null) {
                boolean fromRfp = base != null && base.rfp().assumptions().stream().anyMatch(a -> TcoKey.parse(a.key()) == k);
                r.setSource(fromRfp ? "RFP" : "default", false);
            } else if (s != null && s.equals(sv)) {
                r.setSource("saved override", true);
            } else if (s == null) {
                r.setSource("RFP (override removed, not saved)", false);
            } else {
                r.setSource("changed (not saved)", true);
            }
        }
        dirty.set(!session.equals(saved));
    }

    /** The deterministic evaluation with the session's values; false (and a message) when refused. */
    private boolean recompute() {
        if (base == null) return false;
        long t0 = System.nanoTime();
        Evaluation ev;
        try {
            ev = Evaluation.run(request(0, MonteCarlo.DEFAULT_SEED));
        } catch (RefusedException | IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        showEvaluation(ev);
        lastComputeMillis.set((System.nanoTime() - t0) / 1e6);
        return true;
    }

    private EvaluationRequest request(int mcRuns, long mcSeed) {
        Map<String, Double> shared = new LinkedHashMap<>();
        session.forEach((k, v) -> shared.put(k.name(), v));
        return new EvaluationRequest(base.rfp(), base.responses(), base.scores(), base.overrides(), base.sectionWeights(),
                shared, base.vendorAssumptions(), mcRuns, mcSeed);
    }

    private void showEvaluation(Evaluation ev) {
        evaluation.set(ev);
        vendors.setAll(ev.ranking());
        List<Evaluation.VendorEvaluation> priced = ev.ranking().stream().filter(v -> v.tco().isPresent()).toList();
        List<Crossover> cross = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            for (int j = i + 1; j < priced.size(); j++) {
                TcoResult a = priced.get(i).tco().result();
                TcoResult b = priced.get(j).tco().result();
                for (int m : TcoModel.crossovers(a, b)) {
                    cross.add(new Crossover(a.vendor(), b.vendor(), m, a.cumulative().get(m - 1)));
                }
            }
        }
        crossovers.setAll(cross);
        staffing.setAll(ev.ranking().stream().map(Evaluation.VendorEvaluation::staffing).filter(Objects::nonNull).toList());
        List<String> names = priced.stream().map(Evaluation.VendorEvaluation::vendor).toList();
        if (!names.equals(vendorNames)) vendorNames.setAll(names);
        String chosen = tornadoVendor.get();
        if (chosen == null || !names.contains(chosen)) {
            String winner = ev.winner().filter(w -> w.tco().isPresent()).map(Evaluation.VendorEvaluation::vendor)
                    .orElse(names.isEmpty() ? null : names.get(0));
            if (!Objects.equals(winner, chosen)) {
                tornadoVendor.set(winner); // fills the tornado through the listener
                ready.set(true);
                return;
            }
        }
        fillTornado();
        ready.set(true);
    }

    private void fillTornado() {
        Evaluation ev = evaluation.get();
        String vendor = tornadoVendor.get();
        if (ev == null || vendor == null) {
            tornado.clear();
            return;
        }
        Double baseTotal = ev.tcoTotals().get(vendor);
        List<TornadoRow> rows = new ArrayList<>();
        if (baseTotal != null) {
            for (Tornado.Bar bar : ev.tornado()) {
                if (rows.size() == TORNADO_BARS) break;
                bar.vendors().stream().filter(e -> e.vendor().equals(vendor) && e.tcoLow() != null).findFirst()
                        .ifPresent(e -> rows.add(new TornadoRow(bar.label(), bar.low(), bar.high(),
                                e.tcoLow() - baseTotal, e.tcoHigh() - baseTotal)));
            }
        }
        tornado.setAll(rows);
    }

    /** Stores the session's values as the workspace's shared overrides (one transaction, audited with the reason). */
    public void save() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen() || base == null) {
            message.set("No workspace open");
            return;
        }
        if (open.readOnly()) {
            message.set(open.path().getFileName() + " is open read-only: changes cannot be saved");
            return;
        }
        if (!dirty.get()) {
            message.set("Nothing to save");
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            message.set("Give a reason for the change: it is written to the audit log");
            return;
        }
        List<AssumptionOverride> puts = new ArrayList<>();
        session.forEach((k, v) -> {
            if (!v.equals(saved.get(k))) puts.add(new AssumptionOverride(k.label(), null, v, why));
        });
        List<String> removals = saved.keySet().stream().filter(k -> !session.containsKey(k)).map(TcoKey::label).toList();
        Map<TcoKey, Double> stored = new EnumMap<>(TcoKey.class);
        stored.putAll(session);
        tasks.submit(BackgroundJob.of("Saving TCO assumptions", ctx -> {
            Workspace ws = storeOf.apply(open);
            // stored keys may be spelt differently (the RFP's spelling): remove by what the store holds
            List<String> storedKeys = new ArrayList<>();
            for (AssumptionOverride o : ws.assumptionOverrides()) {
                TcoKey k = TcoKey.parse(o.key());
                if (o.vendor() == null && k != null && removals.contains(k.label())) storedKeys.add(o.key());
            }
            ws.saveAssumptionOverrides(puts, storedKeys, why);
            return puts.size() + removals.size();
        }).onSuccess(n -> {
            saved.clear();
            saved.putAll(stored);
            refreshSources();
            reason.set("");
            message.set(String.format(Locale.ROOT, "Saved %d assumption change%s", n, n == 1 ? "" : "s"));
            afterChange.run();
        }).onFailure(e -> message.set("Not saved: " + e.getMessage())));
    }

    /** Starts the Monte Carlo run with the session's values, the runs and seed fields; a background job. */
    public void runUncertainty() {
        if (base == null) {
            message.set("Nothing to simulate: no evaluation loaded");
            return;
        }
        if (running.get()) return;
        int n;
        long s;
        try {
            n = Integer.parseInt(runs.get().strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            message.set("Runs: '" + runs.get() + "' is not a whole number");
            return;
        }
        if (n < 1 || n > MAX_RUNS) {
            message.set(String.format(Locale.ROOT, "Runs must be between 1 and %,d", MAX_RUNS));
            return;
        }
        try {
            s = Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            message.set("Seed: '" + seed.get() + "' is not a whole number");
            return;
        }
        EvaluationRequest req = request(n, s);
        cancelRequested.set(false);
        running.set(true);
        uncertaintyNote.set(String.format(Locale.ROOT, "Running %,d runs…", n));
        tasks.submit(BackgroundJob.of("Running the uncertainty simulation", ctx -> {
            ctx.updateProgress(0, n);
            try {
                return Evaluation.run(req, new MonteCarlo.Monitor() {
                    @Override
                    public void progress(int done, int total) {
                        ctx.updateProgress(done, total);
                        ctx.updateMessage(String.format(Locale.ROOT, "Uncertainty: %,d of %,d runs", done, total));
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelRequested.get() || ctx.isCancelled();
                    }
                }).uncertainty().orElseThrow();
            } catch (CancellationException e) {
                throw new JobCancelledException();
            }
        }).onFinished(() -> running.set(false))
                .onSuccess(u -> {
                    uncertainty.setAll(u.vendors().stream().filter(v -> v.p50() != null).toList());
                    uncertaintyNote.set(String.format(Locale.ROOT, "%,d runs, seed %d, %d assumption%s drawn", u.runs(),
                            u.seed(), u.drawnKeys().size(), u.drawnKeys().size() == 1 ? "" : "s"));
                })
                .onCancelled(() -> uncertaintyNote.set("Uncertainty run cancelled"))
                .onFailure(e -> uncertaintyNote.set("Uncertainty run failed: " + e.getMessage())));
    }

    /** Stops the running uncertainty simulation at its next chunk of runs. */
    public void cancelUncertainty() {
        cancelRequested.set(true);
    }

    private AssumptionRow row(TcoKey key) {
        for (AssumptionRow r : assumptions) if (r.key() == key) return r;
        return null;
    }

    private void clear(String why) {
        base = null;
        saved.clear();
        session.clear();
        assumptions.clear();
        vendorOverrides.clear();
        vendors.clear();
        crossovers.clear();
        tornado.clear();
        staffing.clear();
        uncertainty.clear();
        vendorNames.clear();
        evaluation.set(null);
        ready.set(false);
        dirty.set(false);
        message.set(why);
        loadProblem = true;
    }
}
