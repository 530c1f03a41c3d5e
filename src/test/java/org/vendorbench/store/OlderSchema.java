package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.KpiCommitment;

/**
 * Turns a current workspace back into a schema-3 one (migration 4 undone: the response documents
 * back into answer, KPI commitment and warning rows, with the exact schema-2 tables), so tests can
 * build the older files a user may still have and watch them migrate.
 */
public final class OlderSchema {
    private OlderSchema() {}

    /** Undoes migration 4 on {@code c} (a version-4 workspace) and sets user_version 3. */
    public static void toVersion3(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(2)) {
                if (sql.startsWith("CREATE TABLE answer ") || sql.startsWith("CREATE TABLE kpi_commitment ")
                        || sql.startsWith("CREATE TABLE import_warning ")) {
                    st.execute(sql);
                }
            }
        }
        List<long[]> ids = new ArrayList<>();
        List<String[]> docs = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT response_id, answers, kpis, warnings FROM response_body")) {
            while (rs.next()) {
                ids.add(new long[] {rs.getLong(1)});
                docs.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i)[0];
            insertRows(c, id, ResponseBody.readAnswers(docs.get(i)[0]), ResponseBody.readKpis(docs.get(i)[1]),
                    ResponseBody.readWarnings(docs.get(i)[2]));
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE response_body");
            st.execute("PRAGMA user_version = 3");
        }
    }

    /** The schema-3 rows of one response, as the version-3 store wrote them. */
    public static void insertRows(Connection c, long id, List<Answer> answers, List<KpiCommitment> kpis,
                                  List<ImportWarning> warnings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO answer (response_id, ord, question_id, type, raw,"
                + " text, number, comment, status, sheet, cell) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Answer a : answers) {
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
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpi_commitment (response_id, ord, kpi_id, raw,"
                + " value, comment, sheet, cell) VALUES (?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (KpiCommitment k : kpis) {
                ps.setLong(1, id);
                ps.setInt(2, ord++);
                ps.setString(3, k.kpiId());
                ps.setString(4, k.raw() == null ? "" : k.raw());
                Sql.setDouble(ps, 5, k.value());
                ps.setString(6, k.comment());
                ps.setString(7, k.sheet());
                ps.setString(8, k.cell());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_warning (response_id, ord, code, sheet,"
                + " cell, message) VALUES (?,?,?,?,?,?)")) {
            int ord = 0;
            for (ImportWarning w : warnings) {
                ps.setLong(1, id);
                ps.setInt(2, ord++);
                Sql.setEnum(ps, 3, w.code());
                ps.setString(4, w.sheet());
                ps.setString(5, w.cell());
                ps.setString(6, w.message());
                ps.executeUpdate();
            }
        }
    }
}
