package dk.anskaf.platform.errors;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A business rule said no, named by a stable slug. Business code throws a feature's subclass (e.g. {@code
 * PromotionAlreadyPending}) and says nothing about HTTP or wording: {@link ProblemDetailsAdvice} maps the
 * {@link Kind} to a status and problem {@code type} in one place, and the text is the slug's entry in the
 * message bundle {@code anskaf/problems} (Danish, {@code _en} English), formatted with {@link #args()}.
 *
 * <p>Problem types: {@code not-found}, {@code forbidden} and {@code validation} for those kinds (an
 * {@link Kind#INVALID} names its field in {@code errors}); a {@link Kind#CONFLICT}'s type is its slug,
 * e.g. {@code https://anskaf.dk/problems/promotion-pending}. Nothing of the request has been stored.
 */
public abstract class DomainException extends RuntimeException {

    /** What kind of no it is; the only thing the HTTP mapping reads besides the slug. */
    public enum Kind {
        /** The thing does not exist, or the caller may not see it (row-level security hides it). */
        NOT_FOUND,
        /** The thing exists but its state forbids the step. */
        CONFLICT,
        /** The caller may see the thing but not take this step. */
        FORBIDDEN,
        /** One field of the request breaks a rule that needs the stored state to check. */
        INVALID
    }

    private final Kind kind;
    private final String slug;
    private final @Nullable String field;
    private final Object[] args;

    /**
     * @param slug stable, lower-case with hyphens; the message key, and a conflict's problem type
     * @param args values for the message's {@code {0}}, {@code {1}} …
     */
    protected DomainException(Kind kind, String slug, Object... args) {
        this(kind, slug, null, args);
    }

    /** An {@link Kind#INVALID} value of {@code field} (the request's member name). */
    protected DomainException(String field, String slug, Object... args) {
        this(Kind.INVALID, slug, field, args);
    }

    private DomainException(Kind kind, String slug, @Nullable String field, Object[] args) {
        super(slug + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.slug = slug;
        this.field = field;
        this.args = args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    /** The request member at fault, for {@link Kind#INVALID}; otherwise null. */
    public @Nullable String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
