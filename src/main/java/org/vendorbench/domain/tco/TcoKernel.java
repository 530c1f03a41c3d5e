package org.vendorbench.domain.tco;

/**
 * The §5 month loop on primitives only, shared by {@link TcoModel} (with a per-month record) and the
 * Monte Carlo / tornado / break-even (totals only, no allocation). One implementation guarantees
 * that a run without ranges gives bit for bit the deterministic TCO.
 */
final class TcoKernel {
    static final int FEES = 0, ONBOARDING = 1, RETRAINING = 2, PATIENT = 3, GOVERNANCE = 4, EXIT = 5, TOTAL = 6,
            FIRST_MONTH_FEE = 7, FEES_UNDISCOUNTED = 8, EXIT_PROBABILITY = 9, EXIT_COST = 10, OUT_SIZE = 11;
    /** Per-month slots in {@code perMonth} (stride). */
    static final int PM_V = 0, PM_B = 1, PM_F = 2, PM_A = 3, PM_P = 4, PM_G = 5, PM_D = 6, PM_STRIDE = 7;

    private TcoKernel() {}

    /** The month booking the exit: ceil(T/2). */
    static int exitMonth(int termMonths) {
        return (termMonths + 1) / 2;
    }

    /** growth[m−1] = (1 + g/100)^((m−1)/12), disc[m−1] = (1 + i/100)^(−(m−1)/12). */
    static void fillFactors(double growthPercent, double discountPercent, int termMonths,
                            double[] growth, double[] disc) {
        double gb = 1 + growthPercent / 100;
        double ib = 1 + discountPercent / 100;
        for (int m = 1; m <= termMonths; m++) {
            growth[m - 1] = Math.pow(gb, (m - 1) / 12.0);
            disc[m - 1] = Math.pow(ib, -(m - 1) / 12.0);
        }
    }

    /** escal[y] = (1 + P-ESC/100)^y for contract years y = 0..floor((T−1)/12). */
    static double[] escalator(TcoVendor v, int termMonths) {
        double[] e = new double[(termMonths - 1) / 12 + 1];
        double base = 1 + v.escalatorPercent() / 100;
        for (int y = 0; y < e.length; y++) e[y] = Math.pow(base, y);
        return e;
    }

    /**
     * Computes the TCO of one vendor. {@code p} holds the assumption values indexed by
     * {@link TcoKey#ordinal()}; {@code out} receives the components (length {@link #OUT_SIZE});
     * {@code perMonth} (nullable, length T·{@link #PM_STRIDE}) receives the undiscounted month values.
     */
    static void evaluate(TcoVendor v, double[] p, int termMonths, double[] growth, double[] disc, double[] escal,
                         double[] out, double[] perMonth) {
        final int t = termMonths;
        final double v0 = p[TcoKey.MONTHLY_CALL_VOLUME.ordinal()];
        final double h = p[TcoKey.BILLABLE_MINUTES_PER_CALL.ordinal()];
        final double r = p[TcoKey.REPEAT_CALLS_PER_UNRESOLVED_CALL.ordinal()];
        final double bigL = p[TcoKey.PATIENT_ANNUAL_VALUE.ordinal()];
        final double qa = p[TcoKey.LOST_SHARE_ABANDONED.ordinal()];
        final double qd = p[TcoKey.LOST_SHARE_DISSATISFIED.ordinal()];
        final double c = p[TcoKey.INTERNAL_HOURLY_RATE.ordinal()];
        final double ho = p[TcoKey.INTERNAL_ONBOARDING_HOURS.ordinal()];
        final double hg = p[TcoKey.GOVERNANCE_HOURS_PER_MONTH.ordinal()];
        final double k = p[TcoKey.EXIT_COST_MONTHS_OF_FEES.ordinal()];
        final double bigR = p[TcoKey.REPROCUREMENT_COST.ordinal()];
        final double pe = p[TcoKey.EXIT_PROBABILITY_AT_QUALITY_50.ordinal()];

        final double repeatFactor = 1 + r * (1 - v.fcr() / 100);
        final double lossRate = (v.abandon() / 100 * qa / 100 + (1 - v.csat() / 100) * qd / 100) * bigL / 12;
        final double retrainingMonth = v.agents() * v.attrition() / 100 * v.trainingPerAgent();
        final double governanceMonth = hg * c;
        final double rate = v.rate();
        final double minimum = v.minimumFee();
        final int model = v.model().ordinal();
        final double fteFee = rate * v.fte();

        double fees = 0, retraining = 0, patient = 0, governance = 0, sumF = 0, firstF = 0;
        for (int m = 1; m <= t; m++) {
            double vol = v0 * growth[m - 1];
            double billed = vol * repeatFactor;
            double u;
            switch (model) {
                case 0: u = rate * billed * h; break;   // PER_MINUTE
                case 1: u = rate * billed; break;       // PER_CALL
                case 2: u = fteFee; break;              // PER_FTE_MONTH
                default: u = rate; break;               // FLAT_MONTH
            }
            double f = escal[(m - 1) / 12] * Math.max(minimum, u);
            double pm = vol * lossRate * (t - m + 1);
            double d = disc[m - 1];
            fees += d * f;
            retraining += d * retrainingMonth;
            patient += d * pm;
            governance += d * governanceMonth;
            sumF += f;
            if (m == 1) firstF = f;
            if (perMonth != null) {
                int o = (m - 1) * PM_STRIDE;
                perMonth[o + PM_V] = vol;
                perMonth[o + PM_B] = billed;
                perMonth[o + PM_F] = f;
                perMonth[o + PM_A] = retrainingMonth;
                perMonth[o + PM_P] = pm;
                perMonth[o + PM_G] = governanceMonth;
                perMonth[o + PM_D] = d;
            }
        }
        double onboardingCost = v.onboardingFee() + v.trainingPerAgent() * v.agents() + ho * c;
        double onboarding = disc[0] * onboardingCost;
        double exitCost = v.earlyTerminationFee() + k * (sumF / t) + bigR;
        double pexit = Math.min(1, Math.max(0, pe / 100 * (100 - v.quality()) / 50));
        double exit = disc[exitMonth(t) - 1] * pexit * exitCost;

        out[FEES] = fees;
        out[ONBOARDING] = onboarding;
        out[RETRAINING] = retraining;
        out[PATIENT] = patient;
        out[GOVERNANCE] = governance;
        out[EXIT] = exit;
        out[TOTAL] = fees + onboarding + retraining + patient + governance + exit;
        out[FIRST_MONTH_FEE] = firstF;
        out[FEES_UNDISCOUNTED] = sumF;
        out[EXIT_PROBABILITY] = pexit;
        out[EXIT_COST] = exitCost;
    }
}
