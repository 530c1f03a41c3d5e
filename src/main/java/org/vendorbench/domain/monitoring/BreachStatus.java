package org.vendorbench.domain.monitoring;

/** Where a month's KPI value stands against the contract (direction-aware). */
public enum BreachStatus {
    /** At or better than the target. */
    MET("Met"),
    /** Worse than the target, not past the remediation threshold. */
    BELOW_TARGET("Below target"),
    /** Past (strictly worse than) the remediation threshold. */
    REMEDIATION("Remediation triggered"),
    /** Past (strictly worse than) the exit threshold: the buyer may exit without penalty. */
    EXIT_RIGHT("Exit right reached");

    public final String label;

    BreachStatus(String label) { this.label = label; }

    public boolean pastRemediation() {
        return this == REMEDIATION || this == EXIT_RIGHT;
    }

    /** Classifies one value against a contract term. */
    public static BreachStatus of(KpiTerm term, double value) {
        if (term.worseThan(value, term.exit())) return EXIT_RIGHT;
        if (term.remediation() != null && term.worseThan(value, term.remediation())) return REMEDIATION;
        if (term.worseThan(value, term.target())) return BELOW_TARGET;
        return MET;
    }
}
