package org.vendorbench.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.tco.MonthCost;
import org.vendorbench.domain.tco.TcoAssumptions;
import org.vendorbench.domain.tco.TcoKey;
import org.vendorbench.domain.tco.TcoModel;
import org.vendorbench.domain.tco.TcoResult;
import org.vendorbench.domain.tco.TcoVendor;

class CostVarianceTest {
    static final Pricing PRICING = new Pricing(PricingModel.PER_MINUTE, 0.95, 0, 40000, 25000, 300, 40, 3, 50000);
    static final YearMonth GO_LIVE = YearMonth.of(2027, 1);

    private static TcoResult forecast(double minimum) {
        TcoVendor v = new TcoVendor("CareLine", PricingModel.PER_MINUTE, 0.95, 0, minimum, 25000, 300, 40, 3, 50000,
                85, 3, 90, 20, 80, List.of(), List.of(), null);
        return TcoModel.compute(v, TcoAssumptions.defaults(36, 12000)).result();
    }

    private static double minutes() {
        return TcoAssumptions.defaults(36, 12000).value(TcoKey.BILLABLE_MINUTES_PER_CALL);
    }

    @Test
    void withoutVolumesTheForecastIsTheTcoMonthAndVarianceAccumulates() {
        TcoResult f = forecast(0);
        MonthCost m1 = f.months().get(0), m2 = f.months().get(1);
        var r = CostVariance.compute(f, PRICING, minutes(), Map.of(), List.of(
                new Invoice(YearMonth.of(2027, 1), CostComponent.FEES, m1.fees() + 1000),
                new Invoice(YearMonth.of(2027, 1), CostComponent.OTHER, 20000),
                new Invoice(YearMonth.of(2027, 2), CostComponent.FEES, m2.fees() - 300),
                new Invoice(YearMonth.of(2027, 2), CostComponent.FEES, 100),
                new Invoice(YearMonth.of(2026, 12), CostComponent.FEES, 5)), GO_LIVE);
        assertThat(r.outsideTerm()).singleElement().satisfies(i -> assertThat(i.amount()).isEqualTo(5));
        assertThat(r.months()).hasSize(2);
        var jan = r.months().get(0);
        assertThat(jan.contractMonth()).isEqualTo(1);
        assertThat(jan.forecast().get(CostComponent.OTHER)).isEqualTo(m1.onboarding());
        double janVar = 1000 + 20000 - m1.onboarding() - m1.retraining() - m1.governance();
        assertThat(jan.variance()).isCloseTo(janVar, within(1e-6));
        var feb = r.months().get(1);
        assertThat(feb.forecast().get(CostComponent.OTHER)).isZero();
        assertThat(feb.actual().get(CostComponent.FEES)).isCloseTo(m2.fees() - 200, within(1e-6));
        assertThat(feb.cumulativeVariance()).isCloseTo(janVar + feb.variance(), within(1e-6));
        var fees = r.components().stream().filter(c -> c.component() == CostComponent.FEES).findFirst().orElseThrow();
        assertThat(fees.variance()).isCloseTo(800, within(1e-6));
        assertThat(r.variance()).isCloseTo(feb.cumulativeVariance(), within(1e-6));
    }

    @Test
    void actualVolumeRecomputesUsageFeesButNotBelowTheMinimum() {
        TcoResult f = forecast(0);
        MonthCost m3 = f.months().get(2);
        var r = CostVariance.compute(f, new Pricing(PricingModel.PER_MINUTE, 0.95, 0, 0, 25000, 300, 40, 3, 50000), minutes(), Map.of(YearMonth.of(2027, 3), m3.volume() * 1.2),
                List.of(new Invoice(YearMonth.of(2027, 3), CostComponent.FEES, 1)), GO_LIVE);
        assertThat(r.months().get(0).forecast().get(CostComponent.FEES)).isCloseTo(m3.fees() * 1.2, within(1e-6));
        assertThat(r.months().get(0).actualVolume()).isCloseTo(m3.volume() * 1.2, within(1e-9));
        var low = CostVariance.compute(forecast(40000), PRICING, minutes(), Map.of(YearMonth.of(2027, 3), 10.0),
                List.of(new Invoice(YearMonth.of(2027, 3), CostComponent.FEES, 1)), GO_LIVE);
        assertThat(low.months().get(0).forecast().get(CostComponent.FEES)).isEqualTo(40000);
        // month 13 carries one year of the 3 % escalator
        var y2 = CostVariance.compute(forecast(40000), PRICING, minutes(), Map.of(YearMonth.of(2028, 1), 10.0),
                List.of(new Invoice(YearMonth.of(2028, 1), CostComponent.FEES, 1)), GO_LIVE);
        assertThat(y2.months().get(0).forecast().get(CostComponent.FEES)).isCloseTo(41200, within(1e-6));
    }
}
