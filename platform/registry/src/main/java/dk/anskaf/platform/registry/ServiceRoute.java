package dk.anskaf.platform.registry;

import java.util.List;

/**
 * One gateway route to a service.
 *
 * @param id the route's name, unique across the registry; also the name of its circuit breaker
 * @param paths Spring path patterns the route takes, never empty
 * @param except patterns taken out of {@code paths} again (the portal's catch-all leaves the APIs alone)
 * @param order lower wins where patterns of two routes overlap
 * @param kind which of the gateway's filter chains the route gets
 * @param timeout which of the gateway's timeouts bounds the response head
 */
public record ServiceRoute(String id, List<String> paths, List<String> except, int order, Kind kind, Timeout timeout) {

    public ServiceRoute {
        paths = List.copyOf(paths);
        except = List.copyOf(except);
    }

    /** The gateway's two filter chains. */
    public enum Kind {
        /** A JSON API: problem+json when the service is away, the browser's cookies not passed on. */
        API,
        /** The portal's web pages: a Danish page when the portal is away, CSRF and session headers passed on. */
        PAGES
    }

    /** Which gateway timeout applies. */
    public enum Timeout {
        /** {@code anskaf.gateway.route-timeout}, for everything that answers in seconds. */
        ROUTE,
        /** {@code anskaf.gateway.import-timeout}, for a kravbank import of up to 100,000 rows. */
        IMPORT
    }
}
