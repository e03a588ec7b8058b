package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the purchaser's contact e-mail (Kontakt email) hears of its dialogue (DOMAIN.md §7.1): a supplier
 * finished or declined (with its reason), the deadline was reached, or every supplier answered. A
 * dialogue without a contact e-mail has nobody to tell.
 */
final class ContactNotices {

    /** What the four events share; each event's record reads only the fields its example has. */
    interface Notice {
        long dialogueId();

        @Nullable
        String title();

        @Nullable
        String contactEmail();

        default @Nullable String organisationName() {
            return null;
        }

        default @Nullable String reason() {
            return null;
        }

        default @Nullable Instant deadline() {
            return null;
        }
    }

    /** supplier-finished and supplier-declined, as this service reads them (docs/events.md). */
    record SupplierAnswered(
            long dialogueId,
            @Nullable String title,
            @Nullable String contactEmail,
            @Nullable String organisationName,
            @Nullable String reason)
            implements Notice {}

    /** dialogue-deadline-reached and dialogue-all-answered, as this service reads them (docs/events.md). */
    record DialogueAnswered(
            long dialogueId,
            @Nullable String title,
            @Nullable String contactEmail,
            @Nullable Instant deadline) implements Notice {}

    private ContactNotices() {}

    static List<MailRequest> toContact(MessageType type, Notice notice, NotificationProperties properties) {
        String contact = notice.contactEmail();
        if (contact == null || !DialogueEvents.hasAddress(contact)) {
            return List.of();
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(MARKEDSDIALOG, DialogueEvents.text(notice.title()));
        values.put(LEVERANDOER, DialogueEvents.text(notice.organisationName()));
        values.put(BESKED, DialogueEvents.text(notice.reason()));
        values.put(SLUTTID, DialogueEvents.danishTime(notice.deadline()));
        values.put(LINK, properties.publicUrl() + "/markedsdialoger/" + notice.dialogueId());
        return List.of(MailRequest.of(type, contact, values));
    }
}
