package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Spørgsmål og svar (docs/events.md, "Questions and answers"): a supplier's question to the purchaser's
 * contact e-mail, and an answer to each address the event names, once however it is spelled, with the
 * recipient's own sign-in link as the invitation has. The answer's mail never names who asked: the event
 * does not carry it.
 */
final class QuestionNotices {

    static final String QUESTION_ASKED = "dk.anskaf.dialogue.supplier-question-asked.v1";
    static final String QUESTION_ANSWERED = "dk.anskaf.dialogue.question-answered.v1";

    /** {@code {krav}} for a question about the dialogue as a whole. */
    static final String WHOLE_DIALOGUE = "markedsdialogen som helhed";

    /** supplier-question-asked, as this service reads it. */
    record QuestionAsked(
            long dialogueId,
            @Nullable String title,
            @Nullable String contactEmail,
            @Nullable String requirementLabel,
            @Nullable String organisationName,
            @Nullable String text) {}

    /** question-answered, as this service reads it. */
    record QuestionAnswered(
            long dialogueId,
            @Nullable String title,
            @Nullable String contactEmail,
            @Nullable String customerName,
            @Nullable String requirementLabel,
            @Nullable String questionText,
            @Nullable String answerText,
            @Nullable List<String> supplierEmails) {}

    private QuestionNotices() {}

    static List<MailRequest> toContact(QuestionAsked data, NotificationProperties properties) {
        if (!DialogueEvents.hasAddress(data.contactEmail())) {
            return List.of();
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(MARKEDSDIALOG, DialogueEvents.text(data.title()));
        values.put(LEVERANDOER, DialogueEvents.text(data.organisationName()));
        values.put(KRAV, requirement(data.requirementLabel()));
        values.put(SPOERGSMAAL, DialogueEvents.text(data.text()));
        values.put(LINK, properties.publicUrl() + "/markedsdialoger/" + data.dialogueId() + "/spoergsmaal");
        return List.of(MailRequest.of(MessageType.SUPPLIER_QUESTION_ASKED, data.contactEmail(), values));
    }

    static List<MailRequest> toSuppliers(QuestionAnswered data) {
        if (data.supplierEmails() == null) {
            return List.of();
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(MARKEDSDIALOG, DialogueEvents.text(data.title()));
        values.put(KRAV, requirement(data.requirementLabel()));
        values.put(SPOERGSMAAL, DialogueEvents.text(data.questionText()));
        values.put(SVAR, DialogueEvents.text(data.answerText()));
        // In the customer's name, as the invitation (a joint dialogue's is the community).
        if (data.customerName() != null && !data.customerName().isBlank()) {
            values.put(KOMMUNE, data.customerName());
        }
        String contact = data.contactEmail();
        boolean hasContact = DialogueEvents.hasAddress(contact);
        if (hasContact) {
            values.put(KONTAKTEMAIL, contact);
        }
        Map<String, String> once = new LinkedHashMap<>();
        data.supplierEmails().stream()
                .filter(DialogueEvents::hasAddress)
                .forEach(address -> once.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), address.strip()));
        return once.values().stream()
                .map(address -> MailRequest.of(MessageType.QUESTION_ANSWERED, address, values)
                        .replyTo(hasContact ? contact : null)
                        .signInFor(data.dialogueId()))
                .toList();
    }

    private static String requirement(@Nullable String label) {
        return label == null || label.isBlank() ? WHOLE_DIALOGUE : "kravet " + label;
    }
}
