package dk.anskaf.dialogue.invitation;

import dk.anskaf.dialogue.supplier.DialogueEventTopics;
import dk.anskaf.platform.events.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact of a supplier organisation was invited (version 1, docs/events.md). Sent for the inviting
 * municipality (the dialogue's owner). It carries no link: identity issues one when the mail is sent.
 */
public record SupplierInvited(
        long dialogueId,
        String title,
        UUID invitationId,
        UUID answerSetId,
        UUID organisationId,
        String organisationName,
        String cvr,
        UUID contactId,
        String email,
        String subject,
        String message,
        Instant deadline,
        String contactEmail,
        String customerName)
        implements DomainEvent {

    @Override
    public String topic() {
        return DialogueEventTopics.DIALOGUES;
    }

    @Override
    public String type() {
        return DialogueEventTopics.SUPPLIER_INVITED;
    }

    @Override
    public String key() {
        return String.valueOf(dialogueId);
    }
}
