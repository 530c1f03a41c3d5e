package org.vendorbench.domain.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vendorbench.domain.governance.GovernanceCadence;

/**
 * A governance review held (the article's cadence, {@link GovernanceCadence}): which cadence, which
 * period ({@code 2027-03} for a monthly review, {@code 2027-W10} weekly, {@code 2027-Q1} quarterly,
 * {@code 2027} annual; free text, the key with the cadence), when it was held and notes. The monthly
 * review also records how many recorded calls were listened to and across how many call types.
 */
public record GovernanceReview(GovernanceCadence cadence, String period, LocalDate doneOn, String notes,
                               Integer callsListened, Integer callTypes) {
    /** The article's monthly minimum: "a minimum of 15 recorded calls across different call types". */
    public static final int MIN_CALLS = 15;
    /** "Different call types": at least two. */
    public static final int MIN_CALL_TYPES = 2;

    public GovernanceReview {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(doneOn, "doneOn");
        if (period == null || period.isBlank()) throw new IllegalArgumentException("the review period is blank");
        if (callsListened != null && callsListened < 0) throw new IllegalArgumentException("calls listened is negative");
        if (callTypes != null && callTypes < 0) throw new IllegalArgumentException("call types is negative");
    }

    /** The shortfalls of a monthly review against the article's call-listening minimum; empty when met or not monthly. */
    public List<String> shortfalls() {
        List<String> out = new ArrayList<>();
        if (cadence != GovernanceCadence.MONTHLY) return out;
        if (callsListened == null) {
            out.add("monthly review " + period + ": calls listened to not recorded (minimum " + MIN_CALLS + ")");
        } else if (callsListened < MIN_CALLS) {
            out.add("monthly review " + period + ": " + callsListened + " recorded calls listened to, below the minimum of "
                    + MIN_CALLS);
        }
        if (callTypes == null) {
            out.add("monthly review " + period + ": call types not recorded (calls must span different call types)");
        } else if (callTypes < MIN_CALL_TYPES) {
            out.add("monthly review " + period + ": calls from " + callTypes + " call type"
                    + (callTypes == 1 ? "" : "s") + " only; the article asks for different call types");
        }
        return out;
    }
}
