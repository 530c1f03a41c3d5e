package org.vendorbench.domain;

/** How an answer becomes 0..5 points (workbook-format.md §1 "Scoring", scoring-and-tco.md §1). */
public sealed interface ScoringRule {
    /** YES 5, PARTIAL 2.5, NO 0. */
    record YesNo() implements ScoringRule {}

    /** The option scores of the question. */
    record Choice() implements ScoringRule {}

    /** {@code target=T; floor=F; higher|lower}: at or beyond T → 5, at or beyond F on the bad side → 0, linear between. */
    record Linear(double target, double floor, Direction direction) implements ScoringRule {}

    /** Evaluators score 0..5. */
    record Manual() implements ScoringRule {}
}
