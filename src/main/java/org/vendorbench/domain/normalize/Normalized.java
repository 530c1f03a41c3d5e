package org.vendorbench.domain.normalize;

import java.util.List;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.WarningCode;

/**
 * The result of normalising one cell for one type (workbook-format.md §3, §8). When status is
 * ANSWERED exactly one of {@code text}/{@code number} is set. {@code comment} is the explanation
 * split off the value (e.g. "BAA v3 attached" from "Yes – BAA v3 attached"), joined with the
 * Comments cell as §8 says; null when none. {@code issues} carry the warnings the adapter turns
 * into {@link org.vendorbench.domain.ImportWarning}s with its sheet and cell.
 */
public record Normalized(AnswerStatus status, String text, Double number, String comment, List<Issue> issues) {
    public Normalized {
        issues = List.copyOf(issues);
    }

    /** A warning without a location; the adapter adds sheet and cell. */
    public record Issue(WarningCode code, String message) {}
}
