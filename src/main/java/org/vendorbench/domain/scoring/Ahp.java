package org.vendorbench.domain.scoring;

/**
 * Analytic Hierarchy Process weights from a reciprocal pairwise matrix (scoring-and-tco.md §4):
 * the principal eigenvector by power iteration (to 1e-12, normalised to sum 1), λmax, the
 * consistency index CI = (λmax − n)/(n − 1) and ratio CR = CI/RI with Saaty's random index
 * RI(n) = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1..10.
 *
 * <p>n ≤ 2 has CI = CR = 0 (a reciprocal 2×2 matrix is always consistent). More than 10 criteria
 * are refused: Saaty's table stops at 10 and weighing more than 10 sections pairwise is not a
 * judgement anyone can make consistently.
 */
public final class Ahp {
    /** Saaty's random consistency index for n = 1..10 (index n − 1). */
    public static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    /** CR above this is shown as a warning. */
    public static final double CR_WARNING = 0.10;
    public static final int MAX_CRITERIA = RANDOM_INDEX.length;

    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 100_000;

    private Ahp() {}

    /** Weights (sum 1), λmax, CI, CR. */
    public record Result(double[] weights, double lambdaMax, double ci, double cr) {
        public Result {
            weights = weights.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        public boolean inconsistent() {
            return cr > CR_WARNING;
        }
    }

    /**
     * @param matrix a square matrix of positive finite numbers, 1 ≤ n ≤ 10
     * @throws IllegalArgumentException when the matrix is not of that kind
     */
    public static Result compute(double[][] matrix) {
        int n = matrix.length;
        if (n < 1) throw new IllegalArgumentException("pairwise matrix is empty");
        if (n > MAX_CRITERIA) throw new IllegalArgumentException("pairwise matrix has " + n + " criteria; at most " + MAX_CRITERIA + " are supported (Saaty's random index ends at 10)");
        for (double[] row : matrix) {
            if (row.length != n) throw new IllegalArgumentException("pairwise matrix is not square");
            for (double v : row) if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException("pairwise matrix holds a value that is not a positive number: " + v);
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double sum = multiply(matrix, w, next);
            double diff = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                diff = Math.max(diff, Math.abs(next[i] - w[i]));
            }
            double[] t = w;
            w = next;
            next = t;
            if (diff < TOLERANCE) break;
        }
        // A·w = λ·w and Σw = 1, so λ = Σ(A·w).
        double lambda = multiply(matrix, w, next);
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n - 1];
        return new Result(w, lambda, ci, cr);
    }

    private static double multiply(double[][] a, double[] x, double[] out) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) s += a[i][j] * x[j];
            out[i] = s;
            sum += s;
        }
        return sum;
    }
}
