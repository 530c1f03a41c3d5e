package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class PercentTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            85%         | 85.0
            85 %        | 85.0
            "85\u00A0%" | 85.0
            85.5%       | 85.5
            "85,5 %"    | 85.5
            0.5%        | 0.5
            0.85        | 85.0
            .85         | 85.0
            85          | 85.0
            1           | 1.0
            0           | 0.0
            0%          | 0.0
            100         | 100.0
            100%        | 100.0
            85.         | 85.0
            " 85% "     | 85.0
            85 percent  | 85.0
            85 pct      | 85.0
            -0.5        | -50.0
            -2%         | -2.0
            0.07        | 7.0
            """)
    void textIsReadInPercentUnits(String text, double expected) {
        Normalized n = read(text.replace("\\u00A0", "\u00A0"), QuestionType.PERCENT);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.number()).isEqualTo(expected);
        assertThat(n.text()).isNull();
        assertThat(n.issues()).isEmpty();
    }

    @Test
    void percentFormattedCellIsTimesHundred() {
        assertThat(read(Cells.formatted(0.85, "0%", false, "85%"), QuestionType.PERCENT).number()).isEqualTo(85.0);
        assertThat(read(Cells.formatted(0.925, "0.0%", false, "92.5%"), QuestionType.PERCENT).number()).isEqualTo(92.5);
        assertThat(read(Cells.formatted(1.0, "0%", false, "100%"), QuestionType.PERCENT).number()).isEqualTo(100.0);
        assertThat(read(Cells.formatted(0.0, "0%", false, "0%"), QuestionType.PERCENT).number()).isEqualTo(0.0);
    }

    @Test
    void plainNumericCellBelowOneIsTimesHundredElseAsWritten() {
        assertThat(read(Cells.number(0.85), QuestionType.PERCENT).number()).isEqualTo(85.0);
        assertThat(read(Cells.number(85), QuestionType.PERCENT).number()).isEqualTo(85.0);
        assertThat(read(Cells.number(1), QuestionType.PERCENT).number()).isEqualTo(1.0);
        assertThat(read(Cells.number(0), QuestionType.PERCENT).number()).isEqualTo(0.0);
        assertThat(read(Cells.number(0.07), QuestionType.PERCENT).number()).isEqualTo(7.0);
    }

    @Test
    void qualifierIsDroppedWithAWarning() {
        Normalized n = read("> 90%", QuestionType.PERCENT);
        assertThat(n.number()).isEqualTo(90.0);
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.QUALIFIED_VALUE);
            assertThat(i.message()).contains("'>'").contains("'> 90%'");
        });
        assertThat(read("at least 0.9", QuestionType.PERCENT).number()).isEqualTo(90.0);
    }

    @Test
    void textAfterThePercentSignIsTheComment() {
        Normalized n = read("95% of calls", QuestionType.PERCENT);
        assertThat(n.number()).isEqualTo(95.0);
        assertThat(n.comment()).isEqualTo("of calls");
        assertThat(read("85 (monthly)", QuestionType.PERCENT).comment()).isEqualTo("monthly");
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            high
            85-90%
            85 or 90
            %85
            about
            """)
    void unreadable(String text) {
        Normalized n = read(text, QuestionType.PERCENT);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.number()).isNull();
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
            assertThat(i.message()).startsWith("expected a percentage such as 85%, 85 or 0.85, got '" + text + "'");
        });
    }

    @Test
    void dateCellIsNoPercent() {
        Normalized n = read(Cells.formatted(46084, "m/d/yyyy", true, "3/3/2026"), QuestionType.PERCENT);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.issues().get(0).message()).contains("holds a date");
    }

    @Test
    void assumptionPercentIsAsWrittenUnlessPercentFormatted() {
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.number(2))).isEqualTo(2.0);
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.number(0.5))).isEqualTo(0.5);
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.formatted(0.02, "0%", false, "2%"))).isEqualTo(2.0);
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.formatted(0.3, "0.00%", false, "30.00%"))).isEqualTo(30.0);
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.text("2%"))).isEqualTo(2.0);
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.text(" 30 "))).isEqualTo(30.0);
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.text("2.5 percent"))).isEqualTo(2.5);
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.text("thirty"))).isNull();
        assertThat(ValueNormalizer.parseAssumptionPercent(Cells.text("2% a year"))).isNull();
        assertThat(ValueNormalizer.parseAssumptionPercent(CellValue.BLANK)).isNull();
    }
}
