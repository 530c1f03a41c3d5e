package org.vendorbench.domain.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vendorbench.domain.Fold;

/**
 * Matching of an answer against labels (CHOICE options, YES_NO tokens, pricing models), §8:
 * <ol>
 *   <li>exact match after folding ({@link Fold});</li>
 *   <li>else the longest label the answer starts with, compared folded (case, runs of white
 *       space, {@code _} and dashes alike), that ends at a boundary: the end of the text or a
 *       separator of {@link Explanation}; the rest is the explanation. The boundary keeps
 *       {@code SOC 2 Type II} from matching {@code SOC 2 Type I} plus "I" even when the longer
 *       option is missing from the list;</li>
 *   <li>else (only where asked) the single label that starts with the answer.</li>
 * </ol>
 */
final class ChoiceMatcher {
    /** The matched label as written and the explanation split off ("" when none). */
    record Match(String label, String explanation) {}

    private ChoiceMatcher() {}

    /**
     * Folded labels by label: the same few option labels (an RFP's, the Yes/No tokens) are folded
     * for every answer of every response, and folding is a pure function. Bounded, so odd input
     * cannot grow it without end.
     */
    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_FOLDED = 10_000;

    static String foldedLabel(String label) {
        String f = FOLDED.get(label);
        if (f == null) {
            f = Fold.fold(Texts.nfc(label));
            if (FOLDED.size() < MAX_FOLDED) FOLDED.put(label, f);
        }
        return f;
    }

    /** Steps 1 and 2; null when neither matches. */
    static Match exactOrLongestPrefix(String answer, List<String> labels) {
        String folded = Fold.fold(answer);
        for (String label : labels) {
            if (foldedLabel(label).equals(folded)) return new Match(label, "");
        }
        List<String[]> foldedLabels = new ArrayList<>(labels.size());
        for (String label : labels) foldedLabels.add(new String[] {label, foldedLabel(label)});
        foldedLabels.sort(Comparator.comparingInt((String[] l) -> l[1].length()).reversed());
        for (String[] label : foldedLabels) {
            if (label[1].isEmpty()) continue;
            int end = prefixEnd(answer, label[1]);
            if (end < 0) continue;
            String explanation = Explanation.after(answer, end);
            if (explanation != null) return new Match(label[0], explanation);
        }
        return null;
    }

    /** The labels that start with the answer (compared folded). */
    static List<String> startingWith(String answer, List<String> labels) {
        String folded = Fold.fold(answer);
        List<String> hits = new ArrayList<>();
        if (folded.isEmpty()) return hits;
        for (String label : labels) {
            if (foldedLabel(label).startsWith(folded)) hits.add(label);
        }
        return hits;
    }

    /**
     * Where a folded label ends in the answer when the answer starts with it, compared as
     * {@link Fold} would; -1 when it does not start with it.
     */
    static int prefixEnd(String answer, String foldedLabel) {
        int i = 0, j = 0, n = answer.length();
        while (i < n && isFoldSeparator(answer.charAt(i))) i++;
        while (j < foldedLabel.length()) {
            if (i >= n) return -1;
            char c = answer.charAt(i);
            if (isFoldSeparator(c)) {
                if (foldedLabel.charAt(j) != '-') return -1;
                while (i < n && isFoldSeparator(answer.charAt(i))) i++;
                j++;
                continue;
            }
            if (Character.toLowerCase(c) != foldedLabel.charAt(j)) return -1;
            i++;
            j++;
        }
        return i;
    }

    /** The characters {@link Fold} turns into {@code -}. */
    private static boolean isFoldSeparator(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '_' || c == '-' || c == '\u00A0' || c == '\u2007'
                || c == '\u202F' || (c >= '\u2010' && c <= '\u2014') || c == '\u2212';
    }
}
