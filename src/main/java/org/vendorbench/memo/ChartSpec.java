package org.vendorbench.memo;

import java.util.List;

/**
 * A chart described as data. {@code categories} are the x axis (vendors, months, sections);
 * each series has one value per category ({@code Double.NaN} = no value).
 *
 * @param altText what the chart shows, in words, for the tagged PDF (required)
 */
public record ChartSpec(Kind kind, String title, String categoryAxis, String valueAxis,
                        List<String> categories, List<Series> series, String altText) {
    public enum Kind {
        /** One bar per category per series, side by side. */
        BAR,
        /** Horizontal bars (rankings, tornado). */
        HORIZONTAL_BAR,
        /** Series stacked per category (TCO components). */
        STACKED_BAR,
        /** Lines over the categories (cumulative cost curves). */
        LINE,
        /**
         * Horizontal range bars: exactly three series, low / middle / high (e.g. P10, P50, P90) per
         * category; drawn as a bar from low to middle and one from middle to high.
         */
        BAND
    }

    public record Series(String name, double[] values) {
        public Series {
            values = values.clone();
        }
    }

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (altText == null || altText.isBlank()) throw new IllegalArgumentException("a chart needs alt text");
        if (kind == Kind.BAND && series.size() != 3) {
            throw new IllegalArgumentException("a band chart needs three series (low, middle, high), got " + series.size());
        }
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
