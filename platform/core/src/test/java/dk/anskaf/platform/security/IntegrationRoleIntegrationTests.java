package dk.anskaf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A municipality's integration client carries the municipality's tenant claims, so without the platform's
 * rule it would pass every endpoint that asks for no role (here {@code GET /notes}). It reaches only the
 * service's {@code anskaf.security.integration-paths}.
 */
@AnskafIntegrationTest
class IntegrationRoleIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anIntegrationTokenReachesOnlyTheIntegrationPaths() throws Exception {
        String integration = token("integration");

        HttpResponse<String> notes = get("/notes", integration);
        HttpResponse<String> read = get("/integration/tenant", integration);

        assertThat(notes.statusCode()).isEqualTo(403);
        assertThat(notes.body()).contains("https://anskaf.dk/problems/forbidden");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"tenantId\":\"0710\"");
    }

    @Test
    void aMunicipalUserStillReachesWhatNeedsNoRole() throws Exception {
        assertThat(get("/notes", token("employee")).statusCode()).isEqualTo(200);
    }

    @Test
    void anIntegrationRoleBesideAnotherRoleIsStillRefusedOutsideTheIntegrationPaths() throws Exception {
        assertThat(get("/notes", token("integration", "purchaser")).statusCode())
                .isEqualTo(403);
    }

    private static String token(String... roles) {
        return TestTokens.shared()
                .user("klient")
                .municipality("0710", "Favrskov Kommune")
                .roles(roles)
                .claim("scope", java.util.List.of("dialogue.read"))
                .mint();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
