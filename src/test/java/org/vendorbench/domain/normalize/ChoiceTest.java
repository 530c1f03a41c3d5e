package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class ChoiceTest {
    private static final List<ChoiceOption> SOC = Cells.options("SOC 2 Type II", "SOC 2 Type I", "ISO 27001 only", "None");

    private static Normalized choose(String answer, List<ChoiceOption> options) {
        return Cells.USD.normalize(Cells.text(answer), QuestionType.CHOICE, options, null);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SOC 2 Type II               | SOC 2 Type II  |
            soc 2 type ii               | SOC 2 Type II  |
            SOC-2 Type_II               | SOC 2 Type II  |
            "  SOC  2   TYPE II "       | SOC 2 Type II  |
            SOC 2 Type I                | SOC 2 Type I   |
            NONE                        | None           |
            None.                       | None           |
            SOC 2 Type II (2025 report) | SOC 2 Type II  | 2025 report
            SOC 2 Type II - 2025 report | SOC 2 Type II  | 2025 report
            SOC 2 Type I: bridge letter | SOC 2 Type I   | bridge letter
            "SOC 2 Type II, since 2019" | SOC 2 Type II  | since 2019
            ISO 27001 only (cert 123)   | ISO 27001 only | cert 123
            ISO                         | ISO 27001 only |
            iso 27                      | ISO 27001 only |
            No                          | None           |
            """)
    void exactThenLongestPrefixThenUniquePrefix(String answer, String option, String comment) {
        Normalized n = choose(answer, SOC);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.text()).isEqualTo(option);
        assertThat(n.comment()).isEqualTo(comment);
        assertThat(n.issues()).isEmpty();
    }

    @Test
    void longerOptionIsNotReadAsShorterOnePlusALetterEvenWhenItIsMissing() {
        // Without the "SOC 2 Type II" option, "SOC 2 Type II" must not become "SOC 2 Type I" + "I".
        Normalized n = choose("SOC 2 Type II", Cells.options("SOC 2 Type I", "None"));
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.issues()).extracting(Normalized.Issue::code).containsExactly(WarningCode.UNREADABLE_VALUE);
    }

    @Test
    void ambiguousPrefixIsUnreadableAndNamesTheCandidates() {
        Normalized n = choose("SOC 2", SOC);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.issues().get(0).message())
                .contains("expected one of 'SOC 2 Type II', 'SOC 2 Type I', 'ISO 27001 only', 'None'")
                .contains("got 'SOC 2'")
                .contains("it could be 'SOC 2 Type II' or 'SOC 2 Type I'");
    }

    @Test
    void unknownAnswerIsUnreadable() {
        Normalized n = choose("HITRUST", SOC);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.text()).isNull();
        assertThat(n.issues().get(0).message()).isEqualTo(
                "expected one of 'SOC 2 Type II', 'SOC 2 Type I', 'ISO 27001 only', 'None', got 'HITRUST'");
    }

    @Test
    void valueIsTheOptionAsWrittenInTheRfpAndScoresDoNotMatter() {
        List<ChoiceOption> scored = List.of(new ChoiceOption("24/7 US-based", 5.0), new ChoiceOption("Business hours", 2.0));
        assertThat(choose("24/7 us based", scored).text()).isEqualTo("24/7 US-based");
        assertThat(choose("business", scored).text()).isEqualTo("Business hours");
    }

    @Test
    void numericCellIsMatchedByItsDisplayedText() {
        List<ChoiceOption> tiers = Cells.options("1", "2", "3+");
        Normalized n = Cells.USD.normalize(Cells.number(2), QuestionType.CHOICE, tiers, null);
        assertThat(n.text()).isEqualTo("2");
        Normalized three = Cells.USD.normalize(Cells.number(3), QuestionType.CHOICE, tiers, null);
        assertThat(three.text()).isEqualTo("3+");
    }

    @Test
    void accentsAreComparedInNfc() {
        List<ChoiceOption> opts = Cells.options("Sécurité renforcée", "Standard");
        String decomposed = "Se\u0301curite\u0301 renforce\u0301e";
        assertThat(choose(decomposed, opts).text()).isEqualTo("Sécurité renforcée");
    }

    @Test
    void explanationJoinsTheCommentsCell() {
        Normalized n = Cells.USD.normalize(Cells.text("SOC 2 Type II (2025 report)"), QuestionType.CHOICE, SOC, "Bridge letter to follow");
        assertThat(n.comment()).isEqualTo("2025 report\nBridge letter to follow");
    }

    @Test
    void errorCellIsUnreadable() {
        Normalized n = Cells.USD.normalize(Cells.error("#N/A"), QuestionType.CHOICE, SOC, null);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.issues().get(0).message()).contains("the error #N/A");
    }
}
