package org.vendorbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.CostVariance;
import org.vendorbench.domain.monitoring.KpiMonitor;
import org.vendorbench.domain.monitoring.RemediationItem;
import org.vendorbench.service.Monitoring;
import org.vendorbench.store.StoredExitRight;

/** Text and JSON views of {@link Monitoring.Status} for the {@code monitor} command. */
final class MonitorText {
    private MonitorText() {}

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    static List<String> lines(Monitoring.Status s) {
        List<String> out = new ArrayList<>();
        out.add("Contract: " + s.contract().vendor() + ", go-live " + s.contract().goLive() + ", "
                + s.contract().termMonths() + " months");
        for (KpiMonitor.KpiHistory h : s.kpis().kpis()) {
            if (h.months().isEmpty()) {
                out.add(String.format(Locale.ROOT, "%-8s no values reported", h.term().kpiId()));
                continue;
            }
            KpiMonitor.MonthAssessment last = h.months().get(h.months().size() - 1);
            out.add(String.format(Locale.ROOT, "%-8s %s %s: %s (target %s, remediation %s, exit %s)", h.term().kpiId(),
                    last.month(), num(last.value()), last.status().label, num(h.term().target()),
                    h.term().remediation() == null ? "-" : num(h.term().remediation()), num(h.term().exit())));
        }
        for (RemediationItem i : s.remediation()) {
            out.add("Remediation " + (i.isOpen() ? "OPEN" : "closed " + i.closedOn()) + ": " + i.message()
                    + (i.owner() == null ? "" : " (owner " + i.owner() + ")"));
        }
        for (StoredExitRight e : s.exitRights()) out.add("Exit right: " + e.right().message() + " (recorded " + e.recordedOn() + ")");
        for (KpiMonitor.TrendFlag t : s.kpis().trends()) out.add("Trend: " + t.message());
        s.costs().ifPresent(c -> {
            for (CostVariance.ComponentTotal t : c.components()) {
                if (t.forecast() == 0 && t.actual() == 0) continue;
                out.add(String.format(Locale.ROOT, "Cost %-10s forecast %s actual %s variance %s", t.component().code(),
                        num(t.forecast()), num(t.actual()), num(t.variance())));
            }
            if (!c.months().isEmpty()) {
                out.add("Cost total: forecast " + num(c.forecastTotal()) + ", actual " + num(c.actualTotal())
                        + ", variance " + num(c.variance()));
            }
        });
        return out;
    }

    static Map<String, Object> json(Monitoring.Status s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", s.contract().vendor());
        m.put("goLive", s.contract().goLive().toString());
        m.put("termMonths", s.contract().termMonths());
        List<Map<String, Object>> kpis = new ArrayList<>();
        for (KpiMonitor.KpiHistory h : s.kpis().kpis()) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("id", h.term().kpiId());
            k.put("target", h.term().target());
            k.put("remediation", h.term().remediation());
            k.put("exit", h.term().exit());
            List<Map<String, Object>> months = new ArrayList<>();
            for (KpiMonitor.MonthAssessment a : h.months()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("month", a.month().toString());
                x.put("value", a.value());
                x.put("status", a.status().name());
                months.add(x);
            }
            k.put("months", months);
            kpis.add(k);
        }
        m.put("kpis", kpis);
        List<Map<String, Object>> rem = new ArrayList<>();
        for (RemediationItem i : s.remediation()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", i.id());
            x.put("kpiId", i.kpiId());
            x.put("since", i.since().toString());
            x.put("opened", i.opened().toString());
            x.put("open", i.isOpen());
            x.put("owner", i.owner());
            x.put("dueDate", i.dueDate() == null ? null : i.dueDate().toString());
            x.put("message", i.message());
            rem.add(x);
        }
        m.put("remediation", rem);
        List<Map<String, Object>> exits = new ArrayList<>();
        for (StoredExitRight e : s.exitRights()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kpiId", e.right().kpiId());
            x.put("month", e.right().month().toString());
            x.put("value", e.right().value());
            x.put("threshold", e.right().threshold());
            x.put("recordedOn", e.recordedOn() == null ? null : e.recordedOn().toString());
            exits.add(x);
        }
        m.put("exitRights", exits);
        m.put("trends", s.kpis().trends().stream().map(KpiMonitor.TrendFlag::message).toList());
        m.put("cost", s.costs().map(MonitorText::cost).orElse(null));
        return m;
    }

    private static Map<String, Object> cost(CostVariance.Result c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("forecast", c.forecastTotal());
        m.put("actual", c.actualTotal());
        m.put("variance", c.variance());
        Map<String, Object> comps = new LinkedHashMap<>();
        for (CostVariance.ComponentTotal t : c.components()) {
            comps.put(t.component().code(), Map.of("forecast", t.forecast(), "actual", t.actual(), "variance", t.variance()));
        }
        m.put("components", comps);
        List<Map<String, Object>> months = new ArrayList<>();
        for (CostVariance.MonthVariance v : c.months()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("month", v.month().toString());
            x.put("forecast", v.forecastTotal());
            x.put("actual", v.actualTotal());
            x.put("variance", v.variance());
            x.put("cumulativeVariance", v.cumulativeVariance());
            x.put("actualVolume", v.actualVolume());
            x.put("fees", Map.of("forecast", v.forecast().get(CostComponent.FEES), "actual", v.actual().get(CostComponent.FEES)));
            months.add(x);
        }
        m.put("months", months);
        return m;
    }
}
