package org.vendorbench.domain.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Fold;

/**
 * Turns weekly KPI rows into monthly values. A week belongs to the month of the date it is reported
 * under. Within a month, when every row of that KPI carries a positive call volume, the month is
 * the call-weighted mean (a busy week counts for more, as the patients experienced it); otherwise
 * the plain mean of the weeks.
 */
public final class MonthlyAggregator {
    private MonthlyAggregator() {}

    public static List<MonthlyValue> aggregate(List<WeeklyValue> weeks) {
        Map<String, List<WeeklyValue>> groups = new LinkedHashMap<>();
        for (WeeklyValue w : weeks) {
            String key = YearMonth.from(w.week()) + "\u0000" + Fold.fold(w.kpiId());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        List<MonthlyValue> out = new ArrayList<>();
        for (List<WeeklyValue> g : groups.values()) {
            boolean weighted = g.stream().allMatch(w -> w.calls() != null && w.calls() > 0);
            double num = 0, den = 0;
            for (WeeklyValue w : g) {
                double weight = weighted ? w.calls() : 1;
                num += weight * w.value();
                den += weight;
            }
            WeeklyValue first = g.get(0);
            out.add(new MonthlyValue(YearMonth.from(first.week()), first.kpiId(), num / den, g.size()));
        }
        out.sort(Comparator.comparing(MonthlyValue::month).thenComparing(m -> Fold.fold(m.kpiId())));
        return out;
    }
}
