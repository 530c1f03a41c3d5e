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
