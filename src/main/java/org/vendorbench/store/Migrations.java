package org.vendorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace schema as an ordered list of migrations keyed on {@code PRAGMA user_version}.
 * Migration N takes a file from version N-1 to N; an upgrade runs every migration it needs and the
 * version bump in one transaction, so a file is never left half-migrated. Never edit a released
 * migration: add one.
 */
final class Migrations {
    /** The Vendorbench {@code PRAGMA application_id}: ASCII "VBNC". */
    static final int APPLICATION_ID = 0x56424E43;

    /** Migration 1: the first, minimal schema (settings, RFP header, audit log). */
    private static final List<String> V1 = List.of(
            "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
            "CREATE TABLE rfp (id INTEGER PRIMARY KEY CHECK (id = 1), rfp_id TEXT NOT NULL, title TEXT NOT NULL,"
                    + " organization TEXT, issued TEXT, due TEXT, currency TEXT NOT NULL,"
                    + " term_months INTEGER NOT NULL, price_weight REAL NOT NULL, format TEXT NOT NULL)",
            "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY NOT NULL, time TEXT NOT NULL, user TEXT NOT NULL,"
                    + " entity TEXT NOT NULL, action TEXT NOT NULL, old_value TEXT, new_value TEXT, reason TEXT,"
                    + " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)");

    /** Migration 2: the full evaluation schema. */
    private static final List<String> V2 = List.of(
            "CREATE TABLE section (ord INTEGER NOT NULL, id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
                    + " weight REAL NOT NULL)",
            "CREATE TABLE question (ord INTEGER NOT NULL, id TEXT PRIMARY KEY NOT NULL,"
                    + " section_id TEXT NOT NULL REFERENCES section(id), requirement TEXT NOT NULL,"
                    + " type TEXT NOT NULL, options_json TEXT NOT NULL, mandatory INTEGER NOT NULL,"
                    + " ko_kind TEXT, ko_expression TEXT, ko_values_json TEXT, ko_op TEXT, ko_threshold REAL,"
                    + " weight REAL NOT NULL, rule_kind TEXT NOT NULL, rule_target REAL, rule_floor REAL,"
                    + " rule_direction TEXT, rule_text TEXT NOT NULL)",
            "CREATE TABLE kpi (ord INTEGER NOT NULL, id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
                    + " unit TEXT NOT NULL, direction TEXT NOT NULL, target REAL NOT NULL, remediation REAL,"
                    + " exit_threshold REAL NOT NULL, weight REAL NOT NULL)",
            "CREATE TABLE assumption (ord INTEGER NOT NULL, key TEXT PRIMARY KEY NOT NULL, value REAL NOT NULL,"
                    + " low REAL, high REAL)",
            "CREATE TABLE checklist_item (ord INTEGER NOT NULL, id TEXT PRIMARY KEY NOT NULL, grp TEXT NOT NULL,"
                    + " item TEXT NOT NULL, required INTEGER NOT NULL)",
            "CREATE TABLE vendor (id INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL UNIQUE,"
                    + " blind_label TEXT NOT NULL UNIQUE)",
            "CREATE TABLE response (id INTEGER PRIMARY KEY NOT NULL, vendor_id INTEGER NOT NULL REFERENCES vendor(id),"
                    + " file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL, imported_at TEXT NOT NULL,"
                    + " is_current INTEGER NOT NULL, rfp_id TEXT, vendor_name TEXT NOT NULL, contact TEXT, email TEXT,"
                    + " submitted TEXT, format TEXT, p_model TEXT, p_rate REAL, p_fte REAL NOT NULL,"
                    + " p_min REAL NOT NULL, p_onboard REAL NOT NULL, p_train REAL NOT NULL, p_agents REAL NOT NULL,"
                    + " p_esc REAL NOT NULL, p_etf REAL NOT NULL)",
            "CREATE UNIQUE INDEX response_one_current ON response(vendor_id) WHERE is_current = 1",
            "CREATE TABLE answer (response_id INTEGER NOT NULL REFERENCES response(id), ord INTEGER NOT NULL,"
                    + " question_id TEXT NOT NULL, type TEXT NOT NULL, raw TEXT NOT NULL, text TEXT, number REAL,"
                    + " comment TEXT, status TEXT NOT NULL, sheet TEXT, cell TEXT,"
                    + " PRIMARY KEY (response_id, question_id))",
            "CREATE TABLE kpi_commitment (response_id INTEGER NOT NULL REFERENCES response(id), ord INTEGER NOT NULL,"
                    + " kpi_id TEXT NOT NULL, raw TEXT NOT NULL, value REAL, comment TEXT, sheet TEXT, cell TEXT,"
                    + " PRIMARY KEY (response_id, kpi_id))",
            "CREATE TABLE import_warning (response_id INTEGER NOT NULL REFERENCES response(id),"
                    + " ord INTEGER NOT NULL, code TEXT NOT NULL, sheet TEXT, cell TEXT, message TEXT NOT NULL,"
                    + " PRIMARY KEY (response_id, ord))",
            "CREATE TABLE evaluator_score (evaluator TEXT NOT NULL, vendor_id INTEGER NOT NULL REFERENCES vendor(id),"
                    + " question_id TEXT NOT NULL, score REAL NOT NULL CHECK (score BETWEEN 0 AND 5), note TEXT,"
                    + " time TEXT NOT NULL, PRIMARY KEY (evaluator, vendor_id, question_id))",
            "CREATE TABLE consensus_override (vendor_id INTEGER NOT NULL REFERENCES vendor(id),"
                    + " question_id TEXT NOT NULL, score REAL NOT NULL CHECK (score BETWEEN 0 AND 5),"
                    + " reason TEXT NOT NULL, time TEXT NOT NULL, PRIMARY KEY (vendor_id, question_id))",
            "CREATE TABLE section_weight_override (section_id TEXT PRIMARY KEY NOT NULL, weight REAL NOT NULL"
                    + " CHECK (weight >= 0), reason TEXT NOT NULL, time TEXT NOT NULL)",
            "CREATE TABLE assumption_override (key TEXT NOT NULL, vendor_id INTEGER REFERENCES vendor(id),"
                    + " value REAL NOT NULL, reason TEXT NOT NULL, time TEXT NOT NULL)",
            "CREATE UNIQUE INDEX assumption_override_key ON assumption_override(key, ifnull(vendor_id, 0))",
            "CREATE TABLE checklist_entry (vendor_id INTEGER NOT NULL REFERENCES vendor(id), item_id TEXT NOT NULL,"
                    + " status TEXT NOT NULL, owner TEXT, due_date TEXT, verified_on TEXT, verified_by TEXT, note TEXT,"
                    + " na_reason TEXT, evidence_date TEXT, claim TEXT, time TEXT NOT NULL,"
                    + " PRIMARY KEY (vendor_id, item_id))",
            "CREATE TABLE evidence_blob (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, bytes BLOB NOT NULL)",
            "CREATE TABLE evidence (id INTEGER PRIMARY KEY NOT NULL, vendor_id INTEGER NOT NULL REFERENCES vendor(id),"
                    + " item_id TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL,"
                    + " sha256 TEXT NOT NULL REFERENCES evidence_blob(sha256), imported_at TEXT NOT NULL)");

    /**
     * Migration 3: monitoring after signing: the signed contract (frozen KPI and price terms,
     * go-live, term), the monthly KPI values imported from the vendor's reports, remediation items
     * and exit rights they triggered, invoices per month and component, governance reviews held.
     */
    private static final List<String> V3 = List.of(
            "CREATE TABLE contract (id INTEGER PRIMARY KEY CHECK (id = 1), vendor_id INTEGER NOT NULL"
                    + " REFERENCES vendor(id), signed_on TEXT NOT NULL, go_live TEXT NOT NULL,"
                    + " term_months INTEGER NOT NULL, currency TEXT NOT NULL, p_model TEXT, p_rate REAL,"
                    + " p_fte REAL NOT NULL, p_min REAL NOT NULL, p_onboard REAL NOT NULL, p_train REAL NOT NULL,"
                    + " p_agents REAL NOT NULL, p_esc REAL NOT NULL, p_etf REAL NOT NULL, time TEXT NOT NULL)",
            "CREATE TABLE contract_kpi (ord INTEGER NOT NULL, kpi_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
                    + " unit TEXT NOT NULL, direction TEXT NOT NULL, target REAL NOT NULL, remediation REAL,"
                    + " exit_threshold REAL NOT NULL, committed REAL)",
            "CREATE TABLE kpi_month (month TEXT NOT NULL, kpi_id TEXT NOT NULL, value REAL NOT NULL,"
                    + " source_rows INTEGER NOT NULL, calls REAL, file_name TEXT NOT NULL, imported_at TEXT NOT NULL,"
                    + " PRIMARY KEY (month, kpi_id))",
            "CREATE TABLE remediation_item (id INTEGER PRIMARY KEY NOT NULL, kpi_id TEXT NOT NULL, since TEXT NOT NULL,"
                    + " opened TEXT NOT NULL, message TEXT NOT NULL, owner TEXT, due_date TEXT, notes TEXT,"
                    + " closure_evidence TEXT, closed_on TEXT, time TEXT NOT NULL, UNIQUE (kpi_id, since))",
            "CREATE TABLE exit_right (kpi_id TEXT NOT NULL, month TEXT NOT NULL, value REAL NOT NULL,"
                    + " threshold REAL NOT NULL, message TEXT NOT NULL, recorded_on TEXT NOT NULL,"
                    + " PRIMARY KEY (kpi_id, month))",
            "CREATE TABLE invoice (month TEXT NOT NULL, component TEXT NOT NULL, amount REAL NOT NULL,"
                    + " source TEXT, time TEXT NOT NULL, PRIMARY KEY (month, component))",
            "CREATE TABLE governance_review (cadence TEXT NOT NULL, period TEXT NOT NULL, done_on TEXT NOT NULL,"
                    + " notes TEXT, calls_listened INTEGER, call_types INTEGER, time TEXT NOT NULL,"
                    + " PRIMARY KEY (cadence, period))");

    /**
     * Migration 4: a response's answers, KPI commitments and warnings as three JSON documents in
     * one {@code response_body} row (see {@link ResponseBody}) instead of one row each: they are
     * only ever written and read with their response, and 400 rows per response were half of an
     * import's time. The rows of older files are moved into documents (by Java, so numbers keep
     * every bit), then the three tables are dropped.
     */
    private static final List<String> V4 = List.of(
            "CREATE TABLE response_body (response_id INTEGER PRIMARY KEY NOT NULL REFERENCES response(id),"
                    + " answers TEXT NOT NULL, kpis TEXT NOT NULL, warnings TEXT NOT NULL)");
    private static final List<String> V4_AFTER = List.of(
            "DROP TABLE answer", "DROP TABLE kpi_commitment", "DROP TABLE import_warning");

    /** A migration: statements, then (optionally) a data step in Java, then more statements. */
    private record Migration(List<String> before, DataStep data, List<String> after) {
        Migration(List<String> statements) {
            this(statements, c -> { }, List.of());
        }
    }

    @FunctionalInterface
    private interface DataStep {
        void run(Connection c) throws SQLException;
    }

    private static final List<Migration> ALL = List.of(new Migration(V1), new Migration(V2), new Migration(V3),
            new Migration(V4, ResponseDao::moveRowsToBodies, V4_AFTER));

    /** The statements of migration {@code v} that create its objects (for tests that build an older file). */
    static List<String> statements(int v) {
        return ALL.get(v - 1).before();
    }

    /** The schema version this build writes and reads. */
    static final int CURRENT = ALL.size();

    private Migrations() {}

    /**
     * Applies migrations {@code from+1 .. to} and the version bump in ONE transaction, so an upgrade
     * over several versions (a schema-2 file opened by a schema-4 build) is whole or not at all: a
     * full disk or a crash half-way leaves the file at its old version, never at one in between.
     * Migration 1 also stamps the application id.
     */
    static void migrate(Connection c, int from, int to) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            if (from == 0 && to >= 1) st.execute("PRAGMA application_id = " + APPLICATION_ID);
            for (int v = from + 1; v <= to; v++) {
                Migration m = ALL.get(v - 1);
                for (String sql : m.before()) st.execute(sql);
                m.data().run(c);
                for (String sql : m.after()) st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + to);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
