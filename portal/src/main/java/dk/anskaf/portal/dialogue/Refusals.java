package dk.anskaf.portal.dialogue;

import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.ServiceErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a form shows when dialogue-service refuses it: a 400's field errors at their fields, and a 409's
 * reason (a move the dialogue's state forbids, a CVR already registered) above the form, both with
 * everything the user typed kept. Any other refusal goes on to the portal's error pages.
 */
@Component
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param fieldOrder the form's fields in the order it shows them (the error summary's order)
     * @return field → message; a reason without a field under {@code ""}
     * @throws ServiceProblemException the refusal itself when it is neither 400 nor 409
     */
    public Map<String, String> onForm(ServiceProblemException refused, List<String> fieldOrder) {
        if (refused.status() == 400) {
            return refused.messagesByField(fieldOrder, ServiceErrors.REFUSED);
        }
        if (refused.status() == 409) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("", reason(refused));
            return errors;
        }
        throw refused;
    }

    /**
     * The reason in the user's language from the platform's problem texts when its slug has one, else
     * the service's own detail (Danish), else the general sentence for a conflict.
     */
    public String reason(ServiceProblemException refused) {
        String text = refused.type().isEmpty()
                ? null
                : messages.getMessage(refused.type(), null, null, LocaleContextHolder.getLocale());
        if (text != null) {
            return text;
        }
        if (refused.detail() != null && !refused.detail().isBlank()) {
            return refused.detail();
        }
        return messages.getMessage("error.409", null, ServiceErrors.REFUSED, LocaleContextHolder.getLocale());
    }

    /** A text of the dialogue pages' own checks, in the user's language. */
    public String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The errors in the order of the form's fields (the error summary's order), then any others. */
    static Map<String, String> inOrder(Map<String, String> errors, List<String> fieldOrder) {
        Map<String, String> ordered = new LinkedHashMap<>();
        fieldOrder.stream().filter(errors::containsKey).forEach(field -> ordered.put(field, errors.get(field)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
