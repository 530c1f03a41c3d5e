package org.vendorbench.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An RFP definition (workbook-format.md §1). {@code checklist} is empty when the RFP has no
 * Checklist sheet (the built-in list then applies).
 */
public record Rfp(String rfpId, String title, String organization, LocalDate issued, LocalDate due,
                  String currency, int termMonths, double priceWeight, String format,
                  List<Section> sections, List<Question> questions, List<Kpi> kpis,
                  List<Assumption> assumptions, List<ChecklistItemDef> checklist) {
    public static final String FORMAT = "vendorbench-rfp/1";

    public Rfp {
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        kpis = List.copyOf(kpis);
        assumptions = List.copyOf(assumptions);
        checklist = List.copyOf(checklist);
        if (termMonths < 1) throw new IllegalArgumentException("contract term must be at least 1 month");
    }

    public Optional<Question> question(String id) {
        String f = Fold.fold(id);
        return questions.stream().filter(q -> Fold.fold(q.id()).equals(f)).findFirst();
    }

    public Optional<Section> section(String id) {
        String f = Fold.fold(id);
        return sections.stream().filter(s -> Fold.fold(s.id()).equals(f)).findFirst();
    }

    public Optional<Kpi> kpi(String id) {
        String f = Fold.fold(id);
        return kpis.stream().filter(k -> Fold.fold(k.id()).equals(f)).findFirst();
    }

    public Optional<Assumption> assumption(String key) {
        String f = Fold.fold(key);
        return assumptions.stream().filter(a -> Fold.fold(a.key()).equals(f)).findFirst();
    }
}
