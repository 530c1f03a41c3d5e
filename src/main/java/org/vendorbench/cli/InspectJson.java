package org.vendorbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.VendorResponse;

/**
 * Builds the {@code inspect} JSON (workbook-format.md §6, §8) from a {@link VendorResponse}; the
 * parts (answers, kpis, pricing, warnings) are public so {@code evaluate} can reuse them. Numbers
 * are JSON numbers, unrounded.
 */
public final class InspectJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private InspectJson() {}

    public static ObjectNode response(VendorResponse r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", r.file());
        o.put("rfpId", r.rfpId());
        o.put("vendor", r.vendor());
        o.set("answers", answers(r.answers()));
        o.set("kpis", kpis(r.kpis()));
        o.set("pricing", pricing(r.pricing()));
        o.set("warnings", warnings(r.warnings()));
        return o;
    }

    /** {@code {"file": ..., "error": ...}} for a refused file. */
    public static ObjectNode refused(String file, String error) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        o.put("error", error);
        return o;
    }

    public static ArrayNode answers(List<Answer> answers) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Answer ans : answers) {
            ObjectNode o = a.addObject();
            o.put("id", ans.questionId());
            o.put("type", ans.type().name());
            o.put("raw", ans.raw() == null ? "" : ans.raw());
            putValue(o, "value", ans.value());
            o.put("comment", ans.comment());
        }
        return a;
    }

    public static ArrayNode kpis(List<KpiCommitment> kpis) {
        ArrayNode a = MAPPER.createArrayNode();
        for (KpiCommitment k : kpis) {
            ObjectNode o = a.addObject();
            o.put("id", k.kpiId());
            o.put("raw", k.raw() == null ? "" : k.raw());
            putValue(o, "value", k.value());
        }
        return a;
    }

    public static ObjectNode pricing(Pricing p) {
        ObjectNode o = MAPPER.createObjectNode();
        for (Map.Entry<String, Object> e : p.asItems().entrySet()) putValue(o, e.getKey(), e.getValue());
        return o;
    }

    public static ArrayNode warnings(List<ImportWarning> warnings) {
        ArrayNode a = MAPPER.createArrayNode();
        for (ImportWarning w : warnings) {
            ObjectNode o = a.addObject();
            o.put("code", w.code().name());
            o.put("sheet", w.sheet());
            o.put("cell", w.cell());
            o.put("message", w.message());
        }
        return a;
    }

    private static void putValue(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) o.putNull(key);
            else o.put(key, d);
        } else if (v instanceof Number n) {
            o.put(key, n.doubleValue());
        } else {
            o.put(key, v.toString());
        }
    }
}
