package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.audit.AuditChain;
import org.vendorbench.domain.audit.AuditEntry;

/**
 * Storage of the hash-chained audit log. Appends run inside the caller's transaction, so a
 * change and its audit entry are committed together or not at all. The head (seq and hash) is
 * also written to the settings table as an anchor: a log recomputed after tampering no longer
 * matches it.
 */
final class AuditLog {
    static final String ANCHOR_SEQ = "audit.head.seq";
    static final String ANCHOR_HASH = "audit.head.hash";

    private AuditLog() {}

    /** Appends one entry after the current head; call inside a transaction. */
    static AuditEntry append(Connection c, String user, String entity, String action, String oldValue,
                             String newValue, String reason) throws SQLException {
        long seq = 0;
        String prev = AuditChain.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
        }
        AuditEntry e = AuditChain.seal(new AuditEntry(seq + 1, Instant.now().truncatedTo(ChronoUnit.MILLIS), user,
                entity, action, oldValue, newValue, reason, null, null), prev);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, time, user, entity, action,"
                + " old_value, new_value, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, e.seq());
            ps.setString(2, e.time().toString());
            ps.setString(3, e.user());
            ps.setString(4, e.entity());
            ps.setString(5, e.action());
            ps.setString(6, e.oldValue());
            ps.setString(7, e.newValue());
            ps.setString(8, e.reason());
            ps.setString(9, e.prevHash());
            ps.setString(10, e.hash());
            ps.executeUpdate();
        }
        Settings.putRaw(c, ANCHOR_SEQ, Long.toString(e.seq()));
        Settings.putRaw(c, ANCHOR_HASH, e.hash());
        return e;
    }

    /** Every entry in storage order (rowid = seq). */
    static List<AuditEntry> entries(Connection c) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, time, user, entity, action, old_value, new_value,"
                + " reason, prev_hash, hash FROM audit_log ORDER BY rowid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)));
            }
        }
        return out;
    }

    /** The anchor kept in the settings table (seq 0 and the genesis hash when nothing was logged). */
    static AuditChain.Anchor anchor(Connection c) throws SQLException {
        String seq = Settings.get(c, ANCHOR_SEQ).orElse("0");
        String hash = Settings.get(c, ANCHOR_HASH).orElse(AuditChain.GENESIS);
        long s;
        try {
            s = Long.parseLong(seq);
        } catch (NumberFormatException e) {
            s = -1;
        }
        return new AuditChain.Anchor(s, hash);
    }

    static long count(Connection c) throws SQLException {
        return Settings.count(c, "SELECT count(*) FROM audit_log");
    }

    /** The hash of the last entry as stored (the genesis hash for an empty log). */
    static String headHash(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : AuditChain.GENESIS;
        }
    }
}
