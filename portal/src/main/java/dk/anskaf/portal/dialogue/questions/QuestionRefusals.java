package dk.anskaf.portal.dialogue.questions;

import dk.anskaf.platform.client.ServiceProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal of the questions endpoints as both sides' question pages show it: a 400's messages at the
 * form's fields, any other reason (409 deadline passed, already published) above the form, in the user's
 * language from the platform's problem texts by slug; a text whose slug needs arguments the portal does not
 * have ("Svarfristen {0} …") is the service's own Danish detail, which has them. 404 and 5xx go on to the
 * portal's error pages.
 */
@Component
public class QuestionRefusals {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    private final MessageSource messages;

    QuestionRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @return field → message in the form's order; a reason without a field under {@code ""}
     * @throws ServiceProblemException the refusal itself when it is neither 400 nor 409
     */
    public Map<String, String> onForm(ServiceProblemException refused, List<String> fieldOrder) {
        if (refused.status() != 400 && refused.status() != 409) {
            throw refused;
        }
        if (refused.status() == 400 && !refused.fieldErrors().isEmpty()) {
            return refused.messagesByField(fieldOrder, reason(refused));
        }
        Map<String, String> general = new LinkedHashMap<>();
        general.put("", reason(refused));
        return general;
    }

    /** One of the question pages' own texts in the user's language. */
    public String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String reason(ServiceProblemException refused) {
        var locale = LocaleContextHolder.getLocale();
        String detail = refused.detail();
        boolean hasDetail = detail != null && !detail.isBlank();
        String bySlug = refused.type().isEmpty() ? null : messages.getMessage(refused.type(), null, null, locale);
        if (bySlug != null && !(hasDetail && ARGUMENT.matcher(bySlug).find())) {
            return bySlug;
        }
        return hasDetail ? detail : messages.getMessage("error.409", null, "error.409", locale);
    }
}
