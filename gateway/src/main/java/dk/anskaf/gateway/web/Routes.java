package dk.anskaf.gateway.web;

import dk.anskaf.gateway.GatewayProperties;
import dk.anskaf.gateway.ratelimit.RateLimitFilter;
import dk.anskaf.gateway.tenant.Problems;
import java.time.Duration;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Routes by path to the services that exist; every other page goes to the portal. Every route: rate limit (per tenant, or per address when
 * anonymous; assets not counted), a circuit breaker answering problem+json when the service is down, a response timeout,
 * the browser's token relayed and its cookies kept at the gateway.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    RouteLocator anskafRoutes(RouteLocatorBuilder routes, GatewayProperties properties, RateLimitFilter rateLimit) {
        return routes.routes()
                // A kravbank import checks or writes up to thousands of rows in one request: longer timeout.
                .route(
                        "catalog-imports",
                        route -> service(
                                route.order(-1).path("/api/v1/imports/**"),
                                "catalog-imports",
                                "catalog",
                                properties.catalogUrl(),
                                properties.importTimeout(),
                                rateLimit))
                .route(
                        "catalog",
                        route -> service(
                                route.path(
                                        "/api/v1/requirements/**",
                                        "/api/v1/attachments/**",
                                        "/api/v1/classifications/**",
                                        "/api/v1/public/**",
                                        "/api/v1/kravbank.*",
                                        "/api/v1/imports/**",
                                        "/api/v1/guided-selection",
                                        "/api/v1/promotion-requests/**",
                                        "/api/v1/board/**",
                                        "/api/v1/community/**"),
                                "catalog",
                                "catalog",
                                properties.catalogUrl(),
                                properties.routeTimeout(),
                                rateLimit))
                .route(
                        "notification",
                        route -> service(
                                route.path(
                                        "/api/v1/mail-templates/**",
                                        "/api/v1/mail-settings",
                                        "/api/v1/mail-messages/**"),
                                "notification",
                                "notification",
                                properties.notificationUrl(),
                                properties.routeTimeout(),
                                rateLimit))
                // An API path no service serves: problem+json like every other API answer, not a bare 404.
                .route(
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
                .route(
                        "portal-imports",
                        route -> portal(
                                route.order(999).path("/import/**"),
                                "portal-imports",
                                properties,
                                properties.importTimeout(),
                                rateLimit))
                .route(
                        "portal",
                        route -> portal(
                                route.order(1000)
                                        .path("/**")
                                        .and()
                                        .not(api -> api.path("/api/**", "/actuator/**", "/fallback/**")),
                                "portal",
                                properties,
                                properties.routeTimeout(),
                                rateLimit))
                .build();
    }

    /** Every page: to the portal with the session's token and the CSRF token for its forms. */
    private static Buildable<Route> portal(
            BooleanSpec paths,
            String breaker,
            GatewayProperties properties,
            Duration timeout,
            RateLimitFilter rateLimit) {
        return paths.filters(filter -> filter.filter(rateLimit)
                        .circuitBreaker(circuit -> circuit.setName(breaker).setFallbackUri("forward:/fallback/portal"))
                        .tokenRelay()
                        .filter(new PortalHeaders()))
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, timeout.toMillis())
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
                .uri(properties.portalUrl());
    }

    /**
     * @param breaker the circuit breaker's name (its time limit in resilience4j.timelimiter.instances)
     * @param service the service's name in the fallback's problem+json
     */
    private static Buildable<Route> service(
            BooleanSpec paths,
            String breaker,
            String service,
            String url,
            Duration timeout,
            RateLimitFilter rateLimit) {
        return paths.filters(filter -> filter.filter(rateLimit)
                        .circuitBreaker(
                                circuit -> circuit.setName(breaker).setFallbackUri("forward:/fallback/" + service))
                        .tokenRelay()
                        .removeRequestHeader("Cookie"))
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, timeout.toMillis())
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
                .uri(url);
    }
}
