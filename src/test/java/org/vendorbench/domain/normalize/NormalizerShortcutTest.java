package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's shortcuts give what the full rules give: a finite double read as a number
 * without the decimal round trip, and the currency and time-of-day answers for a number format
 * remembered per format.
 */
class NormalizerShortcutTest {
    /** The decimal round trip the number reading did for every numeric cell. */
    private static Double viaDecimal(double n) {
        return BigDecimal.valueOf(n).stripTrailingZeros().doubleValue() + 0.0;
    }

    @Test
    void aFiniteDoubleIsItsOwnDecimalRoundTrip() {
        Random rnd = new Random(3);
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 0.1, 0.7, 1e-300, 1e300, 123456789012345678.0, 0.30000000000000004, 85.00000000000001};
        for (double d : edges) check(d);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> rnd.nextInt(1_000_000) / 100.0;
                case 2 -> (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20);
                default -> rnd.nextInt(100_000) / Math.pow(10, rnd.nextInt(8));
            };
            if (Double.isFinite(d)) check(d);
        }
    }

    private static void check(double d) {
        Reading r = Reading.number(d, "", List.of());
        assertThat(r.number()).as("%s", d).isEqualTo(viaDecimal(d));
        assertThat(Double.doubleToRawLongBits(r.number())).as("bits of %s", d)
                .isEqualTo(Double.doubleToRawLongBits(viaDecimal(d)));
    }

    @Test
    void formatAnswersAreThoseOfTheUncachedRules() {
        String[] parts = {"#,##0", "0.00", "\"$\"", "$", "€", "£", "[$€-407]", "[$USD]", "[$-409]", "[Red]", "\"USD \"",
            "\"EUR\"", "\"abc\"", "h", "hh", ":mm", ":ss", "[h]", "[mm]", "\\h", "\"h\"", "AM/PM", "0%", "yyyy-mm-dd", " ", "_)",
            ";", "[$£-809]", "[$US$]", "\"(GBP)\""};
        Random rnd = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(4); k >= 0; k--) sb.append(parts[rnd.nextInt(parts.length)]);
            String f = sb.toString();
            for (int twice = 0; twice < 2; twice++) { // computed, then remembered
                assertThat(Currencies.ofFormat(f)).as("currency of %s", f).isEqualTo(Currencies.currencyOfFormat(f));
                assertThat(ExcelDates.isTimeFormat(f)).as("time format %s", f).isEqualTo(ExcelDates.timeFormat(f));
            }
        }
        assertThat(Currencies.ofFormat(null)).isNull();
        assertThat(ExcelDates.isTimeFormat(null)).isFalse();
        assertThat(Currencies.ofFormat("[$€-407]#,##0.00")).isEqualTo("EUR");
        assertThat(Currencies.ofFormat("#,##0")).isNull();
        assertThat(ExcelDates.isTimeFormat("[h]:mm:ss")).isTrue();
    }
}
