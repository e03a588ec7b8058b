package dk.anskaf.identity.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key (a client address, or an account tried from one address) in fixed windows,
 * in this instance's memory. A key at its limit is refused until its window ends; a success forgets it.
 *
 * <p>Per instance on purpose: it answers before the database is asked, so a flood of guesses costs no
 * bcrypt and no transaction. With n instances behind a load balancer an address gets at most n times the
 * limit; the account-wide lock in PostgreSQL ({@code app_user.locked_until}) is shared by all. At most
 * {@link #MAX_KEYS} keys are kept, expired ones first dropped, so memory stays bounded under attack.
 */
final class LoginThrottle {

    static final int MAX_KEYS = 100_000;

    private record Window(Instant start, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;

    LoginThrottle(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Whether {@code key} has reached {@code limit} failures in its current window. */
    boolean blocked(String key, int limit) {
        Window current = windows.get(key);
        return current != null && !expired(current) && current.failures() >= limit;
    }

    void failed(String key) {
        if (windows.size() >= MAX_KEYS) {
            windows.values().removeIf(this::expired);
            if (windows.size() >= MAX_KEYS) {
                // Still full of live windows: forget the oldest half rather than grow without bound.
                Instant cutoff = Instant.now(clock).minus(window.dividedBy(2));
                windows.values().removeIf(w -> w.start().isBefore(cutoff));
            }
        }
        windows.compute(
                key,
                (k, current) -> current == null || expired(current)
                        ? new Window(Instant.now(clock), 1)
                        : new Window(current.start(), current.failures() + 1));
    }

    void forget(String key) {
        windows.remove(key);
    }

    private boolean expired(Window w) {
        return !Instant.now(clock).isBefore(w.start().plus(window));
    }
}
