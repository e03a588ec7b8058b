package dk.anskaf.dialogue.answering;

import org.jspecify.annotations.Nullable;

/**
 * The purchaser's message of an elaboration request (§5.10): required, at most 5,000 characters, and no
 * control characters other than line breaks and tabs (they would reach the supplier's mail and page).
 * Kept as typed, apart from surrounding blanks; whoever shows it escapes it.
 */
public record ElaborationMessage(String text) {

    static final int MAX_LENGTH = 5_000;

    /** @throws AnsweringRefused.InvalidAnswer naming {@code message} */
    public static ElaborationMessage of(@Nullable String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new AnsweringRefused.InvalidAnswer("message", "elaboration-message-missing");
        }
        if (text.length() > MAX_LENGTH) {
            throw new AnsweringRefused.InvalidAnswer("message", "elaboration-message-too-long", MAX_LENGTH);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new AnsweringRefused.InvalidAnswer("message", "elaboration-message-control-characters");
        }
        return new ElaborationMessage(text);
    }
}
