package org.vendorbench.domain.scoring;

/**
 * A failed knockout, i.e. a reason for disqualification.
 *
 * @param id      the question ID as the RFP writes it
 * @param answer  the normalised answer as in the {@code inspect} JSON (a Double or a String), the raw
 *                text of an unreadable answer, or null when the question was not answered
 * @param rule    the knockout expression as written in the RFP, e.g. {@code None|SOC 2 Type I}
 * @param message one readable line, e.g. {@code SEC-04: answered 'SOC 2 Type I', disqualifying: None|SOC 2 Type I}
 */
public record KnockoutFinding(String id, Object answer, String rule, String message) {}
