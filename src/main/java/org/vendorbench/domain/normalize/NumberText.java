package org.vendorbench.domain.normalize;

import java.math.BigDecimal;

/**
 * Numeric text with thousands separators (§3, §7, §8). Rules, applied to the digits and the
 * characters {@code . , '} and space:
 * <ul>
 *   <li>a leading {@code +}, {@code -} or {@code −} is the sign; one trailing period is ignored;</li>
 *   <li>both {@code .} and {@code ,}: the last one is the decimal mark (once), the other groups
 *       ({@code 1,250.00}, {@code 1.250,00});</li>
 *   <li>only commas: several commas group ({@code 1,250,000}); a single comma followed by exactly
 *       three digits groups when one to three digits, not all zero, stand before it
 *       ({@code 1,250} = 1250), else it is a decimal comma ({@code 1,25} = 1.25,
 *       {@code 0,125} = 0.125, {@code 1234,567} = 1234.567);</li>
 *   <li>only dots: several dots group ({@code 1.250.000}); a single dot is the decimal point
 *       ({@code 1.250} = 1.25);</li>
 *   <li>spaces (non-breaking ones arrive as spaces) and apostrophes always group;</li>
 *   <li>grouping is checked: one kind of group mark, a first group of 1-3 digits, then groups of
 *       exactly three ({@code 1,2,3} is no number).</li>
 * </ul>
 */
final class NumberText {
    private static final String MARKS = ".,' ";

    /** A number at the start of a text and the index where it ends. */
    record Lead(BigDecimal value, int end) {}

    private NumberText() {}

    /** The whole text as a number, null when it is not one. */
    static BigDecimal parse(String text) {
        String s = Texts.strip(text);
        if (s.isEmpty()) return null;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '+' || first == '-' || first == '\u2212') {
            negative = first != '+';
            s = s.substring(1);
        }
        if (s.length() > 1 && s.endsWith(".") && isDigit(s.charAt(s.length() - 2))) s = s.substring(0, s.length() - 1);
        if (s.isEmpty() || !isDigit(s.charAt(s.length() - 1))) return null;
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i)) && MARKS.indexOf(s.charAt(i)) < 0) return null;
        }
        if (!isDigit(s.charAt(0)) && !(s.length() > 1 && (s.charAt(0) == '.' || s.charAt(0) == ',') && isDigit(s.charAt(1)))) {
            return null;
        }
        char decimal = decimalMark(s);
        if (decimal == 'x') return null;
        String intPart = s, fraction = "";
        if (decimal != 0) {
            int at = s.lastIndexOf(decimal);
            intPart = s.substring(0, at);
            fraction = s.substring(at + 1);
            if (fraction.isEmpty() || !allDigits(fraction)) return null;
        }
        String digits = groupedDigits(intPart);
        if (digits == null) return null;
        BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
        return negative ? value.negate() : value;
    }

    /** The decimal mark: '.', ',', 0 when there is none, 'x' when the marks contradict. */
    private static char decimalMark(String s) {
        int dots = count(s, '.'), commas = count(s, ',');
        if (dots > 0 && commas > 0) {
            char d = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            return count(s, d) == 1 ? d : 'x';
        }
        if (commas == 1) {
            int at = s.indexOf(',');
            String after = s.substring(at + 1);
            String before = s.substring(0, at);
            boolean thousands = after.length() == 3 && allDigits(after) && before.length() <= 3 && allDigits(before)
                    && before.chars().anyMatch(c -> c >= '1' && c <= '9');
            return thousands ? 0 : ',';
        }
        if (dots == 1) return '.';
        return 0;
    }

    /** The digits of an integer part after checking its grouping; null when the grouping is wrong. */
    private static String groupedDigits(String intPart) {
        char mark = 0;
        for (int i = 0; i < intPart.length(); i++) {
            char c = intPart.charAt(i);
            if (isDigit(c)) continue;
            if (mark != 0 && c != mark) return null;
            mark = c;
        }
        if (mark == 0) return intPart;
        String[] groups = intPart.split(java.util.regex.Pattern.quote(String.valueOf(mark)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) return null;
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) return null;
        }
        return String.join("", groups);
    }

    /**
     * The longest number at the start of the text (the text may go on with a unit or a
     * currency); null when the text does not start with a number.
     */
    static Lead leading(String s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == '\u2212')) i++;
        int j = i;
        while (j < s.length() && (isDigit(s.charAt(j)) || MARKS.indexOf(s.charAt(j)) >= 0)) j++;
        int end = j;
        while (end > i && s.charAt(end - 1) == ' ') end--;
        for (int e = end; e > i; e--) {
            char c = s.charAt(e - 1);
            if (!isDigit(c) && !(c == '.' && e == end)) continue;
            BigDecimal v = parse(s.substring(0, e));
            if (v != null) return new Lead(v, e);
        }
        return null;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
