package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.codes;
import static org.vendorbench.domain.normalize.Cells.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class DurationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            30             | 30.0
            30s            | 30.0
            30 s           | 30.0
            30S            | 30.0
            30 sec         | 30.0
            30sec          | 30.0
            30 secs        | 30.0
            30 second      | 30.0
            30 seconds     | 30.0
            30 Seconds     | 30.0
            30 sec.        | 30.0
            0:30           | 30.0
            1:30           | 90.0
            10:05          | 605.0
            00:00:30       | 30.0
            01:30:00       | 5400.0
            0:30.5         | 30.5
            1.5 min        | 90.0
            1.5min         | 90.0
            2 m            | 120.0
            2m             | 120.0
            2 mins         | 120.0
            1 minute       | 60.0
            3 minutes      | 180.0
            1 h            | 3600.0
            1h             | 3600.0
            1 hr           | 3600.0
            2 hrs          | 7200.0
            1 hour         | 3600.0
            1.5 hours      | 5400.0
            1 min 30 s     | 90.0
            1m30s          | 90.0
            "1,5 min"      | 90.0
            0.1 min        | 6.0
            " 45 "         | 45.0
            45.            | 45.0
            0              | 0.0
            """)
    void textDurationsInSeconds(String text, double seconds) {
        Normalized n = read(text, QuestionType.DURATION);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.number()).isEqualTo(seconds);
        assertThat(n.issues()).isEmpty();
    }

    @Test
    void qualifiersBeforeTheNumberAreDroppedWithAWarning() {
        for (String text : new String[] {"< 30 sec", "<30s", "≤ 30 seconds", "<= 30", "under 30 sec", "less than 30s",
                "up to 0:30", "max 30 sec", "max. 30 sec", "maximum 30s", "no more than 30 seconds", "~30s", "approx. 30 sec",
                "approximately 30", "about 30 s", "Under 30 Seconds"}) {
            Normalized n = read(text, QuestionType.DURATION);
            assertThat(n.number()).as(text).isEqualTo(30.0);
            assertThat(codes(n)).as(text).containsExactly(WarningCode.QUALIFIED_VALUE);
        }
    }

    @Test
    void minAsQualifierAndMinAsUnit() {
        Normalized unit = read("2 min", QuestionType.DURATION);
        assertThat(unit.number()).isEqualTo(120.0);
        assertThat(unit.issues()).isEmpty();
        Normalized qualifier = read("min 20 sec", QuestionType.DURATION);
        assertThat(qualifier.number()).isEqualTo(20.0);
        assertThat(codes(qualifier)).containsExactly(WarningCode.QUALIFIED_VALUE);
        Normalized both = read("min 2 min", QuestionType.DURATION);
        assertThat(both.number()).isEqualTo(120.0);
        assertThat(codes(both)).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(read("minimum 2 minutes", QuestionType.DURATION).number()).isEqualTo(120.0);
    }

    @Test
    void timeFormattedCellIsItsTimeOfDay() {
        // an Excel time 1:30 (h:mm) is 1.5 hours = 5,400 s; the text "1:30" is 90 s
        assertThat(read(Cells.formatted(1.5 / 24, "h:mm", true, "1:30"), QuestionType.DURATION).number()).isEqualTo(5400.0);
        assertThat(read("1:30", QuestionType.DURATION).number()).isEqualTo(90.0);
        assertThat(read(Cells.formatted(30.0 / 86400, "mm:ss", true, "00:30"), QuestionType.DURATION).number()).isEqualTo(30.0);
        assertThat(read(Cells.formatted(30.0 / 86400, "h:mm:ss", true, "0:00:30"), QuestionType.DURATION).number()).isEqualTo(30.0);
        // a date-time keeps its time of day only
        assertThat(read(Cells.formatted(46084 + 0.5, "m/d/yyyy h:mm", true, "3/3/2026 12:00"), QuestionType.DURATION).number())
                .isEqualTo(43200.0);
        // a value below 1 in a date-flagged cell is a time even without h/s in the format
        assertThat(read(Cells.formatted(0.25, "mm", true, "00"), QuestionType.DURATION).number()).isEqualTo(21600.0);
    }

    @Test
    void elapsedTimeFormatCountsWholeDays() {
        assertThat(read(Cells.formatted(1.5, "[h]:mm:ss", true, "36:00:00"), QuestionType.DURATION).number()).isEqualTo(129600.0);
        assertThat(read(Cells.formatted(90.0 / 86400, "[mm]:ss", true, "01:30"), QuestionType.DURATION).number()).isEqualTo(90.0);
    }

    @Test
    void timeFormatCountsEvenWhenTheAdapterDidNotFlagADate() {
        assertThat(read(Cells.formatted(1.5 / 24, "h:mm", false, "1:30"), QuestionType.DURATION).number()).isEqualTo(5400.0);
        assertThat(read(Cells.formatted(30, "0 \"sec\"", false, "30 sec"), QuestionType.DURATION).number()).isEqualTo(30.0);
    }

    @Test
    void plainNumericCellIsSeconds() {
        assertThat(read(Cells.number(30), QuestionType.DURATION).number()).isEqualTo(30.0);
        assertThat(read(Cells.number(22.5), QuestionType.DURATION).number()).isEqualTo(22.5);
    }

    @Test
    void dateCellIsNoDuration() {
        Normalized n = read(Cells.formatted(46084, "m/d/yyyy", true, "3/3/2026"), QuestionType.DURATION);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.issues().get(0).message()).contains("date");
    }

    @Test
    void explanationAfterTheUnitIsTheComment() {
        Normalized n = read("30 sec (monthly average)", QuestionType.DURATION);
        assertThat(n.number()).isEqualTo(30.0);
        assertThat(n.comment()).isEqualTo("monthly average");
        Normalized words = read("30 seconds average", QuestionType.DURATION);
        assertThat(words.number()).isEqualTo(30.0);
        assertThat(words.comment()).isEqualTo("average");
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            soon
            30 days
            30-60 sec
            30 to 60 seconds
            1 min 30
            1:75
            0:30:99
            -30
            -30 s
            30 ms
            30 average
            10:00 AM
            """)
    void unreadable(String text) {
        Normalized n = read(text, QuestionType.DURATION);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.number()).isNull();
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
            assertThat(i.message()).startsWith("expected a duration such as 30s or 0:30, got '" + text + "'");
        });
    }

    @Test
    void theBriefsExampleMessage() {
        assertThat(read("soon", QuestionType.DURATION).issues().get(0).message())
                .isEqualTo("expected a duration such as 30s or 0:30, got 'soon'");
    }
}
