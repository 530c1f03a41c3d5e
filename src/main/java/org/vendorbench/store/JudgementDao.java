package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.Fold;

/**
 * The evaluation team's judgements: evaluator scores, consensus overrides, section weight and
 * assumption overrides. Each change writes its audit entry (old and new value) in the caller's
 * transaction.
 */
final class JudgementDao {
    private JudgementDao() {}

    /** Key clauses of the judgement tables (one {@code ?} per key column, in this order). */
    private static final String SCORE_KEY = " WHERE evaluator = ? AND vendor_id = ? AND question_id = ?";
    private static final String CONSENSUS_KEY = " WHERE vendor_id = ? AND question_id = ?";
    private static final String SECTION_KEY = " WHERE section_id = ?";

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** The question ID as the RFP spells it; refuses an ID the loaded RFP does not have. */
    static String questionId(Connection c, String id) throws SQLException {
        List<String> ids = RfpDao.questionIds(c);
        if (ids.isEmpty()) return id;
        for (String q : ids) if (Fold.same(q, id)) return q;
        throw new WorkspaceException("no question '" + id + "' in the RFP");
    }

    static String sectionId(Connection c, String id) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM section"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        if (ids.isEmpty()) return id;
        for (String s : ids) if (Fold.same(s, id)) return s;
        throw new WorkspaceException("no section '" + id + "' in the RFP");
    }

    static void putScore(Connection c, EvaluatorScore s, String ws, String user) throws SQLException {
        if (s.evaluator() == null || s.evaluator().isBlank()) throw new WorkspaceException("the evaluator name is blank");
        Vendors.Row v = Vendors.require(c, s.vendor(), ws);
        String q = questionId(c, s.questionId());
        String evaluator = s.evaluator().strip();
        String old = current(c, "evaluator_score", "score", "note", SCORE_KEY, evaluator, v.id(), q);
        execute(c, "INSERT INTO evaluator_score (evaluator, vendor_id, question_id, score, note, time)"
                + " VALUES (?,?,?,?,?,?) ON CONFLICT (evaluator, vendor_id, question_id)"
                + " DO UPDATE SET score = excluded.score, note = excluded.note, time = excluded.time",
                evaluator, v.id(), q, s.score(), s.note(), now());
        AuditLog.append(c, user, "score/" + evaluator + "/" + v.name() + "/" + q, "put", old,
                Json.obj("score", s.score(), "note", s.note()), null);
    }

    static void removeScore(Connection c, String evaluator, String vendor, String questionId, String reason, String ws,
                            String user) throws SQLException {
        Vendors.Row v = Vendors.require(c, vendor, ws);
        String q = questionId(c, questionId);
        String e = evaluator == null ? "" : evaluator.strip();
        String old = delete(c, "evaluator_score", "score", "note", SCORE_KEY, e, v.id(), q);
        if (old == null) return;
        AuditLog.append(c, user, "score/" + e + "/" + v.name() + "/" + q, "remove", old, null, reason);
    }

    static List<EvaluatorScore> scores(Connection c) throws SQLException {
        List<EvaluatorScore> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.evaluator, v.name, s.question_id, s.score, s.note"
                + " FROM evaluator_score s JOIN vendor v ON v.id = s.vendor_id"
                + " ORDER BY v.id, s.question_id, s.evaluator");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EvaluatorScore(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getString(5)));
            }
        }
        return out;
    }

    static void putConsensus(Connection c, ConsensusOverride o, String ws, String user) throws SQLException {
        requireReason(o.reason(), "a consensus score");
        Vendors.Row v = Vendors.require(c, o.vendor(), ws);
        String q = questionId(c, o.questionId());
        String old = current(c, "consensus_override", "score", "reason", CONSENSUS_KEY, v.id(), q);
        execute(c, "INSERT INTO consensus_override (vendor_id, question_id, score, reason, time) VALUES (?,?,?,?,?)"
                + " ON CONFLICT (vendor_id, question_id)"
                + " DO UPDATE SET score = excluded.score, reason = excluded.reason, time = excluded.time",
                v.id(), q, o.score(), o.reason().strip(), now());
        AuditLog.append(c, user, "consensus/" + v.name() + "/" + q, "put", old,
                Json.obj("score", o.score()), o.reason().strip());
    }

    static void removeConsensus(Connection c, String vendor, String questionId, String reason, String ws, String user)
            throws SQLException {
        requireReason(reason, "removing a consensus score");
        Vendors.Row v = Vendors.require(c, vendor, ws);
        String q = questionId(c, questionId);
        String old = delete(c, "consensus_override", "score", "reason", CONSENSUS_KEY, v.id(), q);
        if (old == null) return;
        AuditLog.append(c, user, "consensus/" + v.name() + "/" + q, "remove", old, null, reason.strip());
    }

    static List<ConsensusOverride> consensus(Connection c) throws SQLException {
        List<ConsensusOverride> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.name, o.question_id, o.score, o.reason"
                + " FROM consensus_override o JOIN vendor v ON v.id = o.vendor_id ORDER BY v.id, o.question_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ConsensusOverride(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
            }
        }
        return out;
    }

    static void putSectionWeight(Connection c, SectionWeightOverride o, String user) throws SQLException {
        requireReason(o.reason(), "a section weight override");
        String s = sectionId(c, o.sectionId());
        String old = current(c, "section_weight_override", "weight", "reason", SECTION_KEY, s);
        execute(c, "INSERT INTO section_weight_override (section_id, weight, reason, time) VALUES (?,?,?,?)"
                + " ON CONFLICT (section_id)"
                + " DO UPDATE SET weight = excluded.weight, reason = excluded.reason, time = excluded.time",
                s, o.weight(), o.reason().strip(), now());
        AuditLog.append(c, user, "section-weight/" + s, "put", old, Json.obj("weight", o.weight()), o.reason().strip());
    }

    static void removeSectionWeight(Connection c, String sectionId, String reason, String user) throws SQLException {
        requireReason(reason, "removing a section weight override");
        String old = null, s = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT section_id, weight, reason FROM section_weight_override")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (Fold.same(rs.getString(1), sectionId)) {
                        s = rs.getString(1);
                        old = Json.obj("weight", rs.getDouble(2), "reason", rs.getString(3));
                    }
                }
            }
        }
        if (s == null) return;
        execute(c, "DELETE FROM section_weight_override" + SECTION_KEY, s);
        AuditLog.append(c, user, "section-weight/" + s, "remove", old, null, reason.strip());
    }

    static List<SectionWeightOverride> sectionWeights(Connection c) throws SQLException {
        List<SectionWeightOverride> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT section_id, weight, reason FROM section_weight_override ORDER BY section_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new SectionWeightOverride(rs.getString(1), rs.getDouble(2), rs.getString(3)));
        }
        return out;
    }

    static void putAssumption(Connection c, AssumptionOverride o, String ws, String user) throws SQLException {
        requireReason(o.reason(), "an assumption override");
        if (Fold.fold(o.key()).isEmpty()) throw new WorkspaceException("the assumption key is blank");
        Vendors.Row v = o.vendor() == null ? null : Vendors.require(c, o.vendor(), ws);
        String key = assumptionKey(c, o.key());
        String old = deleteAssumption(c, key, v);
        execute(c, "INSERT INTO assumption_override (key, vendor_id, value, reason, time) VALUES (?,?,?,?,?)",
                key, v == null ? null : v.id(), o.value(), o.reason().strip(), now());
        AuditLog.append(c, user, assumptionEntity(key, v), "put", old, Json.obj("value", o.value()), o.reason().strip());
    }

    static void removeAssumption(Connection c, String key, String vendor, String reason, String ws, String user)
            throws SQLException {
        requireReason(reason, "removing an assumption override");
        Vendors.Row v = vendor == null ? null : Vendors.require(c, vendor, ws);
        String k = assumptionKey(c, key);
        String old = deleteAssumption(c, k, v);
        if (old != null) AuditLog.append(c, user, assumptionEntity(k, v), "remove", old, null, reason.strip());
    }

    private static String assumptionEntity(String key, Vendors.Row v) {
        return "assumption/" + key + (v == null ? "" : "/" + v.name());
    }

    /** The key as the RFP spells it (folded match), or as given when the RFP has no such assumption. */
    private static String assumptionKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM assumption"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) if (Fold.same(rs.getString(1), key)) return rs.getString(1);
        }
        return key.strip();
    }

    /** Deletes the override for (key, vendor) and returns its old value as JSON, or null when there was none. */
    private static String deleteAssumption(Connection c, String key, Vendors.Row v) throws SQLException {
        return delete(c, "assumption_override", "value", "reason", " WHERE key = ? AND ifnull(vendor_id, 0) = ?",
                key, v == null ? 0L : v.id());
    }

    /**
     * The audit JSON ({@code {numberCol: .., textCol: ..}}) of the row of {@code table} that
     * {@code where} (a {@code " WHERE ..."} clause with one {@code ?} per key value) selects, or null
     * when there is none. Every put and remove audits the old value this way.
     */
    private static String current(Connection c, String table, String numberCol, String textCol, String where,
                                  Object... key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + numberCol + ", " + textCol + " FROM " + table + where)) {
            bind(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Json.obj(numberCol, rs.getDouble(1), textCol, rs.getString(2)) : null;
            }
        }
    }

    /** Deletes the row {@link #current} selects and returns its audit JSON, or null (nothing deleted) when there was none. */
    private static String delete(Connection c, String table, String numberCol, String textCol, String where,
                                 Object... key) throws SQLException {
        String old = current(c, table, numberCol, textCol, where, key);
        if (old != null) execute(c, "DELETE FROM " + table + where, key);
        return old;
    }

    /** Runs one INSERT/DELETE with its parameters in order (null binds SQL NULL). */
    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) ps.setNull(i + 1, Types.NULL);
            else ps.setObject(i + 1, params[i]);
        }
    }

    static List<AssumptionOverride> assumptions(Connection c) throws SQLException {
        List<AssumptionOverride> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.key, v.name, o.value, o.reason"
                + " FROM assumption_override o LEFT JOIN vendor v ON v.id = o.vendor_id"
                + " ORDER BY o.key, ifnull(o.vendor_id, 0)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AssumptionOverride(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
            }
        }
        return out;
    }

    static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) throw new WorkspaceException(what + " needs a reason");
    }
}
