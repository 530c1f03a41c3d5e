package org.vendorbench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a workspace's stored data (not of the file's bytes), printed in the decision memo
 * so a reader can tell which data a memo reflects. Two files holding the same rows give the same
 * hash whatever their page layout, WAL state or vacuuming; any changed row changes it.
 *
 * <p>Canonical export ({@value #VERSION}), fed to SHA-256 as UTF-8:
 * <ol>
 * <li>the line {@code vbench-content/1};</li>
 * <li>for every table in name order except {@code audit_log} (the history, identified separately
 * by the audit head printed next to this hash) and SQLite's own tables: a line
 * {@code table <name>}, a line {@code columns <c1>,<c2>,...} with the columns in name order, then
 * one line per row, the rows sorted by their encoded text (Java {@code String} order), and the
 * {@code settings} rows whose key starts with {@code audit.} (the audit anchor) left out;</li>
 * <li>a row is its values in column order, each encoded as {@code N} (NULL), {@code I<decimal>}
 * (INTEGER), {@code R<16 hex digits of the IEEE-754 bits>} (REAL), {@code T<length>:<text>} (TEXT,
 * length in UTF-16 code units) or {@code B<length>:<SHA-256 hex of the bytes>} (BLOB), separated
 * by {@code |}, the line ending in {@code \n}.</li>
 * </ol>
 */
public final class ContentHash {
    /** The version of the canonical export; a change of the encoding is a new version. */
    public static final String VERSION = "vbench-content/1";

    private ContentHash() {}

    /** The content hash of the workspace (64 lowercase hex digits). */
    public static String of(Workspace ws) {
        return ws.read(ContentHash::compute);
    }

    static String compute(Connection c) throws SQLException {
        MessageDigest md = sha256();
        line(md, VERSION);
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        for (String table : tables) {
            List<String> columns = columns(c, table);
            line(md, "table " + table);
            line(md, "columns " + String.join(",", columns));
            List<String> rows = rows(c, table, columns);
            rows.sort(null);
            for (String r : rows) line(md, r);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) cols.add(rs.getString(1));
            }
        }
        return cols;
    }

    private static List<String> rows(Connection c, String table, List<String> columns) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sql.append(", ");
            String q = quote(columns.get(i));
            sql.append("typeof(").append(q).append("), ").append(q);
        }
        sql.append(" FROM ").append(quote(table));
        if (table.equals("settings")) sql.append(" WHERE key NOT LIKE 'audit.%'");
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) row.append('|');
                    encode(row, rs.getString(2 * i + 1), rs, 2 * i + 2);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static void encode(StringBuilder row, String type, ResultSet rs, int col) throws SQLException {
        switch (type) {
            case "null" -> row.append('N');
            case "integer" -> row.append('I').append(rs.getLong(col));
            case "real" -> row.append('R').append(String.format("%016x", Double.doubleToLongBits(rs.getDouble(col))));
            case "blob" -> {
                byte[] b = rs.getBytes(col);
                row.append('B').append(b.length).append(':').append(HexFormat.of().formatHex(sha256().digest(b)));
            }
            default -> {
                String t = rs.getString(col);
                row.append('T').append(t.length()).append(':').append(t);
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void line(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
