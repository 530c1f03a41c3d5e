package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.read;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class DateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-03-03              | 2026-03-03
            2026-3-3                | 2026-03-03
            2026/03/03              | 2026-03-03
            2026-03-03T10:15:00     | 2026-03-03
            2026-03-03 10:15        | 2026-03-03
            2026-03-03T10:15:00Z    | 2026-03-03
            2026-03-03T10:15:00+01:00 | 2026-03-03
            3/3/2026                | 2026-03-03
            03/04/2026              | 2026-03-04
            12/31/2026              | 2026-12-31
            13/3/2026               | 2026-03-13
            31/12/2026              | 2026-12-31
            3-4-2026                | 2026-03-04
            3/4/26                  | 2026-03-04
            3/4/45                  | 1945-03-04
            04.03.2026              | 2026-03-04
            3/3/2026 4:30 PM        | 2026-03-03
            "March 3, 2026"         | 2026-03-03
            "march 3 2026"          | 2026-03-03
            "Mar 3, 2026"           | 2026-03-03
            "Mar. 3, 2026"          | 2026-03-03
            "Sept 30, 2026"         | 2026-09-30
            "3 March 2026"          | 2026-03-03
            "3 Mar 2026"            | 2026-03-03
            "3-Mar-2026"            | 2026-03-03
            "03-Mar-26"             | 2026-03-03
            "March 3rd, 2026"       | 2026-03-03
            "Tuesday, March 3, 2026" | 2026-03-03
            "2026 March 3"          | 2026-03-03
            "March 3, 2026 10:00 AM" | 2026-03-03
            "March 3, 2026."        | 2026-03-03
            46084                   | 2026-03-03
            "46,084"                | 2026-03-03
            """)
    void textDates(String text, String iso) {
        Normalized n = read(text, QuestionType.DATE);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.text()).isEqualTo(iso);
        assertThat(n.number()).isNull();
        assertThat(n.issues()).isEmpty();
    }

    @Test
    void dateCellsKeepTheirDatePart() {
        assertThat(read(Cells.formatted(46084, "m/d/yyyy", true, "3/3/2026"), QuestionType.DATE).text()).isEqualTo("2026-03-03");
        assertThat(read(Cells.formatted(46084.75, "m/d/yyyy h:mm", true, "3/3/2026 18:00"), QuestionType.DATE).text())
                .isEqualTo("2026-03-03");
        assertThat(read(Cells.formatted(46084.999999, "m/d/yyyy h:mm:ss", true, "3/3/2026 23:59:59"), QuestionType.DATE).text())
                .isEqualTo("2026-03-03");
        // a bare number in a DATE field is an Excel serial date too
        assertThat(read(Cells.number(46084), QuestionType.DATE).text()).isEqualTo("2026-03-03");
        assertThat(read(Cells.number(45658), QuestionType.DATE).text()).isEqualTo("2025-01-01");
    }

    @Test
    void parenthesisAfterADateIsTheComment() {
        Normalized n = read("2026-03-03 (planned go-live)", QuestionType.DATE);
        assertThat(n.text()).isEqualTo("2026-03-03");
        assertThat(n.comment()).isEqualTo("planned go-live");
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            next spring
            2/30/2026
            13/13/2026
            2026-02-29
            Q2 2026
            "March 2026"
            "Marchember 3, 2026"
            "0"
            "60"
            "-5"
            """)
    void unreadable(String text) {
        Normalized n = read(text, QuestionType.DATE);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.text()).isNull();
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
            assertThat(i.message()).startsWith("expected a date such as 2026-03-03, 3/3/2026 or March 3, 2026, got '" + text + "'");
        });
    }

    @Test
    void impossibleDateSaysSo() {
        assertThat(read("2/30/2026", QuestionType.DATE).issues().get(0).message()).endsWith("(no such date)");
    }

    @Test
    void excelSerialsOfThe1900System() {
        assertThat(ExcelDates.toDate(1)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(ExcelDates.toDate(59)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(ExcelDates.toDate(60)).as("the fictitious 1900-02-29").isNull();
        assertThat(ExcelDates.toDate(61)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(ExcelDates.toDate(36526)).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(ExcelDates.toDate(45000)).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(ExcelDates.toDate(46084)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(ExcelDates.toDate(2958465)).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(ExcelDates.toDate(2958466)).isNull();
        assertThat(ExcelDates.toDate(0.5)).isNull();
        assertThat(ExcelDates.toDate(-1)).isNull();
        assertThat(ExcelDates.toDate(Double.NaN)).isNull();
    }

    @Test
    void serialRoundTripOverTwoCenturies() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2101; d = d.plusDays(7)) {
            assertThat(ExcelDates.toDate(ExcelDates.toSerial(d))).isEqualTo(d);
        }
        assertThat(ExcelDates.toSerial(LocalDate.of(1900, 3, 1))).isEqualTo(61.0);
        assertThat(ExcelDates.toSerial(LocalDate.of(1900, 2, 28))).isEqualTo(59.0);
    }

    @Test
    void timesOfDay() {
        assertThat(ExcelDates.secondsOfDay(0.0625)).isEqualTo(5400.0);
        assertThat(ExcelDates.secondsOfDay(46084.5)).isEqualTo(43200.0);
        assertThat(ExcelDates.secondsOfDay(30.0 / 86400)).isEqualTo(30.0);
        assertThat(ExcelDates.isTimeFormat("h:mm")).isTrue();
        assertThat(ExcelDates.isTimeFormat("mm:ss")).isTrue();
        assertThat(ExcelDates.isTimeFormat("[h]:mm:ss")).isTrue();
        assertThat(ExcelDates.isTimeFormat("m/d/yyyy")).isFalse();
        assertThat(ExcelDates.isTimeFormat("[$-409]mmmm d, yyyy")).isFalse();
        assertThat(ExcelDates.isTimeFormat("d \"sh\" mmm")).isFalse();
        assertThat(ExcelDates.isElapsedFormat("[h]:mm")).isTrue();
        assertThat(ExcelDates.isElapsedFormat("h:mm")).isFalse();
    }

    @Test
    void parseDateForRfpAndCover() {
        assertThat(ValueNormalizer.parseDate(Cells.text("2026-03-03"))).isEqualTo("2026-03-03");
        assertThat(ValueNormalizer.parseDate(Cells.formatted(46084, "yyyy-mm-dd", true, "2026-03-03"))).isEqualTo("2026-03-03");
        assertThat(ValueNormalizer.parseDate(Cells.text("soon"))).isNull();
        assertThat(ValueNormalizer.parseDate(CellValue.BLANK)).isNull();
    }
}
