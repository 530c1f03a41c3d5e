package org.vendorbench.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vendorbench.domain.normalize.Cells.read;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.AnswerStatus;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.WarningCode;

class TextAndCommentTest {

    @Test
    void textIsTrimmedWithLineBreaksKeptAsLf() {
        Normalized n = read("  First line\r\nSecond line\rThird\n  ", QuestionType.TEXT);
        assertThat(n.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(n.text()).isEqualTo("First line\nSecond line\nThird");
        assertThat(n.number()).isNull();
        assertThat(n.comment()).isNull();
    }

    @Test
    void textKeepsInnerSpacingAndUnicode() {
        String s = "Ärzte  und Pflege — 医療 — 🚑 — مرحبا";
        assertThat(read(s, QuestionType.TEXT).text()).isEqualTo(s);
        assertThat(read("\u00A0 indented\u00A0text \u00A0", QuestionType.TEXT).text()).isEqualTo("indented\u00A0text");
    }

    @Test
    void everyTextIsNfc() {
        String decomposed = "Re\u0301sume\u0301 cafe\u0301";
        assertThat(read(decomposed, QuestionType.TEXT).text()).isEqualTo("Résumé café").hasSize(11);
        Normalized yes = Cells.USD.normalize(Cells.text("Yes – cafe\u0301"), QuestionType.YES_NO, List.of(), "re\u0301sume\u0301");
        assertThat(yes.comment()).isEqualTo("café\nrésumé");
    }

    @Test
    void longTextWithLineBreaksIsKeptWhole() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 2000) b.append("Our agents are HIPAA trained.\r\n");
        String expected = b.toString().replace("\r\n", "\n").strip();
        Normalized n = read(b.toString(), QuestionType.TEXT);
        assertThat(n.text()).isEqualTo(expected);
        assertThat(n.text().lines().count()).isEqualTo(b.toString().split("\r\n").length);
    }

    @Test
    void numericAndBooleanCellsAsTextAreWhatExcelShows() {
        assertThat(read(Cells.formatted(1250, "#,##0", false, "1,250"), QuestionType.TEXT).text()).isEqualTo("1,250");
        assertThat(read(Cells.bool(true), QuestionType.TEXT).text()).isEqualTo("TRUE");
    }

    @Test
    void blankIsMissingWithoutIssuesForEveryType() {
        for (QuestionType t : QuestionType.values()) {
            for (CellValue blank : List.of(CellValue.BLANK, Cells.text("   "), Cells.text("\u00A0\t\r\n"))) {
                Normalized n = Cells.USD.normalize(blank, t, Cells.options("A"), null);
                assertThat(n.status()).as(t.name()).isEqualTo(AnswerStatus.MISSING);
                assertThat(n.text()).isNull();
                assertThat(n.number()).isNull();
                assertThat(n.comment()).isNull();
                assertThat(n.issues()).isEmpty();
            }
        }
        assertThat(Cells.USD.normalize(null, QuestionType.TEXT, null, null).status()).isEqualTo(AnswerStatus.MISSING);
    }

    @Test
    void blankAnswerKeepsTheVendorsComments() {
        Normalized n = Cells.USD.normalize(CellValue.BLANK, QuestionType.YES_NO, List.of(), "we will answer after the call");
        assertThat(n.status()).isEqualTo(AnswerStatus.MISSING);
        assertThat(n.comment()).isEqualTo("we will answer after the call");
    }

    @Test
    void errorCellIsUnreadableForEveryType() {
        for (QuestionType t : QuestionType.values()) {
            Normalized n = Cells.USD.normalize(Cells.error("#DIV/0!"), t, Cells.options("A"), "note");
            assertThat(n.status()).as(t.name()).isEqualTo(AnswerStatus.UNREADABLE);
            assertThat(n.text()).isNull();
            assertThat(n.number()).isNull();
            assertThat(n.comment()).isEqualTo("note");
            assertThat(n.issues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(WarningCode.UNREADABLE_VALUE);
                assertThat(i.message()).startsWith("expected ").contains("got the error #DIV/0!");
            });
        }
    }

    @Test
    void unreadableMessagesAreOneLineAndShort() {
        String longText = "We cannot commit to a figure yet\nbecause the volumes are not known and the ramp-up plan is pending";
        for (QuestionType t : EnumSet.of(QuestionType.PERCENT, QuestionType.CURRENCY, QuestionType.DURATION, QuestionType.NUMBER,
                QuestionType.DATE, QuestionType.YES_NO)) {
            Normalized n = read(longText, t);
            assertThat(n.status()).as(t.name()).isEqualTo(AnswerStatus.UNREADABLE);
            String m = n.issues().get(0).message();
            assertThat(m).doesNotContain("\n").contains("…").hasSizeLessThan(200);
        }
    }

    @Test
    void longMessagesAreNotCutInsideAnEmoji() {
        String emoji = "🚑".repeat(80);
        String m = read(emoji, QuestionType.NUMBER).issues().get(0).message();
        assertThat(m).contains("🚑".repeat(57) + "…'");
    }

    @Test
    void booleanCellInANumericFieldIsUnreadable() {
        assertThat(read(Cells.bool(true), QuestionType.NUMBER).status()).isEqualTo(AnswerStatus.UNREADABLE);
        assertThat(read(Cells.bool(true), QuestionType.DATE).status()).isEqualTo(AnswerStatus.UNREADABLE);
    }

    @Test
    void normalizedIssuesAreImmutable() {
        Normalized n = read("< 30", QuestionType.NUMBER);
        assertThat(n.issues()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.issues().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
