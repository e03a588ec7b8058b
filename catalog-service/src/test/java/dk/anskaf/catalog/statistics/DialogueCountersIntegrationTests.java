package dk.anskaf.catalog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Markedsdialoger oprettet" and "Leverandører tilsluttet" on the front page, from dialogue-service's
 * events. Each test sends its events with one record key, so they arrive in order, and ends with a control
 * event whose effect shows that everything before it was processed.
 */
@AnskafIntegrationTest
class DialogueCountersIntegrationTests {

    @Autowired
    ApiClient api;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void dialoguesCreatedInTheLastThreeMonthsCountOnceEach() throws Exception {
        long before = count("dialoguesLast3Months");
        String key = "counters-" + UUID.randomUUID();
        long first = dialogueId();
        long second = dialogueId();
        String created = created(first, Instant.now().minus(2, ChronoUnit.DAYS));

        send(key, created);
        send(key, created); // redelivered: same event id
        send(key, created(first, Instant.now())); // the same dialogue published again with a new id
        send(key, created(dialogueId(), Instant.now().minus(100, ChronoUnit.DAYS))); // older than 3 months
        send(key, created(second, Instant.now())); // control

        assertThat(await("dialoguesLast3Months", before + 2)).isEqualTo(before + 2);
        Thread.sleep(1000);
        assertThat(count("dialoguesLast3Months")).isEqualTo(before + 2);
    }

    @Test
    void aSupplierOrganisationIsConnectedOnceWhateverItIsInvitedTo() throws Exception {
        long before = count("suppliersConnected");
        String key = "counters-" + UUID.randomUUID();
        UUID formpipe = UUID.randomUUID();
        String invitation = invited(dialogueId(), formpipe);

        send(key, invitation);
        send(key, invitation); // redelivered
        send(key, invited(dialogueId(), formpipe)); // another dialogue, another contact: the same organisation
        send(key, created(dialogueId(), Instant.now())); // not an invitation
        send(key, invited(dialogueId(), UUID.randomUUID())); // control: a second organisation

        assertThat(await("suppliersConnected", before + 2)).isEqualTo(before + 2);
        Thread.sleep(1000);
        assertThat(count("suppliersConnected")).isEqualTo(before + 2);
    }

    private static long dialogueId() {
        return Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
    }

    private static String created(long dialogueId, Instant createdAt) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.dialogue-created.v1","subject":"%d","time":"%s",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":%d,"title":"ESDH-system","ownerName":"Favrskov Kommune",
                         "contactEmail":"indkoeb@favrskov.example","createdByName":"Ida Indkøber","createdAt":"%s"}}""".formatted(UUID.randomUUID(), dialogueId, createdAt, dialogueId, createdAt);
    }

    private static String invited(long dialogueId, UUID organisation) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.supplier-invited.v1","subject":"%d","time":"%s",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":%d,"title":"ESDH-system","invitationId":"%s","answerSetId":"%s",
                         "organisationId":"%s","organisationName":"Formpipe Software A/S","cvr":"12345674",
                         "contactId":"%s","email":"salg@formpipe.example","subject":"Invitation","message":"Hej",
                         "deadline":"2026-12-15T11:00:00Z","contactEmail":"indkoeb@favrskov.example",
                         "customerName":"Favrskov Kommune"}}""".formatted(
                        UUID.randomUUID(),
                        dialogueId,
                        Instant.now(),
                        dialogueId,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        organisation,
                        UUID.randomUUID());
    }

    private static void send(String key, String event) {
        TopicProbe.send(Infrastructure.kafka(), DialogueCountersListener.TOPIC, key, event);
    }

    private long await(String counter, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long now = count(counter);
        while (now != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            now = count(counter);
        }
        return now;
    }

    private long count(String counter) {
        var response = api.get("/api/v1/public/statistics", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode statistics = json.readTree(response.body());
        return statistics.get(counter).asLong();
    }
}
