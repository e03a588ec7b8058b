package dk.anskaf.gateway.ratelimit;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Which bucket a request draws from; assets draw from none. */
enum Limit {
    ANONYMOUS,
    MUNICIPALITY,
    SUPPLIER_ORGANISATION,
    KRAVBANK_DOWNLOAD;

    /**
     * The portal's static files and the favicon: fingerprinted and cached by the browser, and counting
     * them would let one uncached page view use five requests of an address's allowance.
     */
    private static final List<PathPattern> UNLIMITED = patterns("/assets/**", "/favicon.ico");

    /** A whole catalogue export each, anonymous or signed in. */
    private static final List<PathPattern> KRAVBANK = patterns("/api/v1/public/kravbank.*", "/api/v1/kravbank.*");

    /**
     * @param path the request's path within the application
     * @param key the caller's key from {@link RateLimitKeys} ({@code tenant:<id>}, {@code supplier:<organisation
     *     id>} or {@code ip:<address>})
     * @return the bucket to draw from, or empty for a request no limit counts
     */
    static Optional<Limit> of(PathContainer path, String key) {
        if (matches(UNLIMITED, path)) {
            return Optional.empty();
        }
        if (matches(KRAVBANK, path)) {
            return Optional.of(KRAVBANK_DOWNLOAD);
        }
        if (key.startsWith(RateLimitKeys.TENANT_PREFIX)) {
            return Optional.of(MUNICIPALITY);
        }
        return Optional.of(key.startsWith(RateLimitKeys.SUPPLIER_PREFIX) ? SUPPLIER_ORGANISATION : ANONYMOUS);
    }

    int perMinute(RateLimitProperties properties) {
        return switch (this) {
            case ANONYMOUS -> properties.anonymousPerMinute();
            case MUNICIPALITY -> properties.municipalityPerMinute();
            case SUPPLIER_ORGANISATION -> properties.supplierOrganisationPerMinute();
            case KRAVBANK_DOWNLOAD -> properties.kravbankDownloadsPerMinute();
        };
    }

    private static boolean matches(List<PathPattern> patterns, PathContainer path) {
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static List<PathPattern> patterns(String... patterns) {
        return List.of(patterns).stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }
}
