package dk.anskaf.platform.errors;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A business rule said no. Thrown by services, answered as problem+json with this status, stable type and
 * Danish-first message; nothing of the request has been stored.
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final List<FieldError> fieldErrors;

    public ApiProblemException(HttpStatus status, URI type, String title, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Ikke fundet", detail, List.of());
    }

    public static ApiProblemException conflict(String slug, String detail) {
        return new ApiProblemException(HttpStatus.CONFLICT, ProblemTypes.of(slug), "Konflikt", detail, List.of());
    }

    public static ApiProblemException invalidField(String field, String message) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ugyldige oplysninger",
                "Et eller flere felter er ugyldige",
                List.of(new FieldError(field, message)));
    }

    public static ApiProblemException forbidden(String detail) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Ingen adgang", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
