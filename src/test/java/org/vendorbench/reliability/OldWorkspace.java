package org.vendorbench.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.vendorbench.store.OlderSchema;

/** Turns a current workspace into a schema-2 one (before the monitoring tables and the response documents), for migration tests. */
final class OldWorkspace {
    private OldWorkspace() {}

    /**
     * Undoes migration 4 (documents back into rows), drops migration 3's tables and sets user_version 2;
     * {@code paddingBytes} of settings text make it bigger.
     */
    static void downgradeToV2(Path ws, int paddingBytes) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement st = c.createStatement()) {
            OlderSchema.toVersion3(c);
            for (String t : List.of("contract", "contract_kpi", "kpi_month", "remediation_item", "exit_right", "invoice",
                    "governance_review")) {
                st.execute("DROP TABLE " + t);
            }
            if (paddingBytes > 0) {
                st.execute("INSERT INTO settings (key, value) VALUES ('test.padding', hex(randomblob(" + paddingBytes / 2 + ")))");
            }
            st.execute("PRAGMA user_version = 2");
            st.execute("VACUUM"); // no free pages left, so a page limit bites on the first new table
            st.execute("PRAGMA journal_mode = DELETE");
        }
    }
}
