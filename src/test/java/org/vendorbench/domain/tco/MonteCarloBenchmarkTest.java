package org.vendorbench.domain.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.tco.TcoFixtures.commitments;
import static org.vendorbench.domain.tco.TcoFixtures.pricing;
import static org.vendorbench.domain.tco.TcoFixtures.rfp;
import static org.vendorbench.domain.tco.TcoFixtures.vendor;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;

/**
 * Benchmark, not a timed assertion (the build machine is shared): 10,000 runs × 20 vendors × 36
 * months, every TCO assumption ranged. Prints wall time and the bytes the running thread allocated.
 */
class MonteCarloBenchmarkTest {

    @Test
    void tenThousandRunsTwentyVendors() throws Exception {
        Rfp rfp = rfp(36,
                new Assumption("Monthly call volume", 10_000, 8_000.0, 14_000.0),
                new Assumption("Annual volume growth", 3, 0.0, 8.0),
                new Assumption("Billable minutes per call", 4, 3.0, 6.0),
                new Assumption("Repeat calls per unresolved call", 1, 0.5, 1.5),
                new Assumption("Patient annual value", 2000, 1500.0, 3000.0),
                new Assumption("Lost share of abandoned callers", 2, 1.0, 4.0),
                new Assumption("Lost share of dissatisfied callers", 1, 0.5, 2.0),
                new Assumption("Exit probability at quality 50", 20, 10.0, 35.0),
                new Assumption("Exit cost in months of fees", 4.5, 3.0, 6.0),
                new Assumption("Discount rate", 5, 3.0, 8.0));
        TcoAssumptions a = TcoAssumptions.from(rfp, Map.of());
        List<VendorInput> vendors = new ArrayList<>();
        PricingModel[] models = PricingModel.values();
        for (int i = 0; i < 20; i++) {
            PricingModel m = models[i % models.length];
            double rate = switch (m) {
                case PER_MINUTE -> 0.8 + 0.02 * i;
                case PER_CALL -> 3 + 0.1 * i;
                case PER_FTE_MONTH -> 3_500 + 50 * i;
                case FLAT_MONTH -> 40_000 + 1_000 * i;
            };
            vendors.add(VendorInput.of(rfp, vendor("V" + i, pricing(m, rate, 12, 10_000, 15_000, 1_200, 20, 2 + i % 3, 20_000),
                    commitments(75.0 + i % 10, 3.0 + i % 5, 80.0 + i % 8, 2.0 + i % 4)), 60 + i, i % 5 == 0
                    ? Map.of("Exit probability", 25.0) : Map.of()));
        }
        MonteCarlo.FirstPlace first = totals -> {
            int best = -1;
            for (int i = 0; i < totals.length; i++) if (best < 0 || totals[i] < totals[best]) best = i;
            return best;
        };
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        UncertaintyResult warm = null;
        for (int i = 0; i < 3; i++) warm = MonteCarlo.run(vendors, a, 10_000, 1, first);
        long bytes0 = mx.getThreadAllocatedBytes(tid);
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        UncertaintyResult r = MonteCarlo.run(vendors, a, 10_000, 1, first);
        long t1 = System.nanoTime();
        long bytes1 = mx.getThreadAllocatedBytes(tid);
        long cpu1 = mx.getCurrentThreadCpuTime();
        long t2 = System.nanoTime();
        UncertaintyResult rp = MonteCarlo.run(vendors, a, 10_000, 1, first, 2);
        long t3 = System.nanoTime();
        double perVendorRun = (bytes1 - bytes0) / (10_000.0 * 20);
        System.out.printf(Locale.ROOT,
                "MonteCarlo benchmark: 10,000 runs x 20 vendors x 36 months: sequential %.1f ms wall (%.1f ms thread CPU), 2 threads %.1f ms;"
                        + " allocated %,d bytes (%.1f bytes per vendor-run, samples array 1,600,000 bytes included)%n",
                (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6, (t3 - t2) / 1e6, bytes1 - bytes0, perVendorRun);
        assertThat(r).isEqualTo(warm).isEqualTo(rp);
        // the inner loop allocates nothing: what is allocated is the per-vendor samples and per-chunk scratch
        assertThat(bytes1 - bytes0).isLessThan(4_000_000L);
    }
}
