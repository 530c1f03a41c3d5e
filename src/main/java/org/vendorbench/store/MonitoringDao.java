package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.KpiMonitor;
import org.vendorbench.domain.monitoring.RemediationItem;

/**
 * Remediation items and exit rights derived from the stored KPI months. After every report import
 * the months are assessed again ({@link KpiMonitor#assess}); a trigger not yet stored opens a
 * remediation item, an exit month not yet stored records the exit right with today's date. Stored
 * items are never removed by a later import (their owner, notes and evidence are the buyer's record).
 */
final class MonitoringDao {
    private MonitoringDao() {}

    static void sync(Connection c, ContractBaseline contract, String user) throws SQLException {
        KpiMonitor.Report report = KpiMonitor.assess(contract.kpis(), KpiMonthDao.values(c));
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        for (KpiMonitor.RemediationTrigger t : report.remediations()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO remediation_item (kpi_id, since,"
                    + " opened, message, time) VALUES (?,?,?,?,?)")) {
                ps.setString(1, t.kpiId());
                ps.setString(2, t.since().toString());
                ps.setString(3, t.opened().toString());
                ps.setString(4, t.message());
                ps.setString(5, now);
                if (ps.executeUpdate() == 1) {
                    AuditLog.append(c, user, "remediation/" + t.kpiId() + "/" + t.since(), "open", null,
                            Json.obj("opened", t.opened().toString(), "message", t.message()), null);
                }
            }
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (KpiMonitor.ExitRight e : report.exitRights()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO exit_right (kpi_id, month, value,"
                    + " threshold, message, recorded_on) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, e.kpiId());
                ps.setString(2, e.month().toString());
                ps.setDouble(3, e.value());
                ps.setDouble(4, e.threshold());
                ps.setString(5, e.message());
                ps.setString(6, today);
                if (ps.executeUpdate() == 1) {
                    AuditLog.append(c, user, "exit-right/" + e.kpiId() + "/" + e.month(), "record", null,
                            Json.obj("value", e.value(), "threshold", e.threshold(), "recordedOn", today), null);
                }
            }
        }
    }

    static List<RemediationItem> remediationItems(Connection c) throws SQLException {
        List<RemediationItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM remediation_item ORDER BY opened, kpi_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(item(rs));
        }
        return out;
    }

    private static RemediationItem item(ResultSet rs) throws SQLException {
        return new RemediationItem(rs.getLong("id"), rs.getString("kpi_id"), YearMonth.parse(rs.getString("since")),
                YearMonth.parse(rs.getString("opened")), rs.getString("message"), rs.getString("owner"),
                Sql.getDate(rs, "due_date"), rs.getString("notes"), rs.getString("closure_evidence"),
                Sql.getDate(rs, "closed_on"));
    }

    static RemediationItem update(Connection c, long id, String owner, LocalDate due, String notes,
                                  String closureEvidence, LocalDate closedOn, String reason, String user)
            throws SQLException {
        RemediationItem before;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM remediation_item WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new WorkspaceException("no remediation item " + id);
                before = item(rs);
            }
        }
        if (closedOn != null && (closureEvidence == null || closureEvidence.isBlank())) {
            throw new WorkspaceException("remediation item " + id + " (" + before.kpiId()
                    + ") cannot be closed without closure evidence");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE remediation_item SET owner = ?, due_date = ?, notes = ?,"
                + " closure_evidence = ?, closed_on = ?, time = ? WHERE id = ?")) {
            ps.setString(1, owner);
            Sql.setDate(ps, 2, due);
            ps.setString(3, notes);
            ps.setString(4, closureEvidence);
            Sql.setDate(ps, 5, closedOn);
            ps.setString(6, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.setLong(7, id);
            ps.executeUpdate();
        }
        RemediationItem after = new RemediationItem(id, before.kpiId(), before.since(), before.opened(),
                before.message(), owner, due, notes, closureEvidence, closedOn);
        AuditLog.append(c, user, "remediation/" + before.kpiId() + "/" + before.since(), "update",
                describe(before), describe(after), reason);
        return after;
    }

    private static String describe(RemediationItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("owner", i.owner());
        m.put("dueDate", i.dueDate() == null ? null : i.dueDate().toString());
        m.put("notes", i.notes());
        m.put("closureEvidence", i.closureEvidence());
        m.put("closedOn", i.closedOn() == null ? null : i.closedOn().toString());
        return Json.write(m);
    }

    /** A stored exit right: the KPI month past the exit threshold and when it was recorded. */
    static List<StoredExitRight> exitRights(Connection c) throws SQLException {
        List<StoredExitRight> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM exit_right ORDER BY month, kpi_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredExitRight(new KpiMonitor.ExitRight(rs.getString("kpi_id"),
                        YearMonth.parse(rs.getString("month")), rs.getDouble("value"), rs.getDouble("threshold"),
                        rs.getString("message")), Sql.getDate(rs, "recorded_on")));
            }
        }
        return out;
    }
}
