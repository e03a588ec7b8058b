package dk.anskaf.platform.client;

import dk.anskaf.platform.errors.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a refusal's body as RFC 9457 problem+json; anything else counts as no problem at all. */
final class ProblemReader {

    /** A problem is a few hundred bytes; a larger body is an error page of something else, not read further. */
    static final int MAX_BYTES = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemReader() {}

    static ServiceProblemException exception(int status, @Nullable InputStream body) {
        return ServiceProblemException.of(status, read(body));
    }

    static ServiceProblemException.@Nullable Problem read(@Nullable InputStream body) {
        if (body == null) {
            return null;
        }
        try (body) {
            return parse(body.readNBytes(MAX_BYTES));
        } catch (IOException unreadable) {
            return null;
        }
    }

    static ServiceProblemException.@Nullable Problem parse(byte[] body) {
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return null;
        }
        if (problem == null || !problem.isObject()) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            String message = error.path("message").asString("");
            if (!message.isEmpty()) {
                errors.add(new FieldError(field, message));
            }
        }
        return new ServiceProblemException.Problem(
                slug(problem.path("type").asString("")), text(problem, "title"), text(problem, "detail"), errors);
    }

    /** {@code https://anskaf.dk/problems/not-found} → {@code not-found}; {@code about:blank} → empty. */
    static String slug(String type) {
        if (!type.startsWith("http")) {
            return "";
        }
        String path = type.endsWith("/") ? type.substring(0, type.length() - 1) : type;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static @Nullable String text(JsonNode problem, String member) {
        JsonNode value = problem.path(member);
        return value.isString() ? value.asString() : null;
    }
}
