package dk.anskaf.identity.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.identity.user.UserAccounts;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.web.Browser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Aarhus Kommune logs its users in with its own OpenID Connect provider (here a real one in the test
 * JVM, standing in for its AD FS or Entra ID). The operator configures it through the API; a user is
 * provisioned on first login and gets Aarhus as tenant and roles mapped from the upstream claim.
 */
@IdentityIntegrationTest
class FederatedLoginIntegrationTests {

    static final MockOAuth2Server upstream = new MockOAuth2Server();

    @BeforeAll
    static void startUpstream() {
        upstream.start();
    }

    @AfterAll
    static void stopUpstream() {
        upstream.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aFederatedMunicipalitysUserLogsInWithMappedRolesAndIsProvisioned() {
        String base = "http://localhost:" + port;
        configureAarhusAsFederated(base);
        upstream.enqueueCallback(new DefaultOAuth2TokenCallback(
                "aarhus-adfs",
                "S-1-5-21-aarhus-42",
                "JWT",
                List.of("anskaf-aarhus"),
                Map.of(
                        "preferred_username", "anne.aarhus",
                        "name", "Anne Aarhus",
                        "email", "anne@aarhus.example",
                        "roles", List.of("http://kravmotoren.dk/editor", "Indkøb", "board", "Ukendt")),
                3600));
        OidcFlow flow = new OidcFlow(base);
        String verifier = flow.startAuthorization();

        HttpResponse<String> chosen = flow.chooseMunicipality("0751");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
        String toUpstream = Browser.location(flow.browser().get(absolute(base, Browser.location(chosen))));
        String backFromUpstream = Browser.location(flow.browser().get(toUpstream));
        String resumed = Browser.location(flow.browser().get(absolute(base, backFromUpstream)));
        JsonNode tokens = flow.finish(absolute(base, resumed), verifier);

        Jwt access = flow.decode(tokens);
        assertThat(Browser.location(chosen)).endsWith("/oauth2/authorization/0751");
        assertThat(toUpstream).startsWith(upstream.issuerUrl("aarhus-adfs").toString());
        assertThat(access.getClaimAsString("tenant_id")).isEqualTo("0751");
        assertThat(access.getClaimAsString("tenant_name")).isEqualTo("Aarhus Kommune");
        assertThat(access.getClaimAsStringList("roles")).containsExactlyInAnyOrder("editor", "purchaser");
        assertThat(access.getClaimAsString("email")).isEqualTo("anne@aarhus.example");
        var provisioned = TenantContext.callAs(
                TenantId.of("0751"), () -> transactions.execute(status -> users.findByUsername("anne.aarhus")));
        assertThat(provisioned)
                .hasValueSatisfying(user -> assertThat(user.passwordHash()).isNull());
    }

    private static String absolute(String base, String location) {
        return location.startsWith("http") ? location : base + location;
    }

    private void configureAarhusAsFederated(String base) {
        OidcFlow operator = new OidcFlow(base);
        String token = operator.login("operator", "drift", IdentityTestProperties.PASSWORD)
                .get("access_token")
                .asString();
        HttpResponse<String> configured = operator.browser()
                .send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tenants/0751/login"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"onboarded":true,"method":"OIDC","issuer":"%s","clientId":"anskaf-aarhus",
                         "clientSecret":"aarhus-secret","roleClaim":"roles","roleMapping":"Indkøb=purchaser,board=board"}""".formatted(
                                upstream.issuerUrl("aarhus-adfs").toString().replaceAll("/$", ""))))
                        .build());
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
    }
}
