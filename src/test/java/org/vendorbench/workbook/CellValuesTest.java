package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/** The displayed text of numbers is exactly POI's DataFormatter's, fast path and cache included. */
class CellValuesTest {
    private final DataFormatter poi = new DataFormatter(Locale.US);

    @Test
    void wholeNumbersInGeneralAreShownAsDataFormatterShowsThem() {
        CellValues values = new CellValues(false);
        Random rnd = new Random(42);
        double[] edges = {0, 1, -1, 9, 10, 99, 100, 1_000_000, 9_999_999_999d, -9_999_999_999d, 1e10, -1e10,
            12_345_678_901d, 1e15, -0.0, 0.5, -0.5, 1.5, 2.5, 1e-7, 123456.789, 0.1 + 0.2};
        for (double n : edges) assertSame(values, n, 0, "General");
        for (int i = 0; i < 20_000; i++) {
            long digits = (long) Math.pow(10, 1 + rnd.nextInt(12));
            double n = rnd.nextBoolean() ? (double) (rnd.nextLong() % digits) : (rnd.nextLong() % digits) / 100.0;
            assertSame(values, n, 0, "General");
        }
    }

    @Test
    void formattedNumbersMatchDataFormatterAlsoWhenCached() {
        CellValues values = new CellValues(false);
        Random rnd = new Random(7);
        Object[][] formats = {{2, "0.00"}, {9, "0%"}, {10, "0.00%"}, {14, "m/d/yy"}, {3, "#,##0"},
            {164, "\"$\"#,##0.00"}, {165, "[h]:mm:ss"}, {0, "General"}, {166, "0.0"}};
        for (int round = 0; round < 2; round++) { // the second round answers from the cache
            Random r = new Random(11);
            for (int i = 0; i < 3000; i++) {
                Object[] f = formats[r.nextInt(formats.length)];
                double n = (r.nextInt(200_000) - 100_000) / (r.nextBoolean() ? 1.0 : 1000.0);
                // a negative "date" is shown by DataFormatter according to what it formatted before
                // (its format cache), so no two formatters agree on it: not a case to compare
                if ((Integer) f[0] == 14 && n < 0) n = -n;
                assertSame(values, n, (Integer) f[0], (String) f[1]);
            }
        }
        // more distinct values than the cache holds still format correctly
        for (int i = 0; i < CellValues.MAX_SHOWN + 100; i++) assertSame(values, rnd.nextDouble() * 1e6, 2, "0.00");
    }

    @Test
    void generalIsNotADateButDateFormatsAre() {
        CellValues values = new CellValues(false);
        assertThat(values.number(45000, 0, "General").dateFormatted()).isFalse();
        assertThat(values.number(45000, 14, "m/d/yy").dateFormatted()).isTrue();
        assertThat(values.number(45000, 14, "m/d/yy").dateFormatted()).isTrue();
        assertThat(values.number(45000, 2, "0.00").dateFormatted()).isFalse();
    }

    private void assertSame(CellValues values, double n, int index, String fmt) {
        assertThat(values.displayed(n, index, fmt)).as("%s in %s", n, fmt)
                .isEqualTo(poi.formatRawCellContents(n, index, fmt, false));
    }
}
