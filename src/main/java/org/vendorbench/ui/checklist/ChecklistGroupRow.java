package org.vendorbench.ui.checklist;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.checklist.ReadinessReport;

/** One checklist group with its progress (done required items / required items) and its item rows. */
public final class ChecklistGroupRow {
    private final String name;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ObservableList<ChecklistItemRow> items = FXCollections.observableArrayList();

    ChecklistGroupRow(String name) {
        this.name = name;
    }

    public String name() { return name; }
    /** 0..1: required items verified or not applicable, over required items (1 when none is required). */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** "4 of 6 done · 1 overdue". */
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ObservableList<ChecklistItemRow> items() { return items; }

    void update(ReadinessReport.Group g) {
        int done = g.required() - g.missing().size();
        progress.set(g.required() == 0 ? 1.0 : done / (double) g.required());
        String text = done + " of " + g.required() + " done";
        if (g.overdue() > 0) text += " · " + g.overdue() + " overdue";
        progressText.set(text);
    }
}
