package dk.anskaf.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.testdata.DialogueRows;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.api.ApiResponse;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The purchaser's dialogue through the API against real PostgreSQL (row-level security) and the outbox:
 * every transition, its refusals as problems that change nothing, and who may see what.
 */
@AnskafIntegrationTest
class DialogueApiIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String AARHUS = "0751";
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    DialogueRows rows() {
        return new DialogueRows(fixture);
    }

    @Test
    void aPurchaserCreatesADraftOfTheirMunicipalityAndItIsAnnounced() {
        JsonNode created = api.as(TestRole.PURCHASER, FAVRSKOV)
                .post("/api/v1/dialogues", draft("ESDH-system"))
                .assertStatus(201)
                .json();

        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("ownerKind").asString()).isEqualTo("MUNICIPALITY");
        assertThat(created.get("ownerName").asString()).isEqualTo("Kommune 0710");
        assertThat(created.get("domainIds").toString()).isEqualTo("[1,3]");
        assertThat(created.get("version").asInt()).isZero();
        assertThat(created.get("requirementCount").asInt()).isZero();
        JsonNode event = fixture.outboxEvent(DialogueTopics.CREATED, String.valueOf(id));
        EventContracts.documented().assertProducerMatches(DialogueTopics.CREATED, event);
        assertThat(event.get("tenantid").asString()).isEqualTo(FAVRSKOV);
        assertThat(event.at("/data/createdByName").asString()).isEqualTo("Bodil Bruger");
        assertThat(api.as(TestRole.EDITOR, FAVRSKOV)
                        .get("/api/v1/dialogues?list=ONGOING")
                        .assertStatus(200)
                        .body())
                .contains("\"id\":" + id);
        assertThat(api.as(TestRole.EDITOR, FAVRSKOV)
                        .get("/api/v1/dialogues?list=ARCHIVED")
                        .json()
                        .toString())
                .doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void badFieldsAreRefusedNamingTheFieldAndNothingIsStored() {
        long before = fixture.acrossTenants(() -> fixture.count("select count(*) from dialogue"));
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);

        purchaser
                .post("/api/v1/dialogues", draft("Kort"))
                .assertProblem(400, "validation")
                .assertFieldError("title");
        purchaser
                .post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Beskrivelse","contactEmail":"ikke en adresse","domainIds":[1]}
                        """)
                .assertProblem(400, "validation")
                .assertFieldError("contactEmail");
        purchaser
                .post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Beskrivelse","contactEmail":"a@b.dk","domainIds":[]}
                        """)
                .assertProblem(400, "validation")
                .assertFieldError("domainIds");
        purchaser
                .post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Ok","contactEmail":"a@b.dk","domainIds":[1]}
                        """)
                .assertProblem(400, "validation")
                .assertFieldError("description");
        purchaser
                .post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Beskrivelse","contactEmail":"a@b.dk","domainIds":[1],
                         "communityId":"%s"}
                        """.formatted(UUID.randomUUID()))
                .assertProblem(400, "validation")
                .assertFieldError("communityId");
        purchaser
                .get("/api/v1/dialogues?list=ALT")
                .assertProblem(400, "validation")
                .assertFieldError("list");

        assertThat(fixture.acrossTenants(() -> fixture.count("select count(*) from dialogue")))
                .isEqualTo(before);
    }

    @Test
    void onlyPurchasersAndEditorsOfTheOwningMunicipalitySeeADialogue() {
        long id = create(FAVRSKOV);

        api.as(TestRole.PURCHASER, AARHUS).get("/api/v1/dialogues/" + id).assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, AARHUS)
                .post("/api/v1/dialogues/" + id + "/cancel", "{\"reason\":\"Ikke din\"}")
                .assertProblem(404, "not-found");
        assertThat(api.as(TestRole.PURCHASER, AARHUS)
                        .get("/api/v1/dialogues?list=ONGOING")
                        .body())
                .doesNotContain("\"id\":" + id + ",");
        api.as(TestRole.EMPLOYEE, FAVRSKOV).get("/api/v1/dialogues/" + id).assertStatus(403);
        api.asSupplier(UUID.randomUUID(), "salg@formpipe.example")
                .get("/api/v1/dialogues/" + id)
                .assertStatus(403);
        api.asSupplier(UUID.randomUUID(), "salg@formpipe.example")
                .post("/api/v1/dialogues", draft("Leverandørens dialog"))
                .assertStatus(403);
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndAnActiveDialogueChangesOnlyItsContactEmail() {
        long id = create(FAVRSKOV);
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);

        JsonNode changed = purchaser
                .put("/api/v1/dialogues/" + id, "\"0\"", draft("Nyt ESDH-system"))
                .assertStatus(200)
                .json();
        assertThat(changed.get("title").asString()).isEqualTo("Nyt ESDH-system");
        assertThat(changed.get("version").asInt()).isEqualTo(1);
        purchaser
                .put("/api/v1/dialogues/" + id, "\"0\"", draft("Forældet ændring"))
                .assertStatus(412);
        assertThat(purchaser.get("/api/v1/dialogues/" + id).json().get("title").asString())
                .isEqualTo("Nyt ESDH-system");

        rows().requirement(FAVRSKOV, id, 1);
        activate(id, OffsetDateTime.now(COPENHAGEN).plusDays(14)).assertStatus(200);
        int version =
                purchaser.get("/api/v1/dialogues/" + id).json().get("version").asInt();
        purchaser
                .put("/api/v1/dialogues/" + id, "\"" + version + "\"", draft("Et tredje navn"))
                .assertProblem(409, "dialogue-frozen");
        JsonNode emailOnly = purchaser
                .put("/api/v1/dialogues/" + id, "\"" + version + "\"", draft("Nyt ESDH-system", "ny@favrskov.example"))
                .assertStatus(200)
                .json();
        assertThat(emailOnly.get("contactEmail").asString()).isEqualTo("ny@favrskov.example");
        assertThat(emailOnly.get("title").asString()).isEqualTo("Nyt ESDH-system");
    }

    @Test
    void activationNeedsRequirementsAndAFutureDeadlineInDanishTime() {
        long id = create(FAVRSKOV);

        activate(id, OffsetDateTime.now(COPENHAGEN).plusDays(1)).assertProblem(409, "dialogue-without-requirements");
        rows().requirement(FAVRSKOV, id, 1);
        rows().requirement(FAVRSKOV, id, 2);
        api.as(TestRole.PURCHASER, FAVRSKOV)
                .post("/api/v1/dialogues/" + id + "/activate", "{}")
                .assertProblem(400, "validation")
                .assertFieldError("deadline");
        activate(id, OffsetDateTime.now(COPENHAGEN).minusMinutes(1))
                .assertProblem(400, "validation")
                .assertFieldError("deadline");
        assertThat(status(id)).isEqualTo("DRAFT");

        OffsetDateTime deadline = OffsetDateTime.parse("2031-12-15T12:00:00+01:00");
        JsonNode active = activate(id, deadline).assertStatus(200).json();

        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(OffsetDateTime.parse(active.get("deadline").asString()).toInstant())
                .isEqualTo(deadline.toInstant());
        JsonNode event = fixture.outboxEvent(DialogueTopics.ACTIVATED, String.valueOf(id));
        EventContracts.documented().assertProducerMatches(DialogueTopics.ACTIVATED, event);
        assertThat(event.at("/data/requirementCount").asInt()).isEqualTo(2);
        assertThat(event.at("/data/deadline").asString()).isEqualTo("2031-12-15T11:00:00Z");
        activate(id, deadline.plusDays(1)).assertProblem(409, "dialogue-not-draft");
    }

    @Test
    void aPostponementTellsTheSuppliersThatHaveNotDeclinedAndReopensAnAnsweredDialogue() {
        long id = rows().activeDialogue(FAVRSKOV, java.time.Instant.now().plus(Duration.ofDays(2)));
        rows().invitedSupplier(FAVRSKOV, id, "salg@formpipe.example", "ANSWERING");
        rows().invitedSupplier(FAVRSKOV, id, "tilbud@kmd.example", "DECLINED");
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);

        purchaser
                .post(
                        "/api/v1/dialogues/" + id + "/postpone",
                        postponement(OffsetDateTime.now().plusDays(9), " "))
                .assertProblem(400, "validation")
                .assertFieldError("reason");
        purchaser
                .post(
                        "/api/v1/dialogues/" + id + "/postpone",
                        postponement(OffsetDateTime.now().plusDays(1), "Julen"))
                .assertProblem(400, "validation")
                .assertFieldError("deadline");
        OffsetDateTime later = OffsetDateTime.now(COPENHAGEN).plusDays(9).withNano(0);
        purchaser
                .post("/api/v1/dialogues/" + id + "/postpone", postponement(later, "Julen"))
                .assertStatus(200);

        JsonNode event = fixture.outboxEvent(DialogueTopics.DEADLINE_CHANGED, String.valueOf(id));
        EventContracts.documented().assertProducerMatches(DialogueTopics.DEADLINE_CHANGED, event);
        assertThat(event.at("/data/supplierEmails").toString()).isEqualTo("[\"salg@formpipe.example\"]");
        assertThat(event.at("/data/reopened").asBoolean()).isFalse();
        assertThat(event.at("/data/reason").asString()).isEqualTo("Julen");

        fixture.asTenant(
                FAVRSKOV,
                () -> fixture.jdbc()
                        .sql("update dialogue set status = 'ANSWERED', closed_at = now() where id = ?")
                        .param(id)
                        .update());
        JsonNode reopened = purchaser
                .post("/api/v1/dialogues/" + id + "/postpone", postponement(later.plusDays(1), "Flere svar"))
                .assertStatus(200)
                .json();
        assertThat(reopened.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(fixture.outboxEvent(DialogueTopics.DEADLINE_CHANGED, String.valueOf(id))
                        .at("/data/reopened")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aCancellationNeedsAReasonEndsTheDeadlineNowAndTellsTheSuppliers() {
        long id = rows().activeDialogue(FAVRSKOV, java.time.Instant.now().plus(Duration.ofDays(2)));
        rows().invitedSupplier(FAVRSKOV, id, "salg@formpipe.example", "INVITED");
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);

        purchaser
                .post("/api/v1/dialogues/" + id + "/cancel", "{}")
                .assertProblem(400, "validation")
                .assertFieldError("reason");
        assertThat(status(id)).isEqualTo("ACTIVE");

        JsonNode cancelled = purchaser
                .post("/api/v1/dialogues/" + id + "/cancel", "{\"reason\":\"Projektet er udskudt\"}")
                .assertStatus(200)
                .json();

        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelReason").asString()).isEqualTo("Projektet er udskudt");
        assertThat(Duration.between(
                                OffsetDateTime.parse(cancelled.get("deadline").asString()), OffsetDateTime.now())
                        .abs())
                .isLessThan(Duration.ofMinutes(1));
        JsonNode event = fixture.outboxEvent(DialogueTopics.CANCELLED, String.valueOf(id));
        EventContracts.documented().assertProducerMatches(DialogueTopics.CANCELLED, event);
        assertThat(event.at("/data/supplierEmails").toString()).isEqualTo("[\"salg@formpipe.example\"]");
        purchaser
                .post("/api/v1/dialogues/" + id + "/cancel", "{\"reason\":\"Igen\"}")
                .assertProblem(409, "dialogue-not-cancellable");
        purchaser
                .post(
                        "/api/v1/dialogues/" + id + "/postpone",
                        postponement(OffsetDateTime.now().plusDays(9), "Igen"))
                .assertProblem(409, "dialogue-not-active");
    }

    private long create(String tenant) {
        return api.as(TestRole.PURCHASER, tenant)
                .post("/api/v1/dialogues", draft("ESDH-system"))
                .assertStatus(201)
                .json()
                .get("id")
                .asLong();
    }

    private ApiResponse activate(long id, OffsetDateTime deadline) {
        return api.as(TestRole.PURCHASER, FAVRSKOV)
                .post("/api/v1/dialogues/" + id + "/activate", "{\"deadline\":\"" + deadline + "\"}");
    }

    private String status(long id) {
        return fixture.acrossTenants(() -> fixture.jdbc()
                .sql("select status from dialogue where id = ?")
                .param(id)
                .query(String.class)
                .single());
    }

    private static String draft(String title) {
        return draft(title, "indkoeb@favrskov.example");
    }

    private static String draft(String title, String contactEmail) {
        return """
                {"title":"%s","description":"Vi vil købe et ESDH-system","contactEmail":"%s","domainIds":[3,1],
                 "prioritiesVisible":true,"pricesRequested":false,"communityId":null}
                """.formatted(title, contactEmail);
    }

    private static String postponement(OffsetDateTime deadline, String reason) {
        return "{\"deadline\":\"" + deadline + "\",\"reason\":\"" + reason + "\"}";
    }
}
