package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.codes;
import static org.vendorbench.domain.normalize.Cells.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

/**
 * Property-style tests as seeded random loops: format a random value the way vendors write it
 * and check that it reads back to the same value (and the right warnings).
 */
class RoundTripPropertyTest {
    private static final int RUNS = 1000;

    /** Thousands and decimal marks of one writing style. */
    private record Style(String group, String decimal, boolean forceDecimals) {}

    private static final Style[] STYLES = {
            new Style(",", ".", false), new Style("", ".", false), new Style(".", ",", true),
            new Style(" ", ",", true), new Style("\u00A0", ",", true), new Style("'", ".", false),
            new Style("\u202F", ".", false)};

    private static BigDecimal randomAmount(Random r) {
        int digits = 1 + r.nextInt(10);
        long unscaled = (long) (r.nextDouble() * Math.pow(10, digits));
        return BigDecimal.valueOf(unscaled, r.nextInt(3));
    }

    /** Writes a non-negative number with the style's grouping (every 3 digits) and decimal mark. */
    static String format(BigDecimal v, Style s) {
        BigDecimal abs = v.abs();
        if (s.forceDecimals() && abs.scale() == 0) abs = abs.setScale(2, RoundingMode.UNNECESSARY);
        String plain = abs.toPlainString();
        String intPart = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String frac = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) grouped.append(s.group());
            grouped.append(intPart.charAt(i));
        }
        return grouped + (frac.isEmpty() ? "" : s.decimal() + frac);
    }

    @Test
    void numbersWithThousandsSeparatorsReadBack() {
        Random r = new Random(20261127L);
        for (int i = 0; i < RUNS; i++) {
            BigDecimal v = randomAmount(r);
            Style style = STYLES[r.nextInt(STYLES.length)];
            boolean negative = r.nextBoolean();
            String text = (negative ? "-" : "") + format(v, style);
            String padded = (r.nextBoolean() ? " " : "\u00A0") + text + (r.nextInt(4) == 0 ? "." : "") + (r.nextBoolean() ? " " : "");
            Normalized n = read(padded, QuestionType.NUMBER);
            double expected = (negative ? v.negate() : v).doubleValue();
            assertThat(n.status()).as(padded).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(n.number()).as(padded).isEqualTo(expected);
            assertThat(n.issues()).as(padded).isEmpty();
        }
    }

    @Test
    void currencyAmountsReadBackWithTheirWarnings() {
        Random r = new Random(42L);
        String[][] marks = {{"$", ""}, {"US$", ""}, {"USD ", ""}, {"", " USD"}, {"", ""}, {"€", ""}, {"", " €"},
                {"£", ""}, {"EUR ", ""}, {"", " GBP"}};
        String[] qualifiers = {"", "", "< ", "up to ", "approx. ", "max "};
        for (int i = 0; i < RUNS; i++) {
            BigDecimal v = randomAmount(r);
            Style style = STYLES[r.nextInt(STYLES.length)];
            String[] mark = marks[r.nextInt(marks.length)];
            String qualifier = qualifiers[r.nextInt(qualifiers.length)];
            boolean accounting = r.nextInt(5) == 0;
            String body = mark[0] + format(v, style) + mark[1];
            String text = qualifier + (accounting ? "(" + body + ")" : body) + (r.nextInt(3) == 0 ? "/min" : "");
            Normalized n = read(text, QuestionType.CURRENCY);
            assertThat(n.status()).as(text).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(n.number()).as(text).isEqualTo((accounting ? v.negate() : v).doubleValue());
            boolean foreign = (mark[0] + mark[1]).matches(".*(€|£|EUR|GBP).*");
            assertThat(codes(n).contains(WarningCode.FOREIGN_CURRENCY)).as(text).isEqualTo(foreign);
            assertThat(codes(n).contains(WarningCode.QUALIFIED_VALUE)).as(text).isEqualTo(!qualifier.isEmpty());
            assertThat(n.issues()).as(text).hasSize((foreign ? 1 : 0) + (qualifier.isEmpty() ? 0 : 1));
            assertThat(n.comment()).as(text).isEqualTo(text.endsWith("/min") ? "/min" : null);
        }
    }

    @Test
    void percentagesReadBackInPercentUnits() {
        Random r = new Random(7L);
        for (int i = 0; i < RUNS; i++) {
            BigDecimal pct = BigDecimal.valueOf(r.nextInt(100_000), 3); // 0.000 .. 99.999
            String text;
            switch (r.nextInt(4)) {
                case 0 -> text = pct.toPlainString() + "%";
                case 1 -> text = pct.toPlainString() + " %";
                case 2 -> {
                    // decimal comma with two decimals: a comma before exactly three digits groups (documented rule)
                    pct = pct.setScale(2, RoundingMode.DOWN);
                    text = pct.toPlainString().replace('.', ',') + "\u00A0%";
                }
                default -> {
                    if (pct.compareTo(BigDecimal.valueOf(100)) >= 0) continue;
                    text = pct.movePointLeft(2).toPlainString(); // a ratio below 1
                }
            }
            Normalized n = read(text, QuestionType.PERCENT);
            assertThat(n.number()).as(text).isEqualTo(pct.doubleValue());
            // the same ratio in a percent-formatted numeric cell
            double ratio = pct.movePointLeft(2).doubleValue();
            assertThat(read(Cells.formatted(ratio, "0.000%", false, text), QuestionType.PERCENT).number()).as(text)
                    .isEqualTo(pct.doubleValue());
        }
    }

    @Test
    void durationsReadBackInSeconds() {
        Random r = new Random(11L);
        for (int i = 0; i < RUNS; i++) {
            int seconds = r.nextInt(36_000);
            int h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
            String text = switch (r.nextInt(7)) {
                case 0 -> String.valueOf(seconds);
                case 1 -> seconds + "s";
                case 2 -> seconds + " seconds";
                case 3 -> (seconds / 60) + ":" + String.format(Locale.ROOT, "%02d", s);
                case 4 -> String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
                case 5 -> BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString() + " min";
                default -> (seconds / 60) + " min " + s + " s";
            };
            if (text.endsWith(" min") && text.replace(" min", "").length() > 8) continue; // repeating fraction
            Normalized n = read(text, QuestionType.DURATION);
            assertThat(n.number()).as(text).isEqualTo((double) seconds);
            double serial = seconds / 86400.0;
            assertThat(read(Cells.formatted(serial, "h:mm:ss", true, text), QuestionType.DURATION).number()).as(text)
                    .isEqualTo((double) seconds);
        }
    }

    @Test
    void datesReadBackAsIso() {
        Random r = new Random(3L);
        DateTimeFormatter[] formats = {
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/yyyy"),
                DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH)};
        for (int i = 0; i < RUNS; i++) {
            LocalDate d = LocalDate.of(1901, 1, 1).plusDays(r.nextInt(365 * 200));
            String text = d.format(formats[r.nextInt(formats.length)]);
            assertThat(read(text, QuestionType.DATE).text()).as(text).isEqualTo(d.toString());
            double serial = ExcelDates.toSerial(d) + r.nextInt(86_400) / 86_400.0;
            assertThat(read(Cells.formatted(serial, "m/d/yyyy h:mm", true, text), QuestionType.DATE).text()).as(text)
                    .isEqualTo(d.toString());
            // day first when the day is above 12
            if (d.getDayOfMonth() > 12) {
                String dayFirst = d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
                assertThat(read(dayFirst, QuestionType.DATE).text()).as(dayFirst).isEqualTo(d.toString());
            }
        }
    }

    @Test
    void yesNoTokensWithRandomExplanations() {
        Random r = new Random(5L);
        String[][] tokens = {{"Yes", "YES"}, {"Y", "YES"}, {"TRUE", "YES"}, {"x", "YES"}, {"✓", "YES"}, {"No", "NO"},
                {"N", "NO"}, {"FALSE", "NO"}, {"✗", "NO"}, {"Partial", "PARTIAL"}, {"Partially", "PARTIAL"},
                {"N/A", "NA"}, {"NA", "NA"}, {"Not applicable", "NA"}};
        String[] separators = {" ", " - ", " – ", " — ", ": ", ", ", "; ", ". ", " / ", " (", "-", "\n"};
        String[] explanations = {"see attached", "BAA v3", "in 2027", "ask legal", "with exceptions", "über 24/7", "医療"};
        for (int i = 0; i < RUNS; i++) {
            String[] t = tokens[r.nextInt(tokens.length)];
            String sep = separators[r.nextInt(separators.length)];
            String expl = explanations[r.nextInt(explanations.length)];
            String token = r.nextBoolean() ? t[0].toLowerCase(Locale.ROOT) : t[0];
            String text = token + sep + expl + (sep.contains("(") ? ")" : "");
            Normalized n = read(text, QuestionType.YES_NO);
            assertThat(n.text()).as(text).isEqualTo(t[1]);
            assertThat(n.comment()).as(text).isEqualTo(expl);
        }
    }
}
