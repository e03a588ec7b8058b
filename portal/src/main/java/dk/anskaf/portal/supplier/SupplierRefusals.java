package dk.anskaf.portal.supplier;

import dk.anskaf.platform.client.ServiceProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal of dialogue-service as the supplier pages show it beside the form: per field for a 400, and
 * the reason of a 409 (deadline passed, already finished, answers missing) in the user's language from the
 * platform's problem texts by its slug, else the service's own Danish detail.
 */
@Component
class SupplierRefusals {

    /** When the service gave neither a known slug nor a detail. */
    static final String GENERAL = "supplier.refused";

    /** A MessageFormat argument: {0}, {1,number,#}, {0,choice,...}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    private final MessageSource messages;

    SupplierRefusals(MessageSource messages) {
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

    /**
     * The reason in the user's language: the slug's text, else the service's detail, else a general one. A
     * slug whose text has arguments ("Svarfristen {0} er overskredet") is the service's to fill: the portal
     * does not have them, so it shows the detail, which the service wrote with them, rather than a text
     * with its placeholders.
     */
    String reason(ServiceProblemException refusal) {
        var locale = LocaleContextHolder.getLocale();
        String detail = refusal.detail();
        boolean hasDetail = detail != null && !detail.isBlank();
        String bySlug = refusal.type().isEmpty() ? null : messages.getMessage(refusal.type(), null, null, locale);
        if (bySlug != null && !(hasDetail && ARGUMENT.matcher(bySlug).find())) {
            return bySlug;
        }
        return hasDetail ? detail : messages.getMessage(GENERAL, null, GENERAL, locale);
    }
}
