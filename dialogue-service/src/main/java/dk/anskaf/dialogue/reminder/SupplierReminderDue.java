package dk.anskaf.dialogue.reminder;

import dk.anskaf.dialogue.supplier.DialogueEventTopics;
import dk.anskaf.platform.events.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An invited contact whose organisation has not finished or declined is to be reminded of the deadline
 * (version 1, docs/events.md). Sent once per dialogue and contact, for the owning municipality, which is
 * the mail's sender; like the invitation it carries no link (notification-service asks identity for one
 * when it sends).
 */
public record SupplierReminderDue(
        long dialogueId,
        String title,
        String customerName,
        String contactEmail,
        Instant deadline,
        UUID answerSetId,
        UUID organisationId,
        String organisationName,
        UUID contactId,
        String email)
        implements DomainEvent {

    public static final String TYPE = "dk.anskaf.dialogue.supplier-reminder-due.v1";

    @Override
    public String topic() {
        return DialogueEventTopics.DIALOGUES;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return String.valueOf(dialogueId);
    }
}
