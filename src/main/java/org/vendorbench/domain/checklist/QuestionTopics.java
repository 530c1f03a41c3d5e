package org.vendorbench.domain.checklist;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Question;

/**
 * The topic of each question of one RFP (what {@link ClaimPrefill#topics} returns): an unmodifiable
 * map by question identity, which also keeps what {@link ClaimPrefill#fromResponse} needs for every
 * response of an import and would otherwise recompute per response: the questions of each topic in
 * RFP order (so a checklist item walks only its own questions, not every question of the RFP) and
 * whether the questions' folded IDs are all distinct (then an answer list in RFP order can be read
 * by position instead of through a map of folded IDs).
 */
final class QuestionTopics extends AbstractMap<Question, ChecklistTopic> {
    private final List<Question> questions;
    private final Map<Question, ChecklistTopic> byQuestion;
    private final Grouping grouping;

    /** The questions of each topic, as indices into the RFP's question list, in RFP order. */
    record Grouping(Map<ChecklistTopic, int[]> indices, boolean distinctFoldedIds) {
        static final int[] NONE = new int[0];

        int[] of(ChecklistTopic topic) {
            int[] i = indices.get(topic);
            return i == null ? NONE : i;
        }

        /** Groups {@code questions} by {@code topics.get(q)} (absent: none); the ID check only when asked. */
        static Grouping of(List<Question> questions, Map<Question, ChecklistTopic> topics, boolean checkIds) {
            Map<ChecklistTopic, List<Integer>> lists = new EnumMap<>(ChecklistTopic.class);
            for (int i = 0; i < questions.size(); i++) {
                ChecklistTopic t = topics.get(questions.get(i));
                if (t != null) lists.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            Map<ChecklistTopic, int[]> indices = new EnumMap<>(ChecklistTopic.class);
            lists.forEach((t, l) -> indices.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
            boolean distinct = false;
            if (checkIds) {
                Set<String> seen = new HashSet<>();
                distinct = true;
                for (Question q : questions) {
                    if (!seen.add(Fold.fold(q.id()))) {
                        distinct = false;
                        break;
                    }
                }
            }
            return new Grouping(Collections.unmodifiableMap(indices), distinct);
        }
    }

    QuestionTopics(List<Question> questions) {
        Map<Question, ChecklistTopic> topics = new IdentityHashMap<>();
        for (Question q : questions) {
            ChecklistTopic t = ChecklistTopic.of(q.requirement()).orElse(null);
            if (t != null) topics.put(q, t);
        }
        this.questions = questions;
        this.byQuestion = Collections.unmodifiableMap(topics);
        this.grouping = Grouping.of(questions, byQuestion, true);
    }

    /** The grouping, when this map was made for exactly this question list (the same list object); else null. */
    Grouping groupingFor(List<Question> rfpQuestions) {
        return rfpQuestions == questions ? grouping : null;
    }

    @Override
    public ChecklistTopic get(Object key) {
        return byQuestion.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byQuestion.containsKey(key);
    }

    @Override
    public int size() {
        return byQuestion.size();
    }

    @Override
    public Set<Entry<Question, ChecklistTopic>> entrySet() {
        return byQuestion.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return byQuestion.equals(o);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return Objects.toString(byQuestion);
    }
}
