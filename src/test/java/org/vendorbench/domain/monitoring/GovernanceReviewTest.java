package org.vendorbench.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.governance.GovernanceCadence;

class GovernanceReviewTest {
    private static GovernanceReview monthly(Integer calls, Integer types) {
        return new GovernanceReview(GovernanceCadence.MONTHLY, "2027-03", LocalDate.of(2027, 3, 30), null, calls, types);
    }

    @Test
    void fifteenCallsAcrossTwoTypesMeetTheMinimum() {
        assertThat(monthly(15, 2).shortfalls()).isEmpty();
        assertThat(monthly(40, 5).shortfalls()).isEmpty();
    }

    @Test
    void fewerCallsOneTypeOrNothingRecordedAreShortfalls() {
        assertThat(monthly(14, 3).shortfalls()).singleElement().asString().contains("14 recorded calls")
                .contains("minimum of 15");
        assertThat(monthly(20, 1).shortfalls()).singleElement().asString().contains("1 call type only");
        assertThat(monthly(null, null).shortfalls()).hasSize(2);
    }

    @Test
    void otherCadencesHaveNoCallMinimum() {
        assertThat(new GovernanceReview(GovernanceCadence.QUARTERLY, "2027-Q1", LocalDate.of(2027, 3, 31), "ok", null,
                null).shortfalls()).isEmpty();
    }
}
