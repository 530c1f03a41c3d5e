package org.vendorbench.domain.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vendorbench.domain.tco.TcoFixtures.commitments;
import static org.vendorbench.domain.tco.TcoFixtures.example;
import static org.vendorbench.domain.tco.TcoFixtures.pricing;
import static org.vendorbench.domain.tco.TcoFixtures.rfp;
import static org.vendorbench.domain.tco.TcoFixtures.vendor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;

/** The progress callback and cancel flag of {@link MonteCarlo.Monitor}. */
class MonteCarloMonitorTest {
    private static Rfp rangedRfp() {
        return rfp(36,
                new Assumption("Monthly call volume", 10_000, 8_000.0, 14_000.0),
                new Assumption("Patient annual value", 2000, 1500.0, 3000.0),
                new Assumption("Discount rate", 5, 3.0, 8.0));
    }

    private static List<VendorInput> vendors(Rfp rfp) {
        return List.of(VendorInput.of(rfp, example(), 75),
                VendorInput.of(rfp, vendor("Flat", pricing(PricingModel.FLAT_MONTH, 60_000.0, 0, 0, 5_000, 1_000, 25, 3, 50_000),
                        commitments(75.0, 7.0, 80.0, 6.0)), 60));
    }

    /** Records progress; cancels once {@code cancelAfter} runs are done (never when negative). */
    private static final class Recorder implements MonteCarlo.Monitor {
        final List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger polls = new AtomicInteger();
        final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void progress(int d, int runs) {
            assertThat(runs).isEqualTo(4_500);
            done.add(d);
        }

        @Override
        public boolean isCancelled() {
            polls.incrementAndGet();
            synchronized (done) {
                return cancelAfter >= 0 && !done.isEmpty() && done.get(done.size() - 1) >= cancelAfter;
            }
        }
    }

    @Test
    void reportsEveryChunkUpToAllRunsAndGivesTheSameResultAsWithoutMonitor() throws Exception {
        Rfp rfp = rangedRfp();
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        Recorder rec = new Recorder(-1);
        UncertaintyResult with = MonteCarlo.run(vendors(rfp), a, 4_500, 3, t -> 0, 1, rec);
        UncertaintyResult without = MonteCarlo.run(vendors(rfp), a, 4_500, 3, t -> 0);
        assertThat(rec.done).containsExactly(1_000, 2_000, 3_000, 4_000, 4_500);
        assertThat(rec.polls.get()).isEqualTo(5);
        assertThat(with).isEqualTo(without);
    }

    @Test
    void parallelRunReportsMonotonicProgressEndingAtAllRuns() throws Exception {
        Rfp rfp = rangedRfp();
        // workers finishing together raced their reports (4500 before 3500): repeat to give the race room
        for (int i = 0; i < 30; i++) {
            Recorder rec = new Recorder(-1);
            MonteCarlo.run(vendors(rfp), TcoAssumptions.from(rfp, Map.of()), 4_500, 3, t -> 0, 2, rec);
            assertThat(rec.done).hasSize(5).isSorted();
            assertThat(rec.done.get(4)).isEqualTo(4_500);
        }
    }

    @Test
    void cancelStopsTheRunAtTheNextChunk() throws Exception {
        Rfp rfp = rangedRfp();
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        Recorder rec = new Recorder(2_000);
        assertThatThrownBy(() -> MonteCarlo.run(vendors(rfp), a, 4_500, 3, t -> 0, 1, rec))
                .isInstanceOf(CancellationException.class);
        assertThat(rec.done).containsExactly(1_000, 2_000);

        Recorder parallel = new Recorder(1_000);
        assertThatThrownBy(() -> MonteCarlo.run(vendors(rfp), a, 4_500, 3, t -> 0, 2, parallel))
                .isInstanceOf(CancellationException.class);
        assertThat(parallel.done.size()).isLessThan(5);
    }
}
