package dk.anskaf.platform.errors;

import dk.anskaf.platform.tenancy.MissingTenantException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The single error shape of every Anskaf API: RFC 9457 problem+json with a stable {@code type}, a
 * Danish title, and for validation failures a list of field errors. Unexpected errors are logged and
 * answered without internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblemException e) {
        return respond(problem(e.status(), e.type(), e.title(), e.getMessage(), e.fieldErrors()));
    }

    /** Every feature's domain errors, including the platform's own ({@link MissingTenantException}). */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, WebRequest request) {
        return respond(
                DomainProblems.toProblem(e, ProblemMessages.localeFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(problem(
                HttpStatus.FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                "Ingen adgang",
                "Din rolle giver ikke adgang til dette",
                List.of()));
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationCredentialsNotFoundException e) {
        return respond(problem(
                HttpStatus.UNAUTHORIZED,
                ProblemTypes.UNAUTHENTICATED,
                "Log ind",
                "Log ind for at fortsætte",
                List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ugyldige oplysninger",
                "Et eller flere felter er ugyldige",
                List.of(new FieldError(e.getName(), "har en ugyldig værdi"))));
    }

    /** An upload the server cannot parse (Tomcat refuses a file name with NUL) is bad input, not our error. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ugyldige oplysninger",
                "Filen kunne ikke modtages (fx et filnavn med styretegn); omdøb filen, og prøv igen",
                List.of(new FieldError("file", "kunne ikke modtages"))));
    }

    /**
     * The database's own refusals that a request can cause: a row-level-security policy saying no
     * (SQLState 42501 with PostgreSQL's "row-level security" message) is a 403, a value PostgreSQL cannot
     * store (class 22, e.g. 22021 for NUL) a 400. Anything else from the database is unexpected.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e) {
        SQLException cause = sqlCause(e);
        String state = cause == null ? null : cause.getSQLState();
        if ("42501".equals(state) && String.valueOf(cause.getMessage()).contains("row-level security")) {
            log.info("Refused by row-level security: {}", cause.getMessage());
            return respond(problem(
                    HttpStatus.FORBIDDEN,
                    ProblemTypes.FORBIDDEN,
                    "Ingen adgang",
                    "Du har ikke adgang til at ændre dette",
                    List.of()));
        }
        if (state != null && state.startsWith("22")) {
            log.warn("Value refused by the database ({}): {}", state, cause.getMessage());
            return respond(problem(
                    HttpStatus.BAD_REQUEST,
                    ProblemTypes.VALIDATION,
                    "Ugyldige oplysninger",
                    "En af værdierne kan ikke gemmes. Intet er gemt.",
                    List.of()));
        }
        return unexpected(e);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL,
                "Der skete en fejl",
                "Der skete en uventet fejl. Prøv igen senere.",
                List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return body(problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ugyldige oplysninger",
                "Et eller flere felter er ugyldige",
                errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return body(problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.VALIDATION,
                "Ugyldige oplysninger",
                "Et eller flere felter er ugyldige",
                errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return body(problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        ProblemTypes.PAYLOAD_TOO_LARGE,
                        "For stor forespørgsel",
                        tooLarge.getMessage(),
                        List.of()));
            }
        }
        return body(problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST,
                "Ulæselig forespørgsel",
                "Forespørgslens indhold kunne ikke læses som gyldig JSON",
                List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return body(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "Forkert indholdstype",
                "Send application/json",
                List.of()));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail
                && (detail.getType() == null || detail.getType().equals(URI.create("about:blank")))) {
            detail.setType(ProblemTypes.of(slugOf(statusCode)));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static ProblemDetail problem(HttpStatus status, URI type, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static String slugOf(HttpStatusCode status) {
        return status instanceof HttpStatus known
                ? known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                : "http-" + status.value();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
