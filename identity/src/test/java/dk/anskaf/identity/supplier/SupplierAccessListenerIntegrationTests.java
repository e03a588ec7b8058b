package dk.anskaf.identity.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * identity learns who may receive sign-in links only from dialogue-service's events, through Kafka and
 * its inbox: invited, postponed, cancelled. Records are held to the examples in docs/events.md.
 */
@IdentityIntegrationTest
class SupplierAccessListenerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SupplierAccesses accesses;

    @Autowired
    IntegrationFixture fixture;

    SupplierFixture suppliers;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierFixture("http://localhost:" + port, accesses);
    }

    @Test
    void identityReadsTheDocumentedDialogueEvents() {
        EventContracts contracts = EventContracts.documented();

        var invited = contracts.assertConsumerReads(
                SupplierEvents.SUPPLIER_INVITED, SupplierAccessListener.SupplierInvited.class);
        var changed = contracts.assertConsumerReads(
                SupplierEvents.DEADLINE_CHANGED, SupplierAccessListener.DeadlineChanged.class);
        var cancelled = contracts.assertConsumerReads(
                SupplierEvents.DIALOGUE_CANCELLED, SupplierAccessListener.DialogueCancelled.class);

        assertThat(invited.email()).isEqualTo("salg@formpipe.example");
        assertThat(invited.deadline()).isEqualTo(Instant.parse("2026-12-15T11:00:00Z"));
        assertThat(changed.newDeadline()).isEqualTo(Instant.parse("2027-01-05T11:00:00Z"));
        assertThat(cancelled.dialogueId()).isEqualTo(676);
    }

    @Test
    void anInvitationGrantsAccessOnceAPostponementMovesItsDeadlineAndACancellationEndsIt() {
        long dialogue = 2_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000);
        UUID contact = UUID.randomUUID();
        String email = "Tilbud-" + contact.toString().substring(0, 8) + "@Leverandoer.example";
        String invitedId = UUID.randomUUID().toString();
        String invited = invited(invitedId, dialogue, contact, email, "2026-12-15T11:00:00Z");

        publish(dialogue, invited);
        publish(dialogue, invited);
        awaitRows("select count(*) from processed_event where event_id = ?::uuid", invitedId);

        assertThat(fixture.count("select count(*) from supplier_access where dialogue_id = ?", dialogue))
                .isEqualTo(1);
        SupplierAccess access = accesses.valid(email, dialogue).orElseThrow();
        assertThat(access.email()).isEqualTo(email.toLowerCase());
        assertThat(access.contactId()).isEqualTo(contact);
        assertThat(access.organisationName()).isEqualTo("Formpipe Software A/S");

        String changedId = UUID.randomUUID().toString();
        publish(dialogue, event(changedId, "dialogue-deadline-changed", dialogue, """
                {"dialogueId":%d,"title":"ESDH-system","contactEmail":"indkoeb@favrskov.example",
                 "previousDeadline":"2026-12-15T11:00:00Z","newDeadline":"2027-01-05T11:00:00Z",
                 "reason":"Julen","reopened":false,"supplierEmails":["%s"]}""".formatted(dialogue, email)));
        awaitRows("select count(*) from processed_event where event_id = ?::uuid", changedId);

        assertThat(accesses.valid(email, dialogue).orElseThrow().deadline())
                .isEqualTo(Instant.parse("2027-01-05T11:00:00Z"));

        String cancelledId = UUID.randomUUID().toString();
        publish(dialogue, event(cancelledId, "dialogue-cancelled", dialogue, """
                {"dialogueId":%d,"title":"ESDH-system","contactEmail":"indkoeb@favrskov.example",
                 "reason":"Projektet er udskudt","supplierEmails":["%s"]}""".formatted(dialogue, email)));
        awaitRows("select count(*) from processed_event where event_id = ?::uuid", cancelledId);

        assertThat(accesses.valid(email, dialogue)).isEmpty();
        assertThat(suppliers
                        .requestLink(suppliers.notificationToken(), "{\"email\":\"" + email + "\",\"dialogueId\":null}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void otherDialogueEventsOnTheTopicChangeNothing() {
        long dialogue = 3_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000);
        String finishedId = UUID.randomUUID().toString();
        publish(dialogue, event(finishedId, "supplier-finished", dialogue, """
                {"dialogueId":%d,"title":"ESDH-system","contactEmail":"indkoeb@favrskov.example",
                 "answerSetId":"%s","organisationId":"%s","organisationName":"Formpipe Software A/S","reason":null}""".formatted(
                        dialogue, UUID.randomUUID(), UUID.randomUUID())));
        // A marker after it on the same key (same partition): once that is processed, so was the first.
        String markerId = UUID.randomUUID().toString();
        publish(
                dialogue,
                invited(markerId, dialogue, UUID.randomUUID(), "marker@leverandoer.example", "2026-12-15T11:00:00Z"));
        awaitRows("select count(*) from processed_event where event_id = ?::uuid", markerId);

        assertThat(fixture.count("select count(*) from processed_event where event_id = ?::uuid", finishedId))
                .isZero();
        assertThat(fixture.count("select count(*) from supplier_access where dialogue_id = ?", dialogue))
                .isEqualTo(1);
    }

    private static void publish(long dialogue, String event) {
        TopicProbe.send(Infrastructure.kafka(), SupplierEvents.DIALOGUES, String.valueOf(dialogue), event);
    }

    private static String invited(String id, long dialogue, UUID contact, String email, String deadline) {
        return event(id, "supplier-invited", dialogue, """
                {"dialogueId":%d,"title":"ESDH-system","invitationId":"%s","answerSetId":"%s",
                 "organisationId":"%s","organisationName":"Formpipe Software A/S","cvr":"12345674",
                 "contactId":"%s","email":"%s","subject":"Invitation","message":"Vi ser frem til jeres svar.",
                 "deadline":"%s","contactEmail":"indkoeb@favrskov.example","customerName":"Favrskov Kommune"}""".formatted(
                        dialogue, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), contact, email, deadline));
    }

    private static String event(String id, String kind, long dialogue, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.%s.v1","subject":"%d","time":"2026-11-27T10:15:30.123456Z",
                 "datacontenttype":"application/json","tenantid":"0710","data":%s}""".formatted(id, kind, dialogue, data);
    }

    private void awaitRows(String query, Object parameter) {
        IntegrationFixture.await(
                "the event processed", Duration.ofSeconds(30), () -> fixture.count(query, parameter) > 0);
    }
}
