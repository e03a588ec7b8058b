package dk.anskaf.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service on the platform with its own database, ready, and closed. It shares the module's test context,
 * so other tests' events may be in the outbox: the tables are asked only whether the app role can read them.
 */
@AnskafIntegrationTest
class DialogueServiceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void itIsReadyWithItsDatabaseMigratedIncludingThePlatformsOutboxAndInbox() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(jdbc.sql("select count(*) from outbox_event")
                        .query(Long.class)
                        .single())
                .isNotNegative();
        assertThat(jdbc.sql("select count(*) from processed_event")
                        .query(Long.class)
                        .single())
                .isNotNegative();
        // The app role cannot read Flyway's history (only the schema owner can): ask Flyway itself.
        assertThat(flyway.info().applied())
                .extracting(migration -> migration.getVersion().getVersion(), MigrationInfo::getDescription)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("0.1", "outbox"),
                        org.assertj.core.groups.Tuple.tuple("1", "dialogue"));
    }

    @Test
    void itsApiNeedsAPlatformTokenAndAnUnknownPathIsAProblemNotAPage() throws Exception {
        String token = TestTokens.shared()
                .user("indkoeber-0710")
                .municipality("0710", "Favrskov Kommune")
                .roles("purchaser")
                .mint();

        HttpResponse<String> anonymous = get("/api/v1/dialogues", null);
        HttpResponse<String> unknown = get("/api/v1/dialogues-nothing-here", token);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
