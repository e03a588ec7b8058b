package dk.anskaf.identity.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.identity.user.UserAccounts;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.web.Browser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IdentityIntegrationTest
class AuthorizationCodeLoginIntegrationTests {

    static final String PASSWORD = "Anskaf-demo-2026!";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RegisteredClientRepository clients;

    @Autowired
    SigningKeys keys;

    final JsonMapper json = JsonMapper.builder().build();
    Browser browser;
    String base;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
        browser = new Browser(base);
    }

    @Test
    void editorOfFavrskovLogsInWithPkceAndGetsTenantAndRoles() {
        JsonNode tokens = login("0710", "redaktoer", PASSWORD);

        Jwt access = decoder().decode(tokens.get("access_token").asString());
        assertThat(access.getClaimAsString("tenant_id")).isEqualTo("0710");
        assertThat(access.getClaimAsString("kommunekode")).isEqualTo("0710");
        assertThat(access.getClaimAsString("tenant_name")).isEqualTo("Favrskov Kommune");
        assertThat(access.getClaimAsString("tenant_slug")).isEqualTo("favrskov");
        assertThat(access.getClaimAsStringList("roles")).containsExactlyInAnyOrder("editor", "purchaser");
        assertThat(access.getClaimAsString("email")).isEqualTo("redaktoer@favrskov.example");
        assertThat(access.getIssuer().toString()).isEqualTo(base);
        assertThat(access.getHeaders().get("typ")).isEqualTo("at+jwt");
        assertThat(access.getAudience()).containsExactly("anskaf-api");
        assertThat(tokens.get("id_token")).isNotNull();
        assertThat(tokens.get("refresh_token")).isNotNull();
    }

    @Test
    void refreshTokenGivesANewAccessTokenWithTheSameTenant() {
        JsonNode tokens = login("0607", "indkoeber", PASSWORD);

        HttpResponse<String> refreshed = tokenRequest(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                tokens.get("refresh_token").asString()));

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        Jwt access = decoder()
                .decode(json.readTree(refreshed.body()).get("access_token").asString());
        assertThat(access.getClaimAsString("tenant_id")).isEqualTo("0607");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("purchaser");
    }

    @Test
    void aUserOfOneMunicipalityCannotLogInUnderAnother() {
        String username = "kun-fredericia-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(
                TenantId.of("0607"),
                () -> transactions.executeWithoutResult(status -> users.create(
                        TenantId.of("0607"),
                        username,
                        "Kun Fredericia",
                        username + "@fredericia.example",
                        passwords.encode(PASSWORD),
                        List.of("editor"))));

        HttpResponse<String> result = submitPassword("0710", username, PASSWORD);

        assertThat(Browser.location(result)).contains("/login?error");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        String username = "laas-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(
                TenantId.of("0615"),
                () -> transactions.executeWithoutResult(status -> users.create(
                        TenantId.of("0615"),
                        username,
                        "Låst",
                        username + "@horsens.example",
                        passwords.encode(PASSWORD),
                        List.of("sih"))));

        for (int i = 0; i < 5; i++) {
            assertThat(Browser.location(submitPassword("0615", username, "forkert")))
                    .contains("error");
        }
        HttpResponse<String> withRightPassword = submitPassword("0615", username, PASSWORD);
        HttpResponse<String> page = browser.get(Browser.location(withRightPassword));

        assertThat(Browser.location(withRightPassword)).contains("error");
        assertThat(page.body()).contains("Forkert brugernavn eller adgangskode, eller kontoen er midlertidigt spærret");
    }

    @Test
    void onlyOnboardedMunicipalitiesCanBeChosen() {
        HttpResponse<String> choose = browser.get("/login");
        HttpResponse<String> refused =
                browser.postForm("/login/myndighed", Map.of("myndighed", "0101", "_csrf", Browser.csrf(choose)));

        assertThat(choose.body()).contains("Favrskov Kommune").doesNotContain("Københavns Kommune");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Vælg en myndighed fra listen").contains("aria-invalid=\"true\"");
    }

    @Test
    void rememberedChoiceSkipsTheListInALaterSession() {
        HttpResponse<String> choose = browser.get("/login");
        HttpResponse<String> chosen = browser.postForm(
                "/login/myndighed", Map.of("myndighed", "0615", "husk", "true", "_csrf", Browser.csrf(choose)));
        String cookie = chosen.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("anskaf_myndighed="))
                .findFirst()
                .orElseThrow();

        HttpResponse<String> laterSession = new Browser(base)
                .send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                        .build());

        assertThat(cookie).startsWith("anskaf_myndighed=0615").contains("HttpOnly");
        assertThat(laterSession.body()).contains("Horsens Kommune").contains("Brugernavn");
    }

    @Test
    void machineClientGetsATokenForItsMunicipality() {
        String clientId = "favrskov-esdh-" + UUID.randomUUID();
        String secret = UUID.randomUUID().toString();
        clients.save(MachineClients.of(clientId, passwords.encode(secret), "0710", "purchaser", Duration.ofMinutes(5)));
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api"))
                .build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Jwt access = decoder()
                .decode(json.readTree(response.body()).get("access_token").asString());
        assertThat(access.getClaimAsString("tenant_id")).isEqualTo("0710");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("purchaser");
        // A machine client's token is an access token for the platform's API like a user's.
        assertThat(access.getHeaders().get("typ")).isEqualTo("at+jwt");
        assertThat(access.getAudience()).containsExactly("anskaf-api");
    }

    @Test
    void discoveryAndJwksPublishKeyIdsAndRotationKeepsOldTokensValid() {
        JsonNode before = login("0710", "admin", PASSWORD);
        HttpResponse<String> discovery = browser.get("/.well-known/openid-configuration");
        String oldKid = keys.signingKey().getKeyID();

        keys.rotate();
        JsonNode after = login("0710", "admin", PASSWORD);
        JsonNode jwks = json.readTree(browser.get("/oauth2/jwks").body());

        assertThat(json.readTree(discovery.body()).get("issuer").asString()).isEqualTo(base);
        assertThat(jwks.get("keys").findValuesAsString("kid")).contains(oldKid).hasSizeGreaterThanOrEqualTo(2);
        assertThat(jwks.toString()).doesNotContain("\"d\"");
        Jwt oldToken = decoder().decode(before.get("access_token").asString());
        Jwt newToken = decoder().decode(after.get("access_token").asString());
        assertThat(oldToken.getHeaders().get("kid")).isEqualTo(oldKid);
        assertThat(newToken.getHeaders().get("kid")).isNotEqualTo(oldKid);
    }

    JsonNode login(String tenant, String username, String password) {
        OidcFlow flow = new OidcFlow(base);
        JsonNode tokens = flow.login(tenant, username, password);
        browser = flow.browser();
        return tokens;
    }

    private HttpResponse<String> submitPassword(String tenant, String username, String password) {
        OidcFlow flow = new OidcFlow(base);
        flow.startAuthorization();
        HttpResponse<String> result = flow.submitPassword(tenant, username, password);
        browser = flow.browser();
        return result;
    }

    private HttpResponse<String> tokenRequest(Map<String, String> form) {
        return new OidcFlow(base).tokenRequest(form);
    }

    private NimbusJwtDecoder decoder() {
        return OidcFlow.accessTokenDecoder(base);
    }
}
