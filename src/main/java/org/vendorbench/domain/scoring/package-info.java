/**
 * Scoring model v1 (docs: shared spec scoring-and-tco.md §1-4, §7, §9): question and KPI points,
 * section scores, quality, knockouts, price score, combined score and rank, plus the tools around
 * them (AHP weights, evaluator agreement, blind labels, sensitivity). Pure Java; every figure is
 * kept unrounded and comes with a readable explanation.
 *
 * <p>Entry points: {@link org.vendorbench.domain.scoring.ScoringEngine} (one
 * {@link org.vendorbench.domain.scoring.VendorScore} per response),
 * {@link org.vendorbench.domain.scoring.Ranking} (TCO totals in, ranked vendors out),
 * {@link org.vendorbench.domain.scoring.Ahp} / {@link org.vendorbench.domain.scoring.AhpCsv},
 * {@link org.vendorbench.domain.scoring.Agreement}, {@link org.vendorbench.domain.scoring.BlindLabels},
 * {@link org.vendorbench.domain.scoring.Sensitivity}.
 *
 * <p>Choices where the contract is silent:
 * <ul>
 * <li>Linear rules test the target first, so T = F is a step (meets T → 5, else 0).</li>
 * <li>Weight-0 questions and KPIs are shown, not counted, but still listed when missing/NA/unreadable;
 *     an unscored manual question of weight 0 does not make the vendor incomplete.</li>
 * <li>No section with a counted item: Q = 0 and the vendor is incomplete (JSON needs a number).
 *     Scored sections whose weights sum to 0 also give Q = 0.</li>
 * <li>Evaluator spreads are listed even when a consensus override settled the question.</li>
 * <li>A consensus override counts even when no evaluator scored the question.</li>
 * <li>One evaluator scoring one question twice: the later score wins.</li>
 * <li>Price: if no qualified vendor has a TCO, TCOmin is taken over every vendor with one; if no
 *     vendor has a TCO, every PS is 0. The NO_PRICING listed entry has id {@code Pricing}.</li>
 * <li>Ties: C and Q are compared after rounding to 1e-9 points, so float noise never decides.</li>
 * <li>AHP: more than 10 criteria refused; blank diagonal cells mean 1; a blank cell in either
 *     triangle takes its mirror's reciprocal; matrix values are used as given (not symmetrised).</li>
 * </ul>
 */
package org.vendorbench.domain.scoring;
