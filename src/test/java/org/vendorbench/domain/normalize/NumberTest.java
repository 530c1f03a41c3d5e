package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.codes;
import static org.vendorbench.domain.normalize.Cells.read;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class NumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            12             | 12.0
            "1,250"        | 1250.0
            "12,500,000"   | 12500000.0
            "1,250.75"     | 1250.75
            "1.250,75"     | 1250.75
            "1.250.000"    | 1250000.0
            "1 250"        | 1250.0
            "1\u00A0250"   | 1250.0
            "1\u202F250,5" | 1250.5
            "1'250"        | 1250.0
            " 42 "         | 42.0
            "\u00A042\u00A0" | 42.0
            "42."          | 42.0
            "+42"          | 42.0
            "-42"          | -42.0
            "(42)"         | -42.0
            "0.5"          | 0.5
            ".5"           | 0.5
            "1,5"          | 1.5
            "0,125"        | 0.125
            "1.250"        | 1.25
            """)
    void numericText(String text, double expected) {
        Normalized n = read(text.replace("\\u00A0", "\u00A0").replace("\\u202F", "\u202F"), QuestionType.NUMBER);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.number()).isEqualTo(expected);
        assertThat(n.issues()).isEmpty();
    }

    @Test
    void numericCellsAsTheyAre() {
        assertThat(read(Cells.number(12.5), QuestionType.NUMBER).number()).isEqualTo(12.5);
        assertThat(read(Cells.formatted(1250, "#,##0", false, "1,250"), QuestionType.NUMBER).number()).isEqualTo(1250.0);
        assertThat(read(Cells.formatted(0.5, "0%", false, "50%"), QuestionType.NUMBER).number()).isEqualTo(0.5);
    }

    @Test
    void unitTextAfterTheNumberIsTheComment() {
        Normalized agents = read("12 agents", QuestionType.NUMBER);
        assertThat(agents.number()).isEqualTo(12.0);
        assertThat(agents.comment()).isEqualTo("agents");
        Normalized rate = read("2 per 1,000 calls", QuestionType.NUMBER);
        assertThat(rate.number()).isEqualTo(2.0);
        assertThat(rate.comment()).isEqualTo("per 1,000 calls");
        assertThat(read("2/1000 calls", QuestionType.NUMBER).comment()).isEqualTo("/1000 calls");
    }

    @Test
    void qualifiedNumber() {
        Normalized n = read("no less than 5", QuestionType.NUMBER);
        assertThat(n.number()).isEqualTo(5.0);
        assertThat(codes(n)).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(n.issues().get(0).message()).contains("'no less than'");
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            many
            "5-10"
            "5 to 10"
            "1,2,3"
            "1,250,5"
            "12k"
            "1.5 million"
            "$5"
            "5%"
            "1 250 1"
            "--5"
            "1e3"
            """)
    void unreadable(String text) {
        Normalized n = read(text, QuestionType.NUMBER);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
            assertThat(i.message()).startsWith("expected a number such as 1,250 or 12.5, got '" + text + "'");
        });
    }

    @Test
    void dateCellIsNoNumber() {
        // Excel turns a typed "3/4" into a date; reading its serial as a count would be wrong
        Normalized n = read(Cells.formatted(46085, "d-mmm", true, "4-Mar"), QuestionType.NUMBER);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.issues().get(0).message()).isEqualTo("expected a number such as 1,250 or 12.5, got '4-Mar' (the cell holds a date)");
    }

    @Test
    void numberTextRules() {
        assertThat(NumberText.parse("1,250")).isEqualByComparingTo("1250");
        assertThat(NumberText.parse("1,25")).isEqualByComparingTo("1.25");
        assertThat(NumberText.parse("0,250")).isEqualByComparingTo("0.25");
        assertThat(NumberText.parse("1.250,00")).isEqualByComparingTo("1250");
        assertThat(NumberText.parse("1,250.00")).isEqualByComparingTo("1250");
        assertThat(NumberText.parse("1.250.000,5")).isEqualByComparingTo("1250000.5");
        assertThat(NumberText.parse("12,50")).isEqualByComparingTo("12.5");
        assertThat(NumberText.parse("1234,567")).isEqualByComparingTo("1234.567");
        assertThat(NumberText.parse("1,2345")).isEqualByComparingTo("1.2345");
        assertThat(NumberText.parse("1,250.00.00")).isNull();
        assertThat(NumberText.parse("1.250,00,00")).isNull();
        assertThat(NumberText.parse("1234,567,890")).isNull();
        assertThat(NumberText.parse("1 25")).isNull();
        assertThat(NumberText.parse("1,250 000")).isNull();
        assertThat(NumberText.parse(".")).isNull();
        assertThat(NumberText.parse("")).isNull();
        assertThat(NumberText.parse("-")).isNull();
        assertThat(NumberText.parse("12a")).isNull();
        assertThat(NumberText.parse("123456789012345678901234567890")).isEqualByComparingTo(new BigDecimal("123456789012345678901234567890"));
    }

    @Test
    void leadingNumberStopsWhereTheUnitStarts() {
        assertThat(NumberText.leading("30s").end()).isEqualTo(2);
        assertThat(NumberText.leading("1,250 USD").value()).isEqualByComparingTo("1250");
        assertThat(NumberText.leading("1,250 USD").end()).isEqualTo(5);
        assertThat(NumberText.leading("0.95/min").end()).isEqualTo(4);
        assertThat(NumberText.leading("30, maybe 40").value()).isEqualByComparingTo("30");
        assertThat(NumberText.leading("1,250.").end()).isEqualTo(6);
        assertThat(NumberText.leading("abc")).isNull();
    }

    @Test
    void parseNumberForTheRfpWorkbook() {
        assertThat(ValueNormalizer.parseNumber(Cells.number(3))).isEqualTo(3.0);
        assertThat(ValueNormalizer.parseNumber(Cells.text(" 1,000 "))).isEqualTo(1000.0);
        assertThat(ValueNormalizer.parseNumber(Cells.text("36."))).isEqualTo(36.0);
        assertThat(ValueNormalizer.parseNumber(Cells.text("thirty"))).isNull();
        assertThat(ValueNormalizer.parseNumber(Cells.text("30%"))).isNull();
        assertThat(ValueNormalizer.parseNumber(CellValue.BLANK)).isNull();
        assertThat(ValueNormalizer.parseNumber(Cells.bool(true))).isNull();
        assertThat(ValueNormalizer.parseNumber(Cells.error("#REF!"))).isNull();
        assertThat(ValueNormalizer.parseNumber(Cells.formatted(46084, "m/d/yyyy", true, "3/3/2026"))).isNull();
        assertThat(ValueNormalizer.parseNumber(null)).isNull();
    }
}
