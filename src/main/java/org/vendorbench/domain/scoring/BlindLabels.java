package org.vendorbench.domain.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neutral labels for blind evaluation: "Vendor A", "Vendor B", ..., "Vendor Z", "Vendor AA",
 * "Vendor AB", ... (like spreadsheet columns).
 *
 * <p>Labels follow the order the caller passes, which must be the import order of the response
 * files: that order is fixed before any score exists, so a label never hints at the ranking, and
 * it stays stable while scores change. (Alphabetical order is avoided on purpose: "Vendor A" would
 * then tell evaluators whose name comes first.) A name given twice keeps its first label; names
 * are taken as written (callers pass each vendor once).
 */
public final class BlindLabels {
    private BlindLabels() {}

    /** Vendor name → label, in the given order. */
    public static Map<String, String> assign(List<String> vendorsInImportOrder) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : vendorsInImportOrder) {
            if (!out.containsKey(v)) out.put(v, "Vendor " + letters(out.size()));
        }
        return out;
    }

    /** 0 → A, 25 → Z, 26 → AA, 27 → AB, 701 → ZZ, 702 → AAA. */
    static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        int c = index + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
