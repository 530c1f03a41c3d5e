package org.vendorbench.domain.governance;

import java.util.List;

/**
 * The article's governance cadence table ("You must setup the communication and reporting
 * frequency..."): four recurring reviews, each with the article's aim (verbatim) and the agenda
 * points it breaks into.
 */
public enum GovernanceCadence {
    WEEKLY("Weekly", "FREQ=WEEKLY",
            "Review abandonment rate, ASA, FCR and flag anomalies.",
            List.of("Review abandonment rate", "Review average speed to answer (ASA)",
                    "Review first-call resolution (FCR)", "Flag anomalies")),
    MONTHLY("Monthly", "FREQ=MONTHLY",
            "Listen to a minimum of 15 recorded calls across different call types. Review agent attrition and confirm"
                    + " the team size and hierarchy.",
            List.of("Listen to a minimum of 15 recorded calls across different call types", "Review agent attrition",
                    "Confirm the team size and hierarchy")),
    QUARTERLY("Quarterly", "FREQ=MONTHLY;INTERVAL=3",
            "Go through full performance report against all KPIs with trend analysis and discuss about new ideas to"
                    + " improve efficiency while upholding quality.",
            List.of("Go through the full performance report against all KPIs with trend analysis",
                    "Discuss new ideas to improve efficiency while upholding quality")),
    ANNUAL("Annual", "FREQ=YEARLY",
            "Formally review contract, reassess KPIs, and evaluate whether the vendor’s technology stack aligns to"
                    + " evolving market needs or not.",
            List.of("Formally review the contract", "Reassess KPIs",
                    "Evaluate whether the vendor’s technology stack aligns to evolving market needs"));

    /** Display name ("Weekly"). */
    public final String label;
    /** The RFC 5545 recurrence rule (before any month-end adjustment). */
    public final String rrule;
    /** The article's aim for this review, verbatim. */
    public final String aim;
    /** The agenda points. */
    public final List<String> agenda;

    GovernanceCadence(String label, String rrule, String aim, List<String> agenda) {
        this.label = label;
        this.rrule = rrule;
        this.aim = aim;
        this.agenda = agenda;
    }
}
