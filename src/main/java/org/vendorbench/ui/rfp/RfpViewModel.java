package org.vendorbench.ui.rfp;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.Section;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * State of the RFP area: the stored RFP's sections (loaded in a background job whenever the open
 * workspace changes) and the entry point to the pairwise weighting dialog, whose Apply writes the
 * section weight overrides through {@link RfpStore} and then refreshes the shell's summary.
 */
public final class RfpViewModel {

    private final ReadOnlyObjectProperty<OpenWorkspace> workspace;
    private final TaskRunner tasks;
    private final RfpStore store;
    private final Runnable afterChange;
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public RfpViewModel(ReadOnlyObjectProperty<OpenWorkspace> workspace, TaskRunner tasks, RfpStore store, Runnable afterChange) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.store = store;
        this.afterChange = afterChange;
        workspace.addListener((obs, old, now) -> load());
        load();
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    /** "No workspace open", "No RFP imported yet", the RFP title, or a load failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reloads the RFP of the open workspace in a background job. */
    public void load() {
        OpenWorkspace ws = workspace.get();
        sections.clear();
        if (ws == null || !ws.isOpen()) {
            message.set("No workspace open");
            return;
        }
        // The summary already knows whether an RFP is stored: show that at once, sections follow.
        message.set(ws.summary().rfpTitle().orElse("No RFP imported yet"));
        tasks.submit(BackgroundJob.of("Loading the RFP", ctx -> store.loadRfp(ws))
                .onSuccess(rfp -> {
                    if (workspace.get() != ws) return;
                    rfp.ifPresentOrElse(r -> {
                        sections.setAll(r.sections());
                        message.set(r.title());
                    }, () -> message.set("No RFP imported yet"));
                })
                .onFailure(e -> message.set("RFP not loaded: " + e.getMessage())));
    }

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
    }
}
