package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vendorbench.domain.monitoring.KpiReport;
import org.vendorbench.domain.monitoring.MonthlyValue;

/**
 * Monthly KPI values of the signed vendor. Importing a report replaces every month it covers
 * (all KPIs of that month), so a corrected report for a month supersedes the earlier one; months
 * the report does not cover are kept. Each replaced month is one audit entry with old and new values.
 */
final class KpiMonthDao {
    private KpiMonthDao() {}

    static int importReport(Connection c, KpiReport report, String user) throws SQLException {
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        int n = 0;
        for (YearMonth m : report.months()) {
            Map<String, Double> before = monthValues(c, m);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM kpi_month WHERE month = ?")) {
                del.setString(1, m.toString());
                del.executeUpdate();
            }
            Map<String, Object> after = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpi_month (month, kpi_id, value, source_rows,"
                    + " calls, file_name, imported_at) VALUES (?,?,?,?,?,?,?)")) {
                for (MonthlyValue v : report.values()) {
                    if (!v.month().equals(m)) continue;
                    ps.setString(1, m.toString());
                    ps.setString(2, v.kpiId());
                    ps.setDouble(3, v.value());
                    ps.setInt(4, v.sourceRows());
                    Sql.setDouble(ps, 5, report.calls().get(m));
                    ps.setString(6, report.fileName());
                    ps.setString(7, now);
                    ps.addBatch();
                    after.put(v.kpiId(), v.value());
                    n++;
                }
                ps.executeBatch();
            }
            if (report.calls().containsKey(m)) after.put("calls", report.calls().get(m));
            after.put("file", report.fileName());
            AuditLog.append(c, user, "kpi-report/" + m, before.isEmpty() ? "import" : "replace",
                    before.isEmpty() ? null : Json.write(before), Json.write(after), null);
        }
        return n;
    }

    private static Map<String, Double> monthValues(Connection c, YearMonth m) throws SQLException {
        Map<String, Double> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kpi_id, value FROM kpi_month WHERE month = ?")) {
            ps.setString(1, m.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getDouble(2));
            }
        }
        return out;
    }

    static List<MonthlyValue> values(Connection c) throws SQLException {
        List<MonthlyValue> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM kpi_month ORDER BY month, kpi_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new MonthlyValue(YearMonth.parse(rs.getString("month")), rs.getString("kpi_id"),
                        rs.getDouble("value"), rs.getInt("source_rows")));
            }
        }
        return out;
    }

    static Map<YearMonth, Double> volumes(Connection c) throws SQLException {
        Map<YearMonth, Double> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT month, max(calls) FROM kpi_month WHERE calls IS NOT NULL GROUP BY month ORDER BY month");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(YearMonth.parse(rs.getString(1)), rs.getDouble(2));
        }
        return out;
    }
}
