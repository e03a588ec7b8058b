package dk.anskaf.platform.text;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.FieldError;
import dk.anskaf.platform.errors.ProblemTypes;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses every {@code @RequestBody} whose text breaks {@link ControlCharacters} with a 400 problem naming
 * each offending field, before the controller (and so the database) sees it. JSON escapes such as
 * {@code \u0000} are decoded by then, so this is the first place they can be seen.
 */
@ControllerAdvice
public class ControlCharacterBodyAdvice extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    public ControlCharacterBodyAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldError> errors = inspect(body);
        if (!errors.isEmpty()) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST,
                    ProblemTypes.VALIDATION,
                    "Ugyldige oplysninger",
                    "Teksten indeholder tegn der ikke kan gemmes",
                    errors);
        }
        return body;
    }

    private List<FieldError> inspect(Object body) {
        if (body instanceof CharSequence text) {
            return ControlCharacters.isClean(text)
                    ? List.of()
                    : List.of(new FieldError("body", ControlCharacters.describe(text)));
        }
        if (body instanceof byte[]) {
            return List.of();
        }
        JsonNode tree = body instanceof JsonNode node ? node : json.valueToTree(body);
        return TextInspection.of(tree);
    }
}
