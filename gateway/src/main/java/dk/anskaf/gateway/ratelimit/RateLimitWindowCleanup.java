package dk.anskaf.gateway.ratelimit;

import java.time.Duration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
@EnableScheduling
class RateLimitWindowCleanup {

    private final PostgresRateLimiter limiter;

    RateLimitWindowCleanup(PostgresRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Scheduled(fixedDelay = 300_000, initialDelay = 60_000)
    void purge() {
        limiter.purgeOlderThan(Duration.ofMinutes(10));
    }
}
