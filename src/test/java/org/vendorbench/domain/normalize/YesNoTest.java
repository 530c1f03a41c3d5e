package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class YesNoTest {

    @ParameterizedTest(name = "token {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Yes            | YES
            yes            | YES
            YES            | YES
            Y              | YES
            y              | YES
            TRUE           | YES
            true           | YES
            x              | YES
            X              | YES
            ✓              | YES
            ✔              | YES
            1              | YES
            No             | NO
            no             | NO
            N              | NO
            FALSE          | NO
            0              | NO
            ✗              | NO
            Partial        | PARTIAL
            Partially      | PARTIAL
            PARTIALLY      | PARTIAL
            N/A            | NA
            n/a            | NA
            NA             | NA
            na             | NA
            Not applicable | NA
            NOT APPLICABLE | NA
            "N / A"        | NA
            "  Yes  "      | YES
            "\u00A0No\u00A0" | NO
            """)
    void everyTokenOfTheTable(String answer, String expected) {
        Normalized n = read(answer.replace("\\u00A0", "\u00A0"), QuestionType.YES_NO);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.text()).isEqualTo(expected);
        assertThat(n.number()).isNull();
        assertThat(n.comment()).isNull();
        assertThat(n.issues()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Yes – BAA v3 attached    | YES     | BAA v3 attached
            Yes.                     | YES     |
            Yes. See attached        | YES     | See attached
            yes – see attached       | YES     | see attached
            Y (with exceptions)      | YES     | with exceptions
            Y(with exceptions)       | YES     | with exceptions
            No: pending              | NO      | pending
            No, not yet              | NO      | not yet
            No; planned for 2027     | NO      | planned for 2027
            N/A - not offered        | NA      | not offered
            NA/out of scope          | NA      | out of scope
            Not applicable (remote)  | NA      | remote
            Partially - nights only  | PARTIAL | nights only
            Partial — weekdays       | PARTIAL | weekdays
            x see SOC report         | YES     | see SOC report
            ✓ compliant              | YES     | compliant
            1 - compliant            | YES     | compliant
            TRUE, audited            | YES     | audited
            Yes - see (attached)     | YES     | see (attached)
            """)
    void trailingExplanationBecomesTheComment(String answer, String value, String comment) {
        Normalized n = read(answer, QuestionType.YES_NO);
        assertThat(n.text()).isEqualTo(value);
        assertThat(n.comment()).isEqualTo(comment);
        assertThat(n.issues()).isEmpty();
    }

    @Test
    void notApplicableIsNotNo() {
        assertThat(read("Not applicable", QuestionType.YES_NO).text()).isEqualTo("NA");
        assertThat(read("Not applicable - remote site", QuestionType.YES_NO).comment()).isEqualTo("remote site");
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Nope
            None
            Yesterday
            Nah
            Not available
            maybe
            2
            1.5
            0.5
            -1
            Non
            x-ray
            """)
    void wordsThatOnlyStartLikeATokenAreUnreadable(String answer) {
        if (answer.equals("x-ray")) {
            // '-' is a separator: "x" then the explanation "ray" (documented consequence of the rule)
            assertThat(read(answer, QuestionType.YES_NO).text()).isEqualTo("YES");
            return;
        }
        Normalized n = read(answer, QuestionType.YES_NO);
        assertThat(n.status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(n.text()).isNull();
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
            assertThat(i.message()).contains("expected Yes, No, Partial or N/A").contains("'" + answer + "'");
        });
    }

    @Test
    void booleanAndNumericCells() {
        assertThat(read(Cells.bool(true), QuestionType.YES_NO).text()).isEqualTo("YES");
        assertThat(read(Cells.bool(false), QuestionType.YES_NO).text()).isEqualTo("NO");
        assertThat(read(Cells.number(1), QuestionType.YES_NO).text()).isEqualTo("YES");
        assertThat(read(Cells.number(0), QuestionType.YES_NO).text()).isEqualTo("NO");
        assertThat(read(Cells.number(2), QuestionType.YES_NO).status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(read("1.0", QuestionType.YES_NO).text()).isEqualTo("YES");
    }

    @Test
    void explanationComesBeforeTheCommentsCellOnItsOwnLine() {
        Normalized n = Cells.USD.normalize(Cells.text("Yes – BAA v3 attached"), QuestionType.YES_NO, List.of(),
                "  Signed 2026-01-10\r\nby legal ");
        assertThat(n.comment()).isEqualTo("BAA v3 attached\nSigned 2026-01-10\nby legal");
        Normalized only = Cells.USD.normalize(Cells.text("Yes"), QuestionType.YES_NO, List.of(), "see annex");
        assertThat(only.comment()).isEqualTo("see annex");
        Normalized blankComments = Cells.USD.normalize(Cells.text("No: pending"), QuestionType.YES_NO, List.of(), "   ");
        assertThat(blankComments.comment()).isEqualTo("pending");
    }

    @Test
    void multiLineExplanationKeepsItsLineBreaks() {
        Normalized n = read("Yes\r\nsee attached\r\nand annex B", QuestionType.YES_NO);
        assertThat(n.text()).isEqualTo("YES");
        assertThat(n.comment()).isEqualTo("see attached\nand annex B");
    }

    @Test
    void parseYesNoForTheRfpMandatoryColumn() {
        assertThat(ValueNormalizer.parseYesNo(Cells.text("Y"))).isEqualTo("YES");
        assertThat(ValueNormalizer.parseYesNo(Cells.text("n"))).isEqualTo("NO");
        assertThat(ValueNormalizer.parseYesNo(CellValue.BLANK)).isNull();
        assertThat(ValueNormalizer.parseYesNo(Cells.text("perhaps"))).isNull();
    }
}
