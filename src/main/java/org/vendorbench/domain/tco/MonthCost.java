package org.vendorbench.domain.tco;

/**
 * One month of the §5 TCO, for cost curves and audit. {@code volume} is V(m), {@code billedCalls}
 * B(m); {@code fees} F(m), {@code retraining} A(m), {@code patientImpact} P(m), {@code governance}
 * G(m), {@code onboarding} O (month 1 only) and {@code expectedExit} pexit·X (month ceil(T/2) only)
 * are UNdiscounted; {@code discountFactor} is d(m) and {@code total} the month's discounted
 * contribution d(m)·(F + A + P + G + O + pexit·X), so the running sum of {@code total} is the
 * cumulative TCO.
 */
public record MonthCost(int month, double volume, double billedCalls, double fees, double retraining,
                        double patientImpact, double governance, double onboarding, double expectedExit,
                        double discountFactor, double total) {}
