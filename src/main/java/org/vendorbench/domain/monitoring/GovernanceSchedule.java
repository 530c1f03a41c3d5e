package org.vendorbench.domain.monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vendorbench.domain.governance.GovernanceCadence;

/**
 * The review calendar of a signed contract (the article's governance cadence) with what was done:
 * every weekly, monthly, quarterly and annual period from the go-live up to the as-of date, plus
 * the next one of each cadence, each marked done (a review recorded for that cadence and period),
 * due (the period runs on the as-of date), missed (the period ended without a review) or upcoming.
 *
 * <p>Periods are calendar periods keyed as {@link GovernanceReview} keys them: ISO weeks
 * {@code 2027-W05} (Monday to Sunday, week-based year), months {@code 2027-03}, calendar quarters
 * {@code 2027-Q1}, calendar years {@code 2027}. A period belongs to the calendar when it overlaps
 * the contract term (the go-live week, month, quarter and year count). A review is filed under the
 * period of the day it was held unless the user names another ({@link #periodKey}).
 */
public final class GovernanceSchedule {
    private GovernanceSchedule() {}

    public enum Status {
        DONE("done"), DUE("due"), MISSED("missed"), UPCOMING("upcoming");

        public final String label;

        Status(String label) { this.label = label; }
    }

    /** One period of one cadence. {@code review} is the recorded review, null when none. */
    public record Slot(GovernanceCadence cadence, String period, LocalDate start, LocalDate end, Status status,
                       GovernanceReview review) {
        /** The article's call-listening shortfalls of the recorded review (monthly only); empty otherwise. */
        public List<String> shortfalls() {
            return review == null ? List.of() : review.shortfalls();
        }
    }

    /** The key of the period of {@code cadence} that contains {@code date}. */
    public static String periodKey(GovernanceCadence cadence, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (cadence) {
            case WEEKLY -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> YearMonth.from(date).toString();
            case QUARTERLY -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case ANNUAL -> Integer.toString(date.getYear());
        };
    }

    /** First day of the period of {@code cadence} containing {@code date}. */
    public static LocalDate periodStart(GovernanceCadence cadence, LocalDate date) {
        return switch (cadence) {
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> date.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case ANNUAL -> date.withDayOfYear(1);
        };
    }

    private static LocalDate next(GovernanceCadence cadence, LocalDate start) {
        return switch (cadence) {
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
            case ANNUAL -> start.plusYears(1);
        };
    }

    /**
     * The calendar of every cadence, in cadence order then by period.
     *
     * @param goLive  first day of the contract
     * @param endDate last day of the contract term
     * @param reviews the reviews recorded (any cadence and period; reviews outside the calendar are left out)
     * @param asOf    the day the status is read on
     */
    public static List<Slot> slots(LocalDate goLive, LocalDate endDate, List<GovernanceReview> reviews, LocalDate asOf) {
        Objects.requireNonNull(goLive, "goLive");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(asOf, "asOf");
        List<Slot> out = new ArrayList<>();
        for (GovernanceCadence c : GovernanceCadence.values()) out.addAll(slots(c, goLive, endDate, reviews, asOf));
        return out;
    }

    /** The calendar of one cadence: its periods up to the one containing {@code asOf}, then the next one. */
    public static List<Slot> slots(GovernanceCadence cadence, LocalDate goLive, LocalDate endDate,
                                   List<GovernanceReview> reviews, LocalDate asOf) {
        List<Slot> out = new ArrayList<>();
        boolean upcomingShown = false;
        for (LocalDate start = periodStart(cadence, goLive); !start.isAfter(endDate); start = next(cadence, start)) {
            LocalDate end = next(cadence, start).minusDays(1);
            String key = periodKey(cadence, start);
            GovernanceReview review = find(reviews, cadence, key);
            Status status;
            if (review != null) status = Status.DONE;
            else if (end.isBefore(asOf)) status = Status.MISSED;
            else if (!start.isAfter(asOf)) status = Status.DUE;
            else status = Status.UPCOMING;
            if (start.isAfter(asOf)) {
                if (upcomingShown) break;
                upcomingShown = true;
            }
            out.add(new Slot(cadence, key, start, end, status, review));
        }
        return out;
    }

    private static GovernanceReview find(List<GovernanceReview> reviews, GovernanceCadence cadence, String key) {
        GovernanceReview found = null;
        for (GovernanceReview r : reviews) {
            if (r.cadence() == cadence && r.period().strip().equalsIgnoreCase(key)) found = r;
        }
        return found;
    }

    /**
     * The as-of day when the user gives none: today, or the last day of the latest month with a
     * KPI report when that is later (the reports show those months are over: back-filled data, a
     * demo), so recorded data is always inside the calendar.
     */
    public static LocalDate defaultAsOf(LocalDate today, YearMonth latestReportedMonth) {
        if (latestReportedMonth == null) return today;
        LocalDate end = latestReportedMonth.atEndOfMonth();
        return end.isAfter(today) ? end : today;
    }
}
