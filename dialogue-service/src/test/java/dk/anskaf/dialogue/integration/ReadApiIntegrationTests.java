package dk.anskaf.dialogue.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.dialogue.testdata.DialogueRows;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The read API for municipalities (DOMAIN.md §6.6) against the real database: Favrskov's answered dialogue
 * with a catalogue and a free-text requirement, two suppliers who answered, one of them chosen (set with
 * SQL, as Vælg leverandør would).
 */
@AnskafIntegrationTest
class ReadApiIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HORSENS = "0615";
    static final String BASE = "/api/v1/integration/dialogues";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    DialogueRows rows;
    long dialogue;
    long catalogueRequirement;
    UUID chosen;
    UUID other;

    @BeforeEach
    void anAnsweredDialogueWithAChosenSupplier() {
        data = new SupplierSideTestData(fixture, transactions);
        rows = new DialogueRows(fixture);
        dialogue = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(5));
        catalogueRequirement = data.requirement(
                FAVRSKOV, dialogue, 4711, "Data gendannes inden {{restore_tid|4 timer|timer}}.", false, true, true);
        rows.requirement(FAVRSKOV, dialogue, 1);
        long freeText = fixture.count(
                "select id from dialogue_requirement where dialogue_id = ? and free_text_number = 1", dialogue);
        chosen = rows.invitedSupplier(FAVRSKOV, dialogue, "salg@formpipe.example", "OPENED");
        other = rows.invitedSupplier(FAVRSKOV, dialogue, "salg@andre.example", "OPENED");
        answer(
                chosen,
                "salg@formpipe.example",
                catalogueRequirement,
                "{\"choice\":\"JA\",\"elaboration\":\"Inden 1 time <b>\"}");
        answer(
                chosen,
                "salg@formpipe.example",
                freeText,
                "{\"choice\":\"JA_TILKOEB\",\"price\":\"12.000 kr. årligt\"}");
        answer(
                other,
                "salg@andre.example",
                catalogueRequirement,
                "{\"choice\":\"NEJ\",\"elaboration\":\"Andres svar\"}");
        fixture.acrossTenants(() -> fixture.jdbc().sql("""
                        update answer_set set status = 'FINISHED', finished_at = now(),
                               it_system_name = 'Acadre', it_system_supplier = 'Formpipe Software A/S'
                        where dialogue_id = ?""").param(dialogue).update());
        fixture.acrossTenants(
                () -> fixture.jdbc().sql("""
                        update dialogue set status = 'ANSWERED', closed_at = now(), chosen_answer_set_id = ?,
                               chosen_at = now(), chosen_by_name = 'Ida Indkøber'
                        where id = ?""").params(chosen, dialogue).update());
    }

    @Test
    void theIntegrationClientReadsItsDialoguesOneDialogueItsRequirementsAndTheChosenSupplier() {
        ApiClient.Caller client = api.as(integrationToken(FAVRSKOV));

        JsonNode list = client.get(BASE + "?size=200").assertStatus(200).json();
        JsonNode listed = find(list.get("items"), "id", String.valueOf(dialogue));
        assertThat(listed.get("title").asString()).isEqualTo("ESDH-system");
        assertThat(listed.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(listed.get("start").isNull()).isFalse();
        assertThat(listed.get("end").isNull()).isFalse();
        assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode one = client.get(BASE + "/" + dialogue).assertStatus(200).json();
        assertThat(one.get("description").asString()).isEqualTo("Vi undersøger markedet for ESDH.");
        assertThat(one.get("contactEmail").asString()).isEqualTo("indkoeb@0710.example");
        assertThat(one.get("status").asString()).isEqualTo("ANSWERED");

        JsonNode requirements = client.get(BASE + "/" + dialogue + "/requirements")
                .assertStatus(200)
                .json();
        assertThat(SupplierSideTestData.texts(requirements, "id")).containsExactly("4711", "F1");
        assertThat(requirements.get(0).get("description").asString()).isEqualTo("Data gendannes inden 2 timer.");
        assertThat(requirements.get(0).get("priority").asString()).isEqualTo("HIGH");
        assertThat(requirements.get(1).get("catalogueRequirementId").isNull()).isTrue();
        assertThat(requirements.get(1).get("freeTextNumber").asInt()).isEqualTo(1);

        JsonNode supplier = client.get(BASE + "/" + dialogue + "/chosen-supplier")
                .assertStatus(200)
                .json();
        assertThat(supplier.get("organisationName").asString()).isEqualTo("Leverandør salg@formpipe.example");
        assertThat(supplier.get("cvr").asString()).matches("[0-9]{8}");
        assertThat(supplier.get("itSystem").get("name").asString()).isEqualTo("Acadre");
        JsonNode answers = supplier.get("answers");
        assertThat(SupplierSideTestData.texts(answers, "requirementId")).containsExactly("4711", "F1");
        assertThat(answers.get(0).get("choice").asString()).isEqualTo("JA");
        assertThat(answers.get(0).get("elaboration").asString()).isEqualTo("Inden 1 time <b>");
        assertThat(answers.get(1).get("price").asString()).isEqualTo("12.000 kr. årligt");
        assertThat(supplier.toString()).doesNotContain("Andres svar");
    }

    @Test
    void anotherMunicipalitysDialogueAnswers404AndIsNotListed() {
        ApiClient.Caller horsens = api.as(integrationToken(HORSENS));

        horsens.get(BASE + "/" + dialogue).assertProblem(404, "not-found");
        horsens.get(BASE + "/" + dialogue + "/requirements").assertProblem(404, "not-found");
        horsens.get(BASE + "/" + dialogue + "/chosen-supplier").assertProblem(404, "not-found");
        assertThat(SupplierSideTestData.texts(
                        horsens.get(BASE + "?size=200").assertStatus(200).json().get("items"), "id"))
                .doesNotContain(String.valueOf(dialogue));
    }

    @Test
    void aSoftDeletedDialogueIsHidden() {
        fixture.acrossTenants(() -> fixture.jdbc()
                .sql("update dialogue set deleted_at = now(), deleted_by_name = 'Admin', delete_reason = 'Fejl'"
                        + " where id = ?")
                .param(dialogue)
                .update());
        ApiClient.Caller client = api.as(integrationToken(FAVRSKOV));

        client.get(BASE + "/" + dialogue).assertProblem(404, "not-found");
        client.get(BASE + "/" + dialogue + "/requirements").assertProblem(404, "not-found");
        client.get(BASE + "/" + dialogue + "/chosen-supplier").assertProblem(404, "not-found");
        assertThat(SupplierSideTestData.texts(
                        client.get(BASE + "?size=200").assertStatus(200).json().get("items"), "id"))
                .doesNotContain(String.valueOf(dialogue));
    }

    @Test
    void withoutAChosenSupplierTheProblemSaysSo() {
        fixture.acrossTenants(() -> fixture.jdbc()
                .sql("update dialogue set chosen_answer_set_id = null, chosen_at = null, chosen_by_name = null"
                        + " where id = ?")
                .param(dialogue)
                .update());

        var problem = api.as(integrationToken(FAVRSKOV))
                .get(BASE + "/" + dialogue + "/chosen-supplier")
                .assertProblem(404, "not-found");

        assertThat(problem.detail()).isEqualTo("Der er ikke valgt en leverandør i markedsdialogen");
    }

    @Test
    void anIntegrationTokenIsRefusedByPurchaserEndpointsAndNeedsItsScope() {
        ApiClient.Caller client = api.as(integrationToken(FAVRSKOV));

        client.get("/api/v1/dialogues").assertProblem(403, "forbidden");
        client.get("/api/v1/dialogues/" + dialogue + "/suppliers").assertProblem(403, "forbidden");
        client.get("/api/v1/supplier-organisations").assertProblem(403, "forbidden");
        client.post("/api/v1/dialogues/" + dialogue + "/cancel", "{\"reason\":\"Integration\"}")
                .assertProblem(403, "forbidden");
        api.as(TestTokens.shared()
                        .user("klient")
                        .municipality(FAVRSKOV, "Favrskov Kommune")
                        .roles(TestRole.INTEGRATION.claimValue())
                        .claim("scope", List.of("api"))
                        .mint())
                .get(BASE + "/" + dialogue)
                .assertProblem(403, "forbidden");
        api.as(TestRole.EDITOR, FAVRSKOV).get(BASE + "/" + dialogue).assertProblem(403, "forbidden");
        UUID organisation = organisationOf(chosen);
        api.asSupplier(organisation, "salg@formpipe.example").get(BASE).assertProblem(403, "forbidden");
        api.as(TestRole.PURCHASER, FAVRSKOV).get(BASE + "/" + dialogue).assertStatus(200);
        assertThat(fixture.count("select count(*) from dialogue where id = ? and status = 'ANSWERED'", dialogue))
                .isEqualTo(1);
    }

    @Test
    void pagingOutsideItsBoundsIsAProblemNamingTheField() {
        ApiClient.Caller client = api.as(integrationToken(FAVRSKOV));

        client.get(BASE + "?size=0").assertProblem(400, "validation").assertFieldError("size");
        client.get(BASE + "?size=201").assertProblem(400, "validation").assertFieldError("size");
        client.get(BASE + "?page=-1").assertProblem(400, "validation").assertFieldError("page");
        JsonNode second = client.get(BASE + "?size=1&page=1").assertStatus(200).json();
        assertThat(second.get("items").size()).isLessThanOrEqualTo(1);
        assertThat(second.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionIsPublicAndNamesTheClientCredentialsScheme() {
        String description =
                api.anonymous().get("/v3/api-docs").assertStatus(200).body();

        assertThat(description)
                .contains("/api/v1/integration/dialogues/{id}/chosen-supplier")
                .contains("clientCredentials")
                .contains("/oauth2/token")
                .contains("dialogue.read");
    }

    static String integrationToken(String kommunekode) {
        return TestTokens.shared()
                .user("integration-" + kommunekode)
                .municipality(kommunekode, kommunekode.equals(FAVRSKOV) ? "Favrskov Kommune" : "Horsens Kommune")
                .roles(TestRole.INTEGRATION.claimValue())
                .claim("scope", List.of("dialogue.read"))
                .mint();
    }

    private void answer(UUID answerSet, String email, long requirement, String json) {
        api.asSupplier(organisationOf(answerSet), email)
                .put("/api/v1/supplier/dialogues/" + dialogue + "/answers/" + requirement, json)
                .assertStatus(200);
    }

    private UUID organisationOf(UUID answerSet) {
        return fixture.acrossTenants(() -> fixture.jdbc()
                .sql("select organisation_id from answer_set where id = ?")
                .param(answerSet)
                .query(UUID.class)
                .single());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.get(field).asString().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("No element with " + field + " = " + value + " in " + array);
    }
}
