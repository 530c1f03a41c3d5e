package org.vendorbench.domain.tco;

import java.util.Map;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

/**
 * One vendor of a multi-vendor study (Monte Carlo, tornado, break-even): its resolved TCO inputs
 * (with quality Q) and its own assumption overrides (key → fixed value, e.g. a vendor-specific
 * {@code Exit probability}), which win over the shared value and its range.
 */
public record VendorInput(TcoVendor vendor, Map<String, Double> overrides) {
    public VendorInput {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        for (String k : overrides.keySet()) {
            if (TcoKey.parse(k) == null) throw new IllegalArgumentException("unknown TCO assumption '" + k + "'");
        }
    }

    public static VendorInput of(Rfp rfp, VendorResponse response, double quality, Map<String, Double> overrides) {
        return new VendorInput(TcoVendor.of(rfp, response, quality), overrides);
    }

    public static VendorInput of(Rfp rfp, VendorResponse response, double quality) {
        return of(rfp, response, quality, Map.of());
    }

    public String name() {
        return vendor.name();
    }

    /** The shared assumptions with this vendor's overrides applied. */
    public TcoAssumptions assumptions(TcoAssumptions shared) {
        return shared.withOverrides(overrides);
    }

    /** Applies the overrides to assumption values indexed by {@link TcoKey#ordinal()}, in place. */
    void applyTo(double[] p) {
        for (Map.Entry<String, Double> e : overrides.entrySet()) p[TcoKey.parse(e.getKey()).ordinal()] = e.getValue();
    }

    boolean overrides(TcoKey key) {
        for (String k : overrides.keySet()) if (TcoKey.parse(k) == key) return true;
        return false;
    }
}
