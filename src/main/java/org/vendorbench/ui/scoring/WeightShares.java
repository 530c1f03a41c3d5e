package org.vendorbench.ui.scoring;

import java.util.Arrays;

/**
 * Section weights as shares of 100 %, moved one at a time the way {@code Sensitivity} moves them: the
 * moved section takes the new share and the others keep their proportions, rescaled so the shares still
 * sum to 100 % (when the moved section held everything, the rest is shared equally). So a sensitivity
 * threshold is exactly a position on the moved section's slider. Plain Java, no JavaFX.
 */
public final class WeightShares {
    private final double[] percent;

    /** Shares proportional to {@code weights} (all equal when they sum to 0). */
    public WeightShares(double[] weights) {
        percent = new double[weights.length];
        double sum = Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            percent[i] = sum > 0 ? 100 * weights[i] / sum : 100.0 / weights.length;
        }
    }

    public int size() {
        return percent.length;
    }

    public double percent(int i) {
        return percent[i];
    }

    public double[] percents() {
        return percent.clone();
    }

    /** Sets section {@code k} to {@code value} % (clamped to 0..100) and rescales the others. */
    public void move(int k, double value) {
        double x = Math.max(0, Math.min(100, value));
        double rest = 100 - percent[k];
        for (int j = 0; j < percent.length; j++) {
            if (j == k) continue;
            percent[j] = rest > 1e-12 ? percent[j] * (100 - x) / rest
                    : percent.length > 1 ? (100 - x) / (percent.length - 1) : 0;
        }
        percent[k] = percent.length == 1 ? 100 : x;
    }

    /**
     * The shares as weights in the units of {@code total} (e.g. the RFP's weights summing to 100),
     * rounded to 6 decimals so stored overrides read cleanly.
     */
    public double[] weights(double total) {
        double[] w = new double[percent.length];
        for (int i = 0; i < w.length; i++) w[i] = Math.round(percent[i] * total / 100 * 1e6) / 1e6;
        return w;
    }
}
