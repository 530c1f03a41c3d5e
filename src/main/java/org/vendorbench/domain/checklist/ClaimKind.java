package org.vendorbench.domain.checklist;

/**
 * What the vendor's workbook says about a checklist item, from most to least severe. A claim is
 * never evidence: no kind verifies an item.
 */
public enum ClaimKind {
    /** The answer itself fails the item (SOC 2 Type I only). */
    FAILS("fails"),
    /** The vendor says no / none / not applicable. */
    DENIED("not claimed"),
    /** The vendor says partially. */
    PARTIAL("partially claimed, not verified"),
    /** The vendor says yes or gives a value. */
    CLAIMED("claimed, not verified"),
    /** The vendor left the mapped questions blank or unreadable. */
    NOT_ANSWERED("no claim");

    /** The prefix of the claim text. */
    public final String prefix;

    ClaimKind(String prefix) { this.prefix = prefix; }
}
