package dk.anskaf.gateway.ratelimit;

import dk.anskaf.gateway.tenant.Problems;
import dk.anskaf.gateway.web.BrowserPage;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The routes' rate limit: in-memory token buckets per instance ({@link TokenBuckets}), keyed by
 * {@link RateLimitKeys} and chosen by {@link Limit}, so a request costs no database round trip. Every
 * counted answer carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}; a refused one is
 * 429 with {@code Retry-After} (whole seconds until a token is back), as problem+json for the API and
 * as a short Danish page for the portal's pages. Assets and the favicon are not counted.
 */
@Component
public class RateLimitFilter implements GatewayFilter {

    private final KeyResolver keys;
    private final RateLimitProperties properties;
    private final TokenBuckets buckets;

    RateLimitFilter(KeyResolver keys, RateLimitProperties properties) {
        this.keys = keys;
        this.properties = properties;
        this.buckets = new TokenBuckets(properties.maxTrackedKeys(), TimeMeter.SYSTEM_NANOTIME);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        return keys.resolve(exchange)
                .map(key -> Limit.of(path, key).map(limit -> decide(exchange, limit, key)))
                .flatMap(refused -> refused.orElse(Boolean.FALSE) ? refuse(exchange) : chain.filter(exchange));
    }

    /** @return whether the request is refused; the headers are set either way */
    private boolean decide(ServerWebExchange exchange, Limit limit, String key) {
        int perMinute = limit.perMinute(properties);
        ConsumptionProbe probe = buckets.take(limit.name() + ":" + key, perMinute);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("X-RateLimit-Limit", String.valueOf(perMinute));
        headers.set("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, seconds)));
        }
        return !probe.isConsumed();
    }

    private static Mono<Void> refuse(ServerWebExchange exchange) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return Problems.write(
                    exchange,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-requests",
                    "For mange forespørgsler",
                    "Vent det antal sekunder, Retry-After angiver, og prøv igen");
        }
        return BrowserPage.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                "For mange forespørgsler",
                "Der er kommet usædvanligt mange forespørgsler fra din adresse. Vent et øjeblik, og prøv igen.",
                "Too many requests from your address. Please wait a moment and try again.");
    }
}
