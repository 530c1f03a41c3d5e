package org.vendorbench.domain.monitoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vendorbench.domain.ImportWarning;

/**
 * A vendor's KPI report after reading: one value per month and KPI (weekly rows already averaged
 * into their month), the month's call volume when the report has a Calls column, and the
 * importer's warnings (codes and cell addresses as for responses).
 *
 * @param layout "wide" (Month, then one column per KPI ID) or "long" (Month, KPI ID, Value)
 */
public record KpiReport(String fileName, String layout, List<MonthlyValue> values, Map<YearMonth, Double> calls,
                        List<ImportWarning> warnings) {
    public KpiReport {
        values = List.copyOf(values);
        calls = java.util.Collections.unmodifiableMap(new TreeMap<>(calls));
        warnings = List.copyOf(warnings);
    }

    /** The months the report covers, ascending. */
    public List<YearMonth> months() {
        return values.stream().map(MonthlyValue::month).distinct().sorted().toList();
    }
}
