package org.vendorbench.domain.checklist;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the evidence of a checklist item stays good. The article asks for a "third-party
 * security audit within the last 12 months", and a SOC 2 Type II report is likewise only current
 * for twelve months after its period end. The entry's {@code evidenceDate} is the date the
 * evidence speaks for ({@link #evidenceMeaning}); the item is valid up to and including
 * {@code evidenceDate + validFor} and EXPIRED from the day after.
 *
 * @param validFor        how long the evidence stays valid (12 months for both built-in rules)
 * @param evidenceMeaning what the evidence date is, shown to the user ("SOC 2 Type II report period end")
 */
public record ValidityRule(Period validFor, String evidenceMeaning) {
    public static final ValidityRule SOC2_TYPE_II = new ValidityRule(Period.ofMonths(12), "SOC 2 Type II report period end");
    public static final ValidityRule SECURITY_AUDIT = new ValidityRule(Period.ofMonths(12), "date of the last third-party security audit");

    public ValidityRule {
        Objects.requireNonNull(validFor, "validFor");
        Objects.requireNonNull(evidenceMeaning, "evidenceMeaning");
        if (validFor.isNegative() || validFor.isZero()) throw new IllegalArgumentException("validity period must be positive");
    }

    /** The rule for items of a topic: SOC 2 and third-party security audit items have one. */
    public static Optional<ValidityRule> forTopic(ChecklistTopic topic) {
        if (topic == ChecklistTopic.SOC2) return Optional.of(SOC2_TYPE_II);
        if (topic == ChecklistTopic.SECURITY_AUDIT) return Optional.of(SECURITY_AUDIT);
        return Optional.empty();
    }

    /** The last day on which evidence dated {@code evidenceDate} is still valid. */
    public LocalDate validUntil(LocalDate evidenceDate) {
        return evidenceDate.plus(validFor);
    }

    /** True when the evidence is missing or {@code today} is after {@link #validUntil}. */
    public boolean isExpired(LocalDate evidenceDate, LocalDate today) {
        return evidenceDate == null || today.isAfter(validUntil(evidenceDate));
    }
}
