package dk.anskaf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@AnskafIntegrationTest
class ServiceDownIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        int port = closedPort;
        registry.add("anskaf.gateway.catalog-url", () -> "http://127.0.0.1:" + port);
        registry.add("anskaf.gateway.portal-url", () -> "http://127.0.0.1:" + port);
        registry.add("spring.security.oauth2.client.registration.anskaf.client-secret", () -> "test-secret");
    }

    @LocalServerPort
    int port;

    @Test
    void aPortalThatIsDownGivesABrowserADanishPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.body())
                .contains("<html lang=\"da\">")
                .contains("<h1>Anskaf er midlertidigt utilgængelig</h1>");
    }

    @Test
    void aServiceThatIsDownGivesProblemJsonWithRetryAfter() throws Exception {
        String token = TestTokens.shared()
                .user("u")
                .municipality("0710", "Favrskov Kommune")
                .roles("editor")
                .mint();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requirements/1"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.body()).contains("service-unavailable");
    }
}
