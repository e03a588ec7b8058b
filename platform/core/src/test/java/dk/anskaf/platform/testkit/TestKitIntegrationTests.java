package dk.anskaf.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The test kit (platform/test-support) against the platform it stands in for: the tenant the fixture
 * names is the tenant the platform binds, and the API client is the service's real client.
 */
@AnskafIntegrationTest
class TestKitIntegrationTests {

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    final String a = "a" + UUID.randomUUID().toString().substring(0, 8);
    final String b = "b" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRowWrittenAsATenantThroughTheFixtureBelongsToThatTenantForThePlatform() {
        fixture.asTenant(a, List.of("editor"), () -> insert("a's note"));

        assertThat(platformReadsAs(a)).containsExactly("a's note");
        assertThat(platformReadsAs(b)).isEmpty();
        assertThat(fixture.asTenant(b, () -> texts())).isEmpty();
    }

    @Test
    void acrossTenantsSeesAndCountsEveryTenantsRows() {
        fixture.asTenant(a, () -> insert("a " + a));
        fixture.asTenant(b, () -> insert("b " + b));

        assertThat(fixture.acrossTenants(this::texts)).contains("a " + a, "b " + b);
        assertThat(fixture.count("select count(*) from note where text in (?, ?)", "a " + a, "b " + b))
                .isEqualTo(2);
        assertThat(texts()).as("outside the fixture no tenant is bound").isEmpty();
    }

    @Test
    void cleanEmptiesATableForEveryTenantAndTakesOnlyTableNames() {
        fixture.asTenant(a, () -> insert("weg"));
        fixture.asTenant(b, () -> insert("weg"));

        fixture.clean("note");

        assertThat(fixture.count("select count(*) from note")).isZero();
        assertThatThrownBy(() -> fixture.clean("note; drop table note")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApiClientCallsAsAUserOfTheMunicipalityAndTheOutboxShowsTheEvent() {
        JsonNode created = api.as(TestRole.EDITOR, "0710")
                .post("/notes", "{\"text\":\"Fra Favrskov\"}")
                .assertStatus(201)
                .json();

        assertThat(created.get("tenantId").asString()).isEqualTo("0710");
        assertThat(api.as(TestRole.EDITOR, "0607").get("/notes").body()).doesNotContain("Fra Favrskov");
        JsonNode event = fixture.outboxEvent(
                "dk.anskaf.test.note-created.v1", created.get("id").asString());
        assertThat(event.path("tenantid").asString()).isEqualTo("0710");
        fixture.awaitOutboxDelivered(Duration.ofSeconds(30));
    }

    @Test
    void aProblemIsAssertedByStatusTypeAndField() {
        var problem = api.as(TestRole.EDITOR, "0710")
                .post("/notes", "{\"text\":\"\"}")
                .assertProblem(400, "validation")
                .assertFieldError("text");

        assertThat(problem.fields()).containsExactly("text");
        assertThatThrownBy(() -> api.anonymous().get("/notes").assertProblem(400, "validation"))
                .isInstanceOf(AssertionError.class);
    }

    private int insert(String text) {
        return jdbc.sql("insert into note (text) values (?)").param(text).update();
    }

    private List<String> texts() {
        return jdbc.sql("select text from note").query(String.class).list();
    }

    private List<String> platformReadsAs(String tenant) {
        return TenantContext.callAs(TenantId.of(tenant), () -> transactions.execute(status -> texts()));
    }
}
