package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.monitoring.ContractBaseline;
import org.vendorbench.domain.monitoring.KpiTerm;

/**
 * The signed contract: one row of frozen price terms, go-live and term, plus the frozen KPI terms.
 * Signing again (another vendor, or a corrected go-live) replaces the baseline, audited with the
 * old one.
 */
final class ContractDao {
    private ContractDao() {}

    static void save(Connection c, ContractBaseline b, String reason, String ws, String user) throws SQLException {
        Vendors.Row v = Vendors.require(c, b.vendor(), ws);
        Optional<ContractBaseline> before = load(c);
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM contract_kpi");
            st.execute("DELETE FROM contract");
        }
        Pricing p = b.pricing();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contract (id, vendor_id, signed_on, go_live,"
                + " term_months, currency, p_model, p_rate, p_fte, p_min, p_onboard, p_train, p_agents, p_esc, p_etf,"
                + " time) VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, v.id());
            Sql.setDate(ps, 2, b.signedOn());
            Sql.setDate(ps, 3, b.goLive());
            ps.setInt(4, b.termMonths());
            ps.setString(5, b.currency());
            Sql.setEnum(ps, 6, p.model());
            Sql.setDouble(ps, 7, p.rate());
            ps.setDouble(8, p.fte());
            ps.setDouble(9, p.minimumFee());
            ps.setDouble(10, p.onboardingFee());
            ps.setDouble(11, p.trainingPerAgent());
            ps.setDouble(12, p.agents());
            ps.setDouble(13, p.escalatorPercent());
            ps.setDouble(14, p.earlyTerminationFee());
            ps.setString(15, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contract_kpi (ord, kpi_id, name, unit, direction,"
                + " target, remediation, exit_threshold, committed) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (KpiTerm t : b.kpis()) {
                ps.setInt(1, ord++);
                ps.setString(2, t.kpiId());
                ps.setString(3, t.name());
                Sql.setEnum(ps, 4, t.unit());
                Sql.setEnum(ps, 5, t.direction());
                ps.setDouble(6, t.target());
                Sql.setDouble(ps, 7, t.remediation());
                ps.setDouble(8, t.exit());
                Sql.setDouble(ps, 9, t.committed());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        AuditLog.append(c, user, "contract", "sign", before.map(ContractDao::describe).orElse(null),
                describe(b), reason);
    }

    static String describe(ContractBaseline b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", b.vendor());
        m.put("signedOn", b.signedOn().toString());
        m.put("goLive", b.goLive().toString());
        m.put("termMonths", b.termMonths());
        m.put("currency", b.currency());
        m.put("pricing", b.pricing().asItems());
        List<Map<String, Object>> kpis = new ArrayList<>();
        for (KpiTerm t : b.kpis()) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("id", t.kpiId());
            k.put("target", t.target());
            k.put("remediation", t.remediation());
            k.put("exit", t.exit());
            k.put("committed", t.committed());
            kpis.add(k);
        }
        m.put("kpis", kpis);
        return Json.write(m);
    }

    static Optional<ContractBaseline> load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT k.*, v.name AS vendor_name FROM contract k"
                + " JOIN vendor v ON v.id = k.vendor_id WHERE k.id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            Pricing p = new Pricing(Sql.getEnum(rs, "p_model", PricingModel.class), Sql.getDouble(rs, "p_rate"),
                    rs.getDouble("p_fte"), rs.getDouble("p_min"), rs.getDouble("p_onboard"),
                    rs.getDouble("p_train"), rs.getDouble("p_agents"), rs.getDouble("p_esc"),
                    rs.getDouble("p_etf"));
            return Optional.of(new ContractBaseline(rs.getString("vendor_name"), Sql.getDate(rs, "signed_on"),
                    Sql.getDate(rs, "go_live"), rs.getInt("term_months"), rs.getString("currency"), p, terms(c)));
        }
    }

    private static List<KpiTerm> terms(Connection c) throws SQLException {
        List<KpiTerm> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM contract_kpi ORDER BY ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new KpiTerm(rs.getString("kpi_id"), rs.getString("name"),
                        Sql.getEnum(rs, "unit", KpiUnit.class), Sql.getEnum(rs, "direction", Direction.class),
                        rs.getDouble("target"), Sql.getDouble(rs, "remediation"), rs.getDouble("exit_threshold"),
                        Sql.getDouble(rs, "committed")));
            }
        }
        return out;
    }
}
