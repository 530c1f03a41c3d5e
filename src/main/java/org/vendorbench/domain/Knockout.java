package org.vendorbench.domain;

import java.util.List;

/**
 * The condition under which an answer disqualifies the vendor (workbook-format.md §1 "Knockout").
 * A missing, NA or unreadable answer to a knockout question always disqualifies.
 */
public sealed interface Knockout {
    /** The expression as written in the RFP, e.g. {@code None|SOC 2 Type I} or {@code < 80}. */
    String expression();

    /** YES_NO: the normalised tokens that disqualify ({@code NO}, {@code PARTIAL}). */
    record Tokens(String expression, List<String> tokens) implements Knockout {
        public Tokens { tokens = List.copyOf(tokens); }
    }

    /** CHOICE: the options (as written in the RFP) that disqualify. */
    record Options(String expression, List<String> options) implements Knockout {
        public Options { options = List.copyOf(options); }
    }

    /** Numeric: a comparison in normalised units. */
    record Compare(String expression, Comparison op, double threshold) implements Knockout {}

    enum Comparison {
        LT("<"), LE("<="), GT(">"), GE(">=");
        public final String symbol;
        Comparison(String symbol) { this.symbol = symbol; }

        public boolean test(double x, double threshold) {
            return switch (this) {
                case LT -> x < threshold;
                case LE -> x <= threshold;
                case GT -> x > threshold;
                case GE -> x >= threshold;
            };
        }
    }
}
