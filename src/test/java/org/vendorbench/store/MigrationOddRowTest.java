package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;

/**
 * Review of migration 4: a schema-3 row the Java data step cannot turn into a document (here an
 * answer type no build knows) makes the whole open fail. The quality bar asks for a clear one-line
 * refusal naming the file; before schema 4 the file opened and only that response failed to load.
 */
class MigrationOddRowTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableVersion3RowIsRefusedWithTheFileNamed() throws Exception {
        Path f = dir.resolve("odd.vbench");
        try (Workspace ws = Workspace.create(f)) {
            ws.saveRfp(Fixtures.rfp());
            ws.importResponse(Fixtures.response("CareLine", "careline.xlsx", 90), "a".repeat(64));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            OlderSchema.toVersion3(c);
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE answer SET type = 'BANANA' WHERE ord = 0");
            }
        }
        assertThatThrownBy(() -> Workspace.open(f)).isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("odd.vbench cannot be upgraded: stored response 1 cannot be moved into schema 4: ")
                .hasMessageContaining("BANANA")
                .hasMessageEndingWith("; it keeps its older schema (schema 3)");
        // the upgrade was rolled back whole: the rows are where they were, the version unchanged
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("PRAGMA user_version")) {
                org.assertj.core.api.Assertions.assertThat(rs.getInt(1)).isEqualTo(3);
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM answer")) {
                org.assertj.core.api.Assertions.assertThat(rs.getInt(1)).isEqualTo(4);
            }
            org.assertj.core.api.Assertions.assertThat(SchemaCheck.problem(c, 3)).isNull();
        }
    }
}
