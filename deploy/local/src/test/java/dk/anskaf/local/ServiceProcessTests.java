package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's supervision of a service JVM, with a tiny JVM in place of a Spring Boot service. */
class ServiceProcessTests {

    static final RestartPolicy QUICK =
            new RestartPolicy(2, Duration.ofMinutes(1), Duration.ofMillis(50), Duration.ofMillis(200));

    @TempDir
    Path logs;

    final List<String> console = new CopyOnWriteArrayList<>();
    ServiceProcess service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void aServiceKilledWithSigkillIsRestartedReadyAgainAndTheConsoleSaysSo() throws Exception {
        service = start(Map.of(), QUICK);
        service.awaitReady(Duration.ofSeconds(30));
        long firstPid = service.pid();

        service.process().destroyForcibly(); // kill -9

        await(() -> console.stream().anyMatch(line -> line.contains("is ready again")), Duration.ofSeconds(30));
        assertThat(console.getFirst())
                .contains("tiny (pid " + firstPid + ") exited unexpectedly with exit code 137")
                .contains("restart 1,");
        assertThat(console.get(1)).contains("tiny is ready again").contains("restart 1");
        assertThat(service.pid()).isNotEqualTo(firstPid);
        assertThat(readiness(service)).isEqualTo(200);
        assertThat(service.restarts()).isEqualTo(1);
    }

    @Test
    void aServiceThatKeepsDyingIsRestartedUpToTheCapThenLeftStoppedWithAMessage() throws Exception {
        service = start(Map.of("EXIT_AFTER_READY_MS", "500"), QUICK);
        service.awaitReady(Duration.ofSeconds(30));

        await(service::gaveUp, Duration.ofSeconds(60));

        assertThat(service.restarts()).isEqualTo(2);
        assertThat(console.getLast())
                .contains("tiny (pid " + service.pid() + ") exited unexpectedly with exit code 1")
                .contains("after 2 restarts within 1 min; giving up");
        assertThat(service.process().isAlive()).isFalse();
    }

    @Test
    void aServiceTheLauncherStopsIsNotRestarted() throws Exception {
        service = start(Map.of(), QUICK);
        service.awaitReady(Duration.ofSeconds(30));

        service.stop();
        Thread.sleep(1000);

        assertThat(service.process().isAlive()).isFalse();
        assertThat(service.restarts()).isZero();
        assertThat(console).isEmpty();
    }

    @Test
    void aServiceThatExitsAfterTheLauncherBeganStoppingIsNotRestarted() throws Exception {
        // Ctrl-C reaches every service at once; the one not yet being stopped exits on its own
        service = start(Map.of(), QUICK);
        service.awaitReady(Duration.ofSeconds(30));

        service.stopRestarting();
        service.process().destroyForcibly().waitFor();
        Thread.sleep(1000);

        assertThat(service.process().isAlive()).isFalse();
        assertThat(service.restarts()).isZero();
        assertThat(console).isEmpty();
    }

    @Test
    void aServiceThatDiesBeforeItWasEverReadyIsReportedNotRestarted() throws Exception {
        service = start(Map.of("FAIL_AT_START", "true"), QUICK);

        assertThatThrownBy(() -> service.awaitReady(Duration.ofSeconds(30)))
                .hasMessageContaining("tiny stopped during start-up");
        Thread.sleep(500);
        assertThat(service.restarts()).isZero();
    }

    @Test
    void theBackoffDoublesUpToItsCeiling() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream()
                        .map(RestartPolicy.DEFAULT::backoff)
                        .map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }

    private ServiceProcess start(Map<String, String> extra, RestartPolicy policy) throws Exception {
        Map<String, String> env = new HashMap<>();
        try (ServerSocket free = new ServerSocket(0)) {
            env.put("PORT", String.valueOf(free.getLocalPort()));
        }
        env.putAll(extra);
        String classes = Path.of(TinyService.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = logs.resolve("tiny.log");
        ServiceProcess started = ServiceProcess.start(
                "tiny", List.of(java, "-cp", classes, TinyService.class.getName()), env, log, policy, console::add);
        assertThat(Files.exists(log)).isTrue();
        return started;
    }

    private static int readiness(ServiceProcess service) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:"
                                        + service.environment().get("PORT") + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("condition within " + timeout).isTrue();
    }
}
