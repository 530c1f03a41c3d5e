package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.VendorResponse;

/**
 * Review of schema 4: the response documents are bound as UTF-8 bytes and stored with
 * {@code CAST(? AS TEXT)}, which SQLite interprets in the DATABASE's text encoding. A workspace
 * whose encoding is UTF-16 (valid SQLite; nothing in the opener refuses it) then stores garbage,
 * where the schema-3 rows (bound Strings, converted by SQLite) round-tripped.
 */
class Utf16WorkspaceTest {
    @TempDir
    Path dir;

    private static Connection utf16(Path f) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA encoding = 'UTF-16le'");
        }
        return c;
    }

    @Test
    void aResponseImportedIntoAUtf16WorkspaceReadsBackEqual() throws Exception {
        Path f = dir.resolve("utf16.vbench");
        try (Connection c = utf16(f)) {
            Migrations.migrate(c, 0, Migrations.CURRENT);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA encoding")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("UTF-16le");
            }
        }
        VendorResponse r = Fixtures.response("CareLine", "careline.xlsx", 90);
        try (Workspace ws = Workspace.open(f)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(r, "a".repeat(64));
        }
        try (Workspace ws = Workspace.open(f)) {
            assertThat(ws.currentResponses().get(0).answers()).isEqualTo(r.answers());
        }
    }

    @Test
    void aUtf16Version3WorkspaceKeepsItsAnswersThroughMigration4() throws Exception {
        Path f = dir.resolve("utf16-v3.vbench");
        VendorResponse r = Fixtures.response("CareLine", "careline.xlsx", 90);
        try (Connection c = utf16(f)) {
            Migrations.migrate(c, 0, 3);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO vendor (id, name, folded, blind_label) VALUES (1, 'CareLine', 'careline', 'Vendor A')");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO response (id, vendor_id, file_name, file_sha256,"
                    + " imported_at, is_current, vendor_name, p_fte, p_min, p_onboard, p_train, p_agents, p_esc, p_etf)"
                    + " VALUES (1, 1, 'careline.xlsx', ?, '2026-11-27T10:00:00Z', 1, 'CareLine', 0, 0, 0, 0, 0, 0, 0)")) {
                ps.setString(1, "a".repeat(64));
                ps.executeUpdate();
            }
            OlderSchema.insertRows(c, 1, r.answers(), r.kpis(), r.warnings());
        }
        try (Workspace ws = Workspace.open(f)) {
            assertThat(ws.info().schemaVersion()).isEqualTo(4);
            assertThat(ws.response(1).orElseThrow().answers()).isEqualTo(r.answers());
        }
    }
}
