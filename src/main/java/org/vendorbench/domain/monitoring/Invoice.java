package org.vendorbench.domain.monitoring;

import java.time.YearMonth;
import java.util.Objects;

/** The amount invoiced (or spent) for one month and cost component, in the contract currency. */
public record Invoice(YearMonth month, CostComponent component, double amount) {
    public Invoice {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(component, "component");
        if (!Double.isFinite(amount)) throw new IllegalArgumentException("invoice amount is not a number");
    }
}
