/**
 * The 36-month TCO of scoring-and-tco.md §5–§6 (model {@code vendorbench-tco/1}) and the studies
 * around it: Monte Carlo uncertainty, tornado sensitivity, break-even volume, Erlang C staffing.
 *
 * <p>Choices where the contract is silent:
 * <ul>
 *   <li>A KPI the vendor left blank takes the RFP target and is listed ({@code defaultedKpis}); a KPI
 *       the RFP does not define takes a neutral value (FCR 100, ABANDON 0, CSAT 100, ATTRITION 0) and
 *       is listed ({@code neutralKpis}).</li>
 *   <li>Retraining and training in onboarding use {@code P-AGENTS} as written in §5 (0 when missing),
 *       also for per_fte_month pricing.</li>
 *   <li>{@code total} is the sum of the six discounted components; ΣF in the exit cost is undiscounted.</li>
 *   <li>An override fixes a value and drops its Low/High range; per-vendor overrides win over the
 *       shared value and its draws.</li>
 *   <li>Monte Carlo: draws in {@link org.vendorbench.domain.tco.TcoKey} order, common to all vendors;
 *       percentiles by linear interpolation (type 7); ties for cheapest split equally; shares are
 *       fractions 0..1; cheapest is among all vendors with a TCO.</li>
 *   <li>Staffing assumes every quoted agent is on shift in the peak hour (best case for the vendor).</li>
 * </ul>
 */
package org.vendorbench.domain.tco;
