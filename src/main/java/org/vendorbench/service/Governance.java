package org.vendorbench.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.GovernanceReview;
import org.vendorbench.domain.monitoring.GovernanceSchedule;
import org.vendorbench.domain.monitoring.MonthlyValue;
import org.vendorbench.store.Workspace;

/**
 * The governance reviews of the signed vendor, from a workspace: the calendar with done, due and
 * missed periods ({@link GovernanceSchedule}) and marking a review done (stored and audited by the
 * workspace). Reviews belong to the signed contract, so a vendor named by the user must be the
 * signed one.
 */
public final class Governance {
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Governance() {}

    /** The calendar of the signed contract as of {@code asOf}. */
    public record Calendar(ContractBaseline contract, LocalDate asOf, List<GovernanceSchedule.Slot> slots) {
        public Calendar {
            slots = List.copyOf(slots);
        }

        public List<GovernanceSchedule.Slot> of(GovernanceCadence cadence) {
            return slots.stream().filter(s -> s.cadence() == cadence).toList();
        }

        public long count(GovernanceCadence cadence, GovernanceSchedule.Status status) {
            return slots.stream().filter(s -> s.cadence() == cadence && s.status() == status).count();
        }
    }

    /** The signed contract; refused when none is signed or {@code vendor} (when given) is not the signed one. */
    public static ContractBaseline contract(Workspace ws, String vendor) throws RefusedException {
        ContractBaseline c = ws.contract().orElseThrow(() -> new RefusedException(
                ws.file().getFileName() + " has no signed vendor: run 'vendorbench sign' first"));
        if (vendor != null && !Fold.same(vendor, c.vendor())) {
            throw new RefusedException("'" + vendor.strip() + "' is not the signed vendor of " + ws.file().getFileName()
                    + " (signed: " + c.vendor() + ")");
        }
        return c;
    }

    /**
     * The review calendar as of {@code asOf}; when null, as of
     * {@link GovernanceSchedule#defaultAsOf}(today, the latest month with a KPI report).
     */
    public static Calendar calendar(Workspace ws, String vendor, LocalDate asOf, LocalDate today) throws RefusedException {
        ContractBaseline c = contract(ws, vendor);
        LocalDate when = asOf != null ? asOf : GovernanceSchedule.defaultAsOf(today,
                ws.kpiMonths().stream().map(MonthlyValue::month).max(YearMonth::compareTo).orElse(null));
        return new Calendar(c, when, GovernanceSchedule.slots(c.goLive(), c.endDate(), ws.reviews(), when));
    }

    /**
     * Records a review as held on {@code date} (replacing a review of the same cadence and period),
     * audited. {@code period} defaults to the period containing the date; attendees are kept at
     * the start of the notes ({@code Attendees: A, B. note}). Refused for a date before the
     * go-live's period or after the contract, or a period key not of the cadence's form.
     */
    public static GovernanceReview markDone(Workspace ws, String vendor, GovernanceCadence cadence, LocalDate date,
                                            String period, Integer callsListened, Integer callTypes,
                                            List<String> attendees, String note, String reason) throws RefusedException {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(date, "date");
        ContractBaseline c = contract(ws, vendor);
        if (date.isBefore(GovernanceSchedule.periodStart(cadence, c.goLive())) || date.isAfter(c.endDate().plusMonths(1))) {
            throw new RefusedException("review date " + date + " is outside the contract (go-live " + c.goLive()
                    + ", end " + c.endDate() + ")");
        }
        String key = period == null || period.isBlank() ? GovernanceSchedule.periodKey(cadence, date) : period.strip().toUpperCase(java.util.Locale.ROOT);
        if (!pattern(cadence).matcher(key).matches()) {
            throw new RefusedException("period '" + period + "' is not a " + cadence.label.toLowerCase(java.util.Locale.ROOT)
                    + " period (e.g. " + GovernanceSchedule.periodKey(cadence, date) + ")");
        }
        if (callsListened != null && callsListened < 0) throw new RefusedException("calls listened to cannot be negative");
        if (callTypes != null && callTypes < 0) throw new RefusedException("call types cannot be negative");
        GovernanceReview r = new GovernanceReview(cadence, key, date, notes(attendees, note), callsListened, callTypes);
        ws.putReview(r, reason);
        return r;
    }

    static String notes(List<String> attendees, String note) {
        StringBuilder b = new StringBuilder();
        List<String> names = attendees == null ? List.of() : attendees.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!names.isEmpty()) b.append("Attendees: ").append(String.join(", ", names)).append('.');
        if (note != null && !note.isBlank()) {
            if (b.length() > 0) b.append(' ');
            b.append(note.strip());
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static Pattern pattern(GovernanceCadence cadence) {
        return switch (cadence) {
            case WEEKLY -> WEEK;
            case MONTHLY -> MONTH;
            case QUARTERLY -> QUARTER;
            case ANNUAL -> YEAR;
        };
    }
}
