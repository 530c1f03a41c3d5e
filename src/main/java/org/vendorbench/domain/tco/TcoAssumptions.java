package org.vendorbench.domain.tco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;

/**
 * The resolved TCO inputs of one evaluation: every {@link TcoKey} with its value, its optional
 * Low/High range (for the uncertainty run and the tornado) and where the value came from, plus the
 * contract term T. Built from the RFP's {@code Assumptions} sheet (keys matched folded), the §5
 * defaults and caller overrides. An override fixes the value and drops the range (the user has
 * decided the figure). Immutable.
 */
public final class TcoAssumptions {

    /** Where a value came from. */
    public enum Source { RFP, DEFAULT, OVERRIDE }

    private static final int N = TcoKey.values().length;

    private final int termMonths;
    private final double[] values;
    private final double[] lows;   // NaN = no range
    private final double[] highs;  // NaN = no range
    private final Source[] sources;

    private TcoAssumptions(int termMonths, double[] values, double[] lows, double[] highs, Source[] sources) {
        this.termMonths = termMonths;
        this.values = values;
        this.lows = lows;
        this.highs = highs;
        this.sources = sources;
    }

    /**
     * The RFP's assumptions, defaults for the keys it does not give, then {@code overrides} (keys
     * matched folded against the labels or constant names of {@link TcoKey}; null map = none).
     *
     * @throws RefusedException when {@code Monthly call volume} is missing (and not overridden), a
     *     value is not finite, a range does not hold Low ≤ Value ≤ High, or an override key is unknown
     */
    public static TcoAssumptions from(Rfp rfp, Map<String, Double> overrides) throws RefusedException {
        double[] v = new double[N];
        double[] lo = new double[N];
        double[] hi = new double[N];
        Source[] src = new Source[N];
        for (TcoKey k : TcoKey.values()) {
            int i = k.ordinal();
            v[i] = k.defaultValue();
            lo[i] = Double.NaN;
            hi[i] = Double.NaN;
            src[i] = Source.DEFAULT;
        }
        for (Assumption a : rfp.assumptions()) {
            TcoKey k = TcoKey.parse(a.key());
            if (k == null) continue; // other keys are not TCO inputs
            int i = k.ordinal();
            v[i] = a.value();
            src[i] = Source.RFP;
            if (a.low() != null || a.high() != null) {
                if (!a.hasRange()) {
                    throw new RefusedException("Assumptions: '" + a.key() + "' needs both Low and High, or neither");
                }
                lo[i] = a.low();
                hi[i] = a.high();
            }
        }
        TcoAssumptions base = new TcoAssumptions(rfp.termMonths(), v, lo, hi, src);
        TcoAssumptions result;
        try {
            result = base.withOverrides(overrides);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage(), e);
        }
        result.validate();
        return result;
    }

    /** All defaults, the given monthly volume and term; for callers without an RFP (and tests). */
    public static TcoAssumptions defaults(int termMonths, double monthlyCallVolume) {
        if (termMonths < 1) throw new IllegalArgumentException("contract term must be at least 1 month");
        double[] v = new double[N];
        double[] lo = new double[N];
        double[] hi = new double[N];
        Source[] src = new Source[N];
        for (TcoKey k : TcoKey.values()) {
            v[k.ordinal()] = k.defaultValue();
            lo[k.ordinal()] = Double.NaN;
            hi[k.ordinal()] = Double.NaN;
            src[k.ordinal()] = Source.DEFAULT;
        }
        v[TcoKey.MONTHLY_CALL_VOLUME.ordinal()] = monthlyCallVolume;
        src[TcoKey.MONTHLY_CALL_VOLUME.ordinal()] = Source.OVERRIDE;
        TcoAssumptions a = new TcoAssumptions(termMonths, v, lo, hi, src);
        a.validateUnchecked();
        return a;
    }

    /**
     * A copy with the overrides applied (key → fixed value; range dropped). Used globally and per
     * vendor (e.g. a vendor-specific exit probability).
     *
     * @throws IllegalArgumentException for an unknown key or a non-finite value
     */
    public TcoAssumptions withOverrides(Map<String, Double> overrides) {
        if (overrides == null || overrides.isEmpty()) return this;
        double[] v = values.clone();
        double[] lo = lows.clone();
        double[] hi = highs.clone();
        Source[] src = sources.clone();
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            TcoKey k = TcoKey.parse(e.getKey());
            if (k == null) throw new IllegalArgumentException("unknown TCO assumption '" + e.getKey() + "'");
            Double val = e.getValue();
            if (val == null || !Double.isFinite(val)) {
                throw new IllegalArgumentException("TCO assumption '" + k.label() + "' override must be a finite number");
            }
            int i = k.ordinal();
            v[i] = val;
            lo[i] = Double.NaN;
            hi[i] = Double.NaN;
            src[i] = Source.OVERRIDE;
        }
        TcoAssumptions a = new TcoAssumptions(termMonths, v, lo, hi, src);
        a.validateUnchecked();
        return a;
    }

    /** A copy with one key fixed at {@code value} (range dropped). */
    public TcoAssumptions with(TcoKey key, double value) {
        return withOverrides(Map.of(key.name(), value));
    }

    /** A copy with a Low/High range on one key (value kept); for what-if studies and tests. */
    public TcoAssumptions withRange(TcoKey key, double low, double high) {
        double[] lo = lows.clone();
        double[] hi = highs.clone();
        lo[key.ordinal()] = low;
        hi[key.ordinal()] = high;
        TcoAssumptions a = new TcoAssumptions(termMonths, values.clone(), lo, hi, sources.clone());
        a.validateUnchecked();
        return a;
    }

    public int termMonths() {
        return termMonths;
    }

    public double value(TcoKey key) {
        return values[key.ordinal()];
    }

    /** Low of the range, or null without a range. */
    public Double low(TcoKey key) {
        double d = lows[key.ordinal()];
        return Double.isNaN(d) ? null : d;
    }

    /** High of the range, or null without a range. */
    public Double high(TcoKey key) {
        double d = highs[key.ordinal()];
        return Double.isNaN(d) ? null : d;
    }

    public boolean hasRange(TcoKey key) {
        return !Double.isNaN(lows[key.ordinal()]);
    }

    public Source source(TcoKey key) {
        return sources[key.ordinal()];
    }

    /** The TCO keys that carry a Low/High range, in draw order. */
    public List<TcoKey> rangedKeys() {
        List<TcoKey> out = new ArrayList<>();
        for (TcoKey k : TcoKey.values()) {
            if (k.partOfTco() && hasRange(k)) out.add(k);
        }
        return Collections.unmodifiableList(out);
    }

    /** The values indexed by {@link TcoKey#ordinal()} (a fresh copy). */
    double[] valuesArray() {
        return values.clone();
    }

    private void validate() throws RefusedException {
        try {
            validateUnchecked();
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage(), e);
        }
    }

    private void validateUnchecked() {
        for (TcoKey k : TcoKey.values()) {
            int i = k.ordinal();
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("Assumptions: required key '" + k.label() + "' is missing");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("Assumptions: '" + k.label() + "' must be a finite number");
            }
            if (!Double.isNaN(lows[i])) {
                if (!Double.isFinite(lows[i]) || !Double.isFinite(highs[i])
                        || lows[i] > values[i] || values[i] > highs[i]) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "Assumptions: '%s' range must satisfy Low <= Value <= High (Low %s, Value %s, High %s)",
                            k.label(), num(lows[i]), num(values[i]), num(highs[i])));
                }
            }
        }
        requireAtLeast(TcoKey.MONTHLY_CALL_VOLUME, 0, false);
        requireAtLeast(TcoKey.BILLABLE_MINUTES_PER_CALL, 0, false);
        requireAtLeast(TcoKey.REPEAT_CALLS_PER_UNRESOLVED_CALL, 0, false);
        requireAtLeast(TcoKey.ANNUAL_VOLUME_GROWTH, -100, true);
        requireAtLeast(TcoKey.DISCOUNT_RATE, -100, true);
        requireAtLeast(TcoKey.WORKING_DAYS_PER_MONTH, 0, true);
        requireAtLeast(TcoKey.PEAK_HOUR_SHARE, 0, false);
    }

    private void requireAtLeast(TcoKey k, double min, boolean strict) {
        int i = k.ordinal();
        double lowest = Double.isNaN(lows[i]) ? values[i] : lows[i];
        if (strict ? lowest <= min : lowest < min) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Assumptions: '%s' must be %s %s (got %s)",
                    k.label(), strict ? "greater than" : "at least", num(min), num(lowest)));
        }
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    @Override
    public String toString() {
        return "TcoAssumptions[T=" + termMonths + ", values=" + Arrays.toString(values) + "]";
    }
}
