package org.vendorbench.store;

/**
 * A replacement value for a TCO assumption, for every vendor ({@code vendor} null) or for one
 * vendor only (which wins over the general one).
 */
public record AssumptionOverride(String key, String vendor, double value, String reason) {
    public AssumptionOverride {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("assumption value must be finite: " + value);
    }
}
