package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        String old = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT score, note FROM evaluator_score"
                + " WHERE evaluator = ? AND vendor_id = ? AND question_id = ?")) {
            ps.setString(1, evaluator);
            ps.setLong(2, v.id());
            ps.setString(3, q);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) old = Json.obj("score", rs.getDouble(1), "note", rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluator_score (evaluator, vendor_id, question_id,"
                + " score, note, time) VALUES (?,?,?,?,?,?) ON CONFLICT (evaluator, vendor_id, question_id)"
                + " DO UPDATE SET score = excluded.score, note = excluded.note, time = excluded.time")) {
            ps.setString(1, evaluator);
            ps.setLong(2, v.id());
            ps.setString(3, q);
            ps.setDouble(4, s.score());
            ps.setString(5, s.note());
            ps.setString(6, now());
            ps.executeUpdate();
        }
        AuditLog.append(c, user, "score/" + evaluator + "/" + v.name() + "/" + q, "put", old,
                Json.obj("score", s.score(), "note", s.note()), null);
    }

    static void removeScore(Connection c, String evaluator, String vendor, String questionId, String reason, String ws,
                            String user) throws SQLException {
        Vendors.Row v = Vendors.require(c, vendor, ws);
        String q = questionId(c, questionId);
        String e = evaluator == null ? "" : evaluator.strip();
        String where = " WHERE evaluator = ? AND vendor_id = ? AND question_id = ?";
        String old = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT score, note FROM evaluator_score" + where)) {
            ps.setString(1, e);
            ps.setLong(2, v.id());
            ps.setString(3, q);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) old = Json.obj("score", rs.getDouble(1), "note", rs.getString(2));
            }
        }
        if (old == null) return;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM evaluator_score" + where)) {
            ps.setString(1, e);
            ps.setLong(2, v.id());
            ps.setString(3, q);
            ps.executeUpdate();
        }
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
        String old = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT score, reason FROM consensus_override WHERE vendor_id = ? AND question_id = ?")) {
            ps.setLong(1, v.id());
            ps.setString(2, q);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) old = Json.obj("score", rs.getDouble(1), "reason", rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consensus_override (vendor_id, question_id, score,"
                + " reason, time) VALUES (?,?,?,?,?) ON CONFLICT (vendor_id, question_id)"
                + " DO UPDATE SET score = excluded.score, reason = excluded.reason, time = excluded.time")) {
            ps.setLong(1, v.id());
            ps.setString(2, q);
            ps.setDouble(3, o.score());
            ps.setString(4, o.reason().strip());
            ps.setString(5, now());
            ps.executeUpdate();
        }
        AuditLog.append(c, user, "consensus/" + v.name() + "/" + q, "put", old,
                Json.obj("score", o.score()), o.reason().strip());
    }

    static void removeConsensus(Connection c, String vendor, String questionId, String reason, String ws, String user)
            throws SQLException {
        requireReason(reason, "removing a consensus score");
        Vendors.Row v = Vendors.require(c, vendor, ws);
        String q = questionId(c, questionId);
        String old = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT score, reason FROM consensus_override WHERE vendor_id = ? AND question_id = ?")) {
            ps.setLong(1, v.id());
            ps.setString(2, q);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) old = Json.obj("score", rs.getDouble(1), "reason", rs.getString(2));
            }
        }
        if (old == null) return;
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM consensus_override WHERE vendor_id = ? AND question_id = ?")) {
            ps.setLong(1, v.id());
            ps.setString(2, q);
            ps.executeUpdate();
        }
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
        String old = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT weight, reason FROM section_weight_override WHERE section_id = ?")) {
            ps.setString(1, s);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) old = Json.obj("weight", rs.getDouble(1), "reason", rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO section_weight_override (section_id, weight, reason,"
                + " time) VALUES (?,?,?,?) ON CONFLICT (section_id)"
                + " DO UPDATE SET weight = excluded.weight, reason = excluded.reason, time = excluded.time")) {
            ps.setString(1, s);
            ps.setDouble(2, o.weight());
            ps.setString(3, o.reason().strip());
            ps.setString(4, now());
            ps.executeUpdate();
        }
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
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM section_weight_override WHERE section_id = ?")) {
            ps.setString(1, s);
            ps.executeUpdate();
        }
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
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO assumption_override (key, vendor_id, value, reason, time) VALUES (?,?,?,?,?)")) {
            ps.setString(1, key);
            Sql.setLong(ps, 2, v == null ? null : v.id());
            ps.setDouble(3, o.value());
            ps.setString(4, o.reason().strip());
            ps.setString(5, now());
            ps.executeUpdate();
        }
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
        String where = " WHERE key = ? AND ifnull(vendor_id, 0) = ?";
        String old = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT value, reason FROM assumption_override" + where)) {
            ps.setString(1, key);
            ps.setLong(2, v == null ? 0 : v.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) old = Json.obj("value", rs.getDouble(1), "reason", rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM assumption_override" + where)) {
            ps.setString(1, key);
            ps.setLong(2, v == null ? 0 : v.id());
            ps.executeUpdate();
        }
        return old;
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
