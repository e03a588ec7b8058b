package dk.anskaf.dialogue.questions;

import org.jspecify.annotations.Nullable;

/**
 * The rule for texts people type into questions and answers: stripped, a length in characters (as
 * PostgreSQL's {@code char_length} counts them, so æ, ø, å and emoji count once), and no control characters
 * but line breaks and tabs (a pasted NUL or escape sequence would reach mails and spreadsheets).
 */
final class PlainText {

    private PlainText() {}

    /**
     * @return the stripped text
     * @throws QuestionsRefused.Invalid naming {@code field}: {@code question-text-length} with min and max,
     *     or {@code question-text-control}
     */
    static String check(String field, @Nullable String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw new QuestionsRefused.Invalid(field, "question-text-length", min, max);
        }
        boolean control = text.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t');
        if (control) {
            throw new QuestionsRefused.Invalid(field, "question-text-control");
        }
        return text;
    }
}
