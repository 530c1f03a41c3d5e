package org.vendorbench.domain;

/** A TCO input; {@code low}/{@code high} are null when no range is given. */
public record Assumption(String key, double value, Double low, Double high) {
    public boolean hasRange() {
        return low != null && high != null;
    }
}
