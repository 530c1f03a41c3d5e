package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.monitoring.CostComponent;
import org.vendorbench.domain.monitoring.Invoice;

/** Invoiced amounts, one per month and component; entering a month's component again replaces it (audited). */
final class InvoiceDao {
    private InvoiceDao() {}

    static void put(Connection c, Invoice i, String source, String reason, String user) throws SQLException {
        Double before = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT amount FROM invoice WHERE month = ? AND component = ?")) {
            ps.setString(1, i.month().toString());
            ps.setString(2, i.component().code());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) before = rs.getDouble(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO invoice (month, component, amount, source, time)"
                + " VALUES (?,?,?,?,?) ON CONFLICT (month, component) DO UPDATE SET amount = excluded.amount,"
                + " source = excluded.source, time = excluded.time")) {
            ps.setString(1, i.month().toString());
            ps.setString(2, i.component().code());
            ps.setDouble(3, i.amount());
            ps.setString(4, source);
            ps.setString(5, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.executeUpdate();
        }
        AuditLog.append(c, user, "invoice/" + i.month() + "/" + i.component().code(), before == null ? "add" : "replace",
                before == null ? null : Double.toString(before), Double.toString(i.amount()), reason);
    }

    /**
     * Replaces every invoice of each month the lines cover by those lines (a re-imported month
     * loses the components it no longer lists); one audit entry per month with the old and new
     * amounts by component. Returns the number of rows stored.
     */
    static int replaceMonths(Connection c, List<Invoice> invoices, String source, String reason, String user)
            throws SQLException {
        java.util.Map<YearMonth, List<Invoice>> byMonth = new java.util.TreeMap<>();
        for (Invoice i : invoices) byMonth.computeIfAbsent(i.month(), k -> new ArrayList<>()).add(i);
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        int n = 0;
        for (java.util.Map.Entry<YearMonth, List<Invoice>> e : byMonth.entrySet()) {
            java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
            for (Invoice old : month(c, e.getKey())) before.put(old.component().code(), old.amount());
            try (PreparedStatement del = c.prepareStatement("DELETE FROM invoice WHERE month = ?")) {
                del.setString(1, e.getKey().toString());
                del.executeUpdate();
            }
            java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO invoice (month, component, amount, source, time) VALUES (?,?,?,?,?)")) {
                for (Invoice i : e.getValue()) {
                    ps.setString(1, i.month().toString());
                    ps.setString(2, i.component().code());
                    ps.setDouble(3, i.amount());
                    ps.setString(4, source);
                    ps.setString(5, now);
                    ps.addBatch();
                    after.put(i.component().code(), i.amount());
                    n++;
                }
                ps.executeBatch();
            }
            after.put("source", source);
            AuditLog.append(c, user, "invoice/" + e.getKey(), before.isEmpty() ? "import" : "replace",
                    before.isEmpty() ? null : Json.write(before), Json.write(after), reason);
        }
        return n;
    }

    private static List<Invoice> month(Connection c, YearMonth m) throws SQLException {
        List<Invoice> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT component, amount FROM invoice WHERE month = ? ORDER BY component")) {
            ps.setString(1, m.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Invoice(m, CostComponent.parse(rs.getString(1)), rs.getDouble(2)));
            }
        }
        return out;
    }

    static List<Invoice> all(Connection c) throws SQLException {
        List<Invoice> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT month, component, amount FROM invoice ORDER BY month, component");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Invoice(YearMonth.parse(rs.getString(1)), CostComponent.parse(rs.getString(2)), rs.getDouble(3)));
            }
        }
        return out;
    }
}
