package org.vendorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;

/**
 * Stores the RFP definition (one per workspace) and reads it back as the domain record. The
 * knockout and scoring rule are stored structurally (kind + parameters) plus, for people reading
 * the file, the rule as text.
 */
final class RfpDao {
    private static final String[] TABLES = {"question", "section", "kpi", "assumption", "checklist_item", "rfp"};

    private RfpDao() {}

    static void save(Connection c, Rfp rfp) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String t : TABLES) st.execute("DELETE FROM " + t);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rfp (id, rfp_id, title, organization, issued, due,"
                + " currency, term_months, price_weight, format) VALUES (1,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, rfp.rfpId());
            ps.setString(2, rfp.title());
            ps.setString(3, rfp.organization());
            Sql.setDate(ps, 4, rfp.issued());
            Sql.setDate(ps, 5, rfp.due());
            ps.setString(6, rfp.currency());
            ps.setInt(7, rfp.termMonths());
            ps.setDouble(8, rfp.priceWeight());
            ps.setString(9, rfp.format());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO section (ord, id, name, weight) VALUES (?,?,?,?)")) {
            int ord = 0;
            for (Section s : rfp.sections()) {
                ps.setInt(1, ord++);
                ps.setString(2, s.id());
                ps.setString(3, s.name());
                ps.setDouble(4, s.weight());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO question (ord, id, section_id, requirement, type,"
                + " options_json, mandatory, ko_kind, ko_expression, ko_values_json, ko_op, ko_threshold, weight,"
                + " rule_kind, rule_target, rule_floor, rule_direction, rule_text)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Question q : rfp.questions()) {
                ps.setInt(1, ord++);
                ps.setString(2, q.id());
                ps.setString(3, q.sectionId());
                ps.setString(4, q.requirement());
                Sql.setEnum(ps, 5, q.type());
                List<Map<String, Object>> options = new ArrayList<>();
                for (ChoiceOption o : q.options()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("label", o.label());
                    m.put("score", o.score());
                    options.add(m);
                }
                ps.setString(6, Json.write(options));
                ps.setInt(7, q.mandatory() ? 1 : 0);
                bindKnockout(ps, q.knockout());
                ps.setDouble(13, q.weight());
                bindRule(ps, q.rule());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpi (ord, id, name, unit, direction, target,"
                + " remediation, exit_threshold, weight) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Kpi k : rfp.kpis()) {
                ps.setInt(1, ord++);
                ps.setString(2, k.id());
                ps.setString(3, k.name());
                Sql.setEnum(ps, 4, k.unit());
                Sql.setEnum(ps, 5, k.direction());
                ps.setDouble(6, k.target());
                Sql.setDouble(ps, 7, k.remediationThreshold());
                ps.setDouble(8, k.exitThreshold());
                ps.setDouble(9, k.weight());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO assumption (ord, key, value, low, high) VALUES (?,?,?,?,?)")) {
            int ord = 0;
            for (Assumption a : rfp.assumptions()) {
                ps.setInt(1, ord++);
                ps.setString(2, a.key());
                ps.setDouble(3, a.value());
                Sql.setDouble(ps, 4, a.low());
                Sql.setDouble(ps, 5, a.high());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO checklist_item (ord, id, grp, item, required) VALUES (?,?,?,?,?)")) {
            int ord = 0;
            for (ChecklistItemDef d : rfp.checklist()) {
                ps.setInt(1, ord++);
                ps.setString(2, d.id());
                ps.setString(3, d.group());
                ps.setString(4, d.item());
                ps.setInt(5, d.required() ? 1 : 0);
                ps.executeUpdate();
            }
        }
    }

    private static void bindKnockout(PreparedStatement ps, Knockout k) throws SQLException {
        String kind = null, values = null, op = null;
        Double threshold = null;
        if (k instanceof Knockout.Tokens t) {
            kind = "tokens";
            values = Json.write(t.tokens());
        } else if (k instanceof Knockout.Options o) {
            kind = "options";
            values = Json.write(o.options());
        } else if (k instanceof Knockout.Compare cmp) {
            kind = "compare";
            op = cmp.op().name();
            threshold = cmp.threshold();
        }
        ps.setString(8, kind);
        ps.setString(9, k == null ? null : k.expression());
        ps.setString(10, values);
        ps.setString(11, op);
        Sql.setDouble(ps, 12, threshold);
    }

    private static void bindRule(PreparedStatement ps, ScoringRule rule) throws SQLException {
        String kind;
        Double target = null, floor = null;
        String direction = null;
        String text;
        if (rule instanceof ScoringRule.Linear l) {
            kind = "linear";
            target = l.target();
            floor = l.floor();
            direction = l.direction().name();
            text = "target=" + l.target() + "; floor=" + l.floor() + "; " + l.direction().name().toLowerCase(java.util.Locale.ROOT);
        } else if (rule instanceof ScoringRule.Choice) {
            kind = text = "choice";
        } else if (rule instanceof ScoringRule.YesNo) {
            kind = text = "yes-no";
        } else if (rule instanceof ScoringRule.Manual) {
            kind = text = "manual";
        } else {
            throw new WorkspaceException("question has no scoring rule");
        }
        ps.setString(14, kind);
        Sql.setDouble(ps, 15, target);
        Sql.setDouble(ps, 16, floor);
        ps.setString(17, direction);
        ps.setString(18, text);
    }

    static Optional<Rfp> load(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM rfp WHERE id = 1")) {
            if (!rs.next()) return Optional.empty();
            return Optional.of(new Rfp(rs.getString("rfp_id"), rs.getString("title"), rs.getString("organization"),
                    Sql.getDate(rs, "issued"), Sql.getDate(rs, "due"), rs.getString("currency"),
                    rs.getInt("term_months"), rs.getDouble("price_weight"), rs.getString("format"),
                    sections(c), questions(c), kpis(c), assumptions(c), checklist(c)));
        }
    }

    private static List<Section> sections(Connection c) throws SQLException {
        List<Section> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM section ORDER BY ord")) {
            while (rs.next()) out.add(new Section(rs.getString("id"), rs.getString("name"), rs.getDouble("weight")));
        }
        return out;
    }

    static List<String> questionIds(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM question ORDER BY ord")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static List<Question> questions(Connection c) throws SQLException {
        List<Question> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM question ORDER BY ord")) {
            while (rs.next()) {
                List<ChoiceOption> options = new ArrayList<>();
                for (Map<String, Object> m : Json.readList(rs.getString("options_json"))) {
                    Object score = m.get("score");
                    options.add(new ChoiceOption((String) m.get("label"),
                            score == null ? null : ((Number) score).doubleValue()));
                }
                out.add(new Question(rs.getString("id"), rs.getString("section_id"), rs.getString("requirement"),
                        Sql.getEnum(rs, "type", QuestionType.class), options, rs.getInt("mandatory") != 0,
                        knockout(rs), rs.getDouble("weight"), rule(rs)));
            }
        }
        return out;
    }

    private static Knockout knockout(ResultSet rs) throws SQLException {
        String kind = rs.getString("ko_kind");
        if (kind == null) return null;
        String expr = rs.getString("ko_expression");
        return switch (kind) {
            case "tokens" -> new Knockout.Tokens(expr, Json.readStrings(rs.getString("ko_values_json")));
            case "options" -> new Knockout.Options(expr, Json.readStrings(rs.getString("ko_values_json")));
            case "compare" -> new Knockout.Compare(expr, Knockout.Comparison.valueOf(rs.getString("ko_op")),
                    rs.getDouble("ko_threshold"));
            default -> throw new WorkspaceException("unknown knockout kind '" + kind + "'");
        };
    }

    private static ScoringRule rule(ResultSet rs) throws SQLException {
        String kind = rs.getString("rule_kind");
        return switch (kind) {
            case "linear" -> new ScoringRule.Linear(rs.getDouble("rule_target"), rs.getDouble("rule_floor"),
                    Direction.valueOf(rs.getString("rule_direction")));
            case "choice" -> new ScoringRule.Choice();
            case "yes-no" -> new ScoringRule.YesNo();
            case "manual" -> new ScoringRule.Manual();
            default -> throw new WorkspaceException("unknown scoring rule '" + kind + "'");
        };
    }

    private static List<Kpi> kpis(Connection c) throws SQLException {
        List<Kpi> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM kpi ORDER BY ord")) {
            while (rs.next()) {
                out.add(new Kpi(rs.getString("id"), rs.getString("name"), Sql.getEnum(rs, "unit", KpiUnit.class),
                        Sql.getEnum(rs, "direction", Direction.class), rs.getDouble("target"),
                        Sql.getDouble(rs, "remediation"), rs.getDouble("exit_threshold"), rs.getDouble("weight")));
            }
        }
        return out;
    }

    private static List<Assumption> assumptions(Connection c) throws SQLException {
        List<Assumption> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM assumption ORDER BY ord")) {
            while (rs.next()) {
                out.add(new Assumption(rs.getString("key"), rs.getDouble("value"), Sql.getDouble(rs, "low"),
                        Sql.getDouble(rs, "high")));
            }
        }
        return out;
    }

    private static List<ChecklistItemDef> checklist(Connection c) throws SQLException {
        List<ChecklistItemDef> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM checklist_item ORDER BY ord")) {
            while (rs.next()) {
                out.add(new ChecklistItemDef(rs.getString("id"), rs.getString("grp"), rs.getString("item"),
                        rs.getInt("required") != 0));
            }
        }
        return out;
    }
}
