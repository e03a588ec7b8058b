package dk.anskaf.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * One Bucket4j token bucket per key, in this instance's memory only: no database on the request path.
 * Each bucket holds a minute's allowance and refills it evenly (greedily) over the minute, so a client
 * that paused gets its allowance back gradually instead of all at once at a window's edge.
 *
 * <p>The map is a Caffeine cache bounded in size and forgetting a bucket a minute after its last use:
 * by then it has refilled completely, so forgetting it changes no answer, and memory stays bounded
 * however many addresses call.
 */
final class TokenBuckets {

    static final Duration PERIOD = Duration.ofMinutes(1);

    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    TokenBuckets(long maxKeys, TimeMeter time) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(PERIOD)
                // Evict on the calling thread: a few map operations, and no pool thread to wait for.
                .executor(Runnable::run)
                .build();
        this.time = time;
    }

    /**
     * Takes one token from the key's bucket, creating it full if the key is new.
     *
     * @param key the limit's name and the caller's key, e.g. {@code ANONYMOUS:ip:192.0.2.1}
     * @param perMinute the bucket's size and refill per minute; fixed for a key at its first use
     */
    ConsumptionProbe take(String key, int perMinute) {
        return buckets.get(key, unused -> newBucket(perMinute)).tryConsumeAndReturnRemaining(1);
    }

    long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD))
                .withCustomTimePrecision(time)
                .build();
    }
}
