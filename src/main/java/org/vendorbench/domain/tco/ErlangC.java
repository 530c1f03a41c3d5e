package org.vendorbench.domain.tco;

/**
 * Erlang C queueing formulas for staffing checks. Offered load A = λ·AHT (Erlangs). P(wait) is
 * computed from the Erlang B recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which never
 * overflows, then converted: C = N·B / (N − A·(1 − B)). Service level SL(t) = 1 − C·e^(−(N−A)·t/AHT),
 * ASA = C·AHT/(N − A). With N ≤ A the queue is unstable: P(wait) 1, SL 0, ASA infinite.
 */
public final class ErlangC {
    private ErlangC() {}

    /** Offered load in Erlangs of {@code calls} arriving in {@code intervalSeconds} with handle time {@code ahtSeconds}. */
    public static double offeredLoad(double calls, double intervalSeconds, double ahtSeconds) {
        return calls / intervalSeconds * ahtSeconds;
    }

    /** Erlang B blocking probability for {@code agents} servers and load {@code a}. */
    public static double erlangB(int agents, double a) {
        double b = 1;
        for (int n = 1; n <= agents; n++) b = a * b / (n + a * b);
        return b;
    }

    /** Probability that a call waits (Erlang C); 1 when unstable (N ≤ A). */
    public static double probabilityOfWaiting(int agents, double a) {
        if (a <= 0) return 0;
        if (agents <= a) return 1;
        double b = erlangB(agents, a);
        return agents * b / (agents - a * (1 - b));
    }

    /** Share of calls answered within {@code seconds}; 0 when unstable. */
    public static double serviceLevel(int agents, double a, double ahtSeconds, double seconds) {
        if (a <= 0) return 1;
        if (agents <= a) return 0;
        return 1 - probabilityOfWaiting(agents, a) * Math.exp(-(agents - a) * seconds / ahtSeconds);
    }

    /** Average speed of answer in seconds; infinite when unstable. */
    public static double averageSpeedOfAnswer(int agents, double a, double ahtSeconds) {
        if (a <= 0) return 0;
        if (agents <= a) return Double.POSITIVE_INFINITY;
        return probabilityOfWaiting(agents, a) * ahtSeconds / (agents - a);
    }

    /** The fewest agents reaching service level {@code target} (0..1) within {@code seconds}. */
    public static int agentsForServiceLevel(double a, double ahtSeconds, double seconds, double target) {
        if (!(target < 1)) throw new IllegalArgumentException("a service level target must be below 100 %");
        int n = Math.max(1, (int) Math.floor(a) + 1);
        while (serviceLevel(n, a, ahtSeconds, seconds) < target) n++;
        return n;
    }

    /** The fewest agents whose ASA is at most {@code maxAsaSeconds}. */
    public static int agentsForAsa(double a, double ahtSeconds, double maxAsaSeconds) {
        if (a <= 0) return 0;
        if (!(maxAsaSeconds > 0)) throw new IllegalArgumentException("an ASA target must be above 0 seconds");
        int n = (int) Math.floor(a) + 1;
        while (averageSpeedOfAnswer(n, a, ahtSeconds) > maxAsaSeconds) n++;
        return n;
    }
}
