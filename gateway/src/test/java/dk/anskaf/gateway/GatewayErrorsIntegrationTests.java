package dk.anskaf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each error the gateway answers itself is provoked for real (a service that hangs, one that stalls in
 * the middle of its body, a port that refuses, an oversized body, an exhausted limit, a path no service
 * serves) and must leave one log line with the request id and one count in {@code anskaf.gateway.errors}.
 * Timeouts are short here; a long body that keeps flowing must pass the route's timeout.
 */
@AnskafIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GatewayErrorsIntegrationTests {

    /** The slow service's pause; the route timeout and the idle timeout are half of it. */
    static final long PAUSE = 2_000;

    static final SlowService catalog = SlowService.start(PAUSE);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        int refusing = closedPort;
        registry.add("anskaf.gateway.catalog-url", catalog::url);
        registry.add("anskaf.gateway.portal-url", catalog::url);
        registry.add("anskaf.gateway.notification-url", () -> "http://127.0.0.1:" + refusing);
        registry.add("anskaf.gateway.route-timeout", () -> "1s");
        registry.add("anskaf.gateway.idle-timeout", () -> "1s");
        registry.add("anskaf.gateway.rate-limit.kravbank-downloads-per-minute", () -> 2);
        registry.add("spring.security.oauth2.client.registration.anskaf.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    final HttpClient http = HttpClient.newHttpClient();
    final String token = TestTokens.shared()
            .user("u")
            .municipality("0710", "Favrskov Kommune")
            .roles("editor")
            .mint();

    @Test
    void aServiceThatHangsBeforeAnsweringGives503QuicklyAndIsLoggedAndCounted(CapturedOutput output) throws Exception {
        double before = count("503", "timeout", "catalog");
        String id = requestId();

        HttpResponse<String> response = send(authorized("/api/v1/requirements/hang", id));

        // The service would answer 200 after 2 × PAUSE; the route timeout answered first.
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("service-unavailable");
        assertRecorded(output, "503", "timeout", "catalog", id, before);
    }

    @Test
    void aLongBodyThatKeepsFlowingOutlastsTheRouteTimeout() throws Exception {
        HttpResponse<String> response = send(authorized("/api/v1/requirements/trickle", requestId()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("linje 0\n").endsWith("slut\n");
    }

    @Test
    void aBodyThatFallsSilentIsCutOffAfterTheIdleTimeoutAndIsLoggedAndCounted(CapturedOutput output) {
        double before = count("aborted", "idle-timeout", "catalog");
        String id = requestId();

        Throwable cut = catchThrowable(() -> {
            HttpResponse<String> response = send(authorized("/api/v1/requirements/stall", id));
            // The service's second line comes after 4 × PAUSE of silence; the idle timeout cut before it.
            assertThat(response.body()).doesNotContain("for sent");
        });

        // Cut off: the client sees the connection end before the body is complete, or only the first line.
        if (cut != null) {
            assertThat(cut).isInstanceOf(java.io.IOException.class);
        }
        assertRecorded(output, "aborted", "idle-timeout", "catalog", id, before);
    }

    @Test
    void aServiceThatRefusesConnectionsGives503AndIsLoggedAndCounted(CapturedOutput output) throws Exception {
        double before = count("503", "connection-refused", "notification");
        String id = requestId();

        HttpResponse<String> response = send(authorized("/api/v1/mail-settings", id));

        assertThat(response.statusCode()).isEqualTo(503);
        assertRecorded(output, "503", "connection-refused", "notification", id, before);
    }

    @Test
    void anOversizedBodyGives413AndIsLoggedAndCounted(CapturedOutput output) throws Exception {
        double before = count("413", "too-large", "none");
        String id = requestId();

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/requirements/hang"))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", id)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + "x".repeat(1_100_000)))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertRecorded(output, "413", "too-large", "none", id, before);
    }

    @Test
    void anExhaustedLimitGives429AndIsLoggedAndCounted(CapturedOutput output) throws Exception {
        double before = count("429", "rate-limited", "catalog");
        String id = requestId();

        HttpResponse<String> limited = null;
        for (int i = 0; i < 5 && (limited == null || limited.statusCode() != 429); i++) {
            limited = send(HttpRequest.newBuilder(uri("/api/v1/public/kravbank.csv"))
                    .header("X-Request-Id", id)
                    .build());
        }

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(output.getOut()).contains("status=429 reason=rate-limited route=catalog requestId=" + id);
        assertThat(count("429", "rate-limited", "catalog")).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void anApiPathNoServiceServesGives404AndIsLoggedAndCounted(CapturedOutput output) throws Exception {
        double before = count("404", "unknown-route", "unknown-api");
        String id = requestId();

        HttpResponse<String> response = send(authorized("/api/v1/ingen-tjeneste", id));

        assertThat(response.statusCode()).isEqualTo(404);
        assertRecorded(output, "404", "unknown-route", "unknown-api", id, before);
    }

    /** One log line with the request id, and one more in the counter. */
    private void assertRecorded(
            CapturedOutput output, String status, String reason, String route, String id, double before) {
        assertThat(output.getOut())
                .contains("status=%s reason=%s route=%s requestId=%s".formatted(status, reason, route, id));
        assertThat(count(status, reason, route)).isEqualTo(before + 1);
    }

    private double count(String status, String reason, String route) {
        Counter counter = meters.find("anskaf.gateway.errors")
                .tags("status", status, "reason", reason, "route", route)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpRequest authorized(String path, String id) {
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", id)
                .timeout(Duration.ofSeconds(20))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String requestId() {
        return "test-" + UUID.randomUUID();
    }
}
