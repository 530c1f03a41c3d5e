package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.codes;
import static org.vendorbench.domain.normalize.Cells.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class CurrencyTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1250                    | 1250.0   |
            "1,250"                 | 1250.0   |
            "$1,250.00"             | 1250.0   |
            "$ 1,250.00"            | 1250.0   |
            "USD 1,250"             | 1250.0   |
            "usd 1,250"             | 1250.0   |
            "USD1,250"              | 1250.0   |
            "1,250 USD"             | 1250.0   |
            "US$1,250"              | 1250.0   |
            "US$ 1,250.50"          | 1250.5   |
            "1,250 $"               | 1250.0   |
            "$0.95/min"             | 0.95     | /min
            "$0.95 / min"           | 0.95     | / min
            "0.95 USD per minute"   | 0.95     | per minute
            "$12,000 monthly"       | 12000.0  | monthly
            "$12,000 (monthly minimum)" | 12000.0 | monthly minimum
            "$2 per 1,000 calls"    | 2.0      | per 1,000 calls
            "$1,250."               | 1250.0   |
            "1,250,000"             | 1250000.0 |
            "1 250 000"             | 1250000.0 |
            "1'250.00"              | 1250.0   |
            "-1,250"                | -1250.0  |
            "−1,250"                | -1250.0  |
            "-$1,250"               | -1250.0  |
            "$-1,250"               | -1250.0  |
            "(1,250)"               | -1250.0  |
            "($1,250.00)"           | -1250.0  |
            "(1,250 USD)"           | -1250.0  |
            "$(1,250.00)"           | -1250.0  |
            "1,25"                  | 1.25     |
            "0,95"                  | 0.95     |
            "0,950"                 | 0.95     |
            "1.25"                  | 1.25     |
            "0"                     | 0.0      |
            """)
    void amountsInTheRfpCurrency(String text, double value, String comment) {
        Normalized n = read(text, QuestionType.CURRENCY);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.number()).isEqualTo(value);
        assertThat(n.comment()).isEqualTo(comment);
        assertThat(n.issues()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "1.250,00"        | 1250.0 |
            "1.250,00 €"      | 1250.0 | EUR
            "€1.250,00"       | 1250.0 | EUR
            "€ 1,250.00"      | 1250.0 | EUR
            "EUR 1.250"       | 1.25   | EUR
            "£1,250"          | 1250.0 | GBP
            "1,250 GBP"       | 1250.0 | GBP
            "PHP 45,000"      | 45000.0 | PHP
            "45,000 INR"      | 45000.0 | INR
            "CAD 1,250"       | 1250.0 | CAD
            """)
    void foreignCurrencyIsAWarningAndTheValueIsKeptUnconverted(String text, double value, String code) {
        Normalized n = read(text, QuestionType.CURRENCY);
        assertThat(n.number()).isEqualTo(value);
        if (code == null) {
            assertThat(n.issues()).isEmpty();
        } else {
            assertThat(n.issues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(WarningCode.FOREIGN_CURRENCY);
                assertThat(i.message()).contains(code).contains("USD").contains("unconverted");
            });
        }
    }

    @Test
    void rfpCurrencyDecidesWhatIsForeign() {
        ValueNormalizer eur = new ValueNormalizer("eur");
        assertThat(eur.rfpCurrency()).isEqualTo("EUR");
        Normalized euro = eur.normalize(Cells.text("1.250,00 €"), QuestionType.CURRENCY, List.of(), null);
        assertThat(euro.number()).isEqualTo(1250.0);
        assertThat(euro.issues()).isEmpty();
        Normalized dollar = eur.normalize(Cells.text("$0.95/min"), QuestionType.CURRENCY, List.of(), null);
        assertThat(codes(dollar)).containsExactly(WarningCode.FOREIGN_CURRENCY);
        assertThat(dollar.comment()).isEqualTo("/min");
        Normalized plain = eur.normalize(Cells.text("1250"), QuestionType.CURRENCY, List.of(), null);
        assertThat(plain.issues()).isEmpty();
    }

    @Test
    void defaultCurrencyIsUsd() {
        assertThat(new ValueNormalizer(null).rfpCurrency()).isEqualTo("USD");
        assertThat(new ValueNormalizer("  ").rfpCurrency()).isEqualTo("USD");
    }

    @Test
    void oneForeignCurrencyWarningPerValueEvenWithTwoMarks() {
        Normalized n = read("€1.250,00 EUR", QuestionType.CURRENCY);
        assertThat(codes(n)).containsExactly(WarningCode.FOREIGN_CURRENCY);
    }

    @Test
    void qualifierAndForeignCurrencyAreBothReported() {
        Normalized n = read("up to €1.250,00", QuestionType.CURRENCY);
        assertThat(n.number()).isEqualTo(1250.0);
        assertThat(codes(n)).containsExactly(WarningCode.QUALIFIED_VALUE, WarningCode.FOREIGN_CURRENCY);
    }

    @Test
    void unitTextJoinsTheCommentsCell() {
        Normalized n = Cells.USD.normalize(Cells.text("$0.95/min"), QuestionType.CURRENCY, List.of(), "blended rate");
        assertThat(n.comment()).isEqualTo("/min\nblended rate");
    }

    @Test
    void numericCellsTakeTheirCurrencyFromTheNumberFormat() {
        assertThat(read(Cells.formatted(1250, "\"$\"#,##0.00", false, "$1,250.00"), QuestionType.CURRENCY).issues()).isEmpty();
        Normalized euro = read(Cells.formatted(1250, "[$€-407]#,##0.00", false, "1.250,00 €"), QuestionType.CURRENCY);
        assertThat(euro.number()).isEqualTo(1250.0);
        assertThat(codes(euro)).containsExactly(WarningCode.FOREIGN_CURRENCY);
        assertThat(codes(read(Cells.formatted(1250, "£#,##0", false, "£1,250"), QuestionType.CURRENCY)))
                .containsExactly(WarningCode.FOREIGN_CURRENCY);
        assertThat(codes(read(Cells.formatted(1250, "[$EUR] #,##0", false, "EUR 1,250"), QuestionType.CURRENCY)))
                .containsExactly(WarningCode.FOREIGN_CURRENCY);
        assertThat(read(Cells.formatted(1250, "#,##0.00", false, "1,250.00"), QuestionType.CURRENCY).issues()).isEmpty();
        assertThat(read(Cells.number(0.95), QuestionType.CURRENCY).number()).isEqualTo(0.95);
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            TBD
            "$1.2M"
            "1.5 million"
            "$1,250 - $1,500"
            "1,250 or 1,500"
            "USD 1,250 EUR"
            "(1,250"
            "¥1,250"
            "C$ 1,250"
            "- 1,250"
            "1,2,3"
            "$"
            "12%"
            """)
    void unreadable(String text) {
        Normalized n = read(text, QuestionType.CURRENCY);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.number()).isNull();
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
            assertThat(i.message()).startsWith("expected an amount such as 1,250.00, $1,250 or 1,250 USD, got '" + text + "'");
        });
    }

    @Test
    void lowerCaseWordsAreNoCurrencyCodes() {
        // "all" is the ISO code of the Albanian lek, but only capitals count for codes other than USD/EUR/GBP/the RFP's
        Normalized n = read("1,250 all inclusive", QuestionType.CURRENCY);
        assertThat(n.number()).isEqualTo(1250.0);
        assertThat(n.comment()).isEqualTo("all inclusive");
        assertThat(n.issues()).isEmpty();
        assertThat(codes(read("1,250 ALL", QuestionType.CURRENCY))).containsExactly(WarningCode.FOREIGN_CURRENCY);
    }
}
