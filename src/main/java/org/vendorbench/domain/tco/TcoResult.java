package org.vendorbench.domain.tco;

import java.util.List;

/**
 * A vendor's TCO over the contract term (scoring-and-tco.md §5, model {@link TcoModel#MODEL}).
 * Components are discounted and unrounded; {@code total} is their sum. {@code firstMonthFee} is
 * F(1), {@code exitProbability} pexit, {@code exitCost} X (undiscounted), {@code feesUndiscounted}
 * ΣF. {@code months} has one entry per month, {@code cumulative[m−1]} the discounted cost up to and
 * including month m. {@code defaultedKpis} lists the KPI IDs the vendor left blank (RFP target
 * used); {@code neutralKpis} those the RFP does not define (neutral value used).
 */
public record TcoResult(String vendor, String model, int termMonths, double total, double fees, double onboarding,
                        double retraining, double patientImpact, double governance, double expectedExit,
                        double firstMonthFee, double feesUndiscounted, double exitProbability, double exitCost,
                        List<MonthCost> months, List<Double> cumulative, List<String> defaultedKpis,
                        List<String> neutralKpis, String explanation) {
    public TcoResult {
        months = List.copyOf(months);
        cumulative = List.copyOf(cumulative);
        defaultedKpis = List.copyOf(defaultedKpis);
        neutralKpis = List.copyOf(neutralKpis);
    }
}
