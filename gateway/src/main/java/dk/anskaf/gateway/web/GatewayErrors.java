package dk.anskaf.gateway.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Logs and counts every error the gateway answers itself, as opposed to a service's own answer passed
 * through: a service that did not answer in time or at all (503 from the circuit breaker's fallback), a
 * rate limit (429), a body over the limit (413), an API path no service serves (404), a response body
 * cut off after {@link dk.anskaf.gateway.GatewayProperties#idleTimeout() silence} (status {@code aborted}: the head had been
 * sent), and any other failure. One WARN line each, with the request id of {@link RequestIdFilter}, and
 * the counter {@value #METRIC} tagged {@code status}, {@code reason} and {@code route} (fixed sets: the
 * route ids and the reasons below, so the series stay few).
 *
 * <p>An answer came from a service when Netty's client response is on the exchange
 * ({@link ServerWebExchangeUtils#CLIENT_RESPONSE_ATTR}); 401 and 403 are the security chain's ordinary
 * answers to a missing or insufficient login, not faults, and are left to its own logging.
 */
@Component
class GatewayErrors implements WebFilter, Ordered {

    /** The counter's name (Prometheus: {@code anskaf_gateway_errors_total}). */
    static final String METRIC = "anskaf.gateway.errors";

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);
    private static final String FAILURE = GatewayErrors.class.getName() + ".failure";

    private final MeterRegistry meters;

    GatewayErrors(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public int getOrder() {
        // Right inside RequestIdFilter, so the id is known and every other filter's answer is seen.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // Recorded as the answer is committed, so the line is written before the client can read the answer.
        exchange.getResponse()
                .beforeCommit(() -> Mono.fromRunnable(() -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    if (status != null && answeredHere(exchange, status)) {
                        record(exchange, Integer.toString(status.value()), reason(status, exchange), cause(exchange));
                    }
                }));
        return chain.filter(exchange).doOnError(error -> {
            if (exchange.getResponse().isCommitted()) {
                record(exchange, "aborted", reason(error), error);
            } else {
                // The error handler answers next; the commit above records it with this cause.
                exchange.getAttributes().put(FAILURE, error);
            }
        });
    }

    private static boolean answeredHere(ServerWebExchange exchange, HttpStatusCode status) {
        return status.value() >= 400
                && status.value() != 401
                && status.value() != 403
                && exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR) == null;
    }

    private static String reason(HttpStatusCode status, ServerWebExchange exchange) {
        return switch (status.value()) {
            case 404 -> "unknown-route";
            case 413 -> "too-large";
            case 429 -> "rate-limited";
            default -> {
                Throwable cause = cause(exchange);
                yield cause == null ? "refused" : reason(cause);
            }
        };
    }

    /** Why the service gave no answer; the exception classes decide, never their messages. */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ReadTimeoutException) {
                return "idle-timeout";
            }
            if (t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.springframework.cloud.gateway.support.TimeoutException
                    || t instanceof ResponseStatusException rse
                            && rse.getStatusCode().value() == 504) {
                return "timeout";
            }
            if (t instanceof io.netty.channel.ConnectTimeoutException) {
                return "connect-timeout";
            }
            if (t instanceof ConnectException) {
                return "connection-refused";
            }
            if (t.getClass().getSimpleName().equals("CallNotPermittedException")) {
                return "circuit-open";
            }
        }
        return "error";
    }

    /** The failure the circuit breaker answered 503 for, or one the error handler is answering. */
    private static Throwable cause(ServerWebExchange exchange) {
        Throwable breaker = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        return breaker != null ? breaker : exchange.getAttribute(FAILURE);
    }

    private void record(ServerWebExchange exchange, String status, String reason, Throwable cause) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route == null ? "none" : route.getId();
        log.warn(
                "Gateway error status={} reason={} route={} requestId={} method={} path={} cause={}",
                status,
                reason,
                routeId,
                exchange.getResponse().getHeaders().getFirst(RequestIdFilter.HEADER),
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                cause == null ? "-" : cause.getClass().getName() + ": " + cause.getMessage());
        Counter.builder(METRIC)
                .description("Errors the gateway answered itself, not passed on from a service")
                .tag("status", status)
                .tag("reason", reason)
                .tag("route", routeId)
                .register(meters)
                .increment();
    }
}
