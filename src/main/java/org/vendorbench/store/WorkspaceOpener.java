package org.vendorbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.domain.RefusedException;

/**
 * The hardened open sequence: file checks, then a read-only connection that checks the
 * application id, schema version, {@code quick_check} and the exact schema before anything is
 * written, then the read-write connection with safe settings.
 */
final class WorkspaceOpener {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int BUSY_TIMEOUT_MS = 5000;

    private WorkspaceOpener() {}

    static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    /** Refuses a missing, empty or non-SQLite file without opening it with SQLite. */
    static void checkFile(Path file) throws RefusedException {
        if (!Files.exists(file)) throw new RefusedException(name(file) + " does not exist");
        if (Files.isDirectory(file)) throw new RefusedException(name(file) + " is a folder, not a Vendorbench workspace");
        byte[] head = new byte[MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new RefusedException("cannot read " + name(file) + ": " + e.getMessage(), e);
        }
        if (n == 0) throw new RefusedException(name(file) + " is not a Vendorbench workspace (the file is empty)");
        if (n < MAGIC.length || !Arrays.equals(head, MAGIC)) {
            throw new RefusedException(name(file) + " is not a Vendorbench workspace (not an SQLite database)");
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(readOnly);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.setSharedCache(false);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), cfg.toProperties());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA trusted_schema = OFF");
            Integer maxPages = readOnly ? null : Integer.getInteger(TEST_MAX_PAGES);
            if (maxPages != null) st.execute("PRAGMA max_page_count = " + maxPages);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Turns on the settings every read-write session uses. */
    static void configureReadWrite(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            st.execute("PRAGMA synchronous = FULL");
        }
    }

    /**
     * Test hook (not an option for users): a {@code PRAGMA max_page_count} set on every read-write
     * connection, so that tests see a real SQLITE_FULL ("disk full") once the file would grow past
     * it (imports, migrations). Read when a connection opens. The migration backup ({@code VACUUM
     * INTO}) does not obey it: the tests fill a small real file system for that.
     */
    static final String TEST_MAX_PAGES = "vendorbench.test.maxPageCount";


    /**
     * Switches the file to WAL mode, returning true when it is in WAL mode afterwards. Done before
     * the first change of a session rather than at open: entering and leaving WAL mode rewrites the
     * file header, and a session that only looks (or whose import is refused) must leave the file
     * byte-for-byte as it was.
     */
    static boolean enableWal(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
            return rs.next() && "wal".equalsIgnoreCase(rs.getString(1));
        }
    }

    /** True when the file is in WAL mode now (e.g. left so by a crash or an open reader). */
    static boolean inWal(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            return rs.next() && "wal".equalsIgnoreCase(rs.getString(1));
        }
    }

    static void configureReadOnly(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA query_only = ON");
        }
    }

    /**
     * Checks an open connection: application id, schema version (newer refused; older refused
     * unless {@code allowOlder}), integrity and the exact schema. Returns the schema version.
     */
    static int inspect(Connection c, Path file, boolean allowOlder) throws RefusedException {
        try {
            int appId = intPragma(c, "application_id");
            if (appId != Migrations.APPLICATION_ID) {
                throw new RefusedException(name(file) + " is not a Vendorbench workspace (application id "
                        + String.format("0x%08X", appId) + ")");
            }
            int version = intPragma(c, "user_version");
            if (version > Migrations.CURRENT) {
                throw new RefusedException(name(file) + " was made by a newer Vendorbench (schema " + version
                        + "; this version reads up to " + Migrations.CURRENT + ")");
            }
            if (version < 1) {
                throw new RefusedException(name(file) + " is an incomplete Vendorbench workspace (schema 0)");
            }
            if (version < Migrations.CURRENT && !allowOlder) {
                throw new RefusedException(name(file) + " uses the older schema " + version
                        + "; open it for writing once to upgrade it");
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equals(first)) {
                    throw new RefusedException(name(file) + " is damaged (integrity check: " + first + ")");
                }
            }
            String problem = SchemaCheck.problem(c, version);
            if (problem != null) {
                throw new RefusedException(name(file) + " " + problem + "; refusing to open it");
            }
            return version;
        } catch (SQLException e) {
            throw new RefusedException(name(file) + " is not a readable Vendorbench workspace: "
                    + firstLine(e.getMessage()), e);
        }
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Copies the file to {@code name.vN.bak.vbench} beside it (a fresh name if that exists) before a
     * migration. The copy is written to a temporary file (named so that
     * {@link AtomicFiles#cleanLeftovers} removes it after a crash), forced to disk and renamed, so
     * a backup that exists is complete. A full disk is refused with a message that says nothing
     * was changed.
     */
    static Path backup(Connection c, Path file, int version) throws SQLException, RefusedException {
        String base = name(file);
        String stem = base.endsWith(".vbench") ? base.substring(0, base.length() - ".vbench".length()) : base;
        Path target = file.resolveSibling(stem + ".v" + version + ".bak.vbench");
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling(stem + ".v" + version + ".bak-" + i + ".vbench");
        }
        Path tmp = file.resolveSibling("." + target.getFileName() + AtomicFiles.TEMP_MARKER
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM INTO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return target;
        } catch (SQLException e) {
            deleteQuietly(tmp);
            if (WorkspaceException.isDiskFull(e)) {
                throw new RefusedException("disk full while backing up " + base + " before upgrading it from schema "
                        + version + ": nothing was changed; free some space and open it again", e);
            }
            throw e;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new RefusedException("cannot back up " + base + " before upgrading it (" + e.getMessage()
                    + "): nothing was changed", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is removed by the next open
        }
    }

    static String firstLine(String s) {
        if (s == null) return "unknown error";
        return s.lines().findFirst().orElse(s);
    }
}
