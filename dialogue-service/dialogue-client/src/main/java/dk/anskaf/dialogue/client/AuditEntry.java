package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;

/**
 * One line of a dialogue's "Historik" ({@link DialogueClient#audit}).
 *
 * @param action STATUS, DEADLINE, CHOSEN_SUPPLIER, ARCHIVE, RESTORE, DELETE, UNDELETE (and the review's
 *     ANSWER_STATUS, ELABORATION)
 * @param subject what it concerns beyond the dialogue (a reason, a supplier), or null
 * @param oldValue before, or null: a status name, an ISO-8601 instant (DEADLINE) or a supplier's name
 * @param newValue after, or null, in the same form
 */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actor,
        String actorName,
        String action,
        String subject,
        String oldValue,
        String newValue) {}
