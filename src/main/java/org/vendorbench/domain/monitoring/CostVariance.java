package org.vendorbench.domain.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.tco.MonthCost;
import org.vendorbench.domain.tco.TcoResult;

/**
 * Actual cost against the signed vendor's TCO forecast, per invoiced month and component and
 * cumulatively (the article: manage the vendor after go-live, including what it really costs).
 *
 * <ul>
 *   <li>Contract month m = months since the go-live month + 1; invoices outside the term are
 *       listed in {@link Result#outsideTerm()} and not compared.</li>
 *   <li>Forecasts are the TCO's <em>undiscounted</em> month values (invoices are nominal): fees
 *       F(m), retraining A(m), governance G(m), other = onboarding O (month 1 only).</li>
 *   <li>Fees are recomputed from the actual volume when the KPI report gave one for the month:
 *       for per-minute and per-call pricing u = rate × actual volume × B(m)/V(m) (× billable
 *       minutes per call for per-minute), then escalator × max(minimum fee, u) as in §5; per-FTE
 *       and flat pricing do not depend on volume.</li>
 *   <li>Only invoiced months are compared (a month without invoices is not a saving);
 *       variance = actual − forecast, positive = over forecast.</li>
 * </ul>
 */
public final class CostVariance {
    private CostVariance() {}

    /** One invoiced month. {@code actualVolume} null when the report had no call volume. */
    public record MonthVariance(YearMonth month, int contractMonth, double forecastVolume, Double actualVolume,
                                Map<CostComponent, Double> forecast, Map<CostComponent, Double> actual,
                                double variance, double cumulativeVariance) {
        public MonthVariance {
            forecast = java.util.Collections.unmodifiableMap(new EnumMap<>(forecast));
            actual = java.util.Collections.unmodifiableMap(new EnumMap<>(actual));
        }

        public double forecastTotal() {
            return forecast.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public double actualTotal() {
            return actual.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Totals per component over the compared months. */
    public record ComponentTotal(CostComponent component, double forecast, double actual) {
        public double variance() {
            return actual - forecast;
        }
    }

    public record Result(List<MonthVariance> months, List<ComponentTotal> components, double forecastTotal,
                         double actualTotal, List<Invoice> outsideTerm) {
        public Result {
            months = List.copyOf(months);
            components = List.copyOf(components);
            outsideTerm = List.copyOf(outsideTerm);
        }

        public double variance() {
            return actualTotal - forecastTotal;
        }
    }

    /**
     * @param forecast          the signed vendor's TCO ({@code TcoModel.compute(...).result()})
     * @param pricing           the contract's price terms (frozen at signing)
     * @param minutesPerCall    the billable minutes per call assumption used by the forecast
     * @param actualVolumes     call volume per month from the KPI reports (may be empty)
     * @param invoices          invoice lines; several lines of one month and component are added up
     * @param goLive            the go-live month (contract month 1)
     */
    public static Result compute(TcoResult forecast, Pricing pricing, double minutesPerCall,
                                 Map<YearMonth, Double> actualVolumes, List<Invoice> invoices, YearMonth goLive) {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(goLive, "goLive");
        Map<YearMonth, Map<CostComponent, Double>> actualByMonth = new TreeMap<>();
        List<Invoice> outside = new ArrayList<>();
        for (Invoice i : invoices) {
            int m = contractMonth(goLive, i.month());
            if (m < 1 || m > forecast.months().size()) {
                outside.add(i);
                continue;
            }
            actualByMonth.computeIfAbsent(i.month(), k -> new EnumMap<>(CostComponent.class))
                    .merge(i.component(), i.amount(), Double::sum);
        }
        List<MonthVariance> months = new ArrayList<>();
        Map<CostComponent, double[]> totals = new EnumMap<>(CostComponent.class);
        for (CostComponent c : CostComponent.values()) totals.put(c, new double[2]);
        double cumulative = 0, forecastTotal = 0, actualTotal = 0;
        for (Map.Entry<YearMonth, Map<CostComponent, Double>> e : actualByMonth.entrySet()) {
            int m = contractMonth(goLive, e.getKey());
            MonthCost mc = forecast.months().get(m - 1);
            Double volume = actualVolumes == null ? null : actualVolumes.get(e.getKey());
            Map<CostComponent, Double> f = new EnumMap<>(CostComponent.class);
            f.put(CostComponent.FEES, volume == null ? mc.fees() : fees(mc, pricing, minutesPerCall, volume, m));
            f.put(CostComponent.RETRAINING, mc.retraining());
            f.put(CostComponent.GOVERNANCE, mc.governance());
            f.put(CostComponent.OTHER, mc.onboarding());
            Map<CostComponent, Double> a = new EnumMap<>(CostComponent.class);
            for (CostComponent c : CostComponent.values()) a.put(c, e.getValue().getOrDefault(c, 0.0));
            double fSum = 0, aSum = 0;
            for (CostComponent c : CostComponent.values()) {
                totals.get(c)[0] += f.get(c);
                totals.get(c)[1] += a.get(c);
                fSum += f.get(c);
                aSum += a.get(c);
            }
            forecastTotal += fSum;
            actualTotal += aSum;
            cumulative += aSum - fSum;
            months.add(new MonthVariance(e.getKey(), m, mc.volume(), volume, f, a, aSum - fSum, cumulative));
        }
        List<ComponentTotal> comps = new ArrayList<>();
        for (CostComponent c : CostComponent.values()) comps.add(new ComponentTotal(c, totals.get(c)[0], totals.get(c)[1]));
        return new Result(months, comps, forecastTotal, actualTotal, outside);
    }

    /** Contract month of {@code month}: 1 for the go-live month. */
    public static int contractMonth(YearMonth goLive, YearMonth month) {
        return (int) (goLive.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** F(m) at the actual volume (§5 fee formula with the forecast's repeat factor B/V). */
    static double fees(MonthCost mc, Pricing p, double minutesPerCall, double volume, int m) {
        if (p == null || p.model() == null || p.rate() == null) return mc.fees();
        if (p.model() == PricingModel.PER_FTE_MONTH || p.model() == PricingModel.FLAT_MONTH) return mc.fees();
        double repeat = mc.volume() > 0 ? mc.billedCalls() / mc.volume() : 1;
        double billed = volume * repeat;
        double u = p.model() == PricingModel.PER_MINUTE ? p.rate() * billed * minutesPerCall : p.rate() * billed;
        double escal = Math.pow(1 + p.escalatorPercent() / 100, (m - 1) / 12);
        return escal * Math.max(p.minimumFee(), u);
    }
}
