package org.vendorbench.ui.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistItem;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.EffectiveStatus;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.EvidenceNames;
import org.vendorbench.domain.checklist.ItemAssessment;

/**
 * One checklist item of the selected vendor as the Checklist area shows it. The row object stays
 * while the workspace is reloaded (its properties change in place), so views bound to it keep
 * their state. All values are read-only: changes go through {@link ChecklistViewModel}.
 */
public final class ChecklistItemRow {
    /** One evidence attachment: sanitised display name, size, short hash. */
    public record EvidenceRow(long id, String name, String originalName, long size, String sha256) {
        static EvidenceRow of(Evidence e) {
            return new EvidenceRow(e.id(), EvidenceNames.safeFileName(e.fileName()), e.fileName(), e.size(), e.sha256());
        }

        /** "12.3 KB", "4.0 MB", "812 bytes". */
        public String sizeText() {
            return ChecklistItemRow.sizeText(size);
        }

        /** The first 8 hex digits of the SHA-256, enough to compare with a colleague's copy. */
        public String shortHash() {
            return sha256.substring(0, Math.min(8, sha256.length()));
        }

        /** "soc2.pdf · 12.3 KB · 3f2a1b9c". */
        public String describe() {
            return name + " · " + sizeText() + " · " + shortHash();
        }
    }

    private final ChecklistItem item;
    private ChecklistEntry entry;
    private final ReadOnlyObjectWrapper<EffectiveStatus> status = new ReadOnlyObjectWrapper<>(EffectiveStatus.NOT_STARTED);
    private final ReadOnlyObjectWrapper<ChecklistStatus> storedStatus = new ReadOnlyObjectWrapper<>(ChecklistStatus.NOT_STARTED);
    private final ReadOnlyStringWrapper owner = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> dueDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> evidenceDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper naReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verified = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper claim = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper claimOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper overdue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper expired = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper flags = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();

    ChecklistItemRow(ChecklistItem item) {
        this.item = item;
    }

    public ChecklistItem item() { return item; }
    public String id() { return item.id(); }
    public String text() { return item.text(); }
    public String group() { return item.group(); }
    public boolean required() { return item.required(); }
    public boolean requiresEvidence() { return item.requiresEvidence(); }

    /** What the evidence date means for this item ("SOC 2 Type II report period end"), or null when it has none. */
    public String evidenceDateMeaning() {
        return item.validity() == null ? null : item.validity().evidenceMeaning();
    }

    /** The entry as loaded (claims applied), or a not-started one. */
    public ChecklistEntry entry() { return entry; }

    public ReadOnlyObjectProperty<EffectiveStatus> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ChecklistStatus> storedStatusProperty() { return storedStatus.getReadOnlyProperty(); }
    public ReadOnlyStringProperty ownerProperty() { return owner.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LocalDate> dueDateProperty() { return dueDate.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LocalDate> evidenceDateProperty() { return evidenceDate.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyStringProperty naReasonProperty() { return naReason.getReadOnlyProperty(); }
    /** "Verified 2026-06-15 by kim", or "". */
    public ReadOnlyStringProperty verifiedProperty() { return verified.getReadOnlyProperty(); }
    /** The vendor's workbook claim ("claimed, not verified: …"), or "". */
    public ReadOnlyStringProperty claimProperty() { return claim.getReadOnlyProperty(); }
    /** True when the item is not done and only the vendor's claim speaks for it: shown distinctly. */
    public ReadOnlyBooleanProperty claimOnlyProperty() { return claimOnly.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty overdueProperty() { return overdue.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty expiredProperty() { return expired.getReadOnlyProperty(); }
    /** "Overdue", "Expired", "Overdue · Invalid", or "". */
    public ReadOnlyStringProperty flagsProperty() { return flags.getReadOnlyProperty(); }
    /** Why the item is EXPIRED or INVALID (one line), or "". */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ObservableList<EvidenceRow> evidence() { return evidence; }

    void update(ItemAssessment a, ChecklistEntry e, List<Evidence> files) {
        entry = e;
        status.set(a.status());
        storedStatus.set(e.status());
        owner.set(nz(e.owner()));
        dueDate.set(e.dueDate());
        evidenceDate.set(e.evidenceDate());
        note.set(nz(e.note()));
        naReason.set(nz(e.naReason()));
        verified.set(e.status() == ChecklistStatus.VERIFIED && e.verifiedOn() != null
                ? "Verified " + e.verifiedOn() + " by " + nz(e.verifiedBy()) : "");
        claim.set(nz(e.claim()));
        claimOnly.set(e.claim() != null && !e.claim().isBlank() && !a.status().isDone());
        overdue.set(a.overdue());
        expired.set(a.status() == EffectiveStatus.EXPIRED);
        StringBuilder f = new StringBuilder();
        if (a.overdue()) f.append("Overdue");
        if (a.status() == EffectiveStatus.EXPIRED || a.status() == EffectiveStatus.INVALID) {
            if (f.length() > 0) f.append(" · ");
            f.append(a.status().label);
        }
        flags.set(f.toString());
        problem.set(nz(a.reason()));
        List<EvidenceRow> rows = files.stream().map(EvidenceRow::of).toList();
        if (!rows.equals(evidence)) evidence.setAll(rows);
    }

    static String sizeText(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return id() + " " + status.get().label;
    }
}
