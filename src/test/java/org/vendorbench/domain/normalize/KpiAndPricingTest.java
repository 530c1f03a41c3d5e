package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vendorbench.domain.normalize.Cells.codes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.KpiUnit;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class KpiAndPricingTest {
    private final ValueNormalizer usd = Cells.USD;

    @Test
    void kpiUnitsPickTheType() {
        assertThat(usd.normalizeKpi(Cells.text("85%"), KpiUnit.PERCENT, null).number()).isEqualTo(85.0);
        assertThat(usd.normalizeKpi(Cells.number(0.85), KpiUnit.PERCENT, null).number()).isEqualTo(85.0);
        assertThat(usd.normalizeKpi(Cells.text("0:30"), KpiUnit.SECONDS, null).number()).isEqualTo(30.0);
        assertThat(usd.normalizeKpi(Cells.text("1.5 min"), KpiUnit.SECONDS, null).number()).isEqualTo(90.0);
        assertThat(usd.normalizeKpi(Cells.text("2.5"), KpiUnit.PER_1000_CALLS, null).number()).isEqualTo(2.5);
        // a per_1000_calls value is a NUMBER, so 0.5 stays 0.5 (not 50 as a percent would)
        assertThat(usd.normalizeKpi(Cells.text("0.5"), KpiUnit.PER_1000_CALLS, null).number()).isEqualTo(0.5);
        assertThat(usd.normalizeKpi(Cells.text("0.5"), KpiUnit.PERCENT, null).number()).isEqualTo(50.0);
        assertThat(usd.normalizeKpi(Cells.number(30), KpiUnit.SECONDS, null).number()).isEqualTo(30.0);
    }

    @Test
    void theInspectExampleOfTheSpec() {
        Normalized n = usd.normalizeKpi(Cells.text("< 30 sec"), KpiUnit.SECONDS, null);
        assertThat(n.number()).isEqualTo(30.0);
        assertThat(codes(n)).containsExactly(WarningCode.QUALIFIED_VALUE);
        assertThat(usd.normalizePricing("P-MODEL", Cells.text("per_minute"), null).text()).isEqualTo("per_minute");
        assertThat(usd.normalizePricing("P-RATE", Cells.text("$0.95/min"), null).number()).isEqualTo(0.95);
        assertThat(usd.normalizePricing("P-MIN", Cells.text("12,000"), null).number()).isEqualTo(12000.0);
    }

    @Test
    void kpiCommentJoinsTheCommentsCell() {
        Normalized n = usd.normalizeKpi(Cells.text("30 sec (monthly)"), KpiUnit.SECONDS, "measured per month");
        assertThat(n.comment()).isEqualTo("monthly\nmeasured per month");
    }

    @Test
    void kpiWithoutUnitReadsAsNumber() {
        assertThat(usd.normalizeKpi(Cells.text("0.5"), null, null).number()).isEqualTo(0.5);
    }

    @Test
    void blankKpiIsMissing() {
        assertThat(usd.normalizeKpi(CellValue.BLANK, KpiUnit.PERCENT, null).status()).isEqualTo(AnswerStatus.MISSING);
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            P-RATE    | "$0.95"     | 0.95
            P-MIN     | "$12,000"   | 12000.0
            P-ONBOARD | "USD 45,000" | 45000.0
            P-TRAIN   | "1,200"     | 1200.0
            P-ETF     | "250,000 USD" | 250000.0
            P-FTE     | "42"        | 42.0
            P-FTE     | "42.5 FTE"  | 42.5
            P-AGENTS  | "1,200"     | 1200.0
            P-ESC     | "3%"        | 3.0
            P-ESC     | "0.03"      | 3.0
            P-ESC     | "3"         | 3.0
            p_rate    | "0.95"      | 0.95
            "p rate"  | "0.95"      | 0.95
            "P – ESC" | "2.5 %"     | 2.5
            """)
    void pricingItemsReadTheirType(String id, String value, double expected) {
        Normalized n = usd.normalizePricing(id, Cells.text(value), null);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.number()).isEqualTo(expected);
    }

    @Test
    void pricingTypes() {
        assertThat(ValueNormalizer.pricingValueType("P-RATE")).isEqualTo(QuestionType.CURRENCY);
        assertThat(ValueNormalizer.pricingValueType("P-ETF")).isEqualTo(QuestionType.CURRENCY);
        assertThat(ValueNormalizer.pricingValueType("p-agents")).isEqualTo(QuestionType.NUMBER);
        assertThat(ValueNormalizer.pricingValueType("P-ESC")).isEqualTo(QuestionType.PERCENT);
        assertThat(ValueNormalizer.pricingValueType("P-MODEL")).isEqualTo(QuestionType.TEXT);
        assertThat(ValueNormalizer.pricingValueType("P-FOO")).isNull();
    }

    @Test
    void currencyPricingInAnotherCurrencyWarns() {
        Normalized n = usd.normalizePricing("P-RATE", Cells.text("€0,85/min"), null);
        assertThat(n.number()).isEqualTo(0.85);
        assertThat(n.comment()).isEqualTo("/min");
        assertThat(codes(n)).containsExactly(WarningCode.FOREIGN_CURRENCY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            per_minute        | per_minute
            Per minute        | per_minute
            PER-MINUTE        | per_minute
            per min           | per_minute
            per_call          | per_call
            Per Call          | per_call
            per FTE month     | per_fte_month
            per_fte_month     | per_fte_month
            flat_month        | flat_month
            Flat month        | flat_month
            flat              | flat_month
            "per minute (blended)" | per_minute
            """)
    void pricingModelIsAFoldedEnumeration(String text, String code) {
        Normalized n = usd.normalizePricing("P-MODEL", Cells.text(text), null);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.text()).isEqualTo(code);
        assertThat(n.number()).isNull();
    }

    @Test
    void unknownPricingModelIsUnreadable() {
        for (String s : new String[] {"per", "hourly", "per hour", "subscription"}) {
            Normalized n = usd.normalizePricing("P-MODEL", Cells.text(s), null);
            assertThat(n.status()).as(s).isEqualTo(AnswerStatus.UNREADABLE);
            assertThat(n.issues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
                assertThat(i.message()).startsWith("expected a pricing model (per_minute, per_call, per_fte_month, flat_month), got '" + s + "'");
            });
        }
        assertThat(usd.normalizePricing("P-MODEL", CellValue.BLANK, null).status()).isEqualTo(AnswerStatus.MISSING);
    }

    @Test
    void unknownPricingItemIsAProgrammingError() {
        assertThatThrownBy(() -> usd.normalizePricing("P-FOO", Cells.text("1"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-FOO");
    }
}
