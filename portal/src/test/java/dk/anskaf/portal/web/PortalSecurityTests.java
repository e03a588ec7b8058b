package dk.anskaf.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.portal.PortalTestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal accepts only identity's access tokens, and its metrics only from an operator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalSecurityTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anIdTokenDoesNotSignInButAnAccessTokenDoes() throws Exception {
        TestTokens.Builder idToken = TestTokens.shared()
                .user("redaktoer")
                .municipality("0710", "Favrskov Kommune")
                .roles("editor")
                .asIdToken();
        TestTokens.Builder accessToken = TestTokens.shared()
                .user("redaktoer")
                .municipality("0710", "Favrskov Kommune")
                .roles("editor");

        assertThat(get("/krav/ny", idToken.mint()).statusCode()).isEqualTo(401);
        assertThat(get("/krav/ny", accessToken.mint()).statusCode()).isNotEqualTo(401);
    }

    @Test
    void aMunicipalitysIntegrationClientOpensNoPage() throws Exception {
        String integration = TestTokens.shared()
                .user("kommune-0710-integration")
                .municipality("0710", "Favrskov Kommune")
                .roles("integration")
                .claim("scope", java.util.List.of("dialogue.read"))
                .mint();

        assertThat(get("/krav", integration).statusCode()).isEqualTo(403);
        assertThat(get("/markedsdialoger", integration).statusCode()).isEqualTo(403);
        assertThat(get("/leverandoer/markedsdialoger", integration).statusCode())
                .isEqualTo(403);
    }

    @Test
    void metricsOnlyForTheOperatorProbesForAnyone() throws Exception {
        String operator = TestTokens.shared().operator().mint();
        String editor = TestTokens.shared()
                .user("redaktoer")
                .municipality("0710", "Favrskov Kommune")
                .roles("editor")
                .mint();

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", editor).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", operator).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
