package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import dk.anskaf.platform.events.PoisonEventException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder before the deadline (issue #15): dialogue-service publishes one {@code supplier-reminder-due}
 * per contact that has not finished, once; this mails it in the municipality's name with the purchaser's
 * contact e-mail as Reply-To and the contact's own sign-in link, issued at sending as for the invitation.
 */
@Configuration(proxyBeanMethods = false)
class ReminderMails {

    static final String SUPPLIER_REMINDER_DUE = "dk.anskaf.dialogue.supplier-reminder-due.v1";

    /** This service's copy of dialogue-service's contract (docs/events.md). */
    record SupplierReminderDue(
            long dialogueId,
            @Nullable String title,
            @Nullable String customerName,
            @Nullable String contactEmail,
            @Nullable Instant deadline,
            @Nullable String organisationName,
            @Nullable String email) {}

    @Bean
    MailEventHandler<SupplierReminderDue> supplierReminderMail() {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC, SUPPLIER_REMINDER_DUE, SupplierReminderDue.class, ReminderMails::reminder);
    }

    static List<MailRequest> reminder(SupplierReminderDue data) {
        if (!DialogueEvents.hasAddress(data.email())) {
            throw new PoisonEventException("Reminder without the contact's address");
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(MARKEDSDIALOG, DialogueEvents.text(data.title()));
        values.put(LEVERANDOER, DialogueEvents.text(data.organisationName()));
        values.put(SLUTTID, DialogueEvents.danishTime(data.deadline()));
        return List.of(CustomerMails.withSignIn(
                MessageType.SUPPLIER_REMINDER,
                data.email(),
                values,
                data.customerName(),
                data.contactEmail(),
                data.dialogueId()));
    }
}
