package org.vendorbench.ui.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.monitoring.BreachStatus;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.CostVariance;
import org.vendorbench.domain.monitoring.GovernanceSchedule;
import org.vendorbench.domain.monitoring.KpiMonitor;
import org.vendorbench.domain.monitoring.KpiTerm;
import org.vendorbench.domain.monitoring.RemediationItem;
import org.vendorbench.service.Governance;
import org.vendorbench.service.Monitoring;
import org.vendorbench.store.StoredExitRight;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * The Vendor performance area (after signing): KPI trends against the contract's target,
 * remediation and exit thresholds, the breach table, remediation items (owner, due date, notes,
 * closing with evidence), exit rights and rising trends, cost against the TCO forecast (per
 * component and per month, cumulative) and the governance review calendar. Everything is loaded
 * in one background job ({@link Monitoring#status}, {@link Governance#calendar}); edits of a
 * remediation item run as jobs too and reload the area.
 */
public final class PerformanceViewModel {
    /** One KPI's series for a trend chart, with its threshold lines. */
    public record KpiChart(String kpiId, String title, String unit, List<String> months, List<Double> values,
                           double target, Double remediation, double exit) {
        public KpiChart {
            months = List.copyOf(months);
            values = List.copyOf(values);
        }
    }

    /** A month and KPI that missed its target. */
    public record BreachRow(String month, String kpiId, String value, BreachStatus status) {
        public String statusLabel() {
            return status.label;
        }
    }

    /** Forecast against actual for one cost component (or the total), over the invoiced months. */
    public record CostRow(String component, String forecast, String actual, String variance) {}

    /** One invoiced month. */
    public record CostMonthRow(String month, String forecast, String actual, String variance, String cumulative) {}

    /** One period of the governance calendar. */
    public record GovernanceRow(String cadence, String period, String dates, String status, String held,
                                String shortfalls) {}

    /** What the job loads. */
    record Loaded(Monitoring.Status status, Governance.Calendar calendar) {}

    private final ObservableValue<OpenWorkspace> workspace;
    private final Function<OpenWorkspace, Workspace> storeOf;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final Runnable changed;

    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper signed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<KpiChart> charts = FXCollections.observableArrayList();
    private final ObservableList<BreachRow> breaches = FXCollections.observableArrayList();
    private final ObservableList<String> alerts = FXCollections.observableArrayList();
    private final ObservableList<RemediationItem> remediation = FXCollections.observableArrayList();
    private final ObservableList<CostRow> costComponents = FXCollections.observableArrayList();
    private final ObservableList<CostMonthRow> costMonths = FXCollections.observableArrayList();
    private final ObservableList<GovernanceRow> governance = FXCollections.observableArrayList();

    private final ObjectProperty<RemediationItem> selected = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");

    public PerformanceViewModel(ObservableValue<OpenWorkspace> workspace, Function<OpenWorkspace, Workspace> storeOf,
                                TaskRunner tasks, Supplier<LocalDate> today, Runnable changed) {
        this.workspace = Objects.requireNonNull(workspace);
        this.storeOf = Objects.requireNonNull(storeOf);
        this.tasks = Objects.requireNonNull(tasks);
        this.today = Objects.requireNonNull(today);
        this.changed = changed == null ? () -> { } : changed;
        workspace.addListener((o, a, ws) -> refresh());
        selected.addListener((o, a, item) -> {
            owner.set(item == null || item.owner() == null ? "" : item.owner());
            due.set(item == null ? null : item.dueDate());
            notes.set(item == null || item.notes() == null ? "" : item.notes());
            evidence.set(item == null || item.closureEvidence() == null ? "" : item.closureEvidence());
            // a reload re-selects the same item: keep the outcome of the edit that caused it
            if (a == null || item == null || a.id() != item.id()) message.set("");
        });
    }

    public ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }
    /** The outcome of the last remediation edit (or why it was refused). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** True once a signed contract was loaded. */
    public ReadOnlyBooleanProperty signedProperty() { return signed.getReadOnlyProperty(); }
    public ObservableList<KpiChart> charts() { return charts; }
    public ObservableList<BreachRow> breaches() { return breaches; }
    /** Exit rights and rising trends, one sentence each. */
    public ObservableList<String> alerts() { return alerts; }
    public ObservableList<RemediationItem> remediation() { return remediation; }
    public ObservableList<CostRow> costComponents() { return costComponents; }
    public ObservableList<CostMonthRow> costMonths() { return costMonths; }
    public ObservableList<GovernanceRow> governance() { return governance; }
    public ObjectProperty<RemediationItem> selectedProperty() { return selected; }
    public StringProperty ownerProperty() { return owner; }
    public ObjectProperty<LocalDate> dueProperty() { return due; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty evidenceProperty() { return evidence; }

    /** Reloads everything from the open workspace in a background job. */
    public void refresh() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen()) {
            clear();
            banner.set("No workspace open");
            return;
        }
        banner.set("Loading the vendor's performance…");
        LocalDate now = today.get();
        tasks.submit(BackgroundJob.of("Loading vendor performance", ctx -> {
            Workspace ws = storeOf.apply(open);
            if (ws.contract().isEmpty()) return null;
            Monitoring.Status s = Monitoring.status(ws);
            return new Loaded(s, Governance.calendar(ws, null, null, now));
        }).onSuccess(this::show).onFailure(e -> {
            clear();
            banner.set("Could not load the vendor's performance: " + e.getMessage());
        }));
    }

    private void clear() {
        signed.set(false);
        charts.clear();
        breaches.clear();
        alerts.clear();
        remediation.clear();
        costComponents.clear();
        costMonths.clear();
        governance.clear();
        selected.set(null);
    }

    private void show(Loaded l) {
        if (l == null) {
            clear();
            banner.set("No signed vendor: sign the chosen vendor (vendorbench sign) to follow its performance here");
            return;
        }
        Monitoring.Status s = l.status();
        signed.set(true);
        charts.setAll(charts(s.kpis()));
        breaches.setAll(breaches(s.kpis()));
        alerts.setAll(alerts(s));
        Long keep = selected.get() == null ? null : selected.get().id();
        remediation.setAll(s.remediation());
        selected.set(keep == null ? null : s.remediation().stream().filter(i -> i.id() == keep).findFirst().orElse(null));
        costComponents.setAll(s.costs().map(PerformanceViewModel::costRows).orElse(List.of()));
        costMonths.setAll(s.costs().map(PerformanceViewModel::costMonthRows).orElse(List.of()));
        governance.setAll(governanceRows(l.calendar()));
        banner.set(bannerText(s, l.calendar()));
    }

    /** "CareLine Partners, live since 2027-01-01: 12 months reported, 2 open remediation items, 1 exit right." */
    static String bannerText(Monitoring.Status s, Governance.Calendar cal) {
        long months = s.kpis().kpis().stream().flatMap(h -> h.months().stream()).map(KpiMonitor.MonthAssessment::month)
                .distinct().count();
        long open = s.remediation().stream().filter(RemediationItem::isOpen).count();
        long missed = cal.slots().stream().filter(x -> x.status() == GovernanceSchedule.Status.MISSED).count();
        return s.contract().vendor() + ", live since " + s.contract().goLive() + ": " + plural(months, "month") + " reported, "
                + plural(open, "open remediation item") + ", " + plural(s.exitRights().size(), "exit right") + ", "
                + plural(missed, "missed review") + " (as of " + cal.asOf() + ")";
    }

    private static String plural(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static List<KpiChart> charts(KpiMonitor.Report r) {
        List<KpiChart> out = new ArrayList<>();
        for (KpiMonitor.KpiHistory h : r.kpis()) {
            KpiTerm t = h.term();
            out.add(new KpiChart(t.kpiId(), t.kpiId() + " – " + t.name(), unit(t),
                    h.months().stream().map(m -> m.month().toString()).toList(),
                    h.months().stream().map(KpiMonitor.MonthAssessment::value).toList(), t.target(), t.remediation(), t.exit()));
        }
        return out;
    }

    /** Every month and KPI worse than its target, newest month first, then by KPI order. */
    static List<BreachRow> breaches(KpiMonitor.Report r) {
        List<BreachRow> out = new ArrayList<>();
        for (KpiMonitor.KpiHistory h : r.kpis()) {
            for (KpiMonitor.MonthAssessment m : h.months()) {
                if (m.status() == BreachStatus.MET) continue;
                out.add(new BreachRow(m.month().toString(), h.term().kpiId(), num(m.value()) + unitSuffix(h.term()), m.status()));
            }
        }
        out.sort(java.util.Comparator.comparing(BreachRow::month).reversed());
        return out;
    }

    static List<String> alerts(Monitoring.Status s) {
        List<String> out = new ArrayList<>();
        for (StoredExitRight e : s.exitRights()) {
            out.add("Exit right: " + e.right().message() + (e.recordedOn() == null ? "" : " (recorded " + e.recordedOn() + ")"));
        }
        for (KpiMonitor.TrendFlag t : s.kpis().trends()) out.add("Rising trend: " + t.message());
        return out;
    }

    static List<CostRow> costRows(CostVariance.Result c) {
        List<CostRow> out = new ArrayList<>();
        for (CostVariance.ComponentTotal t : c.components()) {
            out.add(new CostRow(label(t.component()), money(t.forecast()), money(t.actual()), signed(t.variance())));
        }
        out.add(new CostRow("Total", money(c.forecastTotal()), money(c.actualTotal()), signed(c.variance())));
        return out;
    }

    static List<CostMonthRow> costMonthRows(CostVariance.Result c) {
        return c.months().stream().map(v -> new CostMonthRow(v.month().toString(), money(v.forecastTotal()),
                money(v.actualTotal()), signed(v.variance()), signed(v.cumulativeVariance()))).toList();
    }

    static List<GovernanceRow> governanceRows(Governance.Calendar cal) {
        List<GovernanceRow> out = new ArrayList<>();
        for (GovernanceSchedule.Slot s : cal.slots()) {
            String held = "";
            if (s.review() != null) {
                held = "held " + s.review().doneOn() + (s.review().callsListened() == null ? ""
                        : ", " + s.review().callsListened() + " calls listened to");
            }
            out.add(new GovernanceRow(s.cadence().label, s.period(), s.start() + " – " + s.end(), s.status().label, held,
                    String.join("; ", s.shortfalls())));
        }
        return out;
    }

    /** Saves the owner, due date and notes of the selected remediation item. */
    public void saveRemediation() {
        edit(null, "Saved");
    }

    /** Closes the selected item on {@code closedOn}; refused without closure evidence. */
    public void closeRemediation(LocalDate closedOn) {
        if (evidence.get() == null || evidence.get().isBlank()) {
            message.set("Closing a remediation item needs the closure evidence (what shows the KPI is back).");
            return;
        }
        edit(Objects.requireNonNull(closedOn, "closedOn"), "Closed");
    }

    private void edit(LocalDate closedOn, String done) {
        RemediationItem item = selected.get();
        OpenWorkspace open = workspace.getValue();
        if (item == null || open == null || !open.isOpen()) {
            message.set("Select a remediation item first.");
            return;
        }
        if (open.readOnly()) {
            message.set(open.path().getFileName() + " is open read-only: remediation items cannot be changed");
            return;
        }
        String o = blankToNull(owner.get()), n = blankToNull(notes.get()), ev = blankToNull(evidence.get());
        LocalDate d = due.get();
        LocalDate closed = closedOn != null ? closedOn : item.closedOn();
        tasks.submit(BackgroundJob.of("Updating remediation item " + item.kpiId(), ctx ->
                storeOf.apply(open).updateRemediation(item.id(), o, d, n, ev, closed, null)
        ).onSuccess(updated -> {
            message.set(done + ": " + updated.kpiId() + " remediation item (" + updated.since() + " – " + updated.opened() + ")");
            changed.run();
            refresh();
        }).onFailure(e -> message.set("Not saved: " + e.getMessage())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String unit(KpiTerm t) {
        return switch (t.unit()) {
            case PERCENT -> "%";
            case SECONDS -> "seconds";
            case PER_1000_CALLS -> "per 1,000 calls";
        };
    }

    private static String unitSuffix(KpiTerm t) {
        return switch (t.unit()) {
            case PERCENT -> " %";
            case SECONDS -> " s";
            case PER_1000_CALLS -> " /1,000";
        };
    }

    private static String label(CostComponent c) {
        return c.code().substring(0, 1).toUpperCase(Locale.ROOT) + c.code().substring(1);
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+,.0f", v);
    }

    /** The item shown in the edit form, when one is selected. */
    public Optional<RemediationItem> selection() {
        return Optional.ofNullable(selected.get());
    }
}
