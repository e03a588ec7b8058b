package dk.anskaf.gateway.web;

import dk.anskaf.gateway.GatewayProperties;
import dk.anskaf.platform.registry.ServiceEntry;
import dk.anskaf.platform.registry.ServiceRegistry;
import dk.anskaf.platform.registry.ServiceRoute;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * One gateway route as the registry describes it, with its target address and timeout resolved.
 *
 * @param route the registry's route (id, paths, order, kind)
 * @param service the name of the service it goes to, for the fallback
 * @param uri where that service listens
 * @param timeout how long the service may take to send its response head
 */
record RoutePlan(ServiceRoute route, String service, String uri, Duration timeout) {

    /**
     * Every route of the registry, in its order. A service's address is, first found:
     * {@code anskaf.gateway.<name>-url} (named after its {@code url-env}: {@code ANSKAF_CATALOG_URL} gives
     * {@code anskaf.gateway.catalog-url}), the variable {@code url-env} itself, or its local-run port.
     */
    static List<RoutePlan> from(ServiceRegistry registry, GatewayProperties properties, Environment environment) {
        return registry.services().stream()
                .flatMap(service -> service.routes().stream()
                        .map(route -> new RoutePlan(
                                route,
                                service.name(),
                                url(service, environment),
                                route.timeout() == ServiceRoute.Timeout.IMPORT
                                        ? properties.importTimeout()
                                        : properties.routeTimeout())))
                .toList();
    }

    static String url(ServiceEntry service, Environment environment) {
        String variable = service.urlEnv();
        String local = "http://localhost:" + service.port();
        if (variable == null) {
            return local;
        }
        String property = "anskaf.gateway."
                + variable.replaceFirst("^ANSKAF_", "").toLowerCase(Locale.ROOT).replace('_', '-');
        return environment.getProperty(property, environment.getProperty(variable, local));
    }
}
