package dk.anskaf.gateway.web;

import dk.anskaf.gateway.GatewayProperties;
import dk.anskaf.gateway.ratelimit.PostgresRateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes by path to the services that exist. Every route: rate limit (per tenant, or per address when
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
                        route -> route.path(
                                        "/api/v1/requirements/**", "/api/v1/classifications/**", "/api/v1/public/**")
                                .filters(filter -> filter.requestRateLimiter(rate ->
                                                rate.setRateLimiter(limiter).setKeyResolver(keys))
                                        .circuitBreaker(breaker ->
                                                breaker.setName("catalog").setFallbackUri("forward:/fallback/catalog"))
                                        .tokenRelay()
                                        .removeRequestHeader("Cookie"))
                                .metadata(
                                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                                        properties.routeTimeout().toMillis())
                                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
                                .uri(properties.catalogUrl()))
                .build();
    }
}
