package org.vendorbench.domain.scoring;

import org.vendorbench.domain.Direction;

/**
 * The linear 0..5 rule shared by numeric questions and KPI commitments.
 * Higher is better: x ≥ T → 5; x ≤ F → 0; else 5·(x−F)/(T−F). Lower is better: x ≤ T → 5;
 * x ≥ F → 0; else 5·(F−x)/(F−T). The target test comes first, so T = F is a step function
 * (meets the target → 5, else 0), and a rule whose floor lies beyond its target on the good side
 * degenerates the same way instead of dividing by zero or going negative.
 */
public final class Linear {
    private Linear() {}

    public static double points(double x, double target, double floor, Direction direction) {
        if (direction == Direction.LOWER) {
            if (x <= target) return 5;
            if (x >= floor) return 0;
            return 5 * (floor - x) / (floor - target);
        }
        if (x >= target) return 5;
        if (x <= floor) return 0;
        return 5 * (x - floor) / (target - floor);
    }

    static String directionText(Direction d) {
        return d == Direction.LOWER ? "lower is better" : "higher is better";
    }
}
