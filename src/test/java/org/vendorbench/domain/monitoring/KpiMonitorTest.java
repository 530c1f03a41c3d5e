package org.vendorbench.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.KpiUnit;

class KpiMonitorTest {
    static final KpiTerm FCR = new KpiTerm("FCR", "First-call resolution", KpiUnit.PERCENT, Direction.HIGHER, 80, 75.0, 70, 82.0);
    static final KpiTerm ATTRITION = new KpiTerm("ATTRITION", "Agent attrition", KpiUnit.PERCENT, Direction.LOWER, 4, 6.0, 8, 3.5);

    static List<MonthlyValue> series(String kpi, YearMonth start, double... values) {
        List<MonthlyValue> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) out.add(new MonthlyValue(start.plusMonths(i), kpi, values[i], 1));
        return out;
    }

    @Test
    void statusIsDirectionAwareAndThresholdsAreCrossedOnlyWhenStrictlyWorse() {
        assertThat(BreachStatus.of(FCR, 80)).isEqualTo(BreachStatus.MET);
        assertThat(BreachStatus.of(FCR, 79.9)).isEqualTo(BreachStatus.BELOW_TARGET);
        assertThat(BreachStatus.of(FCR, 75)).isEqualTo(BreachStatus.BELOW_TARGET);
        assertThat(BreachStatus.of(FCR, 74.9)).isEqualTo(BreachStatus.REMEDIATION);
        assertThat(BreachStatus.of(FCR, 70)).isEqualTo(BreachStatus.REMEDIATION);
        assertThat(BreachStatus.of(FCR, 69.9)).isEqualTo(BreachStatus.EXIT_RIGHT);
        assertThat(BreachStatus.of(ATTRITION, 4)).isEqualTo(BreachStatus.MET);
        assertThat(BreachStatus.of(ATTRITION, 3)).isEqualTo(BreachStatus.MET);
        assertThat(BreachStatus.of(ATTRITION, 5)).isEqualTo(BreachStatus.BELOW_TARGET);
        assertThat(BreachStatus.of(ATTRITION, 6.5)).isEqualTo(BreachStatus.REMEDIATION);
        assertThat(BreachStatus.of(ATTRITION, 8.1)).isEqualTo(BreachStatus.EXIT_RIGHT);
    }

    @Test
    void noRemediationThresholdMeansOnlyExitTriggers() {
        KpiTerm t = new KpiTerm("CSAT", "CSAT", KpiUnit.PERCENT, Direction.HIGHER, 85, null, 75, null);
        assertThat(BreachStatus.of(t, 76)).isEqualTo(BreachStatus.BELOW_TARGET);
        assertThat(BreachStatus.of(t, 74)).isEqualTo(BreachStatus.EXIT_RIGHT);
    }

    @Test
    void twoConsecutiveMonthsPastRemediationOpenOneItem() {
        var r = KpiMonitor.assess(List.of(FCR), series("FCR", YearMonth.of(2027, 1), 81, 74, 73, 72, 79, 74, 74));
        assertThat(r.remediations()).extracting(KpiMonitor.RemediationTrigger::opened)
                .containsExactly(YearMonth.of(2027, 3), YearMonth.of(2027, 7));
        assertThat(r.remediations().get(0).since()).isEqualTo(YearMonth.of(2027, 2));
    }

    @Test
    void aGapMonthBreaksTheStreak() {
        List<MonthlyValue> v = List.of(new MonthlyValue(YearMonth.of(2027, 1), "FCR", 74, 1),
                new MonthlyValue(YearMonth.of(2027, 3), "FCR", 74, 1));
        assertThat(KpiMonitor.assess(List.of(FCR), v).remediations()).isEmpty();
    }

    @Test
    void everyMonthPastExitRecordsTheExitRight() {
        var r = KpiMonitor.assess(List.of(ATTRITION), series("ATTRITION", YearMonth.of(2027, 1), 3, 9, 5, 8.5));
        assertThat(r.exitRights()).extracting(KpiMonitor.ExitRight::month)
                .containsExactly(YearMonth.of(2027, 2), YearMonth.of(2027, 4));
        assertThat(r.exitRights().get(0).message()).contains("ATTRITION", "2027-02", "exit");
    }

    @Test
    void threeMonthsOfWorseningAreFlaggedBeforeTheBreach() {
        var rising = KpiMonitor.assess(List.of(ATTRITION), series("ATTRITION", YearMonth.of(2027, 1), 3.0, 3.5, 4.2, 5.1));
        assertThat(rising.trends()).hasSize(1);
        assertThat(rising.trends().get(0).from()).isEqualTo(YearMonth.of(2027, 1));
        var flat = KpiMonitor.assess(List.of(ATTRITION), series("ATTRITION", YearMonth.of(2027, 1), 3.0, 3.5, 3.5, 5.1));
        assertThat(flat.trends()).isEmpty();
        var breached = KpiMonitor.assess(List.of(ATTRITION), series("ATTRITION", YearMonth.of(2027, 1), 3.0, 4, 5, 6.5));
        assertThat(breached.trends()).as("already past remediation: a breach, not a warning").isEmpty();
        var improvingFcr = KpiMonitor.assess(List.of(FCR), series("FCR", YearMonth.of(2027, 1), 76, 77, 78, 79));
        assertThat(improvingFcr.trends()).isEmpty();
        var fallingFcr = KpiMonitor.assess(List.of(FCR), series("FCR", YearMonth.of(2027, 1), 84, 83, 81, 79));
        assertThat(fallingFcr.trends()).hasSize(1);
    }

    @Test
    void unknownKpisInTheReportAreListed() {
        var r = KpiMonitor.assess(List.of(FCR), series("NPS", YearMonth.of(2027, 1), 40));
        assertThat(r.unknownKpis()).containsExactly("NPS");
    }

    @Test
    void weeksAverageIntoMonthsCallWeightedWhenCallsAreGiven() {
        List<WeeklyValue> weeks = List.of(
                new WeeklyValue(LocalDate.of(2027, 1, 4), "FCR", 80, 1000.0),
                new WeeklyValue(LocalDate.of(2027, 1, 11), "FCR", 70, 3000.0),
                new WeeklyValue(LocalDate.of(2027, 2, 1), "FCR", 80, null),
                new WeeklyValue(LocalDate.of(2027, 2, 8), "FCR", 70, 5000.0));
        List<MonthlyValue> months = MonthlyAggregator.aggregate(weeks);
        assertThat(months).hasSize(2);
        assertThat(months.get(0).value()).isEqualTo(72.5); // (80*1000 + 70*3000) / 4000
        assertThat(months.get(0).sourceRows()).isEqualTo(2);
        assertThat(months.get(1).value()).as("a week without calls: plain mean").isEqualTo(75.0);
    }
}
