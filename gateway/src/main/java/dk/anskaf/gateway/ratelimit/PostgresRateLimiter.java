package dk.anskaf.gateway.ratelimit;

import dk.anskaf.gateway.GatewayProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Fixed one-minute windows counted in PostgreSQL, so every gateway instance shares one count per key
 * (no Redis in this project). Keys are {@code ip:<address>} for anonymous callers and {@code
 * tenant:<id>} for signed-in ones. A denied request gets 429 with {@code Retry-After}.
 */
@Component
@Primary
public class PostgresRateLimiter extends AbstractRateLimiter<PostgresRateLimiter.Config> {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final GatewayProperties properties;

    PostgresRateLimiter(JdbcClient jdbc, GatewayProperties properties, ConfigurationService configuration) {
        super(Config.class, "postgres-rate-limiter", configuration);
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        return Mono.fromCallable(() -> check(key)).subscribeOn(Schedulers.boundedElastic());
    }

    private Response check(String key) {
        Instant now = Instant.now();
        Instant windowStart = Instant.ofEpochSecond(now.getEpochSecond() - now.getEpochSecond() % WINDOW.toSeconds());
        int count = jdbc.sql("""
                        insert into rate_limit_window (limiter_key, window_start, requests) values (?, ?, 1)
                        on conflict (limiter_key, window_start) do update set requests = rate_limit_window.requests + 1
                        returning requests
                        """)
                .params(key, java.sql.Timestamp.from(windowStart))
                .query(Integer.class)
                .single();
        int limit = key.startsWith("tenant:")
                ? properties.tenantRequestsPerMinute()
                : properties.anonymousRequestsPerMinute();
        long retryAfter = Math.max(1, windowStart.plus(WINDOW).getEpochSecond() - now.getEpochSecond());
        if (count > limit) {
            return new Response(false, Map.of("Retry-After", String.valueOf(retryAfter), "X-RateLimit-Remaining", "0"));
        }
        return new Response(true, Map.of("X-RateLimit-Remaining", String.valueOf(limit - count)));
    }

    /** Old windows are of no use; removed now and then by {@link RateLimitWindowCleanup}. */
    int purgeOlderThan(Duration age) {
        return jdbc.sql("delete from rate_limit_window where window_start < now() - make_interval(secs => ?)")
                .param(age.toSeconds())
                .update();
    }

    /** Per-route settings are not used: limits come from {@link GatewayProperties}. */
    public static class Config {}
}
