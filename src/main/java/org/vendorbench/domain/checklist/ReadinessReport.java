package org.vendorbench.domain.checklist;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a vendor is ready to sign, per checklist group. A vendor is ready only when every
 * required item is VERIFIED (and not expired) or NOT_APPLICABLE with a reason.
 *
 * @param asOf    the clock's date the report was made for
 * @param summary one sentence for people ("Acme is not ready to sign: 17 of 20 required items ...")
 */
public record ReadinessReport(String vendor, LocalDate asOf, boolean ready, List<Group> groups, String summary) {
    public ReadinessReport {
        groups = List.copyOf(groups);
    }

    /**
     * One checklist group.
     *
     * @param total         items in the group (required or not)
     * @param required      required items
     * @param verified      items effectively VERIFIED (not expired)
     * @param notApplicable items NOT_APPLICABLE with a reason
     * @param missing       required items that are not done, in checklist order
     * @param overdue       how many of the group's items are overdue
     * @param items         every item of the group with its assessment, in checklist order
     */
    public record Group(String name, int total, int required, int verified, int notApplicable, List<Missing> missing,
                        int overdue, String summary, List<ItemAssessment> items) {
        public Group {
            missing = List.copyOf(missing);
            items = List.copyOf(items);
        }
    }

    /** A required item that blocks signing. {@code reason} explains EXPIRED/INVALID, else null. */
    public record Missing(String itemId, String item, String owner, LocalDate dueDate, EffectiveStatus status,
                          boolean overdue, String reason, String claim) {}

    /** All blocking items over all groups. */
    public List<Missing> missing() {
        return groups.stream().flatMap(g -> g.missing().stream()).toList();
    }
}
