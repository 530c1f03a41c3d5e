package org.vendorbench.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

/**
 * The answers, KPI commitments and import warnings of one stored response as JSON documents
 * (schema 4, table {@code response_body}): they are only ever written and read as a whole with
 * their response, and one row of three documents costs SQLite a fraction of what 400 answer rows
 * with their primary-key index did (the store was half of a 50-file import's time).
 *
 * <p>Each document is a JSON array in the vendor's order; each element an object whose keys are
 * the former columns ({@code question_id, type, raw, text, number, comment, status, sheet, cell};
 * {@code kpi_id, raw, value, comment, sheet, cell}; {@code code, sheet, cell, message}). A null
 * value is left out; {@code raw} is always there ({@code ""} for none), as the column was NOT NULL.
 * Numbers are written in Java's shortest round-trip form, so a value reads back bit for bit; a
 * non-finite number (never produced by the normaliser) is written as the string
 * {@code "NaN"}/{@code "Infinity"}/{@code "-Infinity"}. SQLite's JSON functions read the
 * documents directly, e.g. {@code SELECT value->>'question_id' FROM response_body, json_each(answers)}.
 */
final class ResponseBody {
    private static final JsonFactory JSON = JsonFactory.builder()
            // a vendor's cell holds at most 32,767 characters; a whole document is far below this
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build())
            .build();

    private ResponseBody() {}

    static String answers(List<Answer> answers) {
        return write(g -> {
            for (Answer a : answers) {
                g.writeStartObject();
                text(g, "question_id", a.questionId());
                text(g, "type", a.type() == null ? null : a.type().name());
                text(g, "raw", a.raw() == null ? "" : a.raw());
                text(g, "text", a.text());
                number(g, "number", a.number());
                text(g, "comment", a.comment());
                text(g, "status", a.status() == null ? null : a.status().name());
                text(g, "sheet", a.sheet());
                text(g, "cell", a.cell());
                g.writeEndObject();
            }
        });
    }

    static String kpis(List<KpiCommitment> kpis) {
        return write(g -> {
            for (KpiCommitment k : kpis) {
                g.writeStartObject();
                text(g, "kpi_id", k.kpiId());
                text(g, "raw", k.raw() == null ? "" : k.raw());
                number(g, "value", k.value());
                text(g, "comment", k.comment());
                text(g, "sheet", k.sheet());
                text(g, "cell", k.cell());
                g.writeEndObject();
            }
        });
    }

    static String warnings(List<ImportWarning> warnings) {
        return write(g -> {
            for (ImportWarning w : warnings) {
                g.writeStartObject();
                text(g, "code", w.code() == null ? null : w.code().name());
                text(g, "sheet", w.sheet());
                text(g, "cell", w.cell());
                text(g, "message", w.message());
                g.writeEndObject();
            }
        });
    }

    static List<Answer> readAnswers(String json) {
        return read(json, "answers", f -> new Answer(f.text("question_id"), f.enumValue("type", QuestionType.class),
                f.text("raw"), f.text("text"), f.number("number"), f.text("comment"),
                f.enumValue("status", AnswerStatus.class), f.text("sheet"), f.text("cell")),
                "question_id", "type", "raw", "text", "number", "comment", "status", "sheet", "cell");
    }

    static List<KpiCommitment> readKpis(String json) {
        return read(json, "kpis", f -> new KpiCommitment(f.text("kpi_id"), f.text("raw"), f.number("value"),
                f.text("comment"), f.text("sheet"), f.text("cell")),
                "kpi_id", "raw", "value", "comment", "sheet", "cell");
    }

    static List<ImportWarning> readWarnings(String json) {
        return read(json, "warnings", f -> new ImportWarning(f.enumValue("code", WarningCode.class), f.text("sheet"),
                f.text("cell"), f.text("message")),
                "code", "sheet", "cell", "message");
    }

    // ---- writing
    //
    // A small writer of its own: Jackson's generator copies every value through its buffer into a
    // Writer, and that copy was most of the time encoding a response (9 fields x 400 answers on the
    // importing thread). Same output as Jackson's generator with its defaults (pinned by
    // ResponseBodyTest): " \ and control characters escaped (\b \t \n \f \r, else \\u00XX), no
    // other escaping, numbers as Double.toString.

    private interface Body {
        void write(Out g);
    }

    /** A JSON array of objects being written into a StringBuilder. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder(256);
        private boolean firstField;
        private boolean firstObject = true;

        void writeStartObject() {
            if (!firstObject) sb.append(',');
            firstObject = false;
            sb.append('{');
            firstField = true;
        }

        void writeEndObject() {
            sb.append('}');
        }

        void key(String key) {
            if (!firstField) sb.append(',');
            firstField = false;
            sb.append('"').append(key).append("\":");
        }

        void string(String value) {
            sb.append('"');
            int n = value.length();
            int plain = 0;
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                if (c >= 0x20 && c != '"' && c != '\\') continue;
                sb.append(value, plain, i);
                plain = i + 1;
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\b' -> sb.append("\\b");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\f' -> sb.append("\\f");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            }
            sb.append(value, plain, n).append('"');
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String write(Body body) {
        Out out = new Out();
        out.sb.append('[');
        body.write(out);
        return out.sb.append(']').toString();
    }

    private static void text(Out g, String key, String value) {
        if (value == null) return;
        g.key(key);
        g.string(value);
    }

    private static void number(Out g, String key, Double value) {
        if (value == null) return;
        g.key(key);
        if (Double.isFinite(value)) {
            g.sb.append(value.doubleValue());
        } else {
            g.string(value.toString());
        }
    }

    // ---- reading

    /** The fields of one element, by position in the element's key list. */
    private static final class Fields {
        private final List<String> keys;
        private final Object[] values;

        Fields(List<String> keys) {
            this.keys = keys;
            this.values = new Object[keys.size()];
        }

        String text(String key) {
            return (String) values[keys.indexOf(key)];
        }

        Double number(String key) {
            Object v = values[keys.indexOf(key)];
            if (v == null) return null;
            if (v instanceof Double d) return d;
            return switch ((String) v) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw damaged("'" + key + "' is not a number");
            };
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String s = text(key);
            if (s == null) return null;
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw damaged("'" + key + "' has the unknown value '" + s + "'");
            }
        }
    }

    private interface Element<T> {
        T make(Fields f);
    }

    private static <T> List<T> read(String json, String what, Element<T> element, String... keys) {
        if (json == null) throw damaged("a response has no " + what + " document");
        List<String> keyList = List.of(keys);
        List<T> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw damaged(what + " is not a JSON array");
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                Fields f = new Fields(keyList);
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int i = keyList.indexOf(key);
                    if (i < 0) throw damaged(what + " has the unknown key '" + key + "'");
                    t = p.nextToken();
                    f.values[i] = switch (t) {
                        case VALUE_STRING -> p.getText();
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                        case VALUE_NULL -> null;
                        default -> throw damaged(what + ": '" + key + "' is neither text nor a number");
                    };
                }
                if (t != JsonToken.END_OBJECT) throw damaged(what + " has a broken element");
                try {
                    out.add(element.make(f));
                } catch (RuntimeException e) {
                    if (e instanceof WorkspaceException) throw e;
                    throw damaged(what + " has an invalid element: " + e.getMessage());
                }
            }
            if (t != JsonToken.END_ARRAY) throw damaged(what + " holds something other than objects");
            if (p.nextToken() != null) throw damaged(what + " has text after its array");
        } catch (IOException e) {
            throw damaged(what + " is not valid JSON: " + e.getMessage());
        }
        return Collections.unmodifiableList(out);
    }

    private static WorkspaceException damaged(String message) {
        return new WorkspaceException("damaged response document: " + message);
    }
}
