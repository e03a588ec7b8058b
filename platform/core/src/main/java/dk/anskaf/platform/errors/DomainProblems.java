package dk.anskaf.platform.errors;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one mapping of a {@link DomainException} to RFC 9457: its {@link DomainException.Kind} gives status
 * and type, its slug the text (see {@link ProblemMessages}). Features add exceptions and bundle entries,
 * never a status or a Danish string.
 */
public final class DomainProblems {

    private DomainProblems() {}

    /** The problem for {@code e}, worded in {@code locale}. */
    public static ProblemDetail toProblem(DomainException e, Locale locale) {
        ProblemMessages messages = ProblemMessages.shared();
        String text = messages.text(e.slug(), locale, e.args());
        String kind = kindKey(e.kind());
        String title = messages.textOr(e.slug() + ".title", "title." + kind, locale);
        if (e.kind() == DomainException.Kind.INVALID) {
            return ProblemDetailsAdvice.problem(
                    HttpStatus.BAD_REQUEST,
                    ProblemTypes.VALIDATION,
                    title,
                    messages.text("platform.validation", locale),
                    List.of(new FieldError(String.valueOf(e.field()), text)));
        }
        return ProblemDetailsAdvice.problem(status(e.kind()), type(e), title, text, List.of());
    }

    static HttpStatus status(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
    }

    static URI type(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ProblemTypes.NOT_FOUND;
            // A conflict is specific enough for clients to act on, so its slug is its type.
            case CONFLICT -> ProblemTypes.of(e.slug());
            case FORBIDDEN -> ProblemTypes.FORBIDDEN;
            case INVALID -> ProblemTypes.VALIDATION;
        };
    }

    private static String kindKey(DomainException.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
