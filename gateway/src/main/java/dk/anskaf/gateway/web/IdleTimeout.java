package dk.anskaf.gateway.web;

import dk.anskaf.gateway.GatewayProperties;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds a response body by silence, not by its total length.
 *
 * <p>Spring Cloud Gateway's {@code response-timeout} (route metadata, or
 * {@code spring.cloud.gateway.server.webflux.httpclient.response-timeout}) is a {@code Flux.timeout} in
 * {@code NettyRoutingFilter} on the arrival of the response head only: once status and headers are in,
 * the body is copied with no time limit at all, so a service that stalls in the middle of a file would
 * hold the client and the connection for ever. A {@link ReadTimeoutHandler} added when the head arrives
 * closes the upstream connection after {@link GatewayProperties#idleTimeout()} without a byte; the
 * client's response then ends unfinished and {@link GatewayErrors} logs and counts it
 * ({@code reason=idle-timeout}). Reactor Netty removes the handler when the connection goes back to
 * the pool. The wait for the head stays the route's own timeout (fail fast when a service hangs).
 */
@Configuration(proxyBeanMethods = false)
class IdleTimeout {

    static final String HANDLER = "anskaf-idle-timeout";

    @Bean
    HttpClientCustomizer idleTimeoutOnResponseBodies(GatewayProperties properties) {
        long millis = properties.idleTimeout().toMillis();
        return client -> client.doOnResponse((response, connection) ->
                connection.addHandlerLast(HANDLER, new ReadTimeoutHandler(millis, TimeUnit.MILLISECONDS)));
    }
}
