package dk.anskaf.notification.message;

import static dk.anskaf.notification.template.Placeholder.KOMMUNE;
import static dk.anskaf.notification.template.Placeholder.KONTAKTEMAIL;
import static dk.anskaf.notification.template.Placeholder.LINK;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.mail.OutgoingMail;
import dk.anskaf.notification.mail.SignInLink;
import dk.anskaf.notification.sender.Municipalities;
import dk.anskaf.notification.template.MailTemplates;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import dk.anskaf.notification.template.TemplateText;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders a requested message with the template in force for the current municipality: subject, plain
 * text and HTML, From display name and Reply-To. Values the event does not bring come from the
 * municipality (name, contact address) and the deployment (the platform's public address).
 */
@Component
public class MailComposer {

    /** Display name when a municipality's name is not known yet. */
    static final String FALLBACK_SENDER = "Anskaf";

    private final MailTemplates templates;
    private final Municipalities municipalities;
    private final NotificationProperties properties;

    MailComposer(MailTemplates templates, Municipalities municipalities, NotificationProperties properties) {
        this.templates = templates;
        this.municipalities = municipalities;
        this.properties = properties;
    }

    /**
     * Needs the recipient's municipality bound as tenant. For a type whose link is a sign-in link, the
     * texts get a marker where the link goes (the dispatcher fills it in at sending) and the subject no
     * link at all: subjects are listed in the delivery log and in mail servers' logs.
     */
    public OutgoingMail compose(MailRequest request) {
        Municipalities.Sender sender = municipalities.current();
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        sender.name().ifPresent(name -> values.put(KOMMUNE, name));
        sender.contactEmail().ifPresent(address -> values.put(KONTAKTEMAIL, address));
        values.put(LINK, properties.publicUrl());
        values.putAll(request.values());
        @Nullable SignInLink signInLink = null;
        Map<Placeholder, String> subjectValues = values;
        if (request.type().signInLink()) {
            signInLink = SignInLink.forRecipient(request.recipient(), request.dialogueId());
            values.put(LINK, signInLink.marker());
            subjectValues = new EnumMap<>(values);
            subjectValues.put(LINK, "");
        }
        MailTemplates.Template template = templates.effective(request.type());
        String subjectTemplate = request.subject() != null ? request.subject() : template.subject();
        String subject = TemplateText.subject(subjectTemplate, subjectValues);
        String fromName =
                request.fromName() != null ? request.fromName() : values.getOrDefault(KOMMUNE, FALLBACK_SENDER);
        @Nullable
        String replyTo = request.replyTo() != null
                ? request.replyTo()
                : sender.contactEmail().orElse(null);
        return new OutgoingMail(
                request.type().key(),
                request.recipient(),
                fromName,
                replyTo,
                subject,
                TemplateText.plainText(template.body(), values),
                TemplateText.html(subject, template.body(), values),
                signInLink);
    }

    /** A message as it would look, filled with every placeholder's sample value. */
    public Rendered preview(MessageType type, String subject, String body) {
        MailTemplates.validate(type, subject, body);
        Map<Placeholder, String> samples = new EnumMap<>(Placeholder.class);
        Arrays.stream(Placeholder.values()).forEach(p -> samples.put(p, p.sample()));
        municipalities.current().name().ifPresent(name -> samples.put(KOMMUNE, name));
        samples.put(LINK, properties.publicUrl());
        return render(subject, body, samples);
    }

    public record Rendered(String subject, String text, String html) {}

    private static Rendered render(String subjectTemplate, String bodyTemplate, Map<Placeholder, String> values) {
        String subject = TemplateText.subject(subjectTemplate, values);
        return new Rendered(
                subject,
                TemplateText.plainText(bodyTemplate, values),
                TemplateText.html(subject, bodyTemplate, values));
    }
}
