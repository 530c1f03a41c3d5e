package org.vendorbench.domain.normalize;

import java.util.List;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

/** Test helpers: cells as the POI adapter would build them, and a USD normaliser. */
final class Cells {
    static final ValueNormalizer USD = new ValueNormalizer("USD");

    private Cells() {}

    static CellValue text(String s) {
        return CellValue.ofText(s);
    }

    static CellValue number(double n) {
        return CellValue.ofNumber(n, "General", false, Reading.plain(n));
    }

    static CellValue formatted(double n, String format, boolean dateFormatted, String displayed) {
        return CellValue.ofNumber(n, format, dateFormatted, displayed);
    }

    static CellValue bool(boolean b) {
        String t = b ? "TRUE" : "FALSE";
        return new CellValue(CellValue.Kind.BOOLEAN, null, t, null, false, t);
    }

    static CellValue error(String e) {
        return new CellValue(CellValue.Kind.ERROR, null, e, null, false, e);
    }

    static Normalized read(String s, QuestionType type) {
        return USD.normalize(text(s), type, List.of(), null);
    }

    static Normalized read(CellValue c, QuestionType type) {
        return USD.normalize(c, type, List.of(), null);
    }

    static List<ChoiceOption> options(String... labels) {
        return java.util.Arrays.stream(labels).map(l -> new ChoiceOption(l, null)).toList();
    }

    static List<WarningCode> codes(Normalized n) {
        return n.issues().stream().map(Normalized.Issue::code).toList();
    }
}
