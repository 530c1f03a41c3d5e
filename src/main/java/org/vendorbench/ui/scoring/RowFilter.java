package org.vendorbench.ui.scoring;

import java.util.Locale;
import java.util.function.Predicate;
import org.vendorbench.domain.Fold;

/**
 * The Scoring grid's filter: a section (null = all), a flag, and a text that must occur in the row's ID,
 * requirement or any vendor's answer (case-insensitive). A flag matches a row when at least one vendor's
 * cell carries it.
 */
public record RowFilter(String sectionId, Flag flag, String text) {
    /** What the flag filter offers. */
    public enum Flag {
        ALL("All rows"),
        NEEDS_CONSENSUS("Needs consensus"),
        UNSCORED_MANUAL("Unscored manual"),
        KNOCKOUT("Knockout"),
        MANDATORY_GAP("Mandatory gap");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }

        boolean matches(ScoreCell c) {
            return switch (this) {
                case ALL -> true;
                case NEEDS_CONSENSUS -> c.needsConsensus();
                case UNSCORED_MANUAL -> c.unscoredManual();
                case KNOCKOUT -> c.knockout() != null;
                case MANDATORY_GAP -> c.mandatoryGap();
            };
        }
    }

    public static final RowFilter NONE = new RowFilter(null, Flag.ALL, "");

    public Predicate<ScoreRow> predicate() {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Flag f = flag == null ? Flag.ALL : flag;
        return row -> (sectionId == null || Fold.same(sectionId, row.sectionId()))
                && row.cells().stream().anyMatch(f::matches)
                && (needle.isEmpty() || contains(row.id(), needle) || contains(row.label(), needle)
                    || row.cells().stream().anyMatch(c -> contains(c.fullAnswer(), needle)));
    }

    private static boolean contains(String s, String needle) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
    }
}
