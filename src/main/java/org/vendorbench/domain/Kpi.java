package org.vendorbench.domain;

/** A KPI of the RFP with its contract thresholds (the article's table). */
public record Kpi(String id, String name, KpiUnit unit, Direction direction, double target,
                  Double remediationThreshold, double exitThreshold, double weight) {}
