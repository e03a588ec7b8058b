package dk.anskaf.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.identity.events.IdentityEvents;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IdentityIntegrationTest
class AdministrationIntegrationTests {

    @LocalServerPort
    int port;

    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
    }

    @Test
    void aMunicipalAdministratorManagesOnlyItsOwnUsersAndEveryChangeIsAudited() throws Exception {
        String admin = token("0710", "admin");
        String username = "ny-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = call("POST", "/api/v1/users", admin, """
                {"username":"%s","displayName":"Ny Bruger","email":"ny@favrskov.example",
                 "password":"en-lang-og-god-adgangskode","roles":["purchaser"]}""".formatted(username));
        HttpResponse<String> changed =
                call("PUT", "/api/v1/users/" + username + "/roles", admin, "[\"purchaser\",\"editor\"]");
        HttpResponse<String> listed = call("GET", "/api/v1/users", admin, null);
        HttpResponse<String> audit = call("GET", "/api/v1/audit", admin, null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(changed.body()).contains("\"editor\"");
        assertThat(listed.body())
                .contains(username)
                .contains("@favrskov.example")
                .doesNotContain("@fredericia.example");
        assertThat(audit.body())
                .contains("user.created")
                .contains("user.roles-changed")
                .contains(username);
    }

    @Test
    void weakPasswordsAndMembershipRolesAreRefusedAndNothingIsStored() throws Exception {
        String admin = token("0607", "admin");

        HttpResponse<String> shortPassword = call("POST", "/api/v1/users", admin, """
                {"username":"kort","displayName":"K","email":"k@fredericia.example","password":"kort","roles":[]}""");
        HttpResponse<String> boardRole = call("POST", "/api/v1/users", admin, """
                {"username":"bestyrer","displayName":"B","email":"b@fredericia.example",
                 "password":"en-lang-og-god-adgangskode","roles":["board"]}""");
        HttpResponse<String> listed = call("GET", "/api/v1/users", admin, null);

        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("password");
        assertThat(boardRole.statusCode()).isEqualTo(400);
        assertThat(listed.body()).doesNotContain("\"kort\"").doesNotContain("bestyrer");
    }

    @Test
    void onlyAdministratorsAndTheOperatorAdminister() throws Exception {
        String editor = token("0710", "redaktoer");

        HttpResponse<String> forbidden = call("GET", "/api/v1/users", editor, null);
        HttpResponse<String> anonymous = call("GET", "/api/v1/users", null, null);

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/tenants/0101/login", editor, "{\"onboarded\":true,\"method\":\"LOCAL\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        for (HttpResponse<String> refused : java.util.List.of(forbidden, anonymous)) {
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("\"status\":" + refused.statusCode());
        }
    }

    @Test
    void theOperatorManagesTheBoardAndCommunitiesWhichArePublished() throws Exception {
        String operator = token("operator", "drift");
        String name = "Samarbejde " + UUID.randomUUID();

        HttpResponse<String> board = call(
                "PUT",
                "/api/v1/board/members",
                operator,
                "{\"tenantId\":\"0615\",\"username\":\"redaktoer\",\"member\":true}");
        try (var events = new TopicProbe(Infrastructure.kafka(), IdentityEvents.TENANTS)) {
            HttpResponse<String> community = call(
                    "POST",
                    "/api/v1/communities",
                    operator,
                    "{\"name\":\"" + name + "\",\"members\":[\"0710\",\"0607\"]}");

            assertThat(community.statusCode()).as(community.body()).isEqualTo(201);
            assertThat(events.await(1, Duration.ofSeconds(30)))
                    .anySatisfy(r -> assertThat(r.value())
                            .contains(IdentityEvents.COMMUNITY_MEMBERSHIP_CHANGED)
                            .contains(name));
        }
        assertThat(board.body()).contains("\"board\"");
        assertThat(call("GET", "/api/v1/audit", operator, null).body()).contains("board.membership-changed");
    }

    @Test
    void aBoardMemberInATenantThatCannotExistIsAFieldErrorAndChangesNothing() throws Exception {
        String operator = token("operator", "drift");

        HttpResponse<String> response = call(
                "PUT",
                "/api/v1/board/members",
                operator,
                "{\"tenantId\":\"07 10\",\"username\":\"redaktoer\",\"member\":true}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"tenantId\"");
        assertThat(call("GET", "/api/v1/audit", operator, null).body()).doesNotContain("07 10");
    }

    private String token(String tenant, String username) {
        return new OidcFlow(base)
                .login(tenant, username, IdentityTestProperties.PASSWORD)
                .get("access_token")
                .asString();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
