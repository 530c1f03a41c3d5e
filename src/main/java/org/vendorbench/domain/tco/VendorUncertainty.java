package org.vendorbench.domain.tco;

/**
 * A vendor's TCO spread over the Monte Carlo runs: P10/P50/P90 (null when the vendor has no TCO),
 * the share of runs (0..1) in which it is the cheapest (ties split equally) and in which it ranks
 * first.
 */
public record VendorUncertainty(String vendor, Double p10, Double p50, Double p90, double shareCheapest,
                                double shareFirst) {}
