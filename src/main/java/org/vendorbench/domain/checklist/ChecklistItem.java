package org.vendorbench.domain.checklist;

import java.util.Objects;
import java.util.Optional;
import org.vendorbench.domain.ChecklistItemDef;

/**
 * A checklist item definition together with what the rules derive from its text: its
 * {@link ChecklistTopic} (null when no keyword matches), its {@link ValidityRule} (null when the
 * evidence does not expire) and whether verifying it needs an evidence attachment. Deriving these
 * from the text (not the ID) means an RFP that rewords or renumbers "Third-party security audit
 * within the last 12 months" keeps the 12-month rule.
 */
public record ChecklistItem(ChecklistItemDef def, ChecklistTopic topic, ValidityRule validity) {
    public ChecklistItem {
        Objects.requireNonNull(def, "def");
        if (def.id() == null || def.id().isBlank()) throw new IllegalArgumentException("checklist item without an ID");
        if (def.item() == null || def.item().isBlank()) throw new IllegalArgumentException("checklist item " + def.id() + " has no text");
    }

    /** Derives topic and validity from the item's text via the keyword table. */
    public static ChecklistItem of(ChecklistItemDef def) {
        ChecklistTopic topic = ChecklistTopic.of(def.item()).orElse(null);
        return new ChecklistItem(def, topic, ValidityRule.forTopic(topic).orElse(null));
    }

    public String id() { return def.id(); }

    public String group() { return def.group() == null || def.group().isBlank() ? "Other" : def.group(); }

    public String text() { return def.item(); }

    public boolean required() { return def.required(); }

    public Optional<ChecklistTopic> topicOpt() { return Optional.ofNullable(topic); }

    public Optional<ValidityRule> validityOpt() { return Optional.ofNullable(validity); }

    /** Whether VERIFIED needs at least one evidence attachment (Compliance and Security topics). */
    public boolean requiresEvidence() { return topic != null && topic.requiresEvidence; }
}
