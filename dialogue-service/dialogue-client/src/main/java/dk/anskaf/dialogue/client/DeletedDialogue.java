package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;

/** A soft-deleted dialogue in the administrator's list ({@link DialogueClient#deletedDialogues}). */
public record DeletedDialogue(
        long id, String title, String status, OffsetDateTime deletedAt, String deletedByName, String reason) {}
