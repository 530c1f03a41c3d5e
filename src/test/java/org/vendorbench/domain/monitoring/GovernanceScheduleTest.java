package org.vendorbench.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.GovernanceSchedule.Slot;
import org.vendorbench.domain.monitoring.GovernanceSchedule.Status;

class GovernanceScheduleTest {
    static final LocalDate GO_LIVE = LocalDate.of(2027, 1, 4), END = LocalDate.of(2029, 12, 31);

    @Test
    void periodKeysFollowTheCalendar() {
        LocalDate newYear = LocalDate.of(2027, 1, 1); // a Friday: ISO week 53 of 2026
        assertThat(GovernanceSchedule.periodKey(GovernanceCadence.WEEKLY, newYear)).isEqualTo("2026-W53");
        assertThat(GovernanceSchedule.periodKey(GovernanceCadence.WEEKLY, LocalDate.of(2027, 2, 3))).isEqualTo("2027-W05");
        assertThat(GovernanceSchedule.periodKey(GovernanceCadence.MONTHLY, newYear)).isEqualTo("2027-01");
        assertThat(GovernanceSchedule.periodKey(GovernanceCadence.QUARTERLY, LocalDate.of(2027, 6, 30))).isEqualTo("2027-Q2");
        assertThat(GovernanceSchedule.periodKey(GovernanceCadence.QUARTERLY, LocalDate.of(2027, 7, 1))).isEqualTo("2027-Q3");
        assertThat(GovernanceSchedule.periodKey(GovernanceCadence.ANNUAL, newYear)).isEqualTo("2027");
        assertThat(GovernanceSchedule.periodStart(GovernanceCadence.WEEKLY, newYear)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(GovernanceSchedule.periodStart(GovernanceCadence.QUARTERLY, LocalDate.of(2027, 8, 9))).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void monthsAreDoneMissedDueThenOneUpcoming() {
        List<GovernanceReview> reviews = List.of(
                new GovernanceReview(GovernanceCadence.MONTHLY, "2027-01", LocalDate.of(2027, 1, 28), null, 15, 2),
                // a quarterly review with a month-like key does not count for the month
                new GovernanceReview(GovernanceCadence.QUARTERLY, "2027-02", LocalDate.of(2027, 2, 20), null, null, null));
        List<Slot> months = GovernanceSchedule.slots(GovernanceCadence.MONTHLY, GO_LIVE, END, reviews, LocalDate.of(2027, 3, 15));
        assertThat(months).extracting(s -> s.period() + " " + s.status())
                .containsExactly("2027-01 DONE", "2027-02 MISSED", "2027-03 DUE", "2027-04 UPCOMING");
        assertThat(months.get(0).review().callsListened()).isEqualTo(15);
        assertThat(months.get(2).start()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(months.get(2).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void theGoLivePeriodCountsAndNothingAfterTheTermIsListed() {
        List<Slot> weeks = GovernanceSchedule.slots(GovernanceCadence.WEEKLY, GO_LIVE, END, List.of(), LocalDate.of(2027, 1, 4));
        assertThat(weeks).extracting(Slot::period).containsExactly("2027-W01", "2027-W02");
        assertThat(weeks.get(0).status()).isEqualTo(Status.DUE);
        List<Slot> years = GovernanceSchedule.slots(GovernanceCadence.ANNUAL, GO_LIVE, END, List.of(), LocalDate.of(2035, 1, 1));
        assertThat(years).extracting(s -> s.period() + " " + s.status())
                .containsExactly("2027 MISSED", "2028 MISSED", "2029 MISSED");
        assertThat(GovernanceSchedule.slots(GO_LIVE, END, List.of(), LocalDate.of(2027, 1, 4)))
                .extracting(s -> s.cadence()).containsOnly(GovernanceCadence.values());
    }

    @Test
    void monthlyShortfallsComeFromTheRecordedReview() {
        List<GovernanceReview> reviews = List.of(
                new GovernanceReview(GovernanceCadence.MONTHLY, "2027-01", LocalDate.of(2027, 1, 28), null, 12, 3));
        Slot jan = GovernanceSchedule.slots(GovernanceCadence.MONTHLY, GO_LIVE, END, reviews, LocalDate.of(2027, 2, 1)).get(0);
        assertThat(jan.shortfalls()).singleElement().asString().contains("12 recorded calls").contains("minimum of 15");
    }

    @Test
    void defaultAsOfIsTodayOrTheEndOfTheLastReportedMonth() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(GovernanceSchedule.defaultAsOf(today, null)).isEqualTo(today);
        assertThat(GovernanceSchedule.defaultAsOf(today, YearMonth.of(2027, 12))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(GovernanceSchedule.defaultAsOf(today, YearMonth.of(2026, 3))).isEqualTo(today);
    }
}
