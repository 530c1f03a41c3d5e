package org.vendorbench.domain;

/** A pre-signing checklist item as defined by the RFP (or the built-in list). */
public record ChecklistItemDef(String id, String group, String item, boolean required) {}
