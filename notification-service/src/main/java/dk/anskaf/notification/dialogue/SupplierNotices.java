package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Postponement and cancellation, to every supplier address of the dialogue: each address once, however
 * it is spelled, in the municipality's name with the purchaser's contact e-mail as Reply-To (DOMAIN.md
 * §7.4). The link leads to the supplier's dialogue page, where a supplier without a session asks for a
 * fresh sign-in link; a notice carries no sign-in link of its own.
 */
final class SupplierNotices {

    /** What a notice needs of its event. */
    interface Notice {
        long dialogueId();

        @Nullable
        String contactEmail();

        @Nullable
        List<String> supplierEmails();

        /** The event's own placeholder values. */
        Map<Placeholder, String> values();
    }

    /** dialogue-deadline-changed, as this service reads it (docs/events.md). */
    record DeadlineChanged(
            long dialogueId,
            @Nullable String title,
            @Nullable String contactEmail,
            @Nullable Instant previousDeadline,
            @Nullable Instant newDeadline,
            @Nullable String reason,
            @Nullable List<String> supplierEmails)
            implements Notice {

        @Override
        public Map<Placeholder, String> values() {
            return Map.of(
                    MARKEDSDIALOG, DialogueEvents.text(title),
                    FORRIGESLUTTID, DialogueEvents.danishTime(previousDeadline),
                    NYSLUTTID, DialogueEvents.danishTime(newDeadline),
                    BESKED, DialogueEvents.text(reason));
        }
    }

    /** dialogue-cancelled, as this service reads it (docs/events.md). */
    record DialogueCancelled(
            long dialogueId,
            @Nullable String title,
            @Nullable String contactEmail,
            @Nullable String reason,
            @Nullable List<String> supplierEmails)
            implements Notice {

        @Override
        public Map<Placeholder, String> values() {
            return Map.of(MARKEDSDIALOG, DialogueEvents.text(title), BESKED, DialogueEvents.text(reason));
        }
    }

    private SupplierNotices() {}

    static List<MailRequest> toEach(MessageType type, Notice notice, NotificationProperties properties) {
        if (notice.supplierEmails() == null) {
            return List.of();
        }
        Map<Placeholder, String> values = new EnumMap<>(notice.values());
        // The event names addresses, not organisations: "Kære leverandør".
        values.put(LEVERANDOER, DialogueEvents.ANY_SUPPLIER);
        values.put(LINK, properties.publicUrl() + "/leverandoer/markedsdialoger/" + notice.dialogueId());
        String contact = notice.contactEmail();
        boolean hasContact = DialogueEvents.hasAddress(contact);
        if (hasContact) {
            values.put(KONTAKTEMAIL, contact);
        }
        Map<String, String> once = new LinkedHashMap<>();
        notice.supplierEmails().stream()
                .filter(DialogueEvents::hasAddress)
                .forEach(address -> once.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), address.strip()));
        return once.values().stream()
                .map(address -> MailRequest.of(type, address, values).replyTo(hasContact ? contact : null))
                .toList();
    }
}
