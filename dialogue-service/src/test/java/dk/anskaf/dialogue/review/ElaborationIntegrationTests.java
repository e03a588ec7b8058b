package dk.anskaf.dialogue.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.api.ApiResponse;
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

/**
 * The elaboration loop against the real database: the purchaser's message reaches the supplier verbatim,
 * the supplier changes choice and elaboration (never price) even after the deadline under the same rules,
 * sends the set back, every round is kept with what changed, both steps are audited and published as
 * documented; the database (V13) allows exactly that and nothing more.
 */
@AnskafIntegrationTest
class ElaborationIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HOSTILE = "<script>alert(1)</script> & \"Æøå\"\nLinje 2";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    long dialogue;
    long first;
    long second;
    UUID organisation;
    UUID answerSet;
    String email;

    @BeforeEach
    void aSupplierThatFinished() {
        data = new SupplierSideTestData(fixture, transactions);
        dialogue = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(10));
        first = data.requirement(FAVRSKOV, dialogue, 1001, "Gendannelse.", false, true, true);
        second = data.requirement(FAVRSKOV, dialogue, 1002, "Drift.", true, true, true);
        InvitedSupplier invited = InvitedSupplier.invite(api, FAVRSKOV, dialogue);
        organisation = invited.organisation();
        answerSet = invited.answerSet();
        email = invited.email();
        answer(first, "{\"choice\":\"JA_TILKOEB\",\"price\":\"12.000 kr.\"}").assertStatus(200);
        answer(second, "{\"choice\":\"JA\",\"elaboration\":\"Vi drifter selv.\"}")
                .assertStatus(200);
        supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/finish", "")
                .assertStatus(200);
    }

    @Test
    void theMessageReachesTheSupplierVerbatimAndTheRequestIsAuditedAndPublishedAsDocumented() {
        request("{\"message\":\" \"}").assertProblem(400, "validation").assertFieldError("message");
        request("{\"message\":\"Bell\\u0007\"}")
                .assertProblem(400, "validation")
                .assertFieldError("message");
        request("{\"message\":\"" + "x".repeat(5001) + "\"}")
                .assertProblem(400, "validation")
                .assertFieldError("message");
        assertThat(status()).isEqualTo("FINISHED");
        review(second, "{\"status\":\"ELABORATION_NEEDED\",\"comment\":\"Hvem drifter om natten?\"}");

        JsonNode answers = request(json(HOSTILE)).assertStatus(201).json();

        assertThat(answers.path("status").asString()).isEqualTo("ELABORATION_REQUESTED");
        assertThat(answers.path("rounds").get(0).path("message").asString()).isEqualTo(HOSTILE);
        JsonNode page = supplier().get("/api/v1/supplier/dialogues/" + dialogue).json();
        assertThat(page.path("status").asString()).isEqualTo("ELABORATION_REQUESTED");
        assertThat(page.path("elaborationRounds").get(0).path("message").asString())
                .isEqualTo(HOSTILE);
        assertThat(page.path("elaborationRounds").get(0).path("round").asInt()).isEqualTo(1);
        JsonNode requirement = supplier()
                .get("/api/v1/supplier/dialogues/" + dialogue + "/requirements")
                .json()
                .get(1);
        assertThat(requirement.path("review").path("status").asString()).isEqualTo("ELABORATION_NEEDED");
        assertThat(requirement.path("review").path("comment").asString()).isEqualTo("Hvem drifter om natten?");

        JsonNode event = fixture.outboxEvent("dk.anskaf.dialogue.elaboration-requested.v1", String.valueOf(dialogue));
        EventContracts.documented().assertProducerMatches("dk.anskaf.dialogue.elaboration-requested.v1", event);
        assertThat(event.path("tenantid").asString()).isEqualTo(FAVRSKOV);
        assertThat(event.path("data").path("message").asString()).isEqualTo(HOSTILE);
        assertThat(event.path("data").path("supplierEmails").get(0).asString()).isEqualTo(email);
        assertThat(auditActions()).contains("ELABORATION_REQUESTED");
        request(json("Igen")).assertProblem(409, "elaboration-not-possible");
    }

    @Test
    void afterTheDeadlineTheSupplierChangesChoiceAndElaborationButNeverThePriceAndSendsItBack() {
        request(json("Uddyb venligst.")).assertStatus(201);
        answered();

        answer(first, "{\"choice\":\"JA_TILKOEB\",\"price\":\"9.000 kr.\"}")
                .assertProblem(400, "validation")
                .assertFieldError("price");
        answer(first, "{\"choice\":\"JA\"}").assertProblem(400, "validation").assertFieldError("price");
        answer(second, "{\"choice\":\"JA\",\"elaboration\":\" \"}")
                .assertProblem(400, "validation")
                .assertFieldError("elaboration");
        supplier()
                .put("/api/v1/supplier/dialogues/" + dialogue + "/operating-model", "{\"operatingModel\":\"SAAS\"}")
                .assertProblem(409, "answers-elaboration-round");
        answer(first, "{\"choice\":\"JA_TILKOEB\",\"elaboration\":\"Inkl. support\"}")
                .assertStatus(200);
        answer(second, "{\"choice\":\"JA_DELVIST\",\"elaboration\":\"Partner drifter om natten.\"}")
                .assertStatus(200);
        assertThat(fixture.count(
                        "select count(*) from answer where answer_set_id = ? and price = '12.000 kr.'", answerSet))
                .isEqualTo(1);

        JsonNode page = supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/elaboration/send-back", "")
                .assertStatus(200)
                .json();

        assertThat(page.path("status").asString()).isEqualTo("FINISHED");
        answer(second, "{\"choice\":\"NEJ\"}").assertProblem(409, "answers-finished");
        supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/elaboration/send-back", "")
                .assertProblem(409, "elaboration-not-requested");
        JsonNode round = api.as(TestRole.PURCHASER, FAVRSKOV)
                .get(answersPath())
                .json()
                .path("rounds")
                .get(0);
        assertThat(round.path("sentBackBy").asString()).isEqualTo(email);
        assertThat(round.path("changes")).hasSize(2);
        JsonNode change = round.path("changes").get(1);
        assertThat(change.path("requirementId").asLong()).isEqualTo(second);
        assertThat(change.path("oldChoice").asString()).isEqualTo("JA");
        assertThat(change.path("newChoice").asString()).isEqualTo("JA_DELVIST");
        assertThat(change.path("oldElaboration").asString()).isEqualTo("Vi drifter selv.");
        JsonNode event = fixture.outboxEvent("dk.anskaf.dialogue.elaboration-sent.v1", String.valueOf(dialogue));
        EventContracts.documented().assertProducerMatches("dk.anskaf.dialogue.elaboration-sent.v1", event);
        assertThat(event.path("data").path("changedCount").asInt()).isEqualTo(2);
        assertThat(event.path("data").path("contactEmail").asString()).isEqualTo("indkoeb@0710.example");
        assertThat(auditActions()).containsSubsequence("ELABORATION_REQUESTED", "ELABORATION_SENT");

        request(json("En runde mere")).assertStatus(201);
        assertThat(supplier()
                        .get("/api/v1/supplier/dialogues/" + dialogue)
                        .json()
                        .path("elaborationRounds"))
                .hasSize(2);
    }

    @Test
    void withoutARoundNothingIsWrittenAfterTheDeadlineAndACancelledDialogueTakesNoRound() {
        answered();
        answer(first, "{\"choice\":\"NEJ\"}").assertProblem(409, "answers-finished");
        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'CANCELLED' where id = ?")
                .param(dialogue)
                .update());

        request(json("Uddyb")).assertProblem(409, "elaboration-not-possible");
        assertThat(status()).isEqualTo("FINISHED");
    }

    @Test
    void theDatabaseAllowsExactlyAnElaborationRoundsWritesAndNeverAPriceChange() {
        // FINISHED, deadline passed: V10's refusal stands.
        answered();
        assertRefused("update answer set choice = 'NEJ' where answer_set_id = ? and requirement_id = " + second);

        request(json("Uddyb")).assertStatus(201);

        int changed = data.asSupplier(
                organisation,
                () -> data.jdbc()
                        .sql(
                                "update answer set elaboration = 'Ny tekst' where answer_set_id = ? and requirement_id = ?")
                        .params(answerSet, second)
                        .update());
        assertThat(changed).isEqualTo(1);
        assertRefused("update answer set price = '1 kr.' where answer_set_id = ? and requirement_id = " + first);
        long added = data.requirement(FAVRSKOV, dialogue, 1003, "Nyt krav.", false, true, true);
        assertRefused("insert into answer (answer_set_id, requirement_id, tenant_id, organisation_id, choice,"
                + " answered_by) select answer_set_id, " + added + ", tenant_id, organisation_id, 'JA', 'x'"
                + " from answer where answer_set_id = ? limit 1");
        assertThat(fixture.count(
                        "select count(*) from answer where answer_set_id = ? and price = '12.000 kr.'", answerSet))
                .isEqualTo(1);
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> data.asSupplier(
                        organisation,
                        () -> data.jdbc().sql(sql).param(answerSet).update()))
                .hasStackTraceContaining("row-level security");
    }

    private ApiClient.Caller supplier() {
        return api.asSupplier(organisation, email);
    }

    private ApiResponse answer(long requirement, String json) {
        return supplier().put("/api/v1/supplier/dialogues/" + dialogue + "/answers/" + requirement, json);
    }

    private String answersPath() {
        return "/api/v1/dialogues/" + dialogue + "/answer-sets/" + answerSet;
    }

    private ApiResponse request(String json) {
        return api.as(TestRole.PURCHASER, FAVRSKOV).post(answersPath() + "/elaboration-requests", json);
    }

    private void review(long requirement, String json) {
        api.as(TestRole.PURCHASER, FAVRSKOV)
                .put(answersPath() + "/reviews/" + requirement, "0", json)
                .assertStatus(200);
    }

    private String status() {
        return fixture.acrossTenants(() -> data.jdbc()
                .sql("select status from answer_set where id = ?")
                .param(answerSet)
                .query(String.class)
                .single());
    }

    private java.util.List<String> auditActions() {
        return fixture.acrossTenants(() -> data.jdbc()
                .sql("select action from dialogue_audit where dialogue_id = ? order by id")
                .param(dialogue)
                .query(String.class)
                .list());
    }

    private void answered() {
        data.deadlineIn(dialogue, Duration.ofSeconds(-1));
        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'ANSWERED', closed_at = now() where id = ?")
                .param(dialogue)
                .update());
    }

    private static String json(String message) {
        return "{\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }
}
