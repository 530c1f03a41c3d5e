package org.vendorbench.memo;

import java.util.List;

/**
 * The building blocks of a memo, free of iText types: the composer decides what to say, the
 * renderer decides how it looks. Every block is immutable.
 */
public sealed interface MemoBlock {

    /** A heading; level 1 starts a chapter (new bookmark, and a new page when {@code newPage}). */
    record Heading(int level, String text, boolean newPage) implements MemoBlock {
        public Heading(int level, String text) {
            this(level, text, false);
        }
    }

    /** A paragraph of body text; {@code emphasis} renders it bold (e.g. the recommendation). */
    record Para(String text, boolean emphasis) implements MemoBlock {
        public Para(String text) {
            this(text, false);
        }
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements MemoBlock {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Label/value pairs in two columns (headline figures, cover facts). */
    record KeyValues(List<String[]> pairs) implements MemoBlock {
        public KeyValues {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * A table whose header row repeats on every page and whose rows never split across pages.
     * {@code numeric[i]} right-aligns column i. {@code widths} are relative column widths.
     */
    record Table(String caption, List<String> headers, float[] widths, boolean[] numeric, List<List<String>> rows)
            implements MemoBlock {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            if (widths.length != headers.size() || numeric.length != headers.size()) {
                throw new IllegalArgumentException("widths/numeric must match the header count");
            }
            for (List<String> r : rows) {
                if (r.size() != headers.size()) throw new IllegalArgumentException("row has " + r.size() + " cells, expected " + headers.size());
            }
        }
    }

    /**
     * A dense listing for the appendix, where one memo holds thousands of rows (20 vendors x 400
     * answers): small type, column widths fixed in points, plain text cells, header row repeated on
     * every page, rows kept whole. It is laid out without measuring its content first, which a
     * {@link Table} does, so it costs a fraction of a table per row.
     */
    record Listing(String caption, List<Column> columns, List<List<String>> rows) implements MemoBlock {
        public Listing {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + r.size() + " cells, expected " + columns.size());
                }
            }
        }

        /** One column: header, width in points, right-aligned when {@code numeric}. */
        public record Column(String header, float widthPt, boolean numeric) {}
    }

    /** A vector chart with its alternative text for screen readers. */
    record Chart(ChartSpec spec, float heightPt) implements MemoBlock {}

    /** Starts a new page. */
    record PageBreak() implements MemoBlock {}
}
