package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.vendorbench.domain.Fold;

/**
 * Vendors are identified by their folded name (so "ACME Corp" and "acme  corp" are one vendor)
 * and get a blind label ("Vendor A", "Vendor B", ...) in order of first import.
 */
final class Vendors {
    private Vendors() {}

    /** A stored vendor. */
    record Row(long id, String name, String blindLabel) {}

    static Row find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, blind_label FROM vendor WHERE folded = ?")) {
            ps.setString(1, Fold.fold(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    /** The vendor, or a clear failure naming the workspace when it was never imported. */
    static Row require(Connection c, String name, String workspace) throws SQLException {
        Row r = name == null ? null : find(c, name);
        if (r == null) throw new WorkspaceException("no vendor '" + name + "' in " + workspace);
        return r;
    }

    static Row findOrCreate(Connection c, String name) throws SQLException {
        Row r = find(c, name);
        if (r != null) return r;
        if (Fold.fold(name).isEmpty()) throw new WorkspaceException("the vendor name is blank");
        int n = Settings.count(c, "SELECT count(*) FROM vendor");
        String label = "Vendor " + letters(n);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO vendor (name, folded, blind_label) VALUES (?,?,?)")) {
            ps.setString(1, name.strip());
            ps.setString(2, Fold.fold(name));
            ps.setString(3, label);
            ps.executeUpdate();
        }
        return find(c, name);
    }

    /** 0 → A, 25 → Z, 26 → AA, ... (spreadsheet column style). */
    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        int x = n;
        do {
            sb.insert(0, (char) ('A' + x % 26));
            x = x / 26 - 1;
        } while (x >= 0);
        return sb.toString();
    }
}
