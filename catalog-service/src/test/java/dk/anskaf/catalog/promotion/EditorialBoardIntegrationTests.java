package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.events.CloudEvent;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class EditorialBoardIntegrationTests {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
    final String fredericia = CatalogApi.editor("0607", "Fredericia Kommune");
    final String board = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

    @Test
    void theBoardSeesAPendingRequestOfAnyMunicipalityAndApprovalMakesItCrossMunicipal() {
        String name = "Ophøj mig " + UUID.randomUUID();
        long id = createWithInterpretation(name);
        String requestId = request(id);

        HttpResponse<String> queue = api.get("/api/v1/board/promotion-requests", board);
        HttpResponse<String> boardReads = api.get("/api/v1/requirements/" + id, board);
        HttpResponse<String> otherMunicipalityReads = api.get("/api/v1/requirements/" + id, fredericia);
        try (var events = new TopicProbe(Infrastructure.kafka(), PromotionTopics.PROMOTIONS)) {
            HttpResponse<String> approved = decide(requestId, "APPROVE", null);

            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            CloudEvent event = eventOf(events, PromotionTopics.APPROVED, name);
            assertThat(event.tenantid()).isEqualTo("0710");
            assertThat(event.data().get("requestedByEmail").asString()).isEqualTo("rita@0710.example");
        }
        JsonNode afterwards =
                json.readTree(api.get("/api/v1/requirements/" + id, fredericia).body());
        HttpResponse<String> originalEditorChanges = api.put(
                "/api/v1/requirements/" + id,
                favrskov,
                "\"" + afterwards.get("version").asInt() + "\"",
                CatalogApi.requirementJson("Forsøg"));
        JsonNode extension = json.readTree(api.get("/api/v1/requirements/" + id + "/local-extension", favrskov)
                .body());

        assertThat(queue.body()).contains(name);
        assertThat(boardReads.statusCode()).isEqualTo(200);
        assertThat(otherMunicipalityReads.statusCode()).isEqualTo(404);
        assertThat(afterwards.get("type").asString()).isEqualTo("Tværkommunalt krav");
        assertThat(afterwards.get("interpretation").isNull()).isTrue();
        assertThat(originalEditorChanges.statusCode()).isEqualTo(403);
        assertThat(extension.get("interpretation").asString()).isEqualTo("Favrskovs egen fortolkning");
        assertThat(api.get("/api/v1/requirements/" + id + "/revisions", fredericia)
                        .body())
                .contains("created");
        // Every version has its revision (n + 1), so a change started before the approval can be compared.
        int version = afterwards.get("version").asInt();
        JsonNode latest = json.readTree(api.get("/api/v1/requirements/" + id + "/revisions/" + (version + 1), board)
                .body());
        assertThat(latest.get("change").asString()).isEqualTo("promoted");
        assertThat(api.get("/api/v1/requirements/" + id + "/diff?from=" + version + "&to=" + (version + 1), board)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void rejectionNeedsAReasonAndLeavesTheRequirementLocal() {
        String name = "Afvis mig " + UUID.randomUUID();
        long id = createWithInterpretation(name);
        String requestId = request(id);

        HttpResponse<String> withoutReason = decide(requestId, "REJECT", " ");
        try (var events = new TopicProbe(Infrastructure.kafka(), PromotionTopics.PROMOTIONS)) {
            HttpResponse<String> rejected = decide(requestId, "REJECT", "Findes allerede som krav 171");

            assertThat(rejected.statusCode()).isEqualTo(200);
            assertThat(eventOf(events, PromotionTopics.REJECTED, name)
                            .data()
                            .get("reason")
                            .asString())
                    .isEqualTo("Findes allerede som krav 171");
        }

        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(json.readTree(api.get("/api/v1/requirements/" + id, favrskov).body())
                        .get("type")
                        .asString())
                .isEqualTo("Lokalt krav");
        assertThat(api.get("/api/v1/board/promotion-requests", board).body()).doesNotContain(name);
        JsonNode latest = json.readTree(api.get("/api/v1/requirements/" + id + "/promotion-requests", favrskov)
                        .body())
                .get(0);
        assertThat(latest.get("status").asString()).isEqualTo("REJECTED");
        assertThat(latest.get("decisionReason").asString()).isEqualTo("Findes allerede som krav 171");
    }

    @Test
    void postponingKeepsTheRequestOnTheNextAgenda() {
        String name = "Udsæt mig " + UUID.randomUUID();
        String requestId = request(createWithInterpretation(name));
        HttpResponse<String> meeting = api.post(
                "/api/v1/board/meetings",
                board,
                "{\"meetingDate\":\"" + LocalDate.now().plusDays(30 + (int) (Math.random() * 300)) + "\"}");
        String meetingId = json.readTree(meeting.body()).get("id").asString();

        HttpResponse<String> postponed = api.post(
                "/api/v1/promotion-requests/" + requestId + "/decision",
                board,
                "{\"decision\":\"POSTPONE\",\"meetingId\":\"" + meetingId + "\"}");
        HttpResponse<String> agenda = api.get("/api/v1/board/meetings/" + meetingId + "/agenda", board);

        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        assertThat(json.readTree(postponed.body()).get("postponedCount").asInt())
                .isEqualTo(1);
        assertThat(agenda.body()).contains(name);
    }

    @Test
    void theRequesterCanCancelWhilePendingButNobodyElse() {
        String name = "Annuller mig " + UUID.randomUUID();
        long requirement = createWithInterpretation(name);
        String requestId = request(requirement);
        String requests = "/api/v1/requirements/" + requirement + "/promotion-requests";
        HttpResponse<String> pending = api.get(requests, favrskov);
        HttpResponse<String> pendingForBoard = api.get(requests, board);

        HttpResponse<String> byOther = api.post("/api/v1/promotion-requests/" + requestId + "/cancel", fredericia, "");
        HttpResponse<String> byRequester =
                api.post("/api/v1/promotion-requests/" + requestId + "/cancel", favrskov, "");
        HttpResponse<String> again = api.post("/api/v1/promotion-requests/" + requestId + "/cancel", favrskov, "");

        assertThat(byOther.statusCode()).isEqualTo(404);
        assertThat(byRequester.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/board/promotion-requests", board).body()).doesNotContain(name);
        assertThat(json.readTree(pending.body()).get(0).get("status").asString())
                .isEqualTo("PENDING");
        assertThat(json.readTree(pending.body()).get(0).get("own").asBoolean()).isTrue();
        assertThat(json.readTree(pendingForBoard.body()).get(0).get("own").asBoolean())
                .isFalse();
        assertThat(json.readTree(api.get(requests, favrskov).body())
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("CANCELLED");
        assertThat(api.get(requests, fredericia).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheBoardDecides() {
        String requestId = request(createWithInterpretation("Ikke din beslutning " + UUID.randomUUID()));

        assertThat(api.post(
                                "/api/v1/promotion-requests/" + requestId + "/decision",
                                favrskov,
                                "{\"decision\":\"APPROVE\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/board/promotion-requests", favrskov).statusCode())
                .isEqualTo(403);
    }

    private long createWithInterpretation(String name) {
        HttpResponse<String> created = api.post("/api/v1/requirements", favrskov, """
                {"name":"%s","description":"Beskrivelse","categoryId":1,"priority":"NORMAL","allDomains":true,
                 "interpretation":"Favrskovs egen fortolkning"}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private String request(long id) {
        HttpResponse<String> requested =
                api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"Til alle\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        return json.readTree(requested.body()).get("id").asString();
    }

    private HttpResponse<String> decide(String requestId, String decision, String reason) {
        String body = reason == null
                ? "{\"decision\":\"" + decision + "\"}"
                : "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}";
        return api.post("/api/v1/promotion-requests/" + requestId + "/decision", board, body);
    }

    private CloudEvent eventOf(TopicProbe events, String type, String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : events.drain(Duration.ofMillis(300))) {
                CloudEvent event = json.readValue(record.value(), CloudEvent.class);
                if (event.type().equals(type) && record.value().contains(name)) {
                    return event;
                }
            }
        }
        throw new AssertionError("No " + type + " event for " + name);
    }
}
