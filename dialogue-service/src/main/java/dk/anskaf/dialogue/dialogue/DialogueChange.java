package dk.anskaf.dialogue.dialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a dialogue's audit trail (V12 {@code dialogue_audit}), as the aggregate records it beside its
 * events; the application service adds who and writes it in the same transaction. Values are codes (a
 * status name, an ISO-8601 instant, an answer set id or an organisation's name) that the portal labels in
 * the reader's language.
 *
 * @param action STATUS, DEADLINE, CHOSEN_SUPPLIER, ARCHIVE, RESTORE, DELETE or UNDELETE
 * @param subject what it concerns beyond the dialogue (a reason, the supplier's name), or null
 */
public record DialogueChange(
        String action,
        @Nullable String subject,
        @Nullable String oldValue,
        @Nullable String newValue) {

    static DialogueChange status(DialogueStatus from, DialogueStatus to, @Nullable String why) {
        return new DialogueChange("STATUS", why, from.name(), to.name());
    }

    static DialogueChange deadline(@Nullable Instant from, Instant to, @Nullable String why) {
        return new DialogueChange("DEADLINE", why, from == null ? null : from.toString(), to.toString());
    }
}
