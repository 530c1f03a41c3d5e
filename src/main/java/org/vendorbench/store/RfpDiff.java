package org.vendorbench.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.Section;

/**
 * What an RFP edit changed, for the audit entry: the old and the new version of each changed
 * item keyed {@code question/CS-02}, {@code section/OT}, {@code rfp} (header fields) ..., absent on
 * the side where the item does not exist.
 */
record RfpDiff(Map<String, Object> before, Map<String, Object> after) {
    static RfpDiff of(Rfp old, Rfp now) {
        Map<String, Object> b = new LinkedHashMap<>();
        Map<String, Object> a = new LinkedHashMap<>();
        Map<String, Object> h0 = header(old);
        Map<String, Object> h1 = header(now);
        if (!h0.equals(h1)) {
            b.put("rfp", h0);
            a.put("rfp", h1);
        }
        items("section", old.sections(), now.sections(), Section::id, b, a);
        items("question", old.questions(), now.questions(), Question::id, b, a);
        items("kpi", old.kpis(), now.kpis(), Kpi::id, b, a);
        items("assumption", old.assumptions(), now.assumptions(), Assumption::key, b, a);
        items("checklist", old.checklist(), now.checklist(), ChecklistItemDef::id, b, a);
        return new RfpDiff(b, a);
    }

    boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }

    int size() {
        java.util.Set<String> keys = new java.util.HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.size();
    }

    private static Map<String, Object> header(Rfp r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rfpId", r.rfpId());
        m.put("title", r.title());
        m.put("organization", r.organization());
        m.put("issued", Objects.toString(r.issued(), null));
        m.put("due", Objects.toString(r.due(), null));
        m.put("currency", r.currency());
        m.put("termMonths", r.termMonths());
        m.put("priceWeight", r.priceWeight());
        return m;
    }

    private static <T> void items(String kind, List<T> old, List<T> now, Function<T, String> id,
                                  Map<String, Object> b, Map<String, Object> a) {
        Map<String, T> o = new LinkedHashMap<>();
        for (T t : old) o.put(id.apply(t), t);
        Map<String, T> n = new LinkedHashMap<>();
        for (T t : now) n.put(id.apply(t), t);
        for (var e : o.entrySet()) {
            T other = n.get(e.getKey());
            if (!e.getValue().equals(other)) {
                b.put(kind + "/" + e.getKey(), e.getValue().toString());
                if (other != null) a.put(kind + "/" + e.getKey(), other.toString());
            }
        }
        for (var e : n.entrySet()) if (!o.containsKey(e.getKey())) a.put(kind + "/" + e.getKey(), e.getValue().toString());
        if (!List.copyOf(o.keySet()).equals(List.copyOf(n.keySet())) && o.keySet().equals(n.keySet())) {
            b.put(kind + "/order", String.join(",", o.keySet()));
            a.put(kind + "/order", String.join(",", n.keySet()));
        }
    }
}
