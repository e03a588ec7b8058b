package dk.anskaf.local;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny stand-in for a service hit by an OutOfMemoryError: a non-daemon thread keeps the process alive
 * (like Tomcat's), a worker allocates until the heap is exhausted. Without
 * {@code -XX:+ExitOnOutOfMemoryError} the worker dies, its memory is freed and the process lingers.
 */
public final class OutOfMemoryVictim {

    private OutOfMemoryVictim() {}

    public static void main(String[] args) throws Exception {
        Thread.ofPlatform().name("server").start(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.ofPlatform().name("worker").start(() -> {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[128 * 1024]);
            }
        });
    }
}
