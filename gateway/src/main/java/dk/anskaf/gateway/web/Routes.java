package dk.anskaf.gateway.web;

import dk.anskaf.gateway.GatewayProperties;
import dk.anskaf.gateway.ratelimit.PostgresRateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes by path to the services that exist; every other page goes to the portal. Every route: rate limit (per tenant, or per address when
 * anonymous), a circuit breaker answering problem+json when the service is down, a response timeout,
 * the browser's token relayed and its cookies kept at the gateway.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    RouteLocator anskafRoutes(
            RouteLocatorBuilder routes, GatewayProperties properties, PostgresRateLimiter limiter, KeyResolver keys) {
        return routes.routes()
                .route(
                        "catalog",
                        route -> service(
                                route.path(
                                        "/api/v1/requirements/**",
                                        "/api/v1/classifications/**",
                                        "/api/v1/public/**",
                                        "/api/v1/kravbank.*",
                                        "/api/v1/imports/**",
                                        "/api/v1/guided-selection",
                                        "/api/v1/promotion-requests/**",
                                        "/api/v1/board/**",
                                        "/api/v1/community/**"),
                                "catalog",
                                properties.catalogUrl(),
                                properties,
                                limiter,
                                keys))
                .route(
                        "notification",
                        route -> service(
                                route.path(
                                        "/api/v1/mail-templates/**",
                                        "/api/v1/mail-settings",
                                        "/api/v1/mail-messages/**"),
                                "notification",
                                properties.notificationUrl(),
                                properties,
                                limiter,
                                keys))
                .route(
                        "portal",
                        route -> route.order(1000)
                                .path("/**")
                                .and()
                                .not(api -> api.path("/api/**", "/actuator/**", "/fallback/**"))
                                .filters(filter -> filter.requestRateLimiter(rate ->
                                                rate.setRateLimiter(limiter).setKeyResolver(keys))
                                        .circuitBreaker(breaker ->
                                                breaker.setName("portal").setFallbackUri("forward:/fallback/portal"))
                                        .tokenRelay()
                                        .filter(new PortalHeaders()))
                                .metadata(
                                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                                        properties.routeTimeout().toMillis())
                                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
                                .uri(properties.portalUrl()))
                .build();
    }

    private static Buildable<Route> service(
            BooleanSpec paths,
            String name,
            String url,
            GatewayProperties properties,
            PostgresRateLimiter limiter,
            KeyResolver keys) {
        return paths.filters(filter -> filter.requestRateLimiter(
                                rate -> rate.setRateLimiter(limiter).setKeyResolver(keys))
                        .circuitBreaker(breaker -> breaker.setName(name).setFallbackUri("forward:/fallback/" + name))
                        .tokenRelay()
                        .removeRequestHeader("Cookie"))
                .metadata(
                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                        properties.routeTimeout().toMillis())
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
                .uri(url);
    }
}
