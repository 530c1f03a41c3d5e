package org.vendorbench.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a file's {@code sqlite_master} with the schema the migrations produce, so a workspace
 * with a planted trigger or view (code that would run when Vendorbench writes), or with a changed
 * table, is refused before anything is written to it.
 */
final class SchemaCheck {
    private static final Map<Integer, Map<String, SchemaObject>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {}

    /** One schema object: type (table, index, trigger, view) and its SQL (null for automatic indexes). */
    record SchemaObject(String type, String name, String sql) {}

    /** The problem with the file's schema, or null when it is exactly the expected one of {@code version}. */
    static String problem(Connection c, int version) throws SQLException {
        Map<String, SchemaObject> expected = expected(version);
        Map<String, SchemaObject> actual = read(c);
        for (SchemaObject o : actual.values()) {
            SchemaObject e = expected.get(o.name());
            if (e == null) return "contains an unexpected " + o.type() + " '" + o.name() + "'";
            if (!e.type().equals(o.type()) || !Objects.equals(e.sql(), o.sql())) {
                return "has a modified " + o.type() + " '" + o.name() + "'";
            }
        }
        for (SchemaObject e : expected.values()) {
            if (!actual.containsKey(e.name())) return "is missing " + e.type() + " '" + e.name() + "'";
        }
        return null;
    }

    private static Map<String, SchemaObject> expected(int version) throws SQLException {
        Map<String, SchemaObject> m = EXPECTED.get(version);
        if (m != null) return m;
        try (Connection mem = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.migrate(mem, 0, version);
            m = read(mem);
        }
        EXPECTED.put(version, m);
        return m;
    }

    private static Map<String, SchemaObject> read(Connection c) throws SQLException {
        Map<String, SchemaObject> m = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(2);
                // Internal tables SQLite creates on its own (AUTOINCREMENT counters, ANALYZE statistics).
                if (name.equals("sqlite_sequence") || name.startsWith("sqlite_stat")) continue;
                m.put(name, new SchemaObject(rs.getString(1), name, rs.getString(3)));
            }
        }
        return m;
    }
}
