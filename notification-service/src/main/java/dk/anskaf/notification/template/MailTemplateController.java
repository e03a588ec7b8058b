package dk.anskaf.notification.template;

import dk.anskaf.notification.message.MailComposer;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mailskabeloner: every message type with the text in force for the caller's municipality, its
 * placeholders explained, edit (administrator; the board for board messages), reset to default and a
 * preview with sample data.
 */
@RestController
class MailTemplateController {

    record PlaceholderView(String name, String description, String sample) {}

    record TemplateView(
            String type,
            String title,
            String audience,
            String subject,
            String body,
            boolean customised,
            boolean editable,
            String updatedBy,
            OffsetDateTime updatedAt,
            List<PlaceholderView> placeholders) {}

    record TemplateInput(String subject, String body) {}

    private final MailTemplates templates;
    private final MailComposer composer;

    MailTemplateController(MailTemplates templates, MailComposer composer) {
        this.templates = templates;
        this.composer = composer;
    }

    @GetMapping("/api/v1/mail-templates")
    List<TemplateView> list() {
        CurrentUser user = CurrentUser.require();
        return templates.all().stream().map(t -> view(t, user)).toList();
    }

    @GetMapping("/api/v1/mail-templates/{type}")
    TemplateView get(@PathVariable String type) {
        return view(templates.effective(typeOf(type)), CurrentUser.require());
    }

    @PutMapping("/api/v1/mail-templates/{type}")
    TemplateView save(@PathVariable String type, @RequestBody TemplateInput input) {
        CurrentUser user = CurrentUser.require();
        return view(templates.save(typeOf(type), input.subject(), input.body(), user), user);
    }

    @DeleteMapping("/api/v1/mail-templates/{type}")
    TemplateView reset(@PathVariable String type) {
        CurrentUser user = CurrentUser.require();
        return view(templates.reset(typeOf(type), user), user);
    }

    /** Renders the given text, or the one in force when none is given, with sample values. */
    @PostMapping("/api/v1/mail-templates/{type}/preview")
    MailComposer.Rendered preview(@PathVariable String type, @RequestBody(required = false) TemplateInput input) {
        MessageType messageType = typeOf(type);
        MailTemplates.Template current = templates.effective(messageType);
        String subject = input == null || input.subject() == null ? current.subject() : input.subject();
        String body = input == null || input.body() == null ? current.body() : input.body();
        return composer.preview(messageType, subject, body);
    }

    private static MessageType typeOf(String key) {
        return MessageType.byKey(key).orElseThrow(() -> ApiProblemException.notFound("Ukendt mailtype: " + key));
    }

    private static TemplateView view(MailTemplates.Template template, CurrentUser user) {
        MessageType type = template.type();
        boolean editable = MailTemplates.mayEdit(type, user);
        return new TemplateView(
                type.key(),
                type.title(),
                type.audience().name(),
                template.subject(),
                template.body(),
                template.customised(),
                editable,
                template.updatedBy(),
                template.updatedAt(),
                type.placeholders().stream()
                        .sorted(Comparator.naturalOrder())
                        .map(p -> new PlaceholderView(p.token(), p.description(), p.sample()))
                        .toList());
    }
}
