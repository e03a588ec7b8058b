package dk.anskaf.gateway.web;

import dk.anskaf.gateway.GatewayProperties;
import dk.anskaf.gateway.ratelimit.RateLimitFilter;
import dk.anskaf.gateway.tenant.Problems;
import dk.anskaf.platform.registry.ServiceRegistry;
import dk.anskaf.platform.registry.ServiceRoute;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;

/**
 * The routes of the service registry ({@code anskaf/services.yaml}), each through one of two shared filter
 * chains: every route has a rate limit (per tenant, or per address when anonymous; assets not counted), a
 * circuit breaker of the route's name answering when the service is down, a response timeout and the
 * browser's token relayed. API routes keep the browser's cookies at the gateway; page routes pass the
 * session's CSRF token on to the portal. An API path no service serves gets problem+json.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    ServiceRegistry serviceRegistry() {
        return ServiceRegistry.load();
    }

    @Bean
    RouteLocator anskafRoutes(
            RouteLocatorBuilder routes,
            ServiceRegistry registry,
            GatewayProperties properties,
            Environment environment,
            RateLimitFilter rateLimit) {
        RouteLocatorBuilder.Builder builder = routes.routes();
        for (RoutePlan plan : RoutePlan.from(registry, properties, environment)) {
            builder.route(plan.route().id(), route -> route(route, plan, rateLimit));
        }
        // An API path no service serves: problem+json like every other API answer, not a bare 404.
        return builder.route(
                        "unknown-api",
                        route -> route.order(Integer.MAX_VALUE)
                                .path("/api/**")
                                .filters(filter -> filter.filter((exchange, chain) -> Problems.write(
                                        exchange,
                                        HttpStatus.NOT_FOUND,
                                        "not-found",
                                        "Findes ikke",
                                        "Der er ingen tjeneste på denne adresse")))
                                .uri("no://op"))
                .build();
    }

    private static Buildable<Route> route(PredicateSpec spec, RoutePlan plan, RateLimitFilter rateLimit) {
        ServiceRoute route = plan.route();
        var paths = spec.order(route.order()).path(route.paths().toArray(String[]::new));
        var matching = route.except().isEmpty()
                ? paths
                : paths.and().not(except -> except.path(route.except().toArray(String[]::new)));
        boolean pages = route.kind() == ServiceRoute.Kind.PAGES;
        return matching.filters(filter -> {
                    filter.filter(rateLimit)
                            .circuitBreaker(circuit -> circuit.setName(route.id())
                                    .setFallbackUri("forward:/fallback/" + (pages ? "portal" : plan.service())))
                            .tokenRelay();
                    // Pages: the session's CSRF token for the portal's forms. APIs: the browser's cookies stay here.
                    return pages ? filter.filter(new PortalHeaders()) : filter.removeRequestHeader("Cookie");
                })
                .metadata(
                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, plan.timeout().toMillis())
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
                .uri(plan.uri());
    }
}
