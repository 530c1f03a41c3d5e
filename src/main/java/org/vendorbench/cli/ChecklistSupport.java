package org.vendorbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.ItemAssessment;
import org.vendorbench.domain.checklist.ReadinessReport;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;

/**
 * What the checklist commands share: the effective checklist of a workspace, vendor lookup,
 * entries with the vendor's current workbook claims applied, and the JSON shape of a report.
 */
final class ChecklistSupport {
    private ChecklistSupport() {}

    /** The checklist for the workspace's RFP (built-in list when no RFP is stored). */
    static ChecklistDefinition definition(Workspace ws, ChecklistDefinition.Mode mode) {
        return org.vendorbench.service.VendorChecklist.definition(ws, mode);
    }

    /** The stored vendor name matching {@code name} (folded), or a one-line failure listing the vendors. */
    static String vendor(Workspace ws, String name) {
        List<String> vendors = ws.vendors();
        for (String v : vendors) {
            if (Fold.same(v, name)) return v;
        }
        String known = vendors.isEmpty() ? "no vendors imported yet" : "vendors: " + String.join(", ", vendors);
        throw new WorkspaceException("no vendor '" + name + "' in " + ws.file().getFileName() + " (" + known + ")");
    }

    /** Parses a status: enum names folded ({@code in progress}, {@code not-applicable}) or {@code na}, {@code n/a}. */
    static ChecklistStatus status(String text) {
        if (Fold.same(text, "na") || Fold.same(text, "n/a")) return ChecklistStatus.NOT_APPLICABLE;
        for (ChecklistStatus s : ChecklistStatus.values()) {
            if (Fold.same(s.name(), text) || Fold.same(s.label, text)) return s;
        }
        return null;
    }

    /**
     * The vendor's stored entries with the claims of its current response applied (claim text
     * refreshed; a SOC 2 Type I answer fails an open SOC 2 item). Nothing is written.
     */
    static List<ChecklistEntry> entriesWithClaims(Workspace ws, ChecklistDefinition def, String vendor) {
        return org.vendorbench.service.VendorChecklist.entriesWithClaims(ws, def, vendor);
    }

    static int indexOf(List<ChecklistEntry> entries, String itemId) {
        return org.vendorbench.service.ChecklistClaims.indexOf(entries, itemId);
    }

    /** Evidence of the vendor grouped by item ID as stored. */
    static Map<String, List<Evidence>> evidenceByItem(List<Evidence> evidence) {
        Map<String, List<Evidence>> m = new LinkedHashMap<>();
        for (Evidence e : evidence) m.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
        return m;
    }

    static List<Evidence> evidenceOf(List<Evidence> evidence, String itemId) {
        return evidence.stream().filter(e -> Fold.same(e.itemId(), itemId)).toList();
    }

    /** The JSON object of one vendor's report. */
    static Map<String, Object> reportJson(ReadinessReport r, List<Evidence> evidence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", r.vendor());
        m.put("ready", r.ready());
        m.put("summary", r.summary());
        List<Object> groups = new ArrayList<>();
        for (ReadinessReport.Group g : r.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("name", g.name());
            gm.put("total", g.total());
            gm.put("required", g.required());
            gm.put("verified", g.verified());
            gm.put("notApplicable", g.notApplicable());
            gm.put("overdue", g.overdue());
            gm.put("missing", g.missing().stream().map(ReadinessReport.Missing::itemId).toList());
            gm.put("summary", g.summary());
            List<Object> items = new ArrayList<>();
            for (ItemAssessment a : g.items()) items.add(itemJson(a, evidenceOf(evidence, a.item().id())));
            gm.put("items", items);
            groups.add(gm);
        }
        m.put("groups", groups);
        return m;
    }

    static Map<String, Object> itemJson(ItemAssessment a, List<Evidence> evidence) {
        ChecklistEntry e = a.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.item().id());
        m.put("item", a.item().text());
        m.put("required", a.item().required());
        m.put("status", a.status().name());
        m.put("storedStatus", e == null ? ChecklistStatus.NOT_STARTED.name() : e.status().name());
        m.put("overdue", a.overdue());
        m.put("reason", a.reason());
        m.put("owner", e == null ? null : e.owner());
        m.put("dueDate", e == null ? null : str(e.dueDate()));
        m.put("verifiedOn", e == null ? null : str(e.verifiedOn()));
        m.put("verifiedBy", e == null ? null : e.verifiedBy());
        m.put("note", e == null ? null : e.note());
        m.put("naReason", e == null ? null : e.naReason());
        m.put("evidenceDate", e == null ? null : str(e.evidenceDate()));
        m.put("validUntil", str(a.validUntil()));
        m.put("claim", e == null ? null : e.claim());
        List<Object> ev = new ArrayList<>();
        for (Evidence x : evidence) {
            Map<String, Object> xm = new LinkedHashMap<>();
            xm.put("id", x.id());
            xm.put("file", x.fileName());
            xm.put("size", x.size());
            xm.put("sha256", x.sha256());
            ev.add(xm);
        }
        m.put("evidence", ev);
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
