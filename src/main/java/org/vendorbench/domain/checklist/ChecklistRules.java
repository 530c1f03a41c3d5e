package org.vendorbench.domain.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The checklist's rules: which status an entry effectively has today, whether it is overdue,
 * and which changes a user may make. The clock is injected so expiry and overdue flags are
 * testable and "today" is one value per call.
 *
 * <p>Transition rules (any status may follow any other; the target state must be complete):
 * <ul>
 * <li>VERIFIED: stamps {@code verifiedOn} = today and {@code verifiedBy} = the user (required);
 * needs at least one evidence attachment when the item {@link ChecklistItem#requiresEvidence()
 * requires evidence} (the six Compliance and Security topics); items with a
 * {@link ValidityRule} need an evidence date that is not in the future and not already expired.</li>
 * <li>NOT_APPLICABLE: needs a reason.</li>
 * <li>FAILED: needs a note saying why.</li>
 * <li>Leaving VERIFIED clears verifiedOn/verifiedBy; leaving NOT_APPLICABLE clears the reason.</li>
 * </ul>
 * A claim from the vendor's workbook never changes the status here (see {@link ClaimPrefill}).
 */
public final class ChecklistRules {
    private final Clock clock;

    public ChecklistRules(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    /** The effective status of {@code entry} (null = not started) with {@code evidenceCount} attachments. */
    public EffectiveStatus effectiveStatus(ChecklistItem item, ChecklistEntry entry, int evidenceCount) {
        return assess(item, entry, evidenceCount).status();
    }

    /** Status, overdue flag, validity and reason for one entry today. */
    public ItemAssessment assess(ChecklistItem item, ChecklistEntry entry, int evidenceCount) {
        return assess(item, entry, evidenceCount, today());
    }

    private ItemAssessment assess(ChecklistItem item, ChecklistEntry entry, int evidenceCount, LocalDate today) {
        ChecklistEntry e = entry == null ? ChecklistEntry.notStarted(null, item.id()) : entry;
        ValidityRule rule = item.validity();
        LocalDate validUntil = rule != null && e.evidenceDate() != null ? rule.validUntil(e.evidenceDate()) : null;
        EffectiveStatus status = EffectiveStatus.of(e.status());
        String reason = null;
        switch (e.status()) {
            case NOT_APPLICABLE -> {
                if (blank(e.naReason())) {
                    status = EffectiveStatus.INVALID;
                    reason = "marked not applicable without a reason";
                }
            }
            case VERIFIED -> {
                if (e.verifiedOn() == null || blank(e.verifiedBy())) {
                    status = EffectiveStatus.INVALID;
                    reason = "verified without a date or a verifier";
                } else if (item.requiresEvidence() && evidenceCount < 1) {
                    status = EffectiveStatus.INVALID;
                    reason = "verified without an evidence attachment";
                } else if (rule != null && e.evidenceDate() == null) {
                    status = EffectiveStatus.EXPIRED;
                    reason = "no evidence date (" + rule.evidenceMeaning() + "), so it cannot count as current";
                } else if (rule != null && rule.isExpired(e.evidenceDate(), today)) {
                    status = EffectiveStatus.EXPIRED;
                    reason = "evidence dated " + e.evidenceDate() + " expired after " + validUntil;
                }
            }
            default -> { }
        }
        return new ItemAssessment(item, entry, status, overdue(e, status, today), validUntil, reason);
    }

    /** Whether an entry in the given effective status is overdue today. */
    public boolean isOverdue(ChecklistEntry entry, EffectiveStatus status) {
        return overdue(entry, status, today());
    }

    private static boolean overdue(ChecklistEntry e, EffectiveStatus status, LocalDate today) {
        return e != null && e.dueDate() != null && e.dueDate().isBefore(today) && !status.isDone();
    }

    /**
     * Applies a user's change and returns the new entry.
     *
     * @param current       the stored entry ({@link ChecklistEntry#notStarted} for a fresh one)
     * @param user          who makes the change (becomes {@code verifiedBy} when verifying)
     * @param evidenceCount evidence attachments the item has, including any added with this change
     * @throws ChecklistRuleException when the resulting state breaks a rule (nothing changes)
     */
    public ChecklistEntry apply(ChecklistItem item, ChecklistEntry current, ChecklistUpdate update, String user,
                                int evidenceCount) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(update, "update");
        LocalDate today = today();
        String id = item.id();
        ChecklistStatus target = update.status() != null ? update.status() : current.status();
        String owner = update.owner() != null ? blankToNull(update.owner()) : current.owner();
        LocalDate due = update.dueDate() != null ? update.dueDate() : current.dueDate();
        String note = update.note() != null ? blankToNull(update.note()) : current.note();
        LocalDate evidenceDate = update.evidenceDate() != null ? update.evidenceDate() : current.evidenceDate();
        if (update.evidenceDate() != null && update.evidenceDate().isAfter(today)) {
            throw new ChecklistRuleException(id + ": evidence date " + update.evidenceDate() + " is in the future (today is " + today + ")");
        }
        String naReason = null;
        LocalDate verifiedOn = null;
        String verifiedBy = null;
        switch (target) {
            case VERIFIED -> {
                boolean reverify = update.status() == ChecklistStatus.VERIFIED || current.status() != ChecklistStatus.VERIFIED;
                if (reverify || update.evidenceDate() != null) checkVerifiable(item, user, evidenceCount, evidenceDate, today);
                verifiedOn = reverify ? today : current.verifiedOn();
                verifiedBy = reverify ? user.strip() : current.verifiedBy();
            }
            case NOT_APPLICABLE -> {
                naReason = update.naReason() != null ? blankToNull(update.naReason()) : current.naReason();
                if (naReason == null) throw new ChecklistRuleException(id + ": not applicable needs a reason");
            }
            case FAILED -> {
                if (note == null) throw new ChecklistRuleException(id + ": failed needs a note saying why");
            }
            default -> { }
        }
        return new ChecklistEntry(current.vendor(), current.itemId() != null ? current.itemId() : id, target, owner, due,
                verifiedOn, verifiedBy, note, naReason, evidenceDate, current.claim());
    }

    private static void checkVerifiable(ChecklistItem item, String user, int evidenceCount, LocalDate evidenceDate,
                                        LocalDate today) {
        String id = item.id();
        if (blank(user)) throw new ChecklistRuleException(id + ": verifying needs the name of the person who verified it");
        if (item.requiresEvidence() && evidenceCount < 1) {
            throw new ChecklistRuleException(id + ": attach at least one evidence file before marking it verified");
        }
        ValidityRule rule = item.validity();
        if (rule == null) return;
        if (evidenceDate == null) {
            throw new ChecklistRuleException(id + ": verifying needs the evidence date (" + rule.evidenceMeaning() + ")");
        }
        if (rule.isExpired(evidenceDate, today)) {
            throw new ChecklistRuleException(id + ": evidence dated " + evidenceDate + " is older than " + rule.validFor().toTotalMonths()
                    + " months (valid until " + rule.validUntil(evidenceDate) + ")");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
