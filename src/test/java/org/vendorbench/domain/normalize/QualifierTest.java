package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.codes;
import static org.vendorbench.domain.normalize.Cells.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class QualifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "< 80"             | <
            "<80"              | <
            "≤ 80"             | ≤
            "<= 80"            | <=
            "under 80"         | under
            "Under 80"         | Under
            "less than 80"     | less than
            "LESS THAN 80"     | LESS THAN
            "up to 80"         | up to
            "> 80"             | >
            "≥ 80"             | ≥
            ">= 80"            | >=
            "over 80"          | over
            "at least 80"      | at least
            "~80"              | ~
            "~ 80"             | ~
            "approx. 80"       | approx.
            "approx 80"        | approx
            "approximately 80" | approximately
            "about 80"         | about
            "max 80"           | max
            "max. 80"          | max.
            "maximum 80"       | maximum
            "min 80"           | min
            "min: 80"          | min:
            "minimum 80"       | minimum
            "no more than 80"  | no more than
            "no less than 80"  | no less than
            "≈ 80"             | ≈
            """)
    void everyQualifierIsDroppedAndReported(String text, String qualifier) {
        Normalized n = read(text, QuestionType.NUMBER);
        assertThat(n.number()).isEqualTo(80.0);
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.QUALIFIED_VALUE);
            assertThat(i.message()).isEqualTo("qualifier '" + qualifier + "' dropped from '" + text + "'; the value is read without it");
        });
    }

    @Test
    void longestQualifierFirst() {
        assertThat(Qualifiers.strip("<= 80").qualifier()).isEqualTo("<=");
        assertThat(Qualifiers.strip("minimum 80").qualifier()).isEqualTo("minimum");
        assertThat(Qualifiers.strip("no more than 80").qualifier()).isEqualTo("no more than");
        assertThat(Qualifiers.strip("approximately 80").rest()).isEqualTo("80");
    }

    @Test
    void wordsThatOnlyStartLikeAQualifierAreNone() {
        assertThat(Qualifiers.strip("minutes 5").qualifier()).isNull();
        assertThat(Qualifiers.strip("overall 5").qualifier()).isNull();
        assertThat(Qualifiers.strip("understood").qualifier()).isNull();
        assertThat(Qualifiers.strip("max").qualifier()).as("a qualifier alone is no qualifier of anything").isNull();
    }

    @Test
    void twoQualifiersGiveOneWarning() {
        Normalized n = read("< ~80", QuestionType.NUMBER);
        assertThat(n.number()).isEqualTo(80.0);
        assertThat(codes(n)).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(n.issues().get(0).message()).contains("'< ~'");
    }

    @Test
    void qualifiersOnEveryNumericType() {
        assertThat(codes(read("< 30 sec", QuestionType.DURATION))).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(codes(read("≥ 85%", QuestionType.PERCENT))).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(codes(read("under $1,000", QuestionType.CURRENCY))).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(read("under $1,000", QuestionType.CURRENCY).number()).isEqualTo(1000.0);
        assertThat(codes(read("about 12", QuestionType.NUMBER))).containsExactly(WarningCode.QUALIFIED_VALUE);
    }

    @Test
    void noQualifierNoWarning() {
        assertThat(read("80", QuestionType.NUMBER).issues()).isEmpty();
        assertThat(read("30 min", QuestionType.DURATION).issues()).isEmpty();
    }
}
