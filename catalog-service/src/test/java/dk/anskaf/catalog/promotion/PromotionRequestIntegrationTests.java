package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.events.CloudEvent;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class PromotionRequestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CrossTenantAccess crossTenant;

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
    final String fredericia = CatalogApi.editor("0607", "Fredericia Kommune");
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

    @Test
    void editorCreatesRequirementAndRequestsPromotionWhichEmitsTheEvent() {
        String name = "Anmodning om restore " + UUID.randomUUID();
        try (var probe = new TopicProbe(Infrastructure.kafka(), PromotionTopics.PROMOTIONS)) {
            long id = createRequirement(favrskov, name);

            HttpResponse<String> requested = api.post(
                    "/api/v1/requirements/" + id + "/promotion-requests",
                    favrskov,
                    "{\"reason\":\"Bør gælde alle kommuner\"}");

            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
            ConsumerRecord<String, String> record = probe.await(1, Duration.ofSeconds(30)).stream()
                    .filter(r -> r.key().equals(String.valueOf(id)))
                    .findFirst()
                    .orElseThrow();
            CloudEvent event = json.readValue(record.value(), CloudEvent.class);
            assertThat(event.type()).isEqualTo(PromotionTopics.REQUESTED);
            assertThat(event.tenantid()).isEqualTo("0710");
            assertThat(event.data().get("requirementName").asString()).isEqualTo(name);
            assertThat(event.data().get("reason").asString()).isEqualTo("Bør gælde alle kommuner");
            assertThat(event.data().get("municipalityName").asString()).isEqualTo("Favrskov Kommune");
            assertThat(event.data().get("requestedByEmail").asString()).isEqualTo("rita@0710.example");
        }
    }

    @Test
    void anotherMunicipalityCannotSeeOrPromoteTheRequirement() {
        long id = createRequirement(favrskov, "Favrskovs eget krav " + UUID.randomUUID());

        HttpResponse<String> read = api.get("/api/v1/requirements/" + id, fredericia);
        HttpResponse<String> promote = api.post(
                "/api/v1/requirements/" + id + "/promotion-requests", fredericia, "{\"reason\":\"Vil have den\"}");
        HttpResponse<String> list = api.get("/api/v1/requirements?size=500", fredericia);

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(promote.statusCode()).isEqualTo(404);
        assertThat(list.body()).doesNotContain("Favrskovs eget krav");
        assertThat(requestsFor(id)).isZero();
        assertThat(outboxEventsFor(id)).isZero();
    }

    @Test
    void forgedTenantHeaderDoesNotLetAUserActForAnotherMunicipality() {
        long id = createRequirement(favrskov, "Header test " + UUID.randomUUID());

        HttpResponse<String> response = send(
                "/api/v1/requirements/" + id + "/promotion-requests",
                fredericia,
                "{\"reason\":\"Forsøg\"}",
                "X-Tenant-Id",
                "0710");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(requestsFor(id)).isZero();
    }

    @Test
    void aSecondPendingRequestIsAConflictAndEmitsNothing() {
        long id = createRequirement(favrskov, "Dobbelt " + UUID.randomUUID());
        api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"Første\"}");

        HttpResponse<String> second =
                api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"Anden\"}");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json.readTree(second.body()).get("type").asString())
                .isEqualTo("https://anskaf.dk/problems/promotion-pending");
        assertThat(requestsFor(id)).isEqualTo(1);
        assertThat(outboxEventsFor(id)).isEqualTo(1);
    }

    @Test
    void aRefusalIsWordedInEnglishWhenTheCallerAsksForIt() {
        long id = createRequirement(favrskov, "Sprog " + UUID.randomUUID());
        api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"Første\"}");

        HttpResponse<String> danish =
                api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"Anden\"}");
        HttpResponse<String> english = send(
                "/api/v1/requirements/" + id + "/promotion-requests",
                favrskov,
                "{\"reason\":\"Anden\"}",
                "Accept-Language",
                "en-GB,en;q=0.9");

        assertThat(json.readTree(danish.body()).get("detail").asString())
                .isEqualTo("Kravet har allerede en anmodning, der afventer");
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(json.readTree(english.body()).get("type").asString())
                .isEqualTo("https://anskaf.dk/problems/promotion-pending");
        assertThat(json.readTree(english.body()).get("detail").asString())
                .isEqualTo("The requirement already has a pending request");
        assertThat(requestsFor(id)).isEqualTo(1);
    }

    @Test
    void missingOrTooLongReasonIsRefusedAndNothingStored() {
        long id = createRequirement(favrskov, "Begrundelse " + UUID.randomUUID());

        HttpResponse<String> missing =
                api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"  \"}");
        HttpResponse<String> tooLong = api.post(
                "/api/v1/requirements/" + id + "/promotion-requests",
                favrskov,
                "{\"reason\":\"" + "x".repeat(2001) + "\"}");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fieldOf(missing)).isEqualTo("reason");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(requestsFor(id)).isZero();
        assertThat(outboxEventsFor(id)).isZero();
    }

    @Test
    void invalidRequirementsAreRefusedWithFieldErrors() {
        long before = requirementCount();

        HttpResponse<String> noName = api.post(
                "/api/v1/requirements", favrskov, "{\"description\":\"d\",\"categoryId\":1,\"priority\":\"NORMAL\"}");
        HttpResponse<String> longName =
                api.post("/api/v1/requirements", favrskov, CatalogApi.requirementJson("n".repeat(256)));
        HttpResponse<String> unknownCategory = api.post(
                "/api/v1/requirements",
                favrskov,
                "{\"name\":\"n\",\"description\":\"d\",\"categoryId\":9999,\"priority\":\"NORMAL\"}");
        HttpResponse<String> badPriority = api.post(
                "/api/v1/requirements",
                favrskov,
                "{\"name\":\"n\",\"description\":\"d\",\"categoryId\":1,\"priority\":\"URGENT\"}");

        assertThat(List.of(noName, longName, unknownCategory, badPriority))
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(400));
        assertThat(fieldOf(noName)).isEqualTo("name");
        assertThat(fieldOf(longName)).isEqualTo("name");
        assertThat(fieldOf(unknownCategory)).isEqualTo("categoryId");
        assertThat(fieldOf(badPriority)).isEqualTo("priority");
        assertThat(requirementCount()).isEqualTo(before);
    }

    @Test
    void htmlInTextIsStoredAsPlainTextAndReturnedAsJsonData() {
        String hostile = "<script>alert('x')</script> Krav";
        long id = createRequirement(favrskov, hostile);

        HttpResponse<String> read = api.get("/api/v1/requirements/" + id, favrskov);

        assertThat(read.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.readTree(read.body()).get("name").asString()).isEqualTo(hostile);
        assertThat(json.readTree(read.body()).get("type").asString()).isEqualTo("Lokalt krav");
    }

    @Test
    void onlyEditorsMayCreateOrPromote() {
        String purchaser = TestTokens.shared()
                .user("purchaser")
                .municipality("0710", "Favrskov Kommune")
                .roles("purchaser")
                .mint();

        HttpResponse<String> response =
                api.post("/api/v1/requirements", purchaser, CatalogApi.requirementJson("Indkøber"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private long createRequirement(String token, String name) {
        HttpResponse<String> created =
                api.post("/api/v1/requirements", token, CatalogApi.requirementJson(name.replace("\"", "\\\"")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private String fieldOf(HttpResponse<String> response) {
        JsonNode errors = json.readTree(response.body()).get("errors");
        return errors.get(0).get("field").asString();
    }

    private HttpResponse<String> send(String path, String token, String body, String header, String value) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header(header, value)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long requestsFor(long id) {
        return countAcrossTenants("select count(*) from promotion_request where requirement_id = " + id);
    }

    private long outboxEventsFor(long id) {
        return countAcrossTenants("select count(*) from outbox_event where event_key = '" + id + "'");
    }

    private long requirementCount() {
        return countAcrossTenants("select count(*) from requirement");
    }

    private long countAcrossTenants(String sql) {
        return crossTenant.call(
                "test",
                () -> transactions.execute(
                        status -> jdbc.sql(sql).query(Long.class).single()));
    }
}
