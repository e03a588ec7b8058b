package dk.anskaf.platform.client;

import dk.anskaf.platform.errors.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Another service refused a call (it answered 4xx or 5xx) or did not answer at all. Read from the refusal's
 * RFC 9457 problem+json, the shape every Anskaf service answers with (docs/api.md): {@code status}, the
 * {@code type}'s last path segment as {@link #type() slug} ({@code validation}, {@code not-found}, ...), the
 * {@code title}, the {@code detail} and the {@code errors} member's field errors. A body that is not
 * problem+json gives the status alone, with an empty slug.
 *
 * <p>The status decides the subclass, so a caller catches what it can handle ({@link BadRequest} to show
 * field errors, {@link PreconditionFailed} for a conflicting edit) and lets the rest reach its error page.
 * {@link Unavailable} covers both a server error and no answer (status {@value #NO_ANSWER}: connection refused,
 * timeout): either way nothing can be assumed to have happened.
 *
 * <p>Thrown by the Feign clients and by {@code RestClient}s built from Boot's builder in any application on
 * the platform (see {@link ServiceClientsAutoConfiguration}).
 */
public class ServiceProblemException extends RuntimeException {

    /** The status of a call that got no answer. */
    public static final int NO_ANSWER = -1;

    private final int status;
    private final String type;
    private final @Nullable String title;
    private final @Nullable String detail;
    private final List<FieldError> fieldErrors;

    ServiceProblemException(
            int status,
            String type,
            @Nullable String title,
            @Nullable String detail,
            List<FieldError> fieldErrors,
            @Nullable Throwable cause) {
        super(describe(status, type, detail), cause);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** The exception for a refusal with this status and (possibly absent) problem; chooses the subclass. */
    public static ServiceProblemException of(int status, @Nullable Problem problem) {
        Problem p = problem == null ? Problem.NONE : problem;
        return switch (status) {
            case 400 -> new BadRequest(p);
            case 404 -> new NotFound(p);
            case 409 -> new Conflict(p);
            case 412 -> new PreconditionFailed(p);
            default ->
                status >= 500
                        ? new Unavailable(status, p, null)
                        : new ServiceProblemException(status, p.type(), p.title(), p.detail(), p.errors(), null);
        };
    }

    /** The service did not answer (connection refused, timeout, reset). */
    public static Unavailable noAnswer(String service, Throwable cause) {
        return new Unavailable(
                NO_ANSWER, new Problem("service-unavailable", null, service + " did not answer", List.of()), cause);
    }

    /** The HTTP status the service answered, or {@value #NO_ANSWER} if it did not answer. */
    public int status() {
        return status;
    }

    /** The problem type's slug (last path segment of {@code type}); empty if the body was no problem. */
    public String type() {
        return type;
    }

    public @Nullable String title() {
        return title;
    }

    public @Nullable String detail() {
        return detail;
    }

    /** The field errors of a validation problem, in the service's order; empty for other problems. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Whether the service could not handle the call at all (5xx or no answer), as opposed to refusing it. */
    public boolean unavailable() {
        return status == NO_ANSWER || status >= 500;
    }

    /**
     * The first message per field, ordered as a form shows its fields ({@code fieldOrder} first, then the
     * rest in the service's order); without field errors, the detail (or {@code fallback}) under {@code ""}.
     */
    public Map<String, String> messagesByField(List<String> fieldOrder, String fallback) {
        Map<String, String> byField = new LinkedHashMap<>();
        fieldErrors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        if (byField.isEmpty()) {
            byField.put("", detail == null || detail.isBlank() ? fallback : detail);
        }
        List<String> order = new ArrayList<>(fieldOrder);
        order.removeIf(field -> !byField.containsKey(field));
        Map<String, String> ordered = new LinkedHashMap<>();
        order.forEach(field -> ordered.put(field, byField.get(field)));
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String describe(int status, String type, @Nullable String detail) {
        return (status == NO_ANSWER ? "no answer" : "status " + status)
                + (type.isEmpty() ? "" : " (" + type + ")")
                + (detail == null ? "" : ": " + detail);
    }

    /** The members of a problem+json body that callers use. */
    public record Problem(
            String type, @Nullable String title, @Nullable String detail, List<FieldError> errors) {

        static final Problem NONE = new Problem("", null, null, List.of());

        public Problem {
            errors = List.copyOf(errors);
        }
    }

    /** 400: the input was refused; {@link #fieldErrors()} names the fields. */
    public static final class BadRequest extends ServiceProblemException {
        BadRequest(Problem p) {
            super(400, p.type(), p.title(), p.detail(), p.errors(), null);
        }
    }

    /** 404: not there, or not the caller's (services answer both the same way). */
    public static final class NotFound extends ServiceProblemException {
        NotFound(Problem p) {
            super(404, p.type(), p.title(), p.detail(), p.errors(), null);
        }
    }

    /** 409: the request conflicts with the current state (a duplicate, a thing still in use). */
    public static final class Conflict extends ServiceProblemException {
        Conflict(Problem p) {
            super(409, p.type(), p.title(), p.detail(), p.errors(), null);
        }
    }

    /** 412: the version the caller started from is no longer the current one. */
    public static final class PreconditionFailed extends ServiceProblemException {
        PreconditionFailed(Problem p) {
            super(412, p.type(), p.title(), p.detail(), p.errors(), null);
        }
    }

    /** 5xx or no answer: nothing can be assumed to have happened; the caller may try again later. */
    public static final class Unavailable extends ServiceProblemException {
        Unavailable(int status, Problem p, @Nullable Throwable cause) {
            super(status, p.type(), p.title(), p.detail(), p.errors(), cause);
        }
    }
}
