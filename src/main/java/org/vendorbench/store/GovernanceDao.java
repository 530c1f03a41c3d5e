package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.governance.GovernanceCadence;
import org.vendorbench.domain.monitoring.GovernanceReview;

/** Governance reviews held, one per cadence and period; marking a period again replaces it (audited). */
final class GovernanceDao {
    private GovernanceDao() {}

    static void put(Connection c, GovernanceReview r, String reason, String user) throws SQLException {
        String before = null;
        for (GovernanceReview old : all(c)) {
            if (old.cadence() == r.cadence() && old.period().equals(r.period())) before = describe(old);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO governance_review (cadence, period, done_on, notes,"
                + " calls_listened, call_types, time) VALUES (?,?,?,?,?,?,?) ON CONFLICT (cadence, period) DO UPDATE SET"
                + " done_on = excluded.done_on, notes = excluded.notes, calls_listened = excluded.calls_listened,"
                + " call_types = excluded.call_types, time = excluded.time")) {
            Sql.setEnum(ps, 1, r.cadence());
            ps.setString(2, r.period().strip());
            Sql.setDate(ps, 3, r.doneOn());
            ps.setString(4, r.notes());
            Sql.setLong(ps, 5, r.callsListened() == null ? null : r.callsListened().longValue());
            Sql.setLong(ps, 6, r.callTypes() == null ? null : r.callTypes().longValue());
            ps.setString(7, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.executeUpdate();
        }
        AuditLog.append(c, user, "review/" + r.cadence().name().toLowerCase(java.util.Locale.ROOT) + "/" + r.period().strip(),
                before == null ? "done" : "replace", before, describe(r), reason);
    }

    private static String describe(GovernanceReview r) {
        return Json.obj("doneOn", r.doneOn().toString(), "notes", r.notes(), "callsListened", r.callsListened(),
                "callTypes", r.callTypes());
    }

    static List<GovernanceReview> all(Connection c) throws SQLException {
        List<GovernanceReview> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM governance_review ORDER BY done_on, cadence, period");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long calls = Sql.getLong(rs, "calls_listened"), types = Sql.getLong(rs, "call_types");
                out.add(new GovernanceReview(Sql.getEnum(rs, "cadence", GovernanceCadence.class), rs.getString("period"),
                        Sql.getDate(rs, "done_on"), rs.getString("notes"), calls == null ? null : calls.intValue(),
                        types == null ? null : types.intValue()));
            }
        }
        return out;
    }
}
