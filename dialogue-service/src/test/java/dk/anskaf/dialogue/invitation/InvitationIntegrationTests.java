package dk.anskaf.dialogue.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** "Inviter leverandør" through the API against the real database, and its event as documented. */
@AnskafIntegrationTest
class InvitationIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String TYPE = "dk.anskaf.dialogue.supplier-invited.v1";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    long dialogue;

    @BeforeEach
    void anActiveDialogue() {
        data = new SupplierSideTestData(fixture, transactions);
        dialogue = data.activeDialogue(FAVRSKOV, false, true, Duration.ofDays(14));
        data.requirement(FAVRSKOV, dialogue, 3001, "Krav", false, true, true);
    }

    @Test
    void aNewOrganisationIsRegisteredOnTheWayAndTheInvitationIsPublishedAsDocumentedWithoutALink() {
        String cvr = SupplierSideTestData.newCvr();

        JsonNode status = purchaser()
                .post(
                        path(),
                        "{\"newOrganisation\":{\"name\":\"Formpipe Software A/S\",\"cvr\":\"" + cvr + "\"},"
                                + "\"email\":\" Salg@Formpipe.Example \",\"subject\":\"Invitation til at besvare krav\","
                                + "\"message\":\"Vi ser frem til jeres svar.\"}")
                .assertStatus(201)
                .json();

        assertThat(status.path("status").asString()).isEqualTo("INVITED");
        assertThat(status.path("cvr").asString()).isEqualTo(cvr);
        assertThat(SupplierSideTestData.texts(status.path("contacts"), "x")).hasSize(1);
        assertThat(status.path("contacts").get(0).asString()).isEqualTo("salg@formpipe.example");
        assertThat(status.path("requirementCount").asInt()).isEqualTo(1);
        JsonNode event = fixture.outboxEvent(TYPE, String.valueOf(dialogue));
        EventContracts.documented().assertProducerMatches(TYPE, event);
        assertThat(event.path("tenantid").asString()).isEqualTo(FAVRSKOV);
        JsonNode data = event.path("data");
        assertThat(data.path("email").asString()).isEqualTo("salg@formpipe.example");
        assertThat(data.path("organisationId").asString())
                .isEqualTo(status.path("organisationId").asString());
        assertThat(data.path("customerName").asString()).isEqualTo("Kommune 0710");
        assertThat(data.path("contactEmail").asString()).isEqualTo("indkoeb@0710.example");
        assertThat(event.toString()).doesNotContain("http", "token", "password", "adgangskode");
    }

    @Test
    void aSecondInvitationToTheSameOrganisationAddsAContactButTheAnswerSetStaysOne() {
        UUID organisation = organisation("Netcompany A/S");

        purchaser()
                .post(path(), invitation(organisation, "a@netcompany.example"))
                .assertStatus(201);
        purchaser()
                .post(path(), invitation(organisation, "A@netcompany.example"))
                .assertStatus(201);
        JsonNode status = purchaser()
                .post(path(), invitation(organisation, "b@netcompany.example"))
                .assertStatus(201)
                .json();

        assertThat(status.path("contacts").size()).isEqualTo(2);
        assertThat(fixture.count("select count(*) from answer_set where dialogue_id = ?", dialogue))
                .isEqualTo(1);
        assertThat(fixture.count("select count(*) from supplier_contact where organisation_id = ?", organisation))
                .isEqualTo(2);
        assertThat(fixture.count(
                        "select count(*) from invitation i join answer_set s on s.id = i.answer_set_id where s.dialogue_id = ?",
                        dialogue))
                .isEqualTo(3);
        assertThat(purchaser()
                        .get("/api/v1/dialogues/" + dialogue + "/suppliers")
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void whenTheDialogueIsNotAktivOrPastItsDeadlineThenNobodyIsInvited() {
        UUID organisation = organisation("KMD A/S");
        data.deadlineIn(dialogue, Duration.ofSeconds(-1));

        purchaser()
                .post(path(), invitation(organisation, "salg@kmd.example"))
                .assertProblem(409, "invitation-dialogue-not-active");

        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'CANCELLED', deadline = now() + interval '1 day' where id = ?")
                .param(dialogue)
                .update());
        purchaser()
                .post(path(), invitation(organisation, "salg@kmd.example"))
                .assertProblem(409, "invitation-dialogue-not-active");

        // a draft has no deadline yet: the caller's dialogue, but not open for suppliers
        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'DRAFT', deadline = null where id = ?")
                .param(dialogue)
                .update());
        purchaser()
                .post(path(), invitation(organisation, "salg@kmd.example"))
                .assertProblem(409, "invitation-dialogue-not-active");

        assertNothingInvited();
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        UUID organisation = organisation("EG A/S");
        long organisations = fixture.count("select count(*) from supplier_organisation");

        purchaser()
                .post(path(), invitation(organisation, "ikke-en-adresse"))
                .assertProblem(400, "validation")
                .assertFieldError("email");
        purchaser()
                .post(
                        path(),
                        "{\"organisationId\":\"" + organisation
                                + "\",\"email\":\"a@eg.example\",\"subject\":\"\",\"message\":\"Hej\"}")
                .assertProblem(400, "validation")
                .assertFieldError("subject");
        purchaser()
                .post(
                        path(),
                        "{\"organisationId\":\"" + organisation
                                + "\",\"email\":\"a@eg.example\",\"subject\":\"Invitation\"}")
                .assertProblem(400, "validation")
                .assertFieldError("message");
        purchaser()
                .post(path(), "{\"email\":\"a@eg.example\",\"subject\":\"Invitation\",\"message\":\"Hej med jer\"}")
                .assertProblem(400, "validation")
                .assertFieldError("organisationId");
        purchaser()
                .post(
                        path(),
                        "{\"organisationId\":\"" + UUID.randomUUID()
                                + "\",\"email\":\"a@eg.example\",\"subject\":\"Invitation\",\"message\":\"Hej med jer\"}")
                .assertProblem(400, "validation")
                .assertFieldError("organisationId");
        purchaser()
                .post(
                        path(),
                        "{\"newOrganisation\":{\"name\":\"Ny A/S\",\"cvr\":\"12345678\"},\"email\":\"a@ny.example\",\"subject\":\"Invitation\",\"message\":\"Hej med jer\"}")
                .assertProblem(400, "validation")
                .assertFieldError("newOrganisation.cvr");
        String taken = fixture.count("select count(*) from supplier_organisation where id = ?", organisation) == 1
                ? data.jdbc()
                        .sql("select cvr from supplier_organisation where id = ?")
                        .param(organisation)
                        .query(String.class)
                        .optional()
                        .orElse(null)
                : null;
        assertThat(taken)
                .as("organisations are readable only with a municipality")
                .isNull();

        assertNothingInvited();
        assertThat(fixture.count("select count(*) from supplier_organisation")).isEqualTo(organisations);
    }

    @Test
    void aNewOrganisationWithATakenCvrIsRefusedNamingTheExistingOne() {
        String cvr = SupplierSideTestData.newCvr();
        UUID existing = UUID.fromString(purchaser()
                .post("/api/v1/supplier-organisations", "{\"name\":\"Schultz A/S\",\"cvr\":\"" + cvr + "\"}")
                .json()
                .path("id")
                .asString());

        var problem = purchaser()
                .post(
                        path(),
                        "{\"newOrganisation\":{\"name\":\"Schultz\",\"cvr\":\"" + cvr
                                + "\"},\"email\":\"a@schultz.example\","
                                + "\"subject\":\"Invitation\",\"message\":\"Hej med jer\"}")
                .assertProblem(409, "supplier-cvr-exists");

        assertThat(problem.json().path("organisationId").asString()).isEqualTo(existing.toString());
        assertNothingInvited();
    }

    private void assertNothingInvited() {
        assertThat(fixture.count("select count(*) from answer_set where dialogue_id = ?", dialogue))
                .isZero();
        assertThat(fixture.outboxEvents(TYPE).stream()
                        .filter(event -> event.path("subject").asString().equals(String.valueOf(dialogue))))
                .isEmpty();
    }

    private UUID organisation(String name) {
        return SupplierSideTestData.registerOrganisation(api, FAVRSKOV, name);
    }

    private static String invitation(UUID organisation, String email) {
        return "{\"organisationId\":\"" + organisation + "\",\"email\":\"" + email
                + "\",\"subject\":\"Invitation til at besvare krav\",\"message\":\"Vi ser frem til jeres svar.\"}";
    }

    private ApiClient.Caller purchaser() {
        return api.as(TestRole.PURCHASER, FAVRSKOV);
    }

    private String path() {
        return "/api/v1/dialogues/" + dialogue + "/invitations";
    }
}
