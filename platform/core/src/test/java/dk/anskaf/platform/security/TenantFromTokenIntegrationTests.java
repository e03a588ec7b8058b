package dk.anskaf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class TenantFromTokenIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.shared();

    @Test
    void requestWithoutTokenIsRefusedAsProblem() throws Exception {
        HttpResponse<String> response = send(post("/notes", "{\"text\":\"x\"}").build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("type").asString())
                .isEqualTo("https://anskaf.dk/problems/unauthenticated");
    }

    @Test
    void forgedTenantHeadersChangeNothing() throws Exception {
        String favrskovOnly = "favrskov " + UUID.randomUUID();
        String token = tokenFor("0710");

        HttpResponse<String> created = send(post("/notes", "{\"text\":\"" + favrskovOnly + "\"}")
                .header("Authorization", "Bearer " + token)
                .header("X-Tenant-Id", "0607")
                .header("X-Anskaf-Tenant", "0607")
                .build());
        HttpResponse<String> fredericiaView = send(get("/notes")
                .header("Authorization", "Bearer " + tokenFor("0607"))
                .header("X-Tenant-Id", "0710")
                .build());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("tenantId").asString()).isEqualTo("0710");
        assertThat(fredericiaView.body()).doesNotContain(favrskovOnly);
    }

    @Test
    void tokenWithoutTenantFailsClosed() throws Exception {
        String noTenant = tokens.user("someone").roles("editor").mint();

        HttpResponse<String> response = send(post("/notes", "{\"text\":\"x\"}")
                .header("Authorization", "Bearer " + noTenant)
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("type").asString())
                .isEqualTo("https://anskaf.dk/problems/forbidden");
    }

    @Test
    void aSupplierTokenSetsItsOrganisationAndNoTenantForThePolicies() throws Exception {
        UUID organisation = UUID.randomUUID();
        String supplier = tokens.user("contact-1")
                .supplier(organisation, "Formpipe Software A/S")
                .mint();

        JsonNode settings = json.readTree(send(get("/session-settings")
                        .header("Authorization", "Bearer " + supplier)
                        .header("X-Supplier-Org", UUID.randomUUID().toString())
                        .build())
                .body());

        assertThat(settings.get("supplierOrg").asString()).isEqualTo(organisation.toString());
        assertThat(settings.get("tenantId").asString()).isEmpty();
        assertThat(settings.get("roles").asString()).isEqualTo("supplier");
    }

    @Test
    void aMunicipalTokenCarryingASupplierClaimIsNoSupplier() throws Exception {
        String mixed = tokens.user("someone")
                .municipality("0710", "Favrskov Kommune")
                .supplier(UUID.randomUUID(), "Forged A/S")
                .mint();

        JsonNode settings = json.readTree(send(get("/session-settings")
                        .header("Authorization", "Bearer " + mixed)
                        .build())
                .body());

        assertThat(settings.get("tenantId").asString()).isEqualTo("0710");
        assertThat(settings.get("supplierOrg").asString()).isEmpty();
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws Exception {
        try (TestTokens stranger = TestTokens.onPort(0)) {
            String forged = stranger.user("mallory")
                    .municipality("0710", "Favrskov Kommune")
                    .mint();

            HttpResponse<String> response = send(
                    get("/notes").header("Authorization", "Bearer " + forged).build());

            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void invalidInputGivesFieldErrors() throws Exception {
        HttpResponse<String> response = send(post("/notes", "{\"text\":\"\"}")
                .header("Authorization", "Bearer " + tokenFor("0710"))
                .build());

        JsonNode problem = json.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(problem.get("type").asString()).isEqualTo("https://anskaf.dk/problems/validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() throws Exception {
        HttpResponse<String> response = send(post("/notes", "{\"text\": <script>")
                .header("Authorization", "Bearer " + tokenFor("0710"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("https://anskaf.dk/problems/malformed-request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dk.");
    }

    @Test
    void oversizedBodyIsRefusedWith413() throws Exception {
        String huge = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        HttpResponse<String> response = send(post("/notes", huge)
                .header("Authorization", "Bearer " + tokenFor("0710"))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload-too-large");
    }

    @Test
    void anIdTokenIsNotAnAccessToken() throws Exception {
        String idToken = tokens.user("user-0710")
                .municipality("0710", "Favrskov Kommune")
                .roles("editor")
                .asIdToken()
                .mint();

        HttpResponse<String> response =
                send(get("/notes").header("Authorization", "Bearer " + idToken).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("https://anskaf.dk/problems/unauthenticated");
    }

    @Test
    void anAccessTokenForAnotherAudienceOrFromAnotherIssuerIsRefused() throws Exception {
        String otherAudience = tokens.user("user-0710")
                .municipality("0710", "Favrskov Kommune")
                .audience("another-api")
                .mint();
        String otherIssuer = tokens.user("user-0710")
                .municipality("0710", "Favrskov Kommune")
                .issuer("https://login.elsewhere.example")
                .mint();

        assertThat(send(get("/notes")
                                .header("Authorization", "Bearer " + otherAudience)
                                .build())
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(get("/notes")
                                .header("Authorization", "Bearer " + otherIssuer)
                                .build())
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(get("/notes")
                                .header("Authorization", "Bearer " + tokenFor("0710"))
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void healthIsOpenButPrometheusOnlyForTheOperator() throws Exception {
        HttpResponse<String> health = send(get("/actuator/health/readiness").build());
        HttpResponse<String> anonymous = send(get("/actuator/prometheus").build());
        HttpResponse<String> editor = send(get("/actuator/prometheus")
                .header("Authorization", "Bearer " + tokenFor("0710"))
                .build());
        HttpResponse<String> operator = send(get("/actuator/prometheus")
                .header("Authorization", "Bearer " + operatorToken())
                .build());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("anskaf_outbox_backlog");
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("anskaf_outbox_backlog").contains("application=\"platform-test\"");
    }

    @Test
    void requestMetricsAreTaggedWithTheTenantFromTheToken() throws Exception {
        // Requests answered without a tenant come first: their meters must not crowd out tagged ones.
        send(get("/notes").build());
        send(get("/notes?q=%01").build());
        send(get("/notes").header("Authorization", "Bearer " + tokenFor("0615")).build());

        String metrics = send(get("/actuator/prometheus")
                        .header("Authorization", "Bearer " + operatorToken())
                        .build())
                .body();

        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .anySatisfy(line -> assertThat(line).contains("tenant=\"0615\"").contains("uri=\"/notes\""))
                .anySatisfy(line -> assertThat(line).contains("tenant=\"none\"").contains("status=\"401\""));
    }

    private String operatorToken() {
        return TestTokens.shared().operator().mint();
    }

    private String tokenFor(String kommunekode) {
        return tokens.user("user-" + kommunekode)
                .municipality(kommunekode, "Kommune " + kommunekode)
                .roles("editor")
                .mint();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .GET();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
