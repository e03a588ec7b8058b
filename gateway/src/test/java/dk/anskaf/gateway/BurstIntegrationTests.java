package dk.anskaf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many calls at once to a service that takes 300 ms each, as in a market dialogue's deadline rush: the
 * route's bulkhead lets them all through, and where a (deliberately small) bulkhead sheds calls, the
 * shedding does not open the route's circuit for everyone after the burst.
 */
@AnskafIntegrationTest
class BurstIntegrationTests {

    static final HttpServer slow = slowService(Duration.ofMillis(300));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + slow.getAddress().getPort();
        registry.add("anskaf.gateway.catalog-url", () -> url);
        registry.add("anskaf.gateway.dialogue-url", () -> url);
        registry.add("anskaf.gateway.portal-url", () -> url);
        // Only the dialogue route's: small enough that a burst overflows it.
        registry.add("resilience4j.bulkhead.instances.dialogue.max-concurrent-calls", () -> 2);
        registry.add("spring.security.oauth2.client.registration.anskaf.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stop() {
        slow.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void aHundredCallsAtOnceToASlowServiceAreAllAnswered() throws Exception {
        List<Integer> statuses = burst("/api/v1/classifications", 100);

        assertThat(statuses).hasSize(100).containsOnly(200);
    }

    @Test
    void callsABulkheadShedsDoNotOpenTheCircuitForTheCallsAfterTheBurst() throws Exception {
        List<Integer> statuses = burst("/api/v1/dialogues", 150);
        HttpResponse<String> after = send(HttpClient.newHttpClient(), "/api/v1/dialogues");

        assertThat(statuses).contains(503);
        assertThat(after.statusCode()).isEqualTo(200);
    }

    private List<Integer> burst(String path, int calls) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build()) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                answers.add(client.sendAsync(request(path), HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            return statuses;
        }
    }

    private HttpResponse<String> send(HttpClient client, String path) throws Exception {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        String token = TestTokens.shared()
                .user("user-" + UUID.randomUUID())
                .municipality("0710", "Favrskov Kommune")
                .roles("editor")
                .mint();
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    /** Answers every path with 200 after the pause, on a virtual thread each, so it serves any number at once. */
    static HttpServer slowService(Duration pause) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
