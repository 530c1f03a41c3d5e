package org.vendorbench.ui.audit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.vendorbench.domain.audit.AuditChain;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * The Audit area: the append-only audit log (filterable by any column's text) and the result of
 * verifying its hash chain, both loaded in a background job.
 */
public final class AuditViewModel {
    private record Loaded(List<AuditEntry> entries, AuditChain.VerifyResult verify) {}

    private final ObservableValue<OpenWorkspace> workspace;
    private final Function<OpenWorkspace, Workspace> storeOf;
    private final TaskRunner tasks;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<AuditEntry> filtered = new FilteredList<>(entries);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper intact = new ReadOnlyBooleanWrapper(true);

    public AuditViewModel(ObservableValue<OpenWorkspace> workspace, Function<OpenWorkspace, Workspace> storeOf,
                          TaskRunner tasks) {
        this.workspace = Objects.requireNonNull(workspace);
        this.storeOf = Objects.requireNonNull(storeOf);
        this.tasks = Objects.requireNonNull(tasks);
        filter.addListener((o, a, text) -> filtered.setPredicate(matching(text)));
        workspace.addListener((o, a, ws) -> refresh());
    }

    public ObservableList<AuditEntry> entries() { return filtered; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty intactProperty() { return intact.getReadOnlyProperty(); }

    /** Reloads the log and verifies the chain. */
    public void refresh() {
        OpenWorkspace open = workspace.getValue();
        if (open == null || !open.isOpen()) {
            entries.clear();
            banner.set("No workspace open");
            intact.set(true);
            return;
        }
        banner.set("Verifying the audit chain…");
        tasks.submit(BackgroundJob.of("Verifying the audit chain", ctx -> {
            Workspace ws = storeOf.apply(open);
            return new Loaded(ws.auditEntries(), ws.verifyAudit());
        }).onSuccess(l -> {
            entries.setAll(l.entries());
            intact.set(l.verify().ok());
            banner.set(bannerText(l.verify(), l.entries().size()));
        }).onFailure(e -> {
            intact.set(false);
            banner.set("Could not read the audit log: " + e.getMessage());
        }));
    }

    /** "Chain intact: 123 entries, head 3f2a1b9c…" or "Broken at entry 57: …". */
    static String bannerText(AuditChain.VerifyResult v, int count) {
        if (v.ok()) {
            String head = v.headHash() == null ? "" : v.headHash().substring(0, Math.min(8, v.headHash().length()));
            return "Chain intact: " + count + " entries, head " + head + "…";
        }
        return "Broken at entry " + v.firstBrokenSeq() + ": " + v.message();
    }

    private static java.util.function.Predicate<AuditEntry> matching(String text) {
        if (text == null || text.isBlank()) return e -> true;
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return e -> Stream.of(String.valueOf(e.seq()), e.time().toString(), e.user(), e.entity(), e.action(),
                        e.oldValue(), e.newValue(), e.reason())
                .anyMatch(f -> f != null && f.toLowerCase(Locale.ROOT).contains(needle));
    }
}
