package dk.anskaf.identity.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.platform.test.infra.DatabaseProvisioner;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.infra.ServiceDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reference data reaches other services only as events: what migrations and the demo seed create is
 * published like later changes, and every path that changes a municipality's users or the board
 * publishes. Read from the outbox, which the relay sends unchanged.
 */
@IdentityIntegrationTest
class ReferenceEventsIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSeededMunicipalitiesTheDemoUsersAndTheBoardArePublished() {
        List<JsonNode> tenants = events(jdbc, IdentityEvents.TENANT_CHANGED);
        assertThat(tenants.stream().map(e -> e.get("subject").asString()).distinct())
                .hasSize(99)
                .contains("0101", "0860", "operator");

        JsonNode favrskov = latest(tenants, "0710");
        assertThat(favrskov.get("tenantid").asString()).isEqualTo("0710");
        assertThat(favrskov.get("data").get("onboarded").asBoolean()).isTrue();
        // Six demo users; other tests of this context may have added more.
        assertThat(favrskov.get("data").get("activeUsers").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(favrskov.get("data").get("officialName").asString()).isEqualTo("Favrskov Kommune");
        assertThat(latest(tenants, "0101").get("data").get("onboarded").asBoolean())
                .isFalse();
        assertThat(events(jdbc, IdentityEvents.TENANT_REGISTERED))
                .extracting(e -> e.get("subject").asString())
                .contains("0710", "0607", "0615");
        assertThat(events(jdbc, IdentityEvents.BOARD_MEMBERSHIP_CHANGED))
                .extracting(e -> e.get("data").get("email").asString())
                .contains(
                        "kravredaktoer@favrskov.example",
                        "kravredaktoer@fredericia.example",
                        "kravredaktoer@horsens.example");
    }

    @Test
    void aDeploymentWhoseSeedRanBeforeTheEventsExistedGetsItPublishedByTheMigration() {
        ServiceDatabase database = DatabaseProvisioner.provision(
                Infrastructure.postgres(),
                "identity_upgrade_" + UUID.randomUUID().toString().substring(0, 8),
                "owner-" + UUID.randomUUID(),
                "app-" + UUID.randomUUID());
        // The schema as it was before reference data was published (V3 exists in every later schema).
        flyway(database, "3").migrate();
        var owner = new SingleConnectionDataSource(
                database.jdbcUrl(), database.ownerUser(), database.ownerPassword(), true);
        JdbcClient sql = JdbcClient.create(owner);
        UUID member = UUID.randomUUID();
        // As the old seed left it: onboarded, users and a board member, and no event about any of it.
        sql.sql("select set_config('app.cross_tenant', 'on', false)").query().singleValue();
        sql.sql("update tenant set onboarded = true where tenant_id = '0751'").update();
        sql.sql(
                        "insert into app_user (id, tenant_id, username, display_name, email) values (?, '0751', 'bo', 'Bo', 'bo@aarhus.example')")
                .param(member)
                .update();
        sql.sql("insert into user_role (user_id, tenant_id, role) values (?, '0751', 'board')")
                .param(member)
                .update();
        assertThat(events(sql, IdentityEvents.TENANT_CHANGED)).isEmpty();

        flyway(database, "latest").migrate();

        List<JsonNode> tenants = events(sql, IdentityEvents.TENANT_CHANGED);
        assertThat(tenants).hasSize(99);
        JsonNode aarhus = latest(tenants, "0751").get("data");
        assertThat(aarhus.get("onboarded").asBoolean()).isTrue();
        assertThat(aarhus.get("activeUsers").asLong()).isEqualTo(1);
        assertThat(aarhus.get("kind").asString()).isEqualTo("MUNICIPALITY");
        List<JsonNode> board = events(sql, IdentityEvents.BOARD_MEMBERSHIP_CHANGED);
        assertThat(board).hasSize(1);
        assertThat(board.getFirst().get("tenantid").asString()).isEqualTo("0751");
        assertThat(board.getFirst().get("data").get("userId").asString()).isEqualTo(member.toString());
        assertThat(board.getFirst().get("data").get("email").asString()).isEqualTo("bo@aarhus.example");
        assertThat(board.getFirst().get("data").get("member").asBoolean()).isTrue();
        owner.destroy();
    }

    @Test
    void joiningAndLeavingTheBoardAndANewUserArePublished() throws Exception {
        String operator = token("operator", "drift");
        String admin = token("0615", "admin");
        long usersBefore = latest(events(jdbc, IdentityEvents.TENANT_CHANGED), "0615")
                .get("data")
                .get("activeUsers")
                .asLong();
        String username = "ny-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = call("POST", "/api/v1/users", admin, """
                {"username":"%s","displayName":"Ny Horsens","email":"%s@horsens.example",
                 "password":"en-lang-og-god-adgangskode","roles":["editor"]}""".formatted(username, username));
        HttpResponse<String> joined = call("PUT", "/api/v1/board/members", operator, """
                {"tenantId":"0615","username":"%s","member":true}""".formatted(username));
        HttpResponse<String> left = call("PUT", "/api/v1/board/members", operator, """
                {"tenantId":"0615","username":"%s","member":false}""".formatted(username));

        assertThat(List.of(created.statusCode(), joined.statusCode(), left.statusCode()))
                .containsExactly(201, 200, 200);
        assertThat(latest(events(jdbc, IdentityEvents.TENANT_CHANGED), "0615")
                        .get("data")
                        .get("activeUsers")
                        .asLong())
                .isEqualTo(usersBefore + 1);
        List<JsonNode> membership = events(jdbc, IdentityEvents.BOARD_MEMBERSHIP_CHANGED).stream()
                .filter(e -> e.get("data").get("email").asString().equals(username + "@horsens.example"))
                .toList();
        assertThat(membership)
                .extracting(e -> e.get("data").get("member").asBoolean())
                .containsExactly(true, false);
        assertThat(membership)
                .allSatisfy(e -> assertThat(e.get("tenantid").asString()).isEqualTo("0615"))
                .allSatisfy(
                        e -> assertThat(e.get("data").get("name").asString()).isEqualTo("Ny Horsens"));
    }

    @Test
    void onboardingAMunicipalityPublishesItsRegistrationAndItsState() throws Exception {
        String operator = token("operator", "drift");

        HttpResponse<String> onboarded =
                call("PUT", "/api/v1/tenants/0851/login", operator, "{\"onboarded\":true,\"method\":\"LOCAL\"}");

        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(200);
        assertThat(events(jdbc, IdentityEvents.TENANT_REGISTERED))
                .extracting(e -> e.get("subject").asString())
                .contains("0851");
        JsonNode aalborg = latest(events(jdbc, IdentityEvents.TENANT_CHANGED), "0851");
        assertThat(aalborg.get("tenantid").asString()).isEqualTo("0851");
        assertThat(aalborg.get("data").get("onboarded").asBoolean()).isTrue();
        assertThat(aalborg.get("data").get("activeUsers").asLong()).isZero();
    }

    private static Flyway flyway(ServiceDatabase database, String target) {
        return Flyway.configure()
                .dataSource(database.jdbcUrl(), database.ownerUser(), database.ownerPassword())
                .locations("classpath:db/platform", "classpath:db/migration")
                .placeholders(Map.of("app_role", database.appUser()))
                .target(target)
                .load();
    }

    /** Events of a type in the order the relay sends them. */
    static List<JsonNode> events(JdbcClient jdbc, String type) {
        return jdbc
                .sql("select payload from outbox_event where topic = ? order by position")
                .param(IdentityEvents.TENANTS)
                .query(String.class)
                .list()
                .stream()
                .map(JSON::readTree)
                .filter(event -> type.equals(event.get("type").asString()))
                .toList();
    }

    private static JsonNode latest(List<JsonNode> events, String subject) {
        return events.stream()
                .filter(e -> subject.equals(e.get("subject").asString()))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private String token(String tenant, String username) {
        return new OidcFlow("http://localhost:" + port)
                .login(tenant, username, IdentityTestProperties.PASSWORD)
                .get("access_token")
                .asString();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
