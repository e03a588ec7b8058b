package dk.anskaf.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.spring.InfrastructureInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The probes of a platform service against the real PostgreSQL, reached through a relay that can go
 * silent (a hung database): liveness never depends on it, readiness goes DOWN within a bounded time and
 * comes back when the database does. Migrations go straight to the database; only the app's pool uses the
 * relay.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the relay would also hang on the silent database; it is not what is tested here
        properties = "anskaf.outbox.relay-enabled=false")
@ContextConfiguration(initializers = ProbeHealthIntegrationTests.ThroughProxy.class)
class ProbeHealthIntegrationTests {

    static SilenceableProxy proxy;

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void restore() throws Exception {
        proxy.restore();
        // a check begun while silent may still report DOWN once; the next test starts from UP
        awaitReadiness(Duration.ofSeconds(30));
    }

    @Test
    void livenessAndReadinessAnswerAnyoneWithUpWhenTheDatabaseAnswers() throws Exception {
        assertThat(probe("liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = probe("readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void whenTheDatabaseHangsReadinessAnswers503WithinTheBoundAndLivenessStaysUp() throws Exception {
        proxy.silence();

        for (int attempt = 0; attempt < 2; attempt++) {
            long started = System.nanoTime();
            HttpResponse<String> readiness = probe("readiness");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            // the bound is 2 s (anskaf.health.database-timeout); a probe timeout is usually 5 s or less
            assertThat(took).isLessThan(Duration.ofSeconds(4));
        }
        long started = System.nanoTime();
        assertThat(probe("liveness").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void whenTheDatabaseAnswersAgainReadinessReturnsToUp() throws Exception {
        proxy.silence();
        assertThat(probe("readiness").statusCode()).isEqualTo(503);

        proxy.restore();

        assertThat(awaitReadiness(Duration.ofSeconds(30))).isEqualTo(200);
    }

    private int awaitReadiness(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status = probe("readiness").statusCode();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = probe("readiness").statusCode();
        }
        return status;
    }

    private HttpResponse<String> probe(String group) throws Exception {
        // The client's own limit only keeps a broken build from hanging the test run.
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/" + group))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The test kit's database, with the app's pool pointed at the relay in front of it. */
    static class ThroughProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final Pattern HOST_PORT = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)(/.*)");

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new InfrastructureInitializer().initialize(context);
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            Matcher matcher = HOST_PORT.matcher(url);
            if (!matcher.matches()) {
                throw new IllegalStateException("Unexpected JDBC URL " + url);
            }
            try {
                proxy = new SilenceableProxy(matcher.group(1), Integer.parseInt(matcher.group(2)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "throughProxy",
                            Map.of(
                                    "spring.datasource.url",
                                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + matcher.group(3))));
        }
    }
}
