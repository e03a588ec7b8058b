package dk.anskaf.identity.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.identity.supplier.CapturedLogs;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A municipal administrator's integration clients against identity's real token endpoint: created with
 * the secret shown once and stored hashed, tokens with the municipality's claims and role integration,
 * rotation and revocation that take effect at once, and each municipality kept to its own.
 */
@IdentityIntegrationTest
class IntegrationClientsIntegrationTests {

    static final String CLIENTS = "/api/v1/integration-clients";

    @LocalServerPort
    int port;

    @Autowired
    IntegrationFixture fixture;

    String base;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
    }

    @Test
    void aCreatedClientGetsATokenWithTheMunicipalitysClaimsAndTheSecretIsShownOnceAndStoredHashed() throws Exception {
        String admin = token("0710", "admin");
        String secret;
        HttpResponse<String> tokenResponse;
        HttpResponse<String> listed;
        try (CapturedLogs logs = new CapturedLogs()) {
            JsonNode created = json.readTree(call("POST", CLIENTS, admin, "{\"name\":\"ESDH-integration\"}", 201)
                    .body());
            String clientId = created.get("client").get("clientId").asString();
            secret = created.get("clientSecret").asString();
            tokenResponse = clientCredentials(clientId, secret, "dialogue.read");
            listed = call("GET", CLIENTS, admin, null, 200);

            assertThat(clientId).startsWith("kommune-0710-");
            assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
            assertThat(listed.body())
                    .contains(clientId)
                    .contains("ESDH-integration")
                    .doesNotContain(secret);
            assertThat(logs.lines()).noneMatch(line -> line.contains(secret));
            String stored = fixture.acrossTenants(() -> fixture.jdbc()
                    .sql("select client_secret from oauth2_registered_client where client_id = ?")
                    .param(clientId)
                    .query(String.class)
                    .single());
            assertThat(stored).startsWith("{bcrypt}").doesNotContain(secret);
        }

        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        Jwt access = OidcFlow.accessTokenDecoder(base)
                .decode(json.readTree(tokenResponse.body()).get("access_token").asString());
        assertThat(access.getClaimAsString("tenant_id")).isEqualTo("0710");
        assertThat(access.getClaimAsString("kommunekode")).isEqualTo("0710");
        assertThat(access.getClaimAsString("tenant_name")).isEqualTo("Favrskov Kommune");
        assertThat(access.getClaimAsString("tenant_slug")).isEqualTo("favrskov");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("integration");
        assertThat(access.getClaimAsStringList("scope")).containsExactly("dialogue.read");
        assertThat(access.getHeaders().get("typ")).isEqualTo("at+jwt");
        assertThat(access.getAudience()).containsExactly("anskaf-api");
    }

    @Test
    void aRotatedSecretNoLongerWorksAndARevokedClientGetsNoToken() throws Exception {
        String admin = token("0710", "admin");
        JsonNode created = json.readTree(call("POST", CLIENTS, admin, "{\"name\":\"Økonomisystem\"}", 201)
                .body());
        String id = created.get("client").get("id").asString();
        String clientId = created.get("client").get("clientId").asString();
        String oldSecret = created.get("clientSecret").asString();

        JsonNode rotated = json.readTree(
                call("POST", CLIENTS + "/" + id + "/rotate", admin, "", 200).body());
        String newSecret = rotated.get("clientSecret").asString();

        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(rotated.get("client").get("secretRotatedAt").isNull()).isFalse();
        assertThat(clientCredentials(clientId, oldSecret, "dialogue.read").statusCode())
                .isEqualTo(401);
        assertThat(clientCredentials(clientId, newSecret, "dialogue.read").statusCode())
                .isEqualTo(200);

        call("DELETE", CLIENTS + "/" + id, admin, null, 204);

        assertThat(clientCredentials(clientId, newSecret, "dialogue.read").statusCode())
                .isEqualTo(401);
        assertThat(call("GET", CLIENTS, admin, null, 200).body()).doesNotContain(clientId);
        assertThat(fixture.count(
                        "select count(*) from integration_client where client_id = ? and revoked_at is not null",
                        clientId))
                .isEqualTo(1);
        assertThat(call("GET", "/api/v1/audit", admin, null, 200).body())
                .contains("integration-client.created")
                .contains("integration-client.secret-rotated")
                .contains("integration-client.revoked")
                .doesNotContain(oldSecret)
                .doesNotContain(newSecret);
    }

    @Test
    void anotherMunicipalitysAdministratorNeitherSeesNorChangesTheClient() throws Exception {
        JsonNode created =
                json.readTree(call("POST", CLIENTS, token("0710", "admin"), "{\"name\":\"Favrskovs integration\"}", 201)
                        .body());
        String id = created.get("client").get("id").asString();
        String clientId = created.get("client").get("clientId").asString();
        String fredericia = token("0607", "admin");

        assertThat(call("GET", CLIENTS, fredericia, null, 200).body()).doesNotContain(clientId);
        call("POST", CLIENTS + "/" + id + "/rotate", fredericia, "", 404);
        call("DELETE", CLIENTS + "/" + id, fredericia, null, 404);

        assertThat(clientCredentials(clientId, created.get("clientSecret").asString(), "dialogue.read")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorManagesClientsAndANameIsRequired() throws Exception {
        String editor = token("0710", "redaktoer");
        long before = fixture.count("select count(*) from integration_client");

        call("GET", CLIENTS, editor, null, 403);
        call("POST", CLIENTS, editor, "{\"name\":\"Ikke tilladt\"}", 403);
        HttpResponse<String> blank = call("POST", CLIENTS, token("0710", "admin"), "{\"name\":\"  \"}", 400);

        assertThat(blank.body()).contains("name");
        assertThat(fixture.count("select count(*) from integration_client")).isEqualTo(before);
    }

    @Test
    void anIntegrationTokenReachesNothingOfIdentitysApiAndGetsNoOtherScope() throws Exception {
        JsonNode created =
                json.readTree(call("POST", CLIENTS, token("0710", "admin"), "{\"name\":\"Ugyldig brug\"}", 201)
                        .body());
        String clientId = created.get("client").get("clientId").asString();
        String secret = created.get("clientSecret").asString();
        String integration = json.readTree(
                        clientCredentials(clientId, secret, "dialogue.read").body())
                .get("access_token")
                .asString();

        call("GET", CLIENTS, integration, null, 403);
        call("GET", "/api/v1/users", integration, null, 403);
        call("GET", "/api/v1/audit", integration, null, 403);
        // Refused by the chain itself, before any controller's role check: an unmapped path is 403, not 404.
        call("GET", "/api/v1/findes-ikke", integration, null, 403);
        assertThat(clientCredentials(clientId, secret, "openid").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret, String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(String tenant, String username) {
        return new OidcFlow(base)
                .login(tenant, username, IdentityTestProperties.PASSWORD)
                .get("access_token")
                .asString();
    }

    private HttpResponse<String> call(String method, String path, String token, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expected);
        return response;
    }
}
