package dk.anskaf.notification.template;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.FieldError;
import dk.anskaf.platform.errors.ProblemTypes;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.TenantContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template in force for a message type: the current municipality's own (or the board's shared one
 * for board messages), else the Danish default. Saving checks who may edit and that every placeholder is
 * one this message type can fill, so a typo is caught when saved rather than mailed as dead text.
 */
@Component
public class MailTemplates {

    /** Tenant column value of the editorial board's shared templates. */
    static final String BOARD_SCOPE = "kravredaktion";

    public record Template(
            MessageType type,
            String subject,
            String body,
            boolean customised,
            String updatedBy,
            OffsetDateTime updatedAt) {

        static Template byDefault(MessageType type) {
            return new Template(type, type.defaultSubject(), type.defaultBody(), false, null, null);
        }
    }

    private final JdbcClient jdbc;

    MailTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Needs a tenant-bound transaction: row-level security decides whose template is read. */
    @Transactional(readOnly = true)
    public Template effective(MessageType type) {
        if (type.audience() == MessageType.Audience.PLATFORM) {
            return Template.byDefault(type);
        }
        return stored(type).orElseGet(() -> Template.byDefault(type));
    }

    @Transactional(readOnly = true)
    public List<Template> all() {
        return Arrays.stream(MessageType.values()).map(this::effective).toList();
    }

    @Transactional
    public Template save(MessageType type, String subject, String body, CurrentUser user) {
        requireEditor(type, user);
        validate(type, subject, body);
        jdbc.sql("""
                        insert into mail_template (tenant_id, message_type, subject, body, updated_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (tenant_id, message_type) do update set subject = excluded.subject,
                            body = excluded.body, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .params(scope(type), type.key(), subject.strip(), body.strip(), user.name())
                .update();
        return effective(type);
    }

    /** Back to the Danish default. */
    @Transactional
    public Template reset(MessageType type, CurrentUser user) {
        requireEditor(type, user);
        jdbc.sql("delete from mail_template where tenant_id = ? and message_type = ?")
                .params(scope(type), type.key())
                .update();
        return Template.byDefault(type);
    }

    /** Refuses a blank or too long text and any placeholder the message type cannot fill. */
    public static void validate(MessageType type, String subject, String body) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "subject", subject, 250, type);
        check(errors, "body", body, 10_000, type);
        if (!errors.isEmpty()) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST,
                    ProblemTypes.VALIDATION,
                    "Ugyldig skabelon",
                    "Skabelonen kan ikke gemmes",
                    errors);
        }
    }

    private static void check(List<FieldError> errors, String field, String text, int limit, MessageType type) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "Skal udfyldes"));
            return;
        }
        if (text.strip().length() > limit) {
            errors.add(new FieldError(field, "Må højst være " + limit + " tegn"));
        }
        List<String> unknown = TemplateText.unknownPlaceholders(text, type.placeholders());
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(
                    field,
                    "Ukendt pladsholder: "
                            + String.join(
                                    ", ",
                                    unknown.stream().map(t -> "{" + t + "}").toList())
                            + ". Mulige: "
                            + String.join(
                                    ", ",
                                    type.placeholders().stream()
                                            .sorted()
                                            .map(p -> "{" + p.token() + "}")
                                            .toList())));
        }
    }

    private Optional<Template> stored(MessageType type) {
        return jdbc.sql("""
                        select subject, body, updated_by, updated_at from mail_template
                        where tenant_id = ? and message_type = ?
                        """)
                .params(scope(type), type.key())
                .query((rs, n) -> new Template(
                        type,
                        rs.getString("subject"),
                        rs.getString("body"),
                        true,
                        rs.getString("updated_by"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .optional();
    }

    private static String scope(MessageType type) {
        return type.audience() == MessageType.Audience.BOARD
                ? BOARD_SCOPE
                : TenantContext.require().value();
    }

    /** The board edits its texts, a municipality's administrator the municipality's; the platform's nobody. */
    static boolean mayEdit(MessageType type, CurrentUser user) {
        return switch (type.audience()) {
            case BOARD -> user.has(Role.BOARD);
            case MUNICIPALITY -> user.has(Role.ADMINISTRATOR);
            case PLATFORM -> false;
        };
    }

    private static void requireEditor(MessageType type, CurrentUser user) {
        if (!mayEdit(type, user)) {
            throw ApiProblemException.forbidden(
                    switch (type.audience()) {
                        case BOARD -> "Kun kravredaktionen kan ændre denne skabelon";
                        case MUNICIPALITY -> "Kun kommunens administrator kan ændre mailskabeloner";
                        case PLATFORM -> "Platformens egne beskeder kan ikke ændres";
                    });
        }
    }
}
