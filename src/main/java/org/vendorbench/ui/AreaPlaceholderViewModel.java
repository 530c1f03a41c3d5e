package org.vendorbench.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.vendorbench.ui.workspace.WorkspaceSummary;

/**
 * State of an area's page until the area gets its full view: what the area will show and what the
 * open workspace holds for it ("No RFP imported yet"), following the workspace as it changes.
 */
public final class AreaPlaceholderViewModel {
    /** Shown on every page while no workspace is open. */
    public static final String NO_WORKSPACE =
            "No workspace open: create one with File ▸ New workspace… or open one with File ▸ Open…";

    private final Area area;
    private final StringBinding status;

    public AreaPlaceholderViewModel(Area area, ObservableValue<WorkspaceSummary> summary) {
        this.area = Objects.requireNonNull(area);
        this.status = Bindings.createStringBinding(
                () -> summary.getValue() == null ? NO_WORKSPACE : area.status(summary.getValue()), summary);
    }

    public Area area() {
        return area;
    }

    public String title() {
        return area.title();
    }

    public String purpose() {
        return area.purpose();
    }

    /** Reminder that the page is a placeholder and which keyboard shortcut reaches it. */
    public String note() {
        return "This page shows its full view once the " + area.title() + " feature is installed. Shortcut: Ctrl+" + area.number() + ".";
    }

    public StringBinding status() {
        return status;
    }
}
