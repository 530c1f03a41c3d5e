package org.vendorbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.WarningCode;

/** The response documents of schema 4: every value reads back exactly, a damaged document is refused by name. */
class ResponseBodyTest {
    private static final String[] TEXTS = {"", " ", "Yes", "Ünïcödé naïve café", "line\nbreak\r\nand\ttab", "\"quoted\" \\ back",
        "=SUM(A1)", "emoji 🩺 and astral 𝔘", "\u0000nul\u001f", "\u2028\u2029", "x".repeat(40_000)};
    private static final double[] NUMBERS = {0, -0.0, 1, -1, 0.1 + 0.2, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 123456789.125,
        1.0 / 3, 12_000, 0.955, -2.5e17, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void seededRandomAnswersKpisAndWarningsReadBackEqual() {
        Random rnd = new Random(20261127);
        for (int round = 0; round < 300; round++) {
            List<Answer> answers = new ArrayList<>();
            int n = rnd.nextInt(12);
            for (int i = 0; i < n; i++) {
                answers.add(new Answer("Q-" + i + pick(rnd, "", "é", " x"), pickEnum(rnd, QuestionType.values()),
                        rnd.nextInt(5) == 0 ? null : text(rnd), nullable(rnd), number(rnd), nullable(rnd),
                        pickEnum(rnd, AnswerStatus.values()), nullable(rnd), nullable(rnd)));
            }
            List<KpiCommitment> kpis = new ArrayList<>();
            for (int i = 0; i < rnd.nextInt(4); i++) {
                kpis.add(new KpiCommitment("K-" + i, rnd.nextInt(5) == 0 ? null : text(rnd), number(rnd), nullable(rnd),
                        nullable(rnd), nullable(rnd)));
            }
            List<ImportWarning> warnings = new ArrayList<>();
            for (int i = 0; i < rnd.nextInt(4); i++) {
                warnings.add(new ImportWarning(pickEnum(rnd, WarningCode.values()), nullable(rnd), nullable(rnd), text(rnd)));
            }
            // a null raw is stored as "" (the schema-3 column was NOT NULL, the rows read back "" too)
            assertThat(ResponseBody.readAnswers(text(ResponseBody.answers(answers)))).isEqualTo(answers.stream()
                    .map(a -> a.raw() != null ? a : new Answer(a.questionId(), a.type(), "", a.text(), a.number(),
                            a.comment(), a.status(), a.sheet(), a.cell())).toList());
            assertThat(ResponseBody.readKpis(text(ResponseBody.kpis(kpis)))).isEqualTo(kpis.stream()
                    .map(k -> k.raw() != null ? k : new KpiCommitment(k.kpiId(), "", k.value(), k.comment(), k.sheet(),
                            k.cell())).toList());
            assertThat(ResponseBody.readWarnings(text(ResponseBody.warnings(warnings)))).isEqualTo(warnings);
        }
    }

    @Test
    void theOwnWriterGivesJacksonsOutputCharacterForCharacter() throws Exception {
        Random rnd = new Random(7);
        com.fasterxml.jackson.core.JsonFactory jackson = new com.fasterxml.jackson.core.JsonFactory();
        for (int round = 0; round < 2000; round++) {
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(5); i++) {
                answers.add(new Answer(randomText(rnd), pickEnum(rnd, QuestionType.values()), randomText(rnd),
                        rnd.nextBoolean() ? null : randomText(rnd), number(rnd), randomText(rnd),
                        AnswerStatus.ANSWERED, null, randomText(rnd)));
            }
            java.io.StringWriter expected = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = jackson.createGenerator(expected)) {
                g.writeStartArray();
                for (Answer a : answers) {
                    g.writeStartObject();
                    g.writeStringField("question_id", a.questionId());
                    if (a.type() != null) g.writeStringField("type", a.type().name());
                    g.writeStringField("raw", a.raw());
                    if (a.text() != null) g.writeStringField("text", a.text());
                    if (a.number() != null) {
                        if (Double.isFinite(a.number())) g.writeNumberField("number", a.number());
                        else g.writeStringField("number", a.number().toString());
                    }
                    g.writeStringField("comment", a.comment());
                    g.writeStringField("status", a.status().name());
                    g.writeStringField("cell", a.cell());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            // the driver stored a bound String as String.getBytes(UTF_8): an unpaired surrogate as '?'
            byte[] stored = expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(ResponseBody.answers(answers)).isEqualTo(stored);
            assertThat(ResponseBody.readAnswers(text(ResponseBody.answers(answers))))
                    .isEqualTo(ResponseBody.readAnswers(text(stored)));
        }
    }

    /** Any UTF-16 text, control characters, quotes, backslashes and lone surrogates included. */
    private static String randomText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(12); i > 0; i--) {
            sb.append(switch (rnd.nextInt(6)) {
                case 0 -> (char) rnd.nextInt(0x20);
                case 1 -> "\"\\/".charAt(rnd.nextInt(3));
                case 2 -> (char) (0x20 + rnd.nextInt(0x5F));
                case 3 -> (char) (0x7F + rnd.nextInt(0x80));
                case 4 -> "\u2028\u2029\uFEFF\uD83E\uDE7A".charAt(rnd.nextInt(5));
                default -> (char) rnd.nextInt(0x10000);
            });
        }
        return sb.toString();
    }

    @Test
    void everyNumberKeepsItsBits() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < NUMBERS.length; i++) {
            answers.add(new Answer("Q" + i, QuestionType.NUMBER, "v", null, NUMBERS[i], null, AnswerStatus.ANSWERED, null, null));
        }
        List<Answer> back = ResponseBody.readAnswers(text(ResponseBody.answers(answers)));
        for (int i = 0; i < NUMBERS.length; i++) {
            assertThat(Double.doubleToRawLongBits(back.get(i).number())).as("number %s", NUMBERS[i])
                    .isEqualTo(Double.doubleToRawLongBits(NUMBERS[i]));
        }
    }

    @Test
    void theDocumentIsPlainJsonWithTheFormerColumnNames() {
        String json = text(ResponseBody.answers(List.of(new Answer("Q-1", QuestionType.PERCENT, "95 %", null, 0.95, null,
                AnswerStatus.ANSWERED, "Questions", "E7"))));
        assertThat(json).isEqualTo("[{\"question_id\":\"Q-1\",\"type\":\"PERCENT\",\"raw\":\"95 %\",\"number\":0.95,"
                + "\"status\":\"ANSWERED\",\"sheet\":\"Questions\",\"cell\":\"E7\"}]");
        assertThat(text(ResponseBody.answers(List.of()))).isEqualTo("[]");
    }

    @Test
    void aDamagedDocumentIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> ResponseBody.readAnswers("[{\"question_id\":\"Q\""))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("damaged response document: answers is not valid JSON");
        assertThatThrownBy(() -> ResponseBody.readAnswers("{}")).hasMessageContaining("answers is not a JSON array");
        assertThatThrownBy(() -> ResponseBody.readAnswers("[{\"question_id\":\"Q\",\"colour\":\"red\"}]"))
                .hasMessageContaining("answers has the unknown key 'colour'");
        assertThatThrownBy(() -> ResponseBody.readAnswers("[{\"question_id\":\"Q\",\"type\":\"BANANA\",\"status\":\"ANSWERED\"}]"))
                .hasMessageContaining("'type' has the unknown value 'BANANA'");
        assertThatThrownBy(() -> ResponseBody.readAnswers("[{\"question_id\":\"Q\",\"number\":\"many\"}]"))
                .hasMessageContaining("'number' is not a number");
        assertThatThrownBy(() -> ResponseBody.readKpis("[1]")).hasMessageContaining("kpis holds something other than objects");
        assertThatThrownBy(() -> ResponseBody.readWarnings("[] []")).hasMessageContaining("warnings has text after its array");
        assertThatThrownBy(() -> ResponseBody.readWarnings(null)).hasMessageContaining("a response has no warnings document");
        assertThatThrownBy(() -> ResponseBody.readAnswers("[{\"question_id\":[\"Q\"]}]"))
                .hasMessageContaining("'question_id' is neither text nor a number");
    }

    @Test
    void whatTheOldRowKeysRefusedIsRefusedBeforeStoring() {
        VendorResponse r = Fixtures.response("CareLine", "c.xlsx", 90);
        Answer a = r.answers().get(0);
        KpiCommitment k = r.kpis().get(0);
        assertThatThrownBy(() -> StorableResponse.of(with(r, List.of(a, a), r.kpis(), r.warnings())))
                .isInstanceOf(WorkspaceException.class).hasMessage("a response holds two answers to question Q-1");
        assertThatThrownBy(() -> StorableResponse.of(with(r, List.of(new Answer("Q-1", null, "x", null, null, null,
                AnswerStatus.ANSWERED, null, null)), r.kpis(), r.warnings())))
                .hasMessage("an answer without question ID, type or status cannot be stored");
        assertThatThrownBy(() -> StorableResponse.of(with(r, r.answers(), List.of(k, k), r.warnings())))
                .hasMessage("a response holds two commitments to KPI K-ASA");
        assertThatThrownBy(() -> StorableResponse.of(with(r, r.answers(), r.kpis(),
                List.of(new ImportWarning(WarningCode.MISSING_ANSWER, null, null, null)))))
                .hasMessage("an import warning without code or message cannot be stored");
        StorableResponse ok = StorableResponse.of(r);
        assertThat(ok.response()).isSameAs(r);
        assertThat(ResponseBody.readAnswers(text(ok.answersDocument()))).isEqualTo(r.answers());
        assertThat(ResponseBody.readKpis(text(ok.kpisDocument()))).isEqualTo(r.kpis());
        assertThat(ResponseBody.readWarnings(text(ok.warningsDocument()))).isEqualTo(r.warnings());
    }

    private static VendorResponse with(VendorResponse r, List<Answer> answers, List<KpiCommitment> kpis,
                                       List<ImportWarning> warnings) {
        return new VendorResponse(r.file(), r.rfpId(), r.vendor(), r.contact(), r.email(), r.submitted(), r.format(),
                answers, kpis, r.pricing(), warnings);
    }

    private static String text(byte[] utf8) {
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(Random rnd) {
        return TEXTS[rnd.nextInt(TEXTS.length)];
    }

    private static String nullable(Random rnd) {
        return rnd.nextInt(3) == 0 ? null : text(rnd);
    }

    private static Double number(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> null;
            case 1 -> NUMBERS[rnd.nextInt(NUMBERS.length)];
            case 2 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 15);
            default -> Double.longBitsToDouble(rnd.nextLong());
        };
    }

    private static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static <E> E pickEnum(Random rnd, E[] values) {
        return rnd.nextInt(6) == 0 ? null : values[rnd.nextInt(values.length)];
    }
}
