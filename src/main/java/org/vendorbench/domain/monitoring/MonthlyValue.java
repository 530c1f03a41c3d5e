package org.vendorbench.domain.monitoring;

import java.time.YearMonth;

/** A KPI's value for one month, with how many weekly rows it came from (1 for a monthly row). */
public record MonthlyValue(YearMonth month, String kpiId, double value, int sourceRows) {}
