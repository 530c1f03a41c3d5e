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

    static byte[] answers(List<Answer> answers) {
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

    static byte[] kpis(List<KpiCommitment> kpis) {
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

    static byte[] warnings(List<ImportWarning> warnings) {
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
    // A small writer of its own, straight to UTF-8: Jackson's generator copies every value through
    // its buffer into a Writer, and a StringBuilder holding one non-Latin-1 character turns every
    // later append into a per-character UTF-16 copy; then the driver encodes the String to UTF-8
    // again. That was a tenth of reading a file in an import (9 fields x 400 answers). The bytes are
    // Jackson's output with its defaults, encoded as String.getBytes(UTF_8) does (pinned by
    // ResponseBodyTest): " \ and control characters escaped (\b \t \n \f \r, else \\u00XX), no
    // other escaping, numbers as Double.toString, an unpaired surrogate as '?'.

    private interface Body {
        void write(Out g);
    }

    /** A JSON array of objects being written as UTF-8 bytes. */
    private static final class Out {
        private byte[] buf = new byte[4096];
        private int size;
        private boolean firstField;
        private boolean firstObject = true;

        private void ensure(int more) {
            if (size + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }

        private void ascii(char c) {
            ensure(1);
            buf[size++] = (byte) c;
        }

        private void ascii(String s) {
            int n = s.length();
            ensure(n);
            for (int i = 0; i < n; i++) buf[size++] = (byte) s.charAt(i);
        }

        void writeStartObject() {
            ensure(2);
            if (!firstObject) buf[size++] = ',';
            firstObject = false;
            buf[size++] = '{';
            firstField = true;
        }

        void writeEndObject() {
            ascii('}');
        }

        /** A key (ASCII, no characters to escape: the store's own names). */
        void key(String key) {
            ensure(key.length() + 4);
            if (!firstField) buf[size++] = ',';
            firstField = false;
            buf[size++] = '"';
            for (int i = 0; i < key.length(); i++) buf[size++] = (byte) key.charAt(i);
            buf[size++] = '"';
            buf[size++] = ':';
        }

        void string(String value) {
            int n = value.length();
            ensure(n * 3 + 2); // a char is at most 3 bytes (a surrogate pair 4 for 2 chars); escapes below ensure more
            buf[size++] = '"';
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    if (c >= 0x20 && c != '"' && c != '\\') {
                        buf[size++] = (byte) c;
                        continue;
                    }
                    ensure(6 + (n - i) * 3);
                    buf[size++] = '\\';
                    switch (c) {
                        case '"' -> buf[size++] = '"';
                        case '\\' -> buf[size++] = '\\';
                        case '\b' -> buf[size++] = 'b';
                        case '\t' -> buf[size++] = 't';
                        case '\n' -> buf[size++] = 'n';
                        case '\f' -> buf[size++] = 'f';
                        case '\r' -> buf[size++] = 'r';
                        default -> {
                            buf[size++] = 'u';
                            buf[size++] = '0';
                            buf[size++] = '0';
                            buf[size++] = HEX[c >> 4];
                            buf[size++] = HEX[c & 0xF];
                        }
                    }
                } else if (c < 0x800) {
                    buf[size++] = (byte) (0xC0 | c >> 6);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    char low = i + 1 < n ? value.charAt(i + 1) : 0;
                    if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                        int cp = Character.toCodePoint(c, low);
                        buf[size++] = (byte) (0xF0 | cp >> 18);
                        buf[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        buf[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        buf[size++] = (byte) (0x80 | cp & 0x3F);
                        i++;
                    } else {
                        buf[size++] = '?'; // as String.getBytes(UTF_8) writes an unpaired surrogate
                    }
                } else {
                    buf[size++] = (byte) (0xE0 | c >> 12);
                    buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                }
            }
            ensure(1);
            buf[size++] = '"';
        }
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static byte[] write(Body body) {
        Out out = new Out();
        out.ascii('[');
        body.write(out);
        out.ascii(']');
        return java.util.Arrays.copyOf(out.buf, out.size);
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
            g.ascii(Double.toString(value));
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
