package dk.anskaf.platform.errors;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: the version a change names in {@code If-Match} (the {@code ETag} a read
 * gave, {@code "3"} or {@code W/"3"}). A change without one is refused, so nobody overwrites blindly.
 */
public final class IfMatch {

    private IfMatch() {}

    /**
     * @param missingDetail the Danish detail when the header is absent, naming what carries the version
     * @return the version
     * @throws ApiProblemException 428 {@code if-match-required} without the header, 412 {@code stale-version}
     *     when it names no version
     */
    public static int version(@Nullable String ifMatch, String missingDetail) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblemException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    ProblemTypes.of("if-match-required"),
                    "Version mangler",
                    missingDetail,
                    List.of());
        }
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new ApiProblemException(
                    HttpStatus.PRECONDITION_FAILED,
                    ProblemTypes.of("stale-version"),
                    "Ukendt version",
                    "If-Match er ugyldig",
                    List.of());
        }
    }
}
