package dk.anskaf.local;

import java.time.Duration;

/**
 * How the launcher restarts a service that exits on its own: after a back-off that doubles from
 * {@code firstBackoff} up to {@code maxBackoff}, at most {@code maxRestarts} times within any
 * {@code window}; a service that keeps dying beyond that is left stopped, since restarting it again
 * would only hide the fault.
 */
record RestartPolicy(int maxRestarts, Duration window, Duration firstBackoff, Duration maxBackoff) {

    /** The local run's policy: five restarts in five minutes, waiting 1, 2, 4, 8, 16 s. */
    static final RestartPolicy DEFAULT =
            new RestartPolicy(5, Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(30));

    RestartPolicy {
        if (maxRestarts < 0
                || window.isNegative()
                || firstBackoff.isNegative()
                || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("Invalid restart policy");
        }
    }

    /** The wait before the given restart (1 for the first restart within the window). */
    Duration backoff(int restart) {
        int doublings = Math.min(Math.max(restart - 1, 0), 20);
        Duration backoff = firstBackoff.multipliedBy(1L << doublings);
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
