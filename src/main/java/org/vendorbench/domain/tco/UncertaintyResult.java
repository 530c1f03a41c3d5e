package org.vendorbench.domain.tco;

import java.util.List;

/** The outcome of {@link MonteCarlo#run}: one entry per vendor, in input order. */
public record UncertaintyResult(int runs, long seed, List<TcoKey> drawnKeys, List<VendorUncertainty> vendors) {
    public UncertaintyResult {
        drawnKeys = List.copyOf(drawnKeys);
        vendors = List.copyOf(vendors);
    }
}
