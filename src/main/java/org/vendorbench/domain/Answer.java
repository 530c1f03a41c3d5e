package org.vendorbench.domain;

/**
 * A vendor's answer to one RFP question after normalisation (workbook-format.md §3).
 * Exactly one of {@code text}/{@code number} is set when {@code status} is ANSWERED:
 * {@code number} for numeric types, {@code text} for YES_NO ({@code YES NO PARTIAL NA}), CHOICE
 * (the option as written in the RFP), TEXT and DATE (ISO {@code yyyy-mm-dd}).
 * {@code raw} is the cell as Excel displays it ({@code ""} when there is no cell);
 * {@code sheet}/{@code cell} locate the response cell (null when the question has no row).
 */
public record Answer(String questionId, QuestionType type, String raw, String text, Double number,
                     String comment, AnswerStatus status, String sheet, String cell) {

    public static Answer missing(Question q) {
        return new Answer(q.id(), q.type(), "", null, null, null, AnswerStatus.MISSING, null, null);
    }

    public boolean isAnswered() {
        return status == AnswerStatus.ANSWERED;
    }

    public boolean isNa() {
        return isAnswered() && "NA".equals(text) && type == QuestionType.YES_NO;
    }

    /** The normalised value as it appears in JSON: a Double, a String or null. */
    public Object value() {
        if (!isAnswered()) return null;
        return number != null ? number : text;
    }

    /** A copy with another numeric value (what-if analysis, property tests). */
    public Answer withNumber(double n) {
        return new Answer(questionId, type, raw, null, n, comment, AnswerStatus.ANSWERED, sheet, cell);
    }

    /** A copy with another text value. */
    public Answer withText(String t) {
        return new Answer(questionId, type, raw, t, null, comment, AnswerStatus.ANSWERED, sheet, cell);
    }
}
