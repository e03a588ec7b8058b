package dk.anskaf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import dk.anskaf.platform.test.spring.InfrastructureInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service whose identity key set does not answer: a well-formed token cannot be checked, so the request
 * gets 503 {@code authentication-unavailable} with Retry-After after the read limit — not a 500, and not
 * a thread held for ever. (Seen under load in the test runs of issue 13, where the key fetch timed out and
 * the service answered 500.)
 */
@AnskafIntegrationTest
@ContextConfiguration(initializers = KeySetUnavailableIntegrationTests.SilentKeySet.class)
class KeySetUnavailableIntegrationTests {

    /** Accepts connections into its backlog and never reads or answers them. */
    static final ServerSocket SILENT = silentServer();

    @LocalServerPort
    int port;

    @AfterAll
    static void close() throws IOException {
        SILENT.close();
    }

    @Test
    void aTokenThatCannotBeCheckedGets503WithRetryAfterWithinTheReadLimit() throws Exception {
        String token = TestTokens.shared()
                .user("anna")
                .municipality("0710", "Favrskov Kommune")
                .roles("editor")
                .mint();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/notes"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body())
                .contains("https://anskaf.dk/problems/authentication-unavailable")
                .doesNotContain("Exception");
    }

    @Test
    void noTokenIsStill401() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/notes"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** The kit's infrastructure, with identity's key set pointed at the silent server. */
    static class SilentKeySet extends InfrastructureInitializer {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "silentKeySet",
                            Map.of(
                                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                                    "http://127.0.0.1:" + SILENT.getLocalPort() + "/oauth2/jwks")));
        }
    }

    private static ServerSocket silentServer() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
