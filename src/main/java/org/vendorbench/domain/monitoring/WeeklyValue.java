package org.vendorbench.domain.monitoring;

import java.time.LocalDate;

/**
 * A KPI value reported for one week. {@code calls} is the week's call volume when the report has
 * a Calls column (then months are call-weighted averages), else null.
 */
public record WeeklyValue(LocalDate week, String kpiId, double value, Double calls) {}
