package org.vendorbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Null-safe parameter and column helpers shared by the repository classes. */
final class Sql {
    private Sql() {}

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.REAL); else ps.setDouble(i, v);
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setLong(i, v);
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        ps.setString(i, d == null ? null : d.toString());
    }

    static void setEnum(PreparedStatement ps, int i, Enum<?> e) throws SQLException {
        ps.setString(i, e == null ? null : e.name());
    }

    static Double getDouble(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    static Long getLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static LocalDate getDate(ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : LocalDate.parse(s);
    }

    static <E extends Enum<E>> E getEnum(ResultSet rs, String col, Class<E> type) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : Enum.valueOf(type, s);
    }
}
