package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The uncertainty run of scoring-and-tco.md §6. Each run draws every TCO assumption that has a
 * Low/High range from its triangular distribution (Low, Value, High), in {@link TcoKey} order, and
 * evaluates every vendor with the SAME draws (common random numbers), so differences between vendors
 * are not noise. A vendor's own override fixes that key for that vendor.
 *
 * <p>Determinism: runs are cut into chunks of {@value #CHUNK} runs; chunk j draws from the j-th
 * {@link SplittableRandom#split()} of {@code new SplittableRandom(seed)}, so the result depends only
 * on the seed and the inputs, never on the number of threads.
 *
 * <p>Percentiles: linear interpolation between order statistics (Hyndman–Fan type 7, as
 * numpy's default and Excel's PERCENTILE.INC): with sorted totals x[0..n−1], h = (n−1)·p,
 * P = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Without ranges all totals are the deterministic TCO,
 * so P10 = P50 = P90 = TCO exactly. Cheapest: among vendors with a TCO; a tie splits the run equally.
 * First: the index returned by the caller's {@link FirstPlace} (negative = nobody).
 */
public final class MonteCarlo {
    public static final int DEFAULT_RUNS = 10_000;
    public static final long DEFAULT_SEED = 1L;
    static final int CHUNK = 1_000;

    /**
     * Who ranks first in a run, given each vendor's TCO total of that run (NaN = no TCO), in input
     * order; returns an index or a negative number for nobody. The array is reused between runs: read
     * it, do not keep or change it. Called from several threads only by the parallel overload.
     */
    @FunctionalInterface
    public interface FirstPlace {
        int first(double[] tcoTotals);
    }

    /**
     * Progress and cancellation of a long run (the GUI's "Run uncertainty"), without UI types. The
     * run polls {@link #isCancelled()} before each chunk of {@value #CHUNK} runs and reports
     * {@link #progress} after each; with several threads both are called from the workers.
     */
    public interface Monitor {
        /** Never cancelled, reports nowhere. */
        Monitor NONE = new Monitor() {
            @Override
            public void progress(int done, int runs) {}

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        /** {@code done} of {@code runs} runs are finished (increasing; the last call has done == runs). */
        void progress(int done, int runs);

        /** True to stop the run: it then throws {@link CancellationException} and returns nothing. */
        boolean isCancelled();
    }

    private MonteCarlo() {}

    /** {@value #DEFAULT_RUNS} runs with seed {@value #DEFAULT_SEED}. */
    public static UncertaintyResult run(List<VendorInput> vendors, TcoAssumptions a, FirstPlace firstPlace) {
        return run(vendors, a, DEFAULT_RUNS, DEFAULT_SEED, firstPlace);
    }

    /** Sequential run; see the class comment. */
    public static UncertaintyResult run(List<VendorInput> vendors, TcoAssumptions a, int runs, long seed,
                                        FirstPlace firstPlace) {
        return run(vendors, a, runs, seed, firstPlace, 1);
    }

    /** As {@link #run(List, TcoAssumptions, int, long, FirstPlace)} on {@code threads} threads (same result). */
    public static UncertaintyResult run(List<VendorInput> vendors, TcoAssumptions a, int runs, long seed,
                                        FirstPlace firstPlace, int threads) {
        return run(vendors, a, runs, seed, firstPlace, threads, Monitor.NONE);
    }

    /**
     * As {@link #run(List, TcoAssumptions, int, long, FirstPlace, int)}, reporting to {@code monitor}
     * (same result; a cancelled run throws {@link CancellationException}).
     */
    public static UncertaintyResult run(List<VendorInput> vendors, TcoAssumptions a, int runs, long seed,
                                        FirstPlace firstPlace, int threads, Monitor monitor) {
        Monitor mon = monitor == null ? Monitor.NONE : monitor;
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1");
        int nv = vendors.size();
        int t = a.termMonths();
        double[] base = a.valuesArray();
        List<TcoKey> ranged = a.rangedKeys();
        int nr = ranged.size();
        int[] drawIdx = new int[nr];
        double[] lo = new double[nr], hi = new double[nr];
        for (int j = 0; j < nr; j++) {
            TcoKey k = ranged.get(j);
            drawIdx[j] = k.ordinal();
            lo[j] = a.low(k);
            hi[j] = a.high(k);
        }
        boolean drawsFactors = ranged.contains(TcoKey.ANNUAL_VOLUME_GROWTH) || ranged.contains(TcoKey.DISCOUNT_RATE);
        TcoVendor[] tv = new TcoVendor[nv];
        double[][] escal = new double[nv][];
        boolean[] ownFactors = new boolean[nv];
        int[][] ovIdx = new int[nv][];
        double[][] ovVal = new double[nv][];
        for (int v = 0; v < nv; v++) {
            VendorInput in = vendors.get(v);
            ovIdx[v] = in.overrides().keySet().stream().mapToInt(k -> TcoKey.parse(k).ordinal()).toArray();
            ovVal[v] = in.overrides().keySet().stream().mapToDouble(k -> in.overrides().get(k)).toArray();
            tv[v] = in.vendor();
            escal[v] = TcoKernel.escalator(in.vendor(), t);
            ownFactors[v] = in.overrides(TcoKey.ANNUAL_VOLUME_GROWTH) || in.overrides(TcoKey.DISCOUNT_RATE);
        }
        double[][] samples = new double[nv][runs];
        int chunks = (runs + CHUNK - 1) / CHUNK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) rngs[c] = root.split();

        double[] cheapest = new double[nv];
        long[] first = new long[nv];
        Chunk[] work = new Chunk[chunks];
        for (int c = 0; c < chunks; c++) {
            work[c] = new Chunk(c * CHUNK, Math.min(runs, (c + 1) * CHUNK), rngs[c]);
        }
        Runnable[] tasks = new Runnable[chunks];
        AtomicInteger done = new AtomicInteger();
        for (int c = 0; c < chunks; c++) {
            Chunk ch = work[c];
            tasks[c] = () -> {
                if (mon.isCancelled()) throw new CancellationException("Monte Carlo run cancelled");
                ch.run(ovIdx, ovVal, tv, escal, ownFactors, t, base, drawIdx, lo, hi, drawsFactors, samples,
                        firstPlace);
                // the count and its report under one lock: two workers that finish together would
                // otherwise report 4500 before 3500, and the monitor's contract is "increasing"
                synchronized (done) {
                    mon.progress(done.addAndGet(ch.to - ch.from), runs);
                }
            };
        }
        execute(tasks, threads);
        for (Chunk ch : work) {
            for (int v = 0; v < nv; v++) {
                cheapest[v] += ch.cheapest[v];
                first[v] += ch.first[v];
            }
        }
        List<VendorUncertainty> out = new ArrayList<>(nv);
        for (int v = 0; v < nv; v++) {
            Double p10 = null, p50 = null, p90 = null;
            if (tv[v].hasPricing()) {
                double[] s = samples[v];
                Arrays.sort(s);
                p10 = percentile(s, 0.10);
                p50 = percentile(s, 0.50);
                p90 = percentile(s, 0.90);
            }
            out.add(new VendorUncertainty(tv[v].name(), p10, p50, p90, cheapest[v] / runs, (double) first[v] / runs));
        }
        return new UncertaintyResult(runs, seed, ranged, out);
    }

    /** Type-7 percentile of sorted values (see the class comment). */
    public static double percentile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) throw new IllegalArgumentException("no values");
        double h = (n - 1) * p;
        int i = (int) Math.floor(h);
        if (i >= n - 1) return sorted[n - 1];
        double frac = h - i;
        return frac == 0 ? sorted[i] : sorted[i] + frac * (sorted[i + 1] - sorted[i]);
    }

    private static void execute(Runnable[] tasks, int threads) {
        if (threads <= 1 || tasks.length == 1) {
            for (Runnable r : tasks) r.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.length), r -> {
            Thread th = new Thread(r, "vendorbench-montecarlo");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Runnable r : tasks) fs.add(pool.submit(r));
            for (Future<?> f : fs) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A block of runs with its own generator and counters; all scratch space allocated once. */
    private static final class Chunk {
        final int from, to;
        final SplittableRandom rng;
        double[] cheapest;
        long[] first;

        Chunk(int from, int to, SplittableRandom rng) {
            this.from = from;
            this.to = to;
            this.rng = rng;
        }

        void run(int[][] ovIdx, double[][] ovVal, TcoVendor[] tv, double[][] escal, boolean[] ownFactors, int t,
                 double[] base, int[] drawIdx, double[] lo, double[] hi, boolean drawsFactors, double[][] samples,
                 FirstPlace firstPlace) {
            int nv = tv.length;
            cheapest = new double[nv];
            first = new long[nv];
            double[] p = base.clone();
            double[] pv = new double[p.length];
            double[] growth = new double[t], disc = new double[t];
            double[] vGrowth = new double[t], vDisc = new double[t];
            double[] out = new double[TcoKernel.OUT_SIZE];
            double[] totals = new double[nv];
            int gi = TcoKey.ANNUAL_VOLUME_GROWTH.ordinal(), ii = TcoKey.DISCOUNT_RATE.ordinal();
            TcoKernel.fillFactors(p[gi], p[ii], t, growth, disc);
            for (int run = from; run < to; run++) {
                for (int j = 0; j < drawIdx.length; j++) {
                    int k = drawIdx[j];
                    p[k] = Triangular.inverse(lo[j], base[k], hi[j], rng.nextDouble());
                }
                if (drawsFactors) TcoKernel.fillFactors(p[gi], p[ii], t, growth, disc);
                double min = Double.POSITIVE_INFINITY;
                int ties = 0;
                for (int v = 0; v < nv; v++) {
                    TcoVendor vendor = tv[v];
                    if (!vendor.hasPricing()) {
                        totals[v] = Double.NaN;
                        continue;
                    }
                    double[] pp = p;
                    double[] g = growth, d = disc;
                    int[] oi = ovIdx[v];
                    if (oi.length > 0) {
                        System.arraycopy(p, 0, pv, 0, p.length);
                        for (int j = 0; j < oi.length; j++) pv[oi[j]] = ovVal[v][j];
                        pp = pv;
                        if (ownFactors[v]) {
                            TcoKernel.fillFactors(pv[gi], pv[ii], t, vGrowth, vDisc);
                            g = vGrowth;
                            d = vDisc;
                        }
                    }
                    TcoKernel.evaluate(vendor, pp, t, g, d, escal[v], out, null);
                    double total = out[TcoKernel.TOTAL];
                    totals[v] = total;
                    samples[v][run] = total;
                    if (total < min) {
                        min = total;
                        ties = 1;
                    } else if (total == min) {
                        ties++;
                    }
                }
                if (ties > 0) {
                    double share = 1.0 / ties;
                    for (int v = 0; v < nv; v++) if (totals[v] == min) cheapest[v] += share;
                }
                if (firstPlace != null) {
                    int f = firstPlace.first(totals);
                    if (f >= 0 && f < nv) first[f]++;
                }
            }
        }
    }
}
