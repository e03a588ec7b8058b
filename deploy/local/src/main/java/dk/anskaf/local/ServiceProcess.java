package dk.anskaf.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A service JVM the launcher runs and keeps running. Once the service has been ready, an exit the
 * launcher did not ask for (a crash, {@code -XX:+ExitOnOutOfMemoryError}, {@code kill -9}) is reported on
 * the console and the process is started again under the {@link RestartPolicy}; its log file is appended
 * to, so the cause stays readable. A service that dies before it was ever ready is a configuration error:
 * {@link #awaitReady} reports it instead of restarting.
 */
public final class ServiceProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final File log;
    private final RestartPolicy policy;
    private final Consumer<String> console;
    private final ScheduledExecutorService restarter;
    /** When each restart within the policy's window happened (nanoTime), oldest first. */
    private final Deque<Long> recentRestarts = new ArrayDeque<>();

    private volatile Process process;
    private Process handledExit;
    private volatile boolean supervised;
    private volatile boolean stopping;
    private volatile boolean gaveUp;
    private volatile int restarts;

    private ServiceProcess(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path log,
            RestartPolicy policy,
            Consumer<String> console) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log.toFile();
        this.policy = policy;
        this.console = console;
        this.restarter = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("restart-" + name).factory());
    }

    /**
     * Starts {@code command} with {@code environment} added, standard output and error into {@code log}
     * (replaced). Restarts happen only after {@link #awaitReady} succeeded once.
     */
    static ServiceProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path log,
            RestartPolicy policy,
            Consumer<String> console) {
        ServiceProcess service = new ServiceProcess(name, command, environment, log, policy, console);
        service.launch(ProcessBuilder.Redirect.to(service.log));
        return service;
    }

    private synchronized void launch(ProcessBuilder.Redirect output) {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        builder.environment().putAll(environment);
        try {
            Process started = builder.start();
            process = started;
            started.onExit().thenAccept(this::exited);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    private synchronized void exited(Process ended) {
        if (stopping || !supervised || ended != process || ended == handledExit) {
            return;
        }
        handledExit = ended; // awaitReady and onExit may both report the same exit
        long now = System.nanoTime();
        while (!recentRestarts.isEmpty()
                && now - recentRestarts.peekFirst() > policy.window().toNanos()) {
            recentRestarts.removeFirst();
        }
        String exit =
                "%s (pid %d) exited unexpectedly with exit code %d".formatted(name, ended.pid(), ended.exitValue());
        if (recentRestarts.size() >= policy.maxRestarts()) {
            gaveUp = true;
            console.accept("%s after %d restarts within %s; giving up, it stays stopped (see %s)"
                    .formatted(exit, recentRestarts.size(), describe(policy.window()), log));
            return;
        }
        recentRestarts.addLast(now);
        restarts++;
        Duration backoff = policy.backoff(recentRestarts.size());
        console.accept("%s; restarting in %s (restart %d, %d of at most %d within %s)"
                .formatted(
                        exit,
                        describe(backoff),
                        restarts,
                        recentRestarts.size(),
                        policy.maxRestarts(),
                        describe(policy.window())));
        restarter.schedule(this::restart, backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            try {
                launch(ProcessBuilder.Redirect.appendTo(log));
            } catch (UncheckedIOException e) {
                gaveUp = true;
                console.accept("%s could not be restarted: %s".formatted(name, e.getCause()));
                return;
            }
        }
        int restart = restarts;
        Process restarted = process;
        if (waitUntilReady(restarted, Duration.ofMinutes(3))) {
            console.accept("%s is ready again (pid %d, restart %d)".formatted(name, restarted.pid(), restart));
        } else if (!stopping && restarted.isAlive()) {
            console.accept("%s (pid %d) did not become ready after restart %d; see %s"
                    .formatted(name, restarted.pid(), restart, log));
        }
    }

    /**
     * Waits until {@code /actuator/health/readiness} answers 200, then watches the process and restarts it
     * when it exits on its own.
     *
     * @throws IllegalStateException if the process ends or is not ready within {@code timeout}
     */
    void awaitReady(Duration timeout) {
        Process first = process;
        if (!waitUntilReady(first, timeout)) {
            if (!first.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + log);
            }
            throw new IllegalStateException(name + " did not become ready in " + timeout);
        }
        synchronized (this) {
            supervised = true;
            if (!first.isAlive()) {
                // it died between the answer and now: the exit was ignored while unsupervised
                exited(first);
            }
        }
    }

    private boolean waitUntilReady(Process candidate, Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = URI.create("http://localhost:" + environment.get("PORT") + "/actuator/health/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && candidate.isAlive() && !stopping) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(readiness)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true; // if it dies right after, awaitReady and onExit report that exit
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * From now on an exit is not restarted. The launcher ends restarts of every service before it waits
     * for any: Ctrl-C reaches the services too, and one that exits on it while another is being stopped
     * must not be taken for a crash.
     */
    public void stopRestarting() {
        synchronized (this) {
            stopping = true;
        }
        restarter.shutdownNow();
    }

    /** Asks the service to shut down (SIGTERM) without waiting, and without restarting it. */
    public void askToStop() {
        stopRestarting();
        process.destroy();
    }

    /** Stops the service for good (no restart): asks it to shut down, kills it after 20 s. */
    public void stop() {
        askToStop();
        Process current = process;
        try {
            if (!current.waitFor(20, TimeUnit.SECONDS)) {
                current.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
    }

    public String name() {
        return name;
    }

    /** The environment the launcher added (e.g. {@code PORT}). */
    public Map<String, String> environment() {
        return environment;
    }

    /** The current process; a new one after each restart. */
    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** Restarts since the launcher started it. */
    public int restarts() {
        return restarts;
    }

    /** True once the restart cap was reached and the service was left stopped. */
    public boolean gaveUp() {
        return gaveUp;
    }

    private static String describe(Duration duration) {
        if (duration.toMillis() < 1000) {
            return duration.toMillis() + " ms";
        }
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toSeconds() + " s";
    }
}
