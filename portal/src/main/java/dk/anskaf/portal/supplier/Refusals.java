package dk.anskaf.portal.supplier;

import dk.anskaf.platform.client.ServiceProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal of dialogue-service as the supplier pages show it beside the form: per field for a 400, and
 * the reason of a 409 (deadline passed, already finished, answers missing) in the user's language from the
 * platform's problem texts by its slug, else the service's own Danish detail.
 */
@Component
class Refusals {

    /** When the service gave neither a known slug nor a detail. */
    static final String GENERAL = "supplier.refused";

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** The messages by field in the form's order; a refusal without fields under {@code ""}. */
    Map<String, String> of(ServiceProblemException refusal, List<String> fieldOrder) {
        if (refusal instanceof ServiceProblemException.BadRequest
                && !refusal.fieldErrors().isEmpty()) {
            return refusal.messagesByField(fieldOrder, reason(refusal));
        }
        Map<String, String> general = new LinkedHashMap<>();
        general.put("", reason(refusal));
        return general;
    }

    /** One of the supplier pages' own texts in the user's language. */
    String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The reason in the user's language: the slug's text, else the service's detail, else a general one. */
    String reason(ServiceProblemException refusal) {
        var locale = LocaleContextHolder.getLocale();
        String bySlug = refusal.type().isEmpty() ? null : messages.getMessage(refusal.type(), null, null, locale);
        if (bySlug != null) {
            return bySlug;
        }
        String detail = refusal.detail();
        return detail != null && !detail.isBlank() ? detail : messages.getMessage(GENERAL, null, GENERAL, locale);
    }
}
