package org.vendorbench.domain.checklist;

/**
 * The status the rules derive for an entry on a given day: the stored {@link ChecklistStatus}
 * plus two derived states that never appear in storage.
 * <ul>
 * <li>EXPIRED: a VERIFIED item with a validity period whose evidence date is older than the
 * period (or missing).</li>
 * <li>INVALID: a stored state that breaks the rules (NOT_APPLICABLE without a reason, VERIFIED
 * without verifier/date, or without the evidence attachment the item needs, FAILED without a
 * note), e.g. from an older workspace or a deleted attachment.</li>
 * </ul>
 * Only VERIFIED and NOT_APPLICABLE count as done.
 */
public enum EffectiveStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), VERIFIED("Verified"), FAILED("Failed"),
    NOT_APPLICABLE("Not applicable"), EXPIRED("Expired"), INVALID("Invalid");

    public final String label;

    EffectiveStatus(String label) { this.label = label; }

    /** Verified or (with a reason) not applicable: the item does not block signing. */
    public boolean isDone() {
        return this == VERIFIED || this == NOT_APPLICABLE;
    }

    static EffectiveStatus of(ChecklistStatus s) {
        return valueOf(s.name());
    }
}
