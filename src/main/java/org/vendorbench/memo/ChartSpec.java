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
        LINE
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
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
