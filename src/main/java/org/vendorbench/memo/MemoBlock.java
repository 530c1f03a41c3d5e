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

    /** A vector chart with its alternative text for screen readers. */
    record Chart(ChartSpec spec, float heightPt) implements MemoBlock {}

    /** Starts a new page. */
    record PageBreak() implements MemoBlock {}
}
