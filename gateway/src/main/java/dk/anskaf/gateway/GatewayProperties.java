package dk.anskaf.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services listen is not here: the routes and their addresses come from the service registry
 * ({@code anskaf/services.yaml}, see {@code web.RoutePlan}).
 *
 * @param identityPublicUrl identity as browsers reach it (logout redirects)
 * @param baseDomain optional: municipality host names are {@code <slug>.<baseDomain>}; empty turns the
 *     host check off
 * @param routeTimeout how long a service may take to send its response head (status and headers) before
 *     the gateway gives up and answers 503 (the circuit breaker's fallback); the body is not covered
 * @param idleTimeout how long a response body may stay silent (no bytes from the service) before the
 *     gateway cuts it off; a download may take as long as bytes keep flowing (docs/operations.md)
 * @param importTimeout the same for a kravbank import (the catalogue's API and the portal's pages)
 */
@ConfigurationProperties("anskaf.gateway")
public record GatewayProperties(
        String identityPublicUrl,
        @DefaultValue("") String baseDomain,
        @DefaultValue("10s") Duration routeTimeout,
        @DefaultValue("30s") Duration idleTimeout,
        @DefaultValue("600s") Duration importTimeout) {}
