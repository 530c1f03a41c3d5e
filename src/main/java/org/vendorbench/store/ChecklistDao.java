package org.vendorbench.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistStatus;
import org.vendorbench.domain.checklist.Evidence;

/**
 * Pre-signing checklist state per vendor and item, and the evidence attached to it. Evidence
 * bytes are stored once per SHA-256 (the same PDF attached twice takes its space once); the
 * original file name, size and import time are metadata of each attachment.
 */
final class ChecklistDao {
    private ChecklistDao() {}

    static void putEntry(Connection c, ChecklistEntry e, String reason, String ws, String user) throws SQLException {
        validate(e);
        Vendors.Row v = Vendors.require(c, e.vendor(), ws);
        ChecklistEntry before = entry(c, v, e.itemId());
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            bindUpsert(ps, v, e);
            ps.executeUpdate();
        }
        AuditLog.append(c, user, "checklist/" + v.name() + "/" + e.itemId(), "put",
                before == null ? null : describe(before), describe(e), reason);
    }

    /**
     * Stores several entries of one vendor with one batched statement and no audit entry of their
     * own: the caller's audit entry (the response import) accounts for them. Call in a transaction.
     */
    static void putEntriesUnaudited(Connection c, Vendors.Row v, List<ChecklistEntry> entries) throws SQLException {
        if (entries.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (ChecklistEntry e : entries) {
                validate(e);
                bindUpsert(ps, v, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void validate(ChecklistEntry e) {
        if (e.itemId() == null || e.itemId().isBlank()) throw new WorkspaceException("the checklist item ID is blank");
        if (e.status() == null) throw new WorkspaceException("checklist item " + e.itemId() + " has no status");
        if (e.status() == ChecklistStatus.NOT_APPLICABLE && (e.naReason() == null || e.naReason().isBlank())) {
            throw new WorkspaceException("checklist item " + e.itemId() + " marked not applicable needs a reason");
        }
    }

    private static final String UPSERT = "INSERT INTO checklist_entry (vendor_id, item_id, status, owner,"
            + " due_date, verified_on, verified_by, note, na_reason, evidence_date, claim, time)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (vendor_id, item_id) DO UPDATE SET"
            + " status = excluded.status, owner = excluded.owner, due_date = excluded.due_date,"
            + " verified_on = excluded.verified_on, verified_by = excluded.verified_by, note = excluded.note,"
            + " na_reason = excluded.na_reason, evidence_date = excluded.evidence_date, claim = excluded.claim,"
            + " time = excluded.time";

    private static void bindUpsert(PreparedStatement ps, Vendors.Row v, ChecklistEntry e) throws SQLException {
        ps.setLong(1, v.id());
        ps.setString(2, e.itemId());
        Sql.setEnum(ps, 3, e.status());
        ps.setString(4, e.owner());
        Sql.setDate(ps, 5, e.dueDate());
        Sql.setDate(ps, 6, e.verifiedOn());
        ps.setString(7, e.verifiedBy());
        ps.setString(8, e.note());
        ps.setString(9, e.naReason());
        Sql.setDate(ps, 10, e.evidenceDate());
        ps.setString(11, e.claim());
        ps.setString(12, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    }

    private static String describe(ChecklistEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", e.status().name());
        m.put("owner", e.owner());
        m.put("dueDate", str(e.dueDate()));
        m.put("verifiedOn", str(e.verifiedOn()));
        m.put("verifiedBy", e.verifiedBy());
        m.put("note", e.note());
        m.put("naReason", e.naReason());
        m.put("evidenceDate", str(e.evidenceDate()));
        m.put("claim", e.claim());
        return Json.write(m);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static ChecklistEntry entry(Connection c, Vendors.Row v, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM checklist_entry WHERE vendor_id = ? AND item_id = ?")) {
            ps.setLong(1, v.id());
            ps.setString(2, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs, v.name()) : null;
            }
        }
    }

    private static ChecklistEntry row(ResultSet rs, String vendor) throws SQLException {
        return new ChecklistEntry(vendor, rs.getString("item_id"), Sql.getEnum(rs, "status", ChecklistStatus.class),
                rs.getString("owner"), Sql.getDate(rs, "due_date"), Sql.getDate(rs, "verified_on"),
                rs.getString("verified_by"), rs.getString("note"), rs.getString("na_reason"),
                Sql.getDate(rs, "evidence_date"), rs.getString("claim"));
    }

    static List<ChecklistEntry> allEntries(Connection c) throws SQLException {
        List<ChecklistEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.*, v.name AS vendor_name FROM checklist_entry e"
                + " JOIN vendor v ON v.id = e.vendor_id ORDER BY v.id, e.item_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(row(rs, rs.getString("vendor_name")));
        }
        return out;
    }

    static List<ChecklistEntry> entries(Connection c, Vendors.Row v) throws SQLException {
        List<ChecklistEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM checklist_entry WHERE vendor_id = ? ORDER BY item_id")) {
            ps.setLong(1, v.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs, v.name()));
            }
        }
        return out;
    }

    /** Reads at most {@code cap} bytes; refuses a larger stream with a message naming the file and the cap. */
    static byte[] readCapped(InputStream in, String fileName, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > cap) {
                throw new WorkspaceException(fileName + " is larger than the evidence limit of " + megabytes(cap));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static String megabytes(long bytes) {
        if (bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        return bytes + " bytes";
    }

    static Evidence addEvidence(Connection c, String vendor, String itemId, String fileName, byte[] bytes, String ws,
                                String user) throws SQLException {
        if (fileName == null || fileName.isBlank()) throw new WorkspaceException("the evidence file name is blank");
        if (itemId == null || itemId.isBlank()) throw new WorkspaceException("the checklist item ID is blank");
        Vendors.Row v = Vendors.require(c, vendor, ws);
        String sha = sha256(bytes);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO evidence_blob (sha256, size, bytes) VALUES (?,?,?) ON CONFLICT (sha256) DO NOTHING")) {
            ps.setString(1, sha);
            ps.setLong(2, bytes.length);
            ps.setBytes(3, bytes);
            ps.executeUpdate();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (vendor_id, item_id, file_name, size,"
                + " sha256, imported_at) VALUES (?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, v.id());
            ps.setString(2, itemId);
            ps.setString(3, fileName);
            ps.setLong(4, bytes.length);
            ps.setString(5, sha);
            ps.setString(6, now.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        AuditLog.append(c, user, "evidence/" + v.name() + "/" + itemId, "attach", null,
                Json.obj("id", id, "file", fileName, "size", bytes.length, "sha256", sha), null);
        return new Evidence(id, v.name(), itemId, fileName, bytes.length, sha, now);
    }

    static void removeEvidence(Connection c, long id, String reason, String user) throws SQLException {
        JudgementDao.requireReason(reason, "removing evidence");
        Evidence e = evidence(c, id);
        if (e == null) throw new WorkspaceException("no evidence #" + id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM evidence_blob WHERE sha256 = ?"
                + " AND NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = evidence_blob.sha256)")) {
            ps.setString(1, e.sha256());
            ps.executeUpdate();
        }
        AuditLog.append(c, user, "evidence/" + e.vendor() + "/" + e.itemId(), "remove",
                Json.obj("id", id, "file", e.fileName(), "size", e.size(), "sha256", e.sha256()), null, reason.strip());
    }

    private static final String EVIDENCE_SELECT = "SELECT e.id, v.name, e.item_id, e.file_name, e.size, e.sha256,"
            + " e.imported_at FROM evidence e JOIN vendor v ON v.id = e.vendor_id";

    private static Evidence evidenceRow(ResultSet rs) throws SQLException {
        return new Evidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), Instant.parse(rs.getString(7)));
    }

    static Evidence evidence(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(EVIDENCE_SELECT + " WHERE e.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? evidenceRow(rs) : null;
            }
        }
    }

    static List<Evidence> evidenceOf(Connection c, Vendors.Row v) throws SQLException {
        List<Evidence> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(EVIDENCE_SELECT + " WHERE e.vendor_id = ? ORDER BY e.id")) {
            ps.setLong(1, v.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(evidenceRow(rs));
            }
        }
        return out;
    }

    static byte[] bytes(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT b.bytes FROM evidence e JOIN evidence_blob b ON b.sha256 = e.sha256 WHERE e.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new WorkspaceException("no evidence #" + id);
                return rs.getBytes(1);
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
