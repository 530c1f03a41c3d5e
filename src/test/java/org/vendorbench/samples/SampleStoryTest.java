package org.vendorbench.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo files tell the article's story under the formulas of scoring-and-tco.md. */
class SampleStoryTest {
    private final SampleStory story = new SampleStory();

    private List<SampleStory.Result> results() {
        List<SampleStory.Result> rs = new ArrayList<>();
        for (int v = 0; v < SampleRfpData.VENDORS.size(); v++) rs.add(story.evaluate(v));
        return rs;
    }

    @Test
    void cheapestRateBecomesTheMostExpensiveOverTheTerm() {
        List<SampleStory.Result> rs = results();
        rs.forEach(r -> System.out.printf("%-28s Q=%6.2f dq=%-5s first=%,12.2f fees=%,14.2f patient=%,14.2f TCO=%,14.2f%n",
                r.vendor(), r.quality(), r.disqualified(), r.firstMonthFee(), r.fees(), r.patientImpact(), r.tco()));
        SampleStory.Result budget = rs.get(SampleRfpData.BUDGET);
        double budgetRate = SampleRfpData.VENDORS.get(SampleRfpData.BUDGET).pricing().rate();
        double carelineRate = SampleRfpData.VENDORS.get(SampleRfpData.CARELINE).pricing().rate();
        assertThat(1 - budgetRate / carelineRate).isCloseTo(0.35, org.assertj.core.api.Assertions.within(0.005));
        assertThat(budget.firstMonthFee()).isLessThan(rs.stream().filter(r -> r != budget).mapToDouble(SampleStory.Result::firstMonthFee).min().orElseThrow());
        assertThat(budget.tco()).isGreaterThan(rs.stream().filter(r -> r != budget).mapToDouble(SampleStory.Result::tco).max().orElseThrow());
        assertThat(budget.disqualified()).isFalse();
    }

    @Test
    void balancedVendorWinsOnCombinedScoreAndSecureCallIsDisqualified() {
        List<SampleStory.Result> rs = results();
        assertThat(rs.get(SampleRfpData.SECURECALL).disqualified()).isTrue();
        double tcoMin = rs.stream().filter(r -> !r.disqualified()).mapToDouble(SampleStory.Result::tco).min().orElseThrow();
        SampleStory.Result winner = rs.stream().filter(r -> !r.disqualified())
                .max(Comparator.comparingDouble(r -> 0.7 * r.quality() + 0.3 * Math.min(100, 100 * tcoMin / r.tco()))).orElseThrow();
        rs.forEach(r -> System.out.printf("%-28s combined=%6.2f%n", r.vendor(), 0.7 * r.quality() + 0.3 * Math.min(100, 100 * tcoMin / r.tco())));
        assertThat(winner.vendor()).isEqualTo("CareLine Partners");
        SampleStory.Result premier = rs.get(SampleRfpData.PREMIER);
        assertThat(premier.quality()).isGreaterThan(rs.get(SampleRfpData.CARELINE).quality());
        assertThat(premier.firstMonthFee()).isEqualTo(rs.stream().mapToDouble(SampleStory.Result::firstMonthFee).max().orElseThrow());
    }
}
