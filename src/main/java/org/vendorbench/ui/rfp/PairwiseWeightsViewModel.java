package org.vendorbench.ui.rfp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vendorbench.domain.Section;
import org.vendorbench.domain.scoring.Ahp;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.ui.task.BackgroundJob;
import org.vendorbench.ui.task.TaskRunner;

/**
 * State of the pairwise (AHP) section weighting dialog: an n×n matrix of judgements on Saaty's
 * 1/9..9 scale where only the upper triangle is editable and the lower triangle holds the
 * reciprocals. Every edit recomputes the weights and consistency ratio with {@link Ahp#compute}
 * (the one implementation; nothing is recomputed here), so the dialog shows them live. "Apply"
 * stores the weights as section weight overrides with the reason {@code "pairwise (CR x.xx)"}
 * in a background job, because it writes the workspace.
 */
public final class PairwiseWeightsViewModel {

    /** Where the overrides go (in the app: {@code Workspace::putSectionWeight} for each). */
    @FunctionalInterface
    public interface WeightSink {
        void store(List<SectionWeightOverride> overrides) throws Exception;
    }

    private final List<Section> sections;
    private final double[][] matrix;
    private final TaskRunner tasks;
    private final WeightSink sink;
    private final ReadOnlyDoubleWrapper consistencyRatio = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper inconsistent = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private double[] weights;

    public PairwiseWeightsViewModel(List<Section> sections, TaskRunner tasks, WeightSink sink) {
        if (sections.size() < 2) throw new IllegalArgumentException("pairwise weighting needs at least two sections");
        if (sections.size() > Ahp.MAX_CRITERIA)
            throw new IllegalArgumentException("pairwise weighting supports at most " + Ahp.MAX_CRITERIA + " sections, the RFP has " + sections.size());
        this.sections = List.copyOf(sections);
        this.tasks = tasks;
        this.sink = sink;
        int n = sections.size();
        matrix = new double[n][n];
        for (double[] row : matrix) java.util.Arrays.fill(row, 1.0);
        recompute();
    }

    public List<Section> sections() {
        return sections;
    }

    public int size() {
        return sections.size();
    }

    /** The judgement in row i, column j (reciprocal below the diagonal). */
    public double judgement(int i, int j) {
        return matrix[i][j];
    }

    /** Whether the cell is editable (upper triangle only). */
    public static boolean editable(int i, int j) {
        return j > i;
    }

    /**
     * Sets the judgement for i over j (i &lt; j) and its reciprocal.
     *
     * @return an empty string when accepted, else the reason shown at the field
     */
    public String setJudgement(int i, int j, String text) {
        if (!editable(i, j)) return "only cells above the diagonal can be edited";
        double v;
        try {
            v = parse(text);
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a number; enter 1/9 .. 9 (e.g. 3 or 1/5)";
        }
        if (!(v >= 1.0 / 9 - 1e-9 && v <= 9 + 1e-9))
            return "'" + text + "' is outside Saaty's scale 1/9 .. 9";
        matrix[i][j] = v;
        matrix[j][i] = 1 / v;
        recompute();
        return "";
    }

    private static double parse(String text) {
        String t = text == null ? "" : text.trim();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            double num = Double.parseDouble(t.substring(0, slash).trim());
            double den = Double.parseDouble(t.substring(slash + 1).trim());
            if (den == 0) throw new NumberFormatException("division by zero");
            return num / den;
        }
        return Double.parseDouble(t);
    }

    /** A judgement as the user would type it: "3", "1/5", "1". */
    public static String format(double v) {
        if (v >= 1) {
            long r = Math.round(v);
            return Math.abs(v - r) < 1e-9 ? Long.toString(r) : String.format(Locale.ROOT, "%.2f", v);
        }
        double inv = 1 / v;
        long r = Math.round(inv);
        return Math.abs(inv - r) < 1e-9 ? "1/" + r : String.format(Locale.ROOT, "%.3f", v);
    }

    private void recompute() {
        Ahp.Result r = Ahp.compute(matrix);
        weights = r.weights();
        consistencyRatio.set(r.cr());
        inconsistent.set(r.inconsistent());
        warning.set(r.inconsistent()
                ? String.format(Locale.ROOT, "Consistency ratio %.2f is above %.2f: revisit the judgements", r.cr(), Ahp.CR_WARNING)
                : "");
    }

    /** Current weights (sum 1), in section order. */
    public double[] weights() {
        return weights.clone();
    }

    public ReadOnlyDoubleProperty consistencyRatioProperty() {
        return consistencyRatio.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inconsistentProperty() {
        return inconsistent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** "Stored weights for 5 sections" or the failure reason, after Apply. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The reason recorded with the overrides, e.g. {@code "pairwise (CR 0.04)"}. */
    public String reason() {
        return String.format(Locale.ROOT, "pairwise (CR %.2f)", consistencyRatio.get());
    }

    /** Stores the current weights as section weight overrides, in a background job. */
    public void apply(Runnable afterStored) {
        List<SectionWeightOverride> overrides = new ArrayList<>();
        String reason = reason();
        for (int i = 0; i < sections.size(); i++)
            overrides.add(new SectionWeightOverride(sections.get(i).id(), weights[i], reason));
        tasks.submit(BackgroundJob.of("Storing pairwise section weights", ctx -> {
                    sink.store(overrides);
                    return overrides.size();
                })
                .onSuccess(n -> {
                    outcome.set("Stored weights for " + n + " sections (" + reason + ")");
                    afterStored.run();
                })
                .onFailure(e -> outcome.set("Weights not stored: " + e.getMessage())));
    }
}
