package org.vendorbench.domain.checklist;

import java.util.List;

/**
 * What the vendor's response workbook claims about one checklist item, e.g.
 * {@code claimed, not verified: vendor answered 'Yes – BAA v3 attached' to CS-01}.
 *
 * @param questionIds the RFP questions (and {@code KPI Commitments}) the claim is read from
 */
public record Claim(String itemId, ClaimKind kind, List<String> questionIds, String text) {
    public Claim {
        questionIds = List.copyOf(questionIds);
    }
}
