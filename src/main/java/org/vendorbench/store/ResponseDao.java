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
    static ImportResult insert(Connection c, StorableResponse r, String sha256, String user) throws SQLException {
        return insert(c, r, sha256, user, ClaimUpdater.NONE);
    }

    /**
     * Inserts {@code r} (rows batched) and the checklist entries {@code claims} computes for it,
     * with ONE audit entry that states the counts and the items whose status the claims changed.
     * Call in a transaction.
     */
    static ImportResult insert(Connection c, StorableResponse storable, String sha256, String user, ClaimUpdater claims)
            throws SQLException {
        VendorResponse r = storable.response();
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
        writeBody(c, id, storable);
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
                Body body = body(c, id);
                return Optional.of(new VendorResponse(rs.getString("file_name"), rs.getString("rfp_id"),
                        rs.getString("vendor_name"), rs.getString("contact"), rs.getString("email"),
                        Sql.getDate(rs, "submitted"), rs.getString("format"), body.answers(), body.kpis(), pricing,
                        body.warnings()));
            }
        }
    }

    /**
     * The response's answers, KPI commitments and warnings: one row of three documents (schema 4).
     * In a UTF-8 database (every workspace Vendorbench creates) the documents' UTF-8 bytes are bound
     * as blobs and cast to TEXT by SQLite, stored as the text a bound String would be without a
     * String of them in between. A cast reads the bytes in the database's own encoding, so a file
     * made with another (UTF-16, by hand) gets them bound as a String, which SQLite converts.
     */
    private static void writeBody(Connection c, long id, StorableResponse body) throws SQLException {
        boolean utf8 = utf8(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO response_body (response_id, answers, kpis, warnings)"
                + " VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))")) {
            ps.setLong(1, id);
            bindDocument(ps, 2, body.answersDocument(), utf8);
            bindDocument(ps, 3, body.kpisDocument(), utf8);
            bindDocument(ps, 4, body.warningsDocument(), utf8);
            ps.executeUpdate();
        }
    }

    private static void bindDocument(PreparedStatement ps, int i, byte[] document, boolean utf8) throws SQLException {
        if (utf8) {
            ps.setBytes(i, document);
        } else {
            ps.setString(i, new String(document, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** True when the database's text encoding is UTF-8. */
    private static boolean utf8(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA encoding")) {
            return rs.next() && "UTF-8".equalsIgnoreCase(rs.getString(1));
        }
    }

    private record Body(List<Answer> answers, List<KpiCommitment> kpis, List<ImportWarning> warnings) {}

    private static Body body(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT answers, kpis, warnings FROM response_body WHERE response_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new WorkspaceException("damaged workspace: response " + id + " has no answers row");
                return new Body(ResponseBody.readAnswers(rs.getString(1)), ResponseBody.readKpis(rs.getString(2)),
                        ResponseBody.readWarnings(rs.getString(3)));
            }
        }
    }

    /**
     * Migration 4's data step: every response's rows of the schema-3 tables {@code answer},
     * {@code kpi_commitment} and {@code import_warning} (in their {@code ord} order) become its
     * {@code response_body} row. Runs inside the migration's transaction.
     */
    static void moveRowsToBodies(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM response ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        for (long id : ids) {
            StorableResponse body;
            try {
                body = StorableResponse.ofParts(oldAnswers(c, id), oldKpis(c, id), oldWarnings(c, id));
            } catch (RuntimeException e) {
                // only a hand-edited file has such a row (an unknown type, two answers to one question)
                throw new WorkspaceException("stored response " + id + " cannot be moved into schema "
                        + Migrations.CURRENT + ": " + e.getMessage(), e);
            }
            writeBody(c, id, body);
        }
    }

    private static List<Answer> oldAnswers(Connection c, long id) throws SQLException {
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

    private static List<KpiCommitment> oldKpis(Connection c, long id) throws SQLException {
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

    private static List<ImportWarning> oldWarnings(Connection c, long id) throws SQLException {
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
