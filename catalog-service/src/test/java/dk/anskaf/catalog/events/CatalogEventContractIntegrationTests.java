package dk.anskaf.catalog.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestUsers;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue's events as it really writes them to its outbox, held against their examples in
 * docs/events.md (producer side of the contracts; notification-service holds its side).
 */
@AnskafIntegrationTest
class CatalogEventContractIntegrationTests {

    static final String TYPES = "dk.anskaf.catalog.";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    final EventContracts contracts = EventContracts.documented();
    final String favrskov = TestUsers.token("Rita Redaktør", "0710", "Favrskov Kommune", "editor");
    final String board = TestUsers.token("0615", "Horsens Kommune", TestRole.EDITOR, TestRole.BOARD);

    @Test
    void aPromotionRequestIsSentAsDocumented() {
        long requirement = createLocal();
        request(requirement);

        assertDocumented("requirement-promotion-requested.v1", requirement);
    }

    @Test
    void everyDecisionIsSentAsDocumented() {
        long approved = createLocal();
        decide(request(approved), "{\"decision\":\"APPROVE\"}");
        long rejected = createLocal();
        decide(request(rejected), "{\"decision\":\"REJECT\",\"reason\":\"Findes allerede\"}");
        long postponed = createLocal();
        decide(request(postponed), "{\"decision\":\"POSTPONE\",\"meetingId\":\"" + meeting() + "\"}");
        long cancelled = createLocal();
        api.as(favrskov)
                .post("/api/v1/promotion-requests/" + request(cancelled) + "/cancel", "")
                .assertStatus(204);

        assertDocumented("requirement-promotion-approved.v1", approved);
        assertDocumented("requirement-promotion-rejected.v1", rejected);
        assertDocumented("requirement-promotion-postponed.v1", postponed);
        assertDocumented("requirement-promotion-cancelled.v1", cancelled);
    }

    @Test
    void aScheduledBoardMeetingIsSentAsDocumented() {
        request(createLocal()); // so the agenda has an item whose shape is compared
        String meeting = meeting();

        JsonNode event = fixture.outboxEvent(TYPES + "board-meeting-scheduled.v1", meeting);
        assertThat(event.path("data").path("agenda")).isNotEmpty();
        contracts.assertProducerMatches(TYPES + "board-meeting-scheduled.v1", event);
    }

    private void assertDocumented(String type, long requirement) {
        JsonNode event = fixture.outboxEvent(TYPES + type, String.valueOf(requirement));
        contracts.assertProducerMatches(TYPES + type, event);
    }

    private long createLocal() {
        return api.as(favrskov)
                .post("/api/v1/requirements", """
                        {"name":"Kontrakt %s","description":"Beskrivelse","categoryId":1,"priority":"NORMAL",
                         "allDomains":true}""".formatted(UUID.randomUUID()))
                .assertStatus(201)
                .json()
                .get("id")
                .asLong();
    }

    private String request(long requirement) {
        return api.as(favrskov)
                .post("/api/v1/requirements/" + requirement + "/promotion-requests", "{\"reason\":\"Til alle\"}")
                .assertStatus(201)
                .json()
                .get("id")
                .asString();
    }

    private void decide(String requestId, String decision) {
        api.as(board)
                .post("/api/v1/promotion-requests/" + requestId + "/decision", decision)
                .assertStatus(200);
    }

    private String meeting() {
        LocalDate date = LocalDate.now().plusDays(30 + (int) (Math.random() * 3000));
        return api.as(board)
                .post("/api/v1/board/meetings", "{\"meetingDate\":\"" + date + "\"}")
                .assertStatus(201)
                .json()
                .get("id")
                .asString();
    }
}
