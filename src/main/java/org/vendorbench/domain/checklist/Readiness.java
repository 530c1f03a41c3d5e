package org.vendorbench.domain.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Fold;

/**
 * "Ready to sign?" for one vendor: applies {@link ChecklistRules} to every item of the checklist
 * and summarises per group. Entries of other vendors (vendor names compared folded, as the
 * workspace does) and entries for items the checklist does not define are ignored; an item
 * without an entry is NOT_STARTED.
 */
public final class Readiness {
    private Readiness() {}

    /** Same as {@link #assess(String, ChecklistDefinition, List, Map, Clock)} for plain definitions. */
    public static ReadinessReport assess(String vendor, List<ChecklistItemDef> defs, List<ChecklistEntry> entries,
                                         Map<String, List<Evidence>> evidenceByItem, Clock clock) {
        return assess(vendor, ChecklistDefinition.of(defs), entries, evidenceByItem, clock);
    }

    /**
     * @param evidenceByItem evidence attachments keyed by item ID (folded comparison; null = none)
     */
    public static ReadinessReport assess(String vendor, ChecklistDefinition def, List<ChecklistEntry> entries,
                                         Map<String, List<Evidence>> evidenceByItem, Clock clock) {
        ChecklistRules rules = new ChecklistRules(clock);
        LocalDate today = rules.today();
        Map<String, ChecklistEntry> byItem = new HashMap<>();
        for (ChecklistEntry e : entries) {
            if (vendor == null || e.vendor() == null || Fold.same(vendor, e.vendor())) {
                byItem.putIfAbsent(Fold.fold(e.itemId()), e);
            }
        }
        Map<String, Integer> evidenceCount = new HashMap<>();
        if (evidenceByItem != null) {
            evidenceByItem.forEach((id, list) -> evidenceCount.merge(Fold.fold(id), list == null ? 0 : list.size(), Integer::sum));
        }
        List<ReadinessReport.Group> groups = new ArrayList<>();
        int required = 0, done = 0, overdue = 0, expired = 0, failed = 0, invalid = 0;
        for (String group : def.groups()) {
            int total = 0, req = 0, verified = 0, na = 0, groupOverdue = 0;
            List<ReadinessReport.Missing> missing = new ArrayList<>();
            List<ItemAssessment> all = new ArrayList<>();
            for (ChecklistItem item : def.itemsOf(group)) {
                String key = Fold.fold(item.id());
                ChecklistEntry entry = byItem.get(key);
                ItemAssessment a = rules.assess(item, entry, evidenceCount.getOrDefault(key, 0));
                all.add(a);
                total++;
                if (a.status() == EffectiveStatus.VERIFIED) verified++;
                if (a.status() == EffectiveStatus.NOT_APPLICABLE) na++;
                if (a.overdue()) groupOverdue++;
                if (!item.required()) continue;
                req++;
                if (a.status().isDone()) continue;
                switch (a.status()) {
                    case EXPIRED -> expired++;
                    case FAILED -> failed++;
                    case INVALID -> invalid++;
                    default -> { }
                }
                missing.add(new ReadinessReport.Missing(item.id(), item.text(), entry == null ? null : entry.owner(),
                        entry == null ? null : entry.dueDate(), a.status(), a.overdue(), a.reason(),
                        entry == null ? null : entry.claim()));
            }
            required += req;
            done += req - missing.size();
            overdue += groupOverdue;
            groups.add(new ReadinessReport.Group(group, total, req, verified, na, missing, groupOverdue,
                    groupSummary(group, req, req - missing.size(), missing.size(), groupOverdue), all));
        }
        boolean ready = done == required;
        return new ReadinessReport(vendor, today, ready, groups,
                summary(vendor, ready, required, done, overdue, expired, failed, invalid));
    }

    private static String groupSummary(String group, int required, int done, int missing, int overdue) {
        String s = group + ": " + done + " of " + required + " required items verified or not applicable";
        if (missing > 0) s += "; " + missing + " missing";
        if (overdue > 0) s += "; " + overdue + " overdue";
        return s + ".";
    }

    private static String summary(String vendor, boolean ready, int required, int done, int overdue, int expired,
                                  int failed, int invalid) {
        String who = vendor == null || vendor.isBlank() ? "The vendor" : vendor;
        if (ready) {
            return who + " is ready to sign: all " + required + " required checklist items are verified or not applicable.";
        }
        StringBuilder s = new StringBuilder(who).append(" is not ready to sign: ").append(done).append(" of ")
                .append(required).append(" required items verified or not applicable; ").append(required - done)
                .append(" missing");
        if (failed > 0) s.append(", ").append(failed).append(" failed");
        if (expired > 0) s.append(", ").append(expired).append(" expired");
        if (invalid > 0) s.append(", ").append(invalid).append(" invalid");
        if (overdue > 0) s.append(", ").append(overdue).append(" overdue");
        return s.append('.').toString();
    }
}
