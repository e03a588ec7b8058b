package dk.anskaf.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The buckets on a clock the test turns, so refilling takes no real minutes. */
class TokenBucketsTests {

    final TestClock clock = new TestClock();
    final TokenBuckets buckets = new TokenBuckets(1000, clock);

    @Test
    void aBucketGivesAMinutesAllowanceThenRefusesWithTheWaitUntilTheNextToken() {
        IntStream.range(0, 6)
                .forEach(i -> assertThat(buckets.take("a", 6).isConsumed()).isTrue());

        ConsumptionProbe refused = buckets.take("a", 6);

        assertThat(refused.isConsumed()).isFalse();
        assertThat(refused.getRemainingTokens()).isZero();
        // Six a minute refill one token every ten seconds.
        assertThat(Duration.ofNanos(refused.getNanosToWaitForRefill())).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void tokensComeBackEvenlyOverTheMinuteAndNeverBeyondTheAllowance() {
        IntStream.range(0, 6).forEach(i -> buckets.take("a", 6));

        clock.advance(Duration.ofSeconds(10));
        assertThat(buckets.take("a", 6).isConsumed()).isTrue();
        assertThat(buckets.take("a", 6).isConsumed()).isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(IntStream.range(0, 7).filter(i -> buckets.take("a", 6).isConsumed()))
                .hasSize(6);
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        IntStream.range(0, 3).forEach(i -> buckets.take("ANONYMOUS:ip:192.0.2.1", 3));

        assertThat(buckets.take("ANONYMOUS:ip:192.0.2.1", 3).isConsumed()).isFalse();
        assertThat(buckets.take("ANONYMOUS:ip:192.0.2.2", 3).isConsumed()).isTrue();
        assertThat(buckets.take("KRAVBANK_DOWNLOAD:ip:192.0.2.1", 3).isConsumed())
                .isTrue();
    }

    @Test
    void memoryIsBoundedHoweverManyAddressesCall() {
        TokenBuckets bounded = new TokenBuckets(100, clock);

        IntStream.range(0, 10_000).forEach(i -> bounded.take("ip:10.0." + (i / 256) + "." + (i % 256), 5));

        assertThat(bounded.trackedKeys()).isLessThanOrEqualTo(100);
    }

    static final class TestClock implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
