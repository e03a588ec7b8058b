package dk.anskaf.platform.errors;

import java.net.URI;

/** Stable {@code type} URIs of Anskaf problems (RFC 9457); documented in docs/api.md. */
public final class ProblemTypes {

    public static final String BASE = "https://anskaf.dk/problems/";

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI CONFLICT = of("conflict");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI INTERNAL = of("internal");
    /** A token could not be checked because identity's key set did not answer; try again. */
    public static final URI AUTHENTICATION_UNAVAILABLE = of("authentication-unavailable");

    private ProblemTypes() {}

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
