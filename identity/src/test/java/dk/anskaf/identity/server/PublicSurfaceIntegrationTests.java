package dk.anskaf.identity.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.platform.test.web.Browser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What anyone can reach at identity: tokens it accepts, metrics, unknown logins, page headers, cookies. */
@IdentityIntegrationTest
class PublicSurfaceIntegrationTests {

    @LocalServerPort
    int port;

    String base;
    Browser browser;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
        browser = new Browser(base);
    }

    @Test
    void anIdTokenIsNotAcceptedByIdentitysOwnApi() {
        JsonNode tokens = new OidcFlow(base).login("0710", "admin", IdentityTestProperties.PASSWORD);

        HttpResponse<String> withIdToken =
                call("/api/v1/users", tokens.get("id_token").asString());
        HttpResponse<String> withAccessToken =
                call("/api/v1/users", tokens.get("access_token").asString());

        assertThat(withIdToken.statusCode()).isEqualTo(401);
        assertThat(withIdToken.body()).contains("https://anskaf.dk/problems/unauthenticated");
        assertThat(withAccessToken.statusCode()).isEqualTo(200);
    }

    @Test
    void metricsOnlyForTheOperatorAndProbesForAnyone() {
        String operator = new OidcFlow(base)
                .login("operator", "drift", IdentityTestProperties.PASSWORD)
                .get("access_token")
                .asString();
        String editor = new OidcFlow(base)
                .login("0710", "redaktoer", IdentityTestProperties.PASSWORD)
                .get("access_token")
                .asString();

        HttpResponse<String> anonymous = call("/actuator/prometheus", null);
        HttpResponse<String> asEditor = call("/actuator/prometheus", editor);
        HttpResponse<String> asOperator = call("/actuator/prometheus", operator);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(asEditor.statusCode()).isEqualTo(403);
        assertThat(asOperator.statusCode()).isEqualTo(200);
        assertThat(asOperator.body()).contains("jvm_memory_used_bytes");
        assertThat(call("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(call("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownLoginIsA404PageOrProblemNotA500() {
        HttpResponse<String> page = browser.get("/oauth2/authorization/findes-ikke");
        HttpResponse<String> api = browser.getJson("/oauth2/authorization/0710");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("Ukendt login")
                .contains("/login?skift=1")
                .doesNotContain("findes-ikke");
        // Favrskov logs in locally: it has no upstream login to start either.
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("https://anskaf.dk/problems/not-found");
    }

    @Test
    void loginPagesHaveAStrictContentSecurityPolicyAndSameSiteCookies() {
        HttpResponse<String> choose = browser.get("/login");
        HttpResponse<String> authorize = browser.get("/oauth2/authorize?response_type=code&client_id=anskaf-gateway");

        assertThat(choose.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'")
                        // The login's redirects end at the gateway's callback, so its origin is a form target.
                        .contains("form-action 'self' http://localhost")
                        .doesNotContain("unsafe-inline"));
        assertThat(authorize.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(choose.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(choose.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(
                        cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
    }

    private HttpResponse<String> call(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return browser.send(request.build());
    }
}
