package org.vendorbench.domain.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Rfp;

/**
 * The checklist that applies to an RFP: the built-in pre-signing list, the RFP's own Checklist
 * sheet, or both merged ({@link Mode}). Item IDs are unique after folding ({@code CS-01} ~
 * {@code cs 01}); items are kept in display order, grouped.
 */
public record ChecklistDefinition(List<ChecklistItem> items) {

    /**
     * How an RFP's Checklist sheet combines with the built-in list. When the RFP has no Checklist
     * sheet (or an empty one) every mode gives the built-in list.
     */
    public enum Mode {
        /**
         * Default. The RFP EXTENDS the built-in list and may override items: an RFP row whose ID
         * (folded) is a built-in ID replaces that item in place (its group, text and Required flag);
         * a row with a new ID is added at the end of its group (a new group goes after the built-in
         * groups), in RFP order.
         */
        MERGE,
        /** The RFP's Checklist sheet REPLACES the built-in list entirely. */
        REPLACE,
        /** Ignore the RFP's Checklist sheet. */
        BUILT_IN;

        /** Parses {@code merge} (or {@code extend}), {@code replace}, {@code built-in} (folded); null when unknown. */
        public static Mode parse(String text) {
            if (Fold.same(text, "extend")) return MERGE;
            for (Mode m : values()) {
                if (Fold.same(m.name(), text)) return m;
            }
            return null;
        }
    }

    public ChecklistDefinition {
        items = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (ChecklistItem i : items) {
            if (!seen.add(Fold.fold(i.id()))) throw new IllegalArgumentException("checklist item ID " + i.id() + " appears twice");
        }
    }

    /** A definition of the given item definitions (topic and validity derived from their text). */
    public static ChecklistDefinition of(List<ChecklistItemDef> defs) {
        return new ChecklistDefinition(defs.stream().map(ChecklistItem::of).toList());
    }

    /** The article's built-in list. */
    public static ChecklistDefinition builtIn() {
        return of(BuiltInChecklist.items());
    }

    /** The checklist that applies to {@code rfp} (rfp may be null: built-in list). */
    public static ChecklistDefinition effective(Rfp rfp, Mode mode) {
        List<ChecklistItemDef> own = rfp == null ? List.of() : rfp.checklist();
        if (own.isEmpty() || mode == Mode.BUILT_IN) return builtIn();
        if (mode == Mode.REPLACE) return of(own);
        return of(merge(BuiltInChecklist.items(), own));
    }

    private static List<ChecklistItemDef> merge(List<ChecklistItemDef> base, List<ChecklistItemDef> own) {
        Map<String, ChecklistItemDef> overrides = new LinkedHashMap<>();
        for (ChecklistItemDef d : own) {
            if (overrides.putIfAbsent(Fold.fold(d.id()), d) != null) {
                throw new IllegalArgumentException("checklist item ID " + d.id() + " appears twice in the RFP");
            }
        }
        List<ChecklistItemDef> merged = new ArrayList<>();
        for (ChecklistItemDef d : base) {
            ChecklistItemDef o = overrides.remove(Fold.fold(d.id()));
            merged.add(o != null ? o : d);
        }
        for (ChecklistItemDef extra : overrides.values()) {
            int at = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (Fold.same(merged.get(i).group(), extra.group())) at = i;
            }
            if (at < 0) merged.add(extra);
            else merged.add(at + 1, extra);
        }
        return merged;
    }

    /** The item with this ID (folded comparison). */
    public Optional<ChecklistItem> item(String id) {
        String f = Fold.fold(id);
        return items.stream().filter(i -> Fold.fold(i.id()).equals(f)).findFirst();
    }

    /** The plain definitions, in order. */
    public List<ChecklistItemDef> defs() {
        return items.stream().map(ChecklistItem::def).toList();
    }

    /** Group names in order of first appearance; names that fold alike are one group (first spelling). */
    public List<String> groups() {
        Map<String, String> byFold = new LinkedHashMap<>();
        for (ChecklistItem i : items) byFold.putIfAbsent(Fold.fold(i.group()), i.group());
        return List.copyOf(byFold.values());
    }

    /** The items of a group (folded name comparison), in order. */
    public List<ChecklistItem> itemsOf(String group) {
        return items.stream().filter(i -> Fold.same(i.group(), group)).toList();
    }
}
