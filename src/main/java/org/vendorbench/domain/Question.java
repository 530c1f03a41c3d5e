package org.vendorbench.domain;

import java.util.List;

/**
 * One RFP question. {@code knockout} is null when the question has none. {@code weight} is relative
 * within its section (0 = shown, not counted).
 */
public record Question(String id, String sectionId, String requirement, QuestionType type,
                       List<ChoiceOption> options, boolean mandatory, Knockout knockout,
                       double weight, ScoringRule rule) {
    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean isManual() {
        return rule instanceof ScoringRule.Manual;
    }
}
