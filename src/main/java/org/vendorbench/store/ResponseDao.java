package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.ChecklistStatus;

/** Stores imported vendor responses (with answers, KPI commitments, pricing, warnings) and reads them back. */
final class ResponseDao {
    private ResponseDao() {}

    /** Inserts {@code r} as the vendor's current response; the previous one becomes history. Call in a transaction. */
    static ImportResult insert(Connection c, VendorResponse r, String sha256, String user) throws SQLException {
        return insert(c, r, sha256, user, ClaimUpdater.NONE);
    }

    /**
     * Inserts {@code r} (rows batched) and the checklist entries {@code claims} computes for it,
     * with ONE audit entry that states the counts and the items whose status the claims changed.
     * Call in a transaction.
     */
    static ImportResult insert(Connection c, VendorResponse r, String sha256, String user, ClaimUpdater claims)
            throws SQLException {
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            throw new WorkspaceException("file SHA-256 must be 64 hex digits, got '" + sha256 + "'");
        }
        Vendors.Row vendor = Vendors.findOrCreate(c, r.vendor());
        String previous = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file_name, file_sha256 FROM response WHERE vendor_id = ? AND is_current = 1")) {
            ps.setLong(1, vendor.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) previous = Json.obj("file", rs.getString(1), "sha256", rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE response SET is_current = 0 WHERE vendor_id = ?")) {
            ps.setLong(1, vendor.id());
            ps.executeUpdate();
        }
        long id;
        Pricing p = r.pricing() == null ? Pricing.none() : r.pricing();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO response (vendor_id, file_name, file_sha256,"
                + " imported_at, is_current, rfp_id, vendor_name, contact, email, submitted, format, p_model, p_rate,"
                + " p_fte, p_min, p_onboard, p_train, p_agents, p_esc, p_etf)"
                + " VALUES (?,?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, vendor.id());
            ps.setString(2, r.file() == null ? "" : r.file());
            ps.setString(3, sha256.toLowerCase(java.util.Locale.ROOT));
            ps.setString(4, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.setString(5, r.rfpId());
            ps.setString(6, r.vendor());
            ps.setString(7, r.contact());
            ps.setString(8, r.email());
            Sql.setDate(ps, 9, r.submitted());
            ps.setString(10, r.format());
            Sql.setEnum(ps, 11, p.model());
            Sql.setDouble(ps, 12, p.rate());
            ps.setDouble(13, p.fte());
            ps.setDouble(14, p.minimumFee());
            ps.setDouble(15, p.onboardingFee());
            ps.setDouble(16, p.trainingPerAgent());
            ps.setDouble(17, p.agents());
            ps.setDouble(18, p.escalatorPercent());
            ps.setDouble(19, p.earlyTerminationFee());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO answer (response_id, ord, question_id, type, raw,"
                + " text, number, comment, status, sheet, cell) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Answer a : r.answers()) {
                ps.setLong(1, id);
                ps.setInt(2, ord++);
                ps.setString(3, a.questionId());
                Sql.setEnum(ps, 4, a.type());
                ps.setString(5, a.raw() == null ? "" : a.raw());
                ps.setString(6, a.text());
                Sql.setDouble(ps, 7, a.number());
                ps.setString(8, a.comment());
                Sql.setEnum(ps, 9, a.status());
                ps.setString(10, a.sheet());
                ps.setString(11, a.cell());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpi_commitment (response_id, ord, kpi_id, raw,"
                + " value, comment, sheet, cell) VALUES (?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (KpiCommitment k : r.kpis()) {
                ps.setLong(1, id);
                ps.setInt(2, ord++);
                ps.setString(3, k.kpiId());
                ps.setString(4, k.raw() == null ? "" : k.raw());
                Sql.setDouble(ps, 5, k.value());
                ps.setString(6, k.comment());
                ps.setString(7, k.sheet());
                ps.setString(8, k.cell());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_warning (response_id, ord, code, sheet,"
                + " cell, message) VALUES (?,?,?,?,?,?)")) {
            int ord = 0;
            for (ImportWarning w : r.warnings()) {
                ps.setLong(1, id);
                ps.setInt(2, ord++);
                Sql.setEnum(ps, 3, w.code());
                ps.setString(4, w.sheet());
                ps.setString(5, w.cell());
                ps.setString(6, w.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<ChecklistEntry> stored = ChecklistDao.entries(c, vendor);
        List<ChecklistEntry> changed = claims.changed(vendor.name(), stored);
        ChecklistDao.putEntriesUnaudited(c, vendor, changed);
        java.util.Map<String, String> statusChanges = new java.util.TreeMap<>();
        for (ChecklistEntry e : changed) {
            ChecklistEntry before = stored.stream().filter(o -> o.itemId().equals(e.itemId())).findFirst().orElse(null);
            String from = before == null ? ChecklistStatus.NOT_STARTED.name() : before.status().name();
            if (!from.equals(e.status().name())) statusChanges.put(e.itemId(), from + " -> " + e.status().name());
        }
        Object[] audit = {"file", r.file(), "sha256", sha256.toLowerCase(java.util.Locale.ROOT),
            "answers", r.answers().size(), "kpis", r.kpis().size(), "warnings", r.warnings().size()};
        if (claims != ClaimUpdater.NONE) {
            audit = java.util.Arrays.copyOf(audit, audit.length + 4);
            audit[audit.length - 4] = "claims";
            audit[audit.length - 3] = changed.size();
            audit[audit.length - 2] = "claimStatusChanges";
            audit[audit.length - 1] = statusChanges;
        }
        AuditLog.append(c, user, "response/" + vendor.name(), "import", previous, Json.obj(audit), null);
        return new ImportResult(id, vendor.name(), vendor.blindLabel(), previous != null, r.answers().size(),
                r.warnings().size());
    }

    static List<VendorResponse> current(Connection c) throws SQLException {
        List<VendorResponse> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM response WHERE is_current = 1 ORDER BY vendor_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        for (long id : ids) out.add(load(c, id).orElseThrow());
        return out;
    }

    static Optional<VendorResponse> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM response WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Pricing pricing = new Pricing(Sql.getEnum(rs, "p_model", PricingModel.class), Sql.getDouble(rs, "p_rate"),
                        rs.getDouble("p_fte"), rs.getDouble("p_min"), rs.getDouble("p_onboard"),
                        rs.getDouble("p_train"), rs.getDouble("p_agents"), rs.getDouble("p_esc"),
                        rs.getDouble("p_etf"));
                return Optional.of(new VendorResponse(rs.getString("file_name"), rs.getString("rfp_id"),
                        rs.getString("vendor_name"), rs.getString("contact"), rs.getString("email"),
                        Sql.getDate(rs, "submitted"), rs.getString("format"), answers(c, id), kpis(c, id), pricing,
                        warnings(c, id)));
            }
        }
    }

    private static List<Answer> answers(Connection c, long id) throws SQLException {
        List<Answer> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM answer WHERE response_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Answer(rs.getString("question_id"), Sql.getEnum(rs, "type", QuestionType.class),
                            rs.getString("raw"), rs.getString("text"), Sql.getDouble(rs, "number"),
                            rs.getString("comment"), Sql.getEnum(rs, "status", AnswerStatus.class),
                            rs.getString("sheet"), rs.getString("cell")));
                }
            }
        }
        return out;
    }

    private static List<KpiCommitment> kpis(Connection c, long id) throws SQLException {
        List<KpiCommitment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM kpi_commitment WHERE response_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new KpiCommitment(rs.getString("kpi_id"), rs.getString("raw"), Sql.getDouble(rs, "value"),
                            rs.getString("comment"), rs.getString("sheet"), rs.getString("cell")));
                }
            }
        }
        return out;
    }

    private static List<ImportWarning> warnings(Connection c, long id) throws SQLException {
        List<ImportWarning> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM import_warning WHERE response_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportWarning(Sql.getEnum(rs, "code", WarningCode.class), rs.getString("sheet"),
                            rs.getString("cell"), rs.getString("message")));
                }
            }
        }
        return out;
    }

    static List<ResponseHistoryEntry> history(Connection c, long vendorId, String vendorName) throws SQLException {
        List<ResponseHistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, file_sha256, imported_at, is_current"
                + " FROM response WHERE vendor_id = ? ORDER BY id")) {
            ps.setLong(1, vendorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ResponseHistoryEntry(rs.getLong(1), vendorName, rs.getString(2), rs.getString(3),
                            Instant.parse(rs.getString(4)), rs.getInt(5) != 0));
                }
            }
        }
        return out;
    }
}
