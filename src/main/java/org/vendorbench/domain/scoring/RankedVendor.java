package org.vendorbench.domain.scoring;

import java.util.List;

/**
 * A vendor's place in the ranking: quality from {@link VendorScore}, price score and combined
 * score (all unrounded).
 *
 * @param rank       1-based, qualified vendors first
 * @param tco        the TCO total used, or null when the vendor has none
 * @param priceScore PS (0 without a TCO)
 * @param combined   C = (1 − p)·Q + p·PS
 * @param listed     the score's listed items plus NO_PRICING (id {@code Pricing}) when there is no TCO
 */
public record RankedVendor(VendorScore score, int rank, Double tco, double priceScore, double combined,
                           List<Listed> listed) {
    public RankedVendor {
        listed = List.copyOf(listed);
    }

    public String vendor() {
        return score.vendor();
    }

    public double quality() {
        return score.quality();
    }

    public boolean disqualified() {
        return score.disqualified();
    }
}
