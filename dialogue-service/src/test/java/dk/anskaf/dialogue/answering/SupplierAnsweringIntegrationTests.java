package dk.anskaf.dialogue.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A supplier answers through the API against the real database: every rule of DOMAIN.md §5.9 on the
 * server, the status the purchaser sees, the deadline to the minute, and the events as documented.
 */
@AnskafIntegrationTest
class SupplierAnsweringIntegrationTests {

    static final String FAVRSKOV = "0710";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    long dialogue;
    long both;
    long saasOnly;
    long onPremiseOnly;
    UUID organisation;
    String email;

    @BeforeEach
    void anActiveDialogueWithAnInvitedSupplier() {
        data = new SupplierSideTestData(fixture, transactions);
        dialogue = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(10));
        both = data.requirement(
                FAVRSKOV, dialogue, 1001, "Gendannelse inden for {{restore_tid|4 timer|timer}}.", false, true, true);
        saasOnly = data.requirement(FAVRSKOV, dialogue, 1002, "Leverandøren drifter løsningen.", true, true, false);
        onPremiseOnly = data.requirement(FAVRSKOV, dialogue, 1003, "Kører på kommunens servere.", false, false, true);
        email = "salg-" + UUID.randomUUID() + "@formpipe.example";
        JsonNode status = invite(dialogue, "Formpipe Software A/S", email);
        organisation = UUID.fromString(status.path("organisationId").asString());
    }

    @Test
    void theFirstViewOpensTheInvitationAndTheRequirementsShowTheFilledText() {
        JsonNode page = supplier()
                .get("/api/v1/supplier/dialogues/" + dialogue)
                .assertStatus(200)
                .json();

        assertThat(page.path("status").asString()).isEqualTo("OPENED");
        assertThat(page.path("customerName").asString()).isEqualTo("Kommune 0710");
        assertThat(page.path("requirementCount").asInt()).isEqualTo(3);
        JsonNode requirements = supplier()
                .get("/api/v1/supplier/dialogues/" + dialogue + "/requirements")
                .json();
        assertThat(requirements.get(0).path("descriptionRendered").asString())
                .isEqualTo("Gendannelse inden for 2 timer.");
        assertThat(requirements.get(0).path("kravId").asString()).isEqualTo("1001");
        assertThat(requirements.get(0).path("priority").asString()).isEqualTo("HIGH");
        assertThat(requirements.get(0).path("answer").isNull()).isTrue();
        assertThat(purchaserStatus().path("status").asString()).isEqualTo("OPENED");
    }

    @Test
    void everyAnswerRuleIsCheckedOnTheServerAndARefusedAnswerChangesNothing() {
        answer(both, "{\"choice\":\"JA_DELVIST\",\"elaboration\":\"ok\"}")
                .assertProblem(400, "validation")
                .assertFieldError("elaboration");
        answer(saasOnly, "{\"choice\":\"JA\"}").assertProblem(400, "validation").assertFieldError("elaboration");
        answer(both, "{\"choice\":\"JA_TILKOEB\"}")
                .assertProblem(400, "validation")
                .assertFieldError("price");
        answer(both, "{\"choice\":\"VED_IKKE\"}")
                .assertProblem(400, "validation")
                .assertFieldError("choice");
        assertThat(answers()).isZero();

        JsonNode saved = answer(both, "{\"choice\":\"JA_TILKOEB\",\"price\":\"12.000 kr. om året\"}")
                .assertStatus(200)
                .json();

        assertThat(saved.path("choice").asString()).isEqualTo("JA_TILKOEB");
        assertThat(saved.path("price").asString()).isEqualTo("12.000 kr. om året");
        JsonNode status = purchaserStatus();
        assertThat(status.path("status").asString()).isEqualTo("ANSWERING");
        assertThat(status.path("answeredCount").asInt()).isEqualTo(1);
        assertThat(status.path("requirementCount").asInt()).isEqualTo(3);
    }

    @Test
    void aRequirementOfAnotherDialogueIsNotFound() {
        long other = data.activeDialogue(FAVRSKOV, false, true, Duration.ofDays(1));
        long foreign = data.requirement(FAVRSKOV, other, 1001, "Andet krav", false, true, true);

        answer(foreign, "{\"choice\":\"JA\"}").assertProblem(404, "not-found");
        assertThat(answers()).isZero();
    }

    @Test
    void finishingNeedsEveryRequirementAnsweredThenLocksTheSetAndIsPublishedAsDocumented() {
        answer(both, "{\"choice\":\"JA\"}").assertStatus(200);

        var missing = supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/finish", "")
                .assertProblem(409, "answers-missing");
        assertThat(missing.detail()).contains("2 krav mangler");

        answer(saasOnly, "{\"choice\":\"NEJ\"}").assertStatus(200);
        answer(onPremiseOnly, "{\"choice\":\"IKKE_RELEVANT\"}").assertStatus(200);
        JsonNode finished = supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/finish", "")
                .assertStatus(200)
                .json();

        assertThat(finished.path("status").asString()).isEqualTo("FINISHED");
        assertThat(purchaserStatus().path("status").asString()).isEqualTo("FINISHED");
        answer(both, "{\"choice\":\"NEJ\"}").assertProblem(409, "answers-finished");
        supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/decline", "{\"reason\":\"Alligevel ikke\"}")
                .assertProblem(409, "answers-finished");
        JsonNode event = fixture.outboxEvent("dk.anskaf.dialogue.supplier-finished.v1", String.valueOf(dialogue));
        EventContracts.documented().assertProducerMatches("dk.anskaf.dialogue.supplier-finished.v1", event);
        assertThat(event.path("tenantid").asString()).isEqualTo(FAVRSKOV);
        assertThat(event.path("data").path("organisationName").asString()).isEqualTo("Formpipe Software A/S");
        assertThat(event.path("data").path("contactEmail").asString()).isEqualTo("indkoeb@0710.example");
    }

    @Test
    void decliningNeedsAReasonAndIsKeptAsAStatusThePurchaserSees() {
        supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/decline", "{\"reason\":\" \"}")
                .assertProblem(400, "validation")
                .assertFieldError("reason");

        supplier()
                .post(
                        "/api/v1/supplier/dialogues/" + dialogue + "/decline",
                        "{\"reason\":\"Vi leverer ikke on-premise\"}")
                .assertStatus(200);

        JsonNode status = purchaserStatus();
        assertThat(status.path("status").asString()).isEqualTo("DECLINED");
        assertThat(status.path("declineReason").asString()).isEqualTo("Vi leverer ikke on-premise");
        answer(both, "{\"choice\":\"JA\"}").assertProblem(409, "answers-declined");
        JsonNode event = fixture.outboxEvent("dk.anskaf.dialogue.supplier-declined.v1", String.valueOf(dialogue));
        EventContracts.documented().assertProducerMatches("dk.anskaf.dialogue.supplier-declined.v1", event);
        assertThat(event.path("data").path("reason").asString()).isEqualTo("Vi leverer ikke on-premise");
    }

    @Test
    void whenTheDeadlineHasPassedThenEveryWriteIsRefusedAtOnceWithoutWaitingForAJob() {
        answer(both, "{\"choice\":\"JA\"}").assertStatus(200);
        data.deadlineIn(dialogue, Duration.ofSeconds(-1));

        var late = answer(both, "{\"choice\":\"NEJ\"}").assertProblem(409, "answers-deadline-passed");
        assertThat(late.detail()).contains("Svarfristen").contains("kl.");
        answer(saasOnly, "{\"choice\":\"NEJ\"}").assertProblem(409, "answers-deadline-passed");
        supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/finish", "")
                .assertProblem(409, "answers-deadline-passed");
        supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/decline", "{\"reason\":\"For sent\"}")
                .assertProblem(409, "answers-deadline-passed");
        supplier()
                .put("/api/v1/supplier/dialogues/" + dialogue + "/operating-model", "{\"operatingModel\":\"SAAS\"}")
                .assertProblem(409, "answers-deadline-passed");

        assertThat(answers()).isEqualTo(1);
        assertThat(fixture.count(
                        "select count(*) from answer where answer_set_id = ? and choice = 'JA'", answerSetId()))
                .isEqualTo(1);
        assertThat(purchaserStatus().path("status").asString()).isEqualTo("ANSWERING");
    }

    @Test
    void whenTheDialogueIsNoLongerAktivThenAnswersAreRefused() {
        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'ANSWERED' where id = ?")
                .param(dialogue)
                .update());

        answer(both, "{\"choice\":\"JA\"}").assertProblem(409, "answers-dialogue-not-open");
        assertThat(answers()).isZero();
    }

    @Test
    void theOperatingModelAnswersIkkeRelevantWhereItAppliesAndAPersonsAnswerIsNeverTouched() {
        answer(onPremiseOnly, "{\"choice\":\"NEJ\"}").assertStatus(200);

        JsonNode page = supplier()
                .put("/api/v1/supplier/dialogues/" + dialogue + "/operating-model", "{\"operatingModel\":\"SAAS\"}")
                .assertStatus(200)
                .json();

        assertThat(page.path("operatingModel").asString()).isEqualTo("SAAS");
        JsonNode saasAnswer = requirement(onPremiseOnly).path("answer");
        assertThat(saasAnswer.path("choice").asString()).isEqualTo("NEJ");
        assertThat(saasAnswer.path("autoAnswered").asBoolean()).isFalse();
        assertThat(requirement(both).path("answer").isNull()).isTrue();

        supplier()
                .put(
                        "/api/v1/supplier/dialogues/" + dialogue + "/operating-model",
                        "{\"operatingModel\":\"ON_PREMISE\"}")
                .assertStatus(200);

        JsonNode auto = requirement(saasOnly).path("answer");
        assertThat(auto.path("choice").asString()).isEqualTo("IKKE_RELEVANT");
        assertThat(auto.path("autoAnswered").asBoolean()).isTrue();
        assertThat(auto.path("elaboration").asString()).contains("On-premise drift");
        assertThat(requirement(onPremiseOnly).path("answer").path("choice").asString())
                .isEqualTo("NEJ");

        supplier()
                .put("/api/v1/supplier/dialogues/" + dialogue + "/operating-model", "{\"operatingModel\":\"BOTH\"}")
                .assertStatus(200);

        assertThat(requirement(saasOnly).path("answer").isNull()).isTrue();
        supplier()
                .put("/api/v1/supplier/dialogues/" + dialogue + "/operating-model", "{\"operatingModel\":\"CLOUD\"}")
                .assertProblem(400, "validation")
                .assertFieldError("operatingModel");
    }

    @Test
    void theSupplierChoosesItsProductFromTheSystemCatalogue() {
        JsonNode found = supplier()
                .get("/api/v1/supplier/it-systems?q=acadre")
                .assertStatus(200)
                .json();
        assertThat(SupplierSideTestData.texts(found, "supplierName")).containsExactly("Formpipe Software A/S");

        JsonNode page = supplier()
                .put(
                        "/api/v1/supplier/dialogues/" + dialogue + "/it-system",
                        "{\"kitosUuid\":\"" + found.get(0).path("kitosUuid").asString() + "\"}")
                .assertStatus(200)
                .json();

        assertThat(page.path("itSystem").path("name").asString()).isEqualTo("Acadre");
        supplier()
                .put(
                        "/api/v1/supplier/dialogues/" + dialogue + "/it-system",
                        "{\"kitosUuid\":\"" + UUID.randomUUID() + "\"}")
                .assertProblem(400, "validation")
                .assertFieldError("kitosUuid");
        assertThat(SupplierSideTestData.texts(
                        supplier().get("/api/v1/supplier/dialogues").json(), "itSystemName"))
                .contains("Acadre");
    }

    @Test
    void answersAreCopiedFromAnEarlierDialogueOnlyWhereUnansweredAndATextChangeIsMarked() {
        long earlier = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(3));
        long earlierBoth = data.requirement(
                FAVRSKOV, earlier, 1001, "Gendannelse inden for {{restore_tid|4 timer|timer}}.", false, true, true);
        long earlierSaas =
                data.requirement(FAVRSKOV, earlier, 1002, "Leverandøren drifter hele løsningen.", true, true, false);
        invite(earlier, "Formpipe Software A/S", email);
        api.asSupplier(organisation, email)
                .put("/api/v1/supplier/dialogues/" + earlier + "/answers/" + earlierBoth, "{\"choice\":\"JA\"}")
                .assertStatus(200);
        api.asSupplier(organisation, email)
                .put(
                        "/api/v1/supplier/dialogues/" + earlier + "/answers/" + earlierSaas,
                        "{\"choice\":\"JA_DELVIST\",\"elaboration\":\"Drift via partner\"}")
                .assertStatus(200);
        answer(both, "{\"choice\":\"NEJ\"}").assertStatus(200);

        assertThat(SupplierSideTestData.texts(
                        supplier()
                                .get("/api/v1/supplier/dialogues/" + dialogue + "/copy-sources")
                                .json(),
                        "dialogueId"))
                .containsExactly(String.valueOf(earlier));
        JsonNode result = supplier()
                .post(
                        "/api/v1/supplier/dialogues/" + dialogue + "/copy-answers",
                        "{\"fromDialogueId\":" + earlier + "}")
                .assertStatus(200)
                .json();

        assertThat(result.path("copied").asInt()).isEqualTo(1);
        assertThat(result.path("markedChanged").asInt()).isEqualTo(1);
        assertThat(requirement(both).path("answer").path("choice").asString()).isEqualTo("NEJ");
        JsonNode copied = requirement(saasOnly).path("answer");
        assertThat(copied.path("choice").asString()).isEqualTo("JA_DELVIST");
        assertThat(copied.path("copiedFromDialogueId").asLong()).isEqualTo(earlier);
        assertThat(copied.path("copiedTextChanged").asBoolean()).isTrue();
        supplier()
                .post(
                        "/api/v1/supplier/dialogues/" + dialogue + "/copy-answers",
                        "{\"fromDialogueId\":" + dialogue + "}")
                .assertProblem(404, "not-found");
    }

    @Test
    void whenTheDialogueHidesPrioritiesTheSupplierSeesNone() {
        long hidden = data.activeDialogue(FAVRSKOV, false, false, Duration.ofDays(3));
        data.requirement(FAVRSKOV, hidden, 1001, "Krav", false, true, true);
        invite(hidden, "Formpipe Software A/S", email);

        JsonNode requirements = supplier()
                .get("/api/v1/supplier/dialogues/" + hidden + "/requirements")
                .json();

        assertThat(requirements.get(0).path("priority").isNull()).isTrue();
    }

    @Test
    void answersSavedAtTheSameTimeAreAllKeptAndTheSetMovesOnce() throws Exception {
        List<Long> requirements = new ArrayList<>(List.of(both, saasOnly, onPremiseOnly));
        for (int i = 0; i < 27; i++) {
            requirements.add(data.requirement(FAVRSKOV, dialogue, 5000 + i, "Krav " + i, false, true, true));
        }
        String[] choices = {"{\"choice\":\"NEJ\"}", "{\"choice\":\"IKKE_RELEVANT\"}"};

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < requirements.size(); i++) {
                long requirement = requirements.get(i);
                String json = choices[i % 2];
                saves.add(pool.submit(() -> answer(requirement, json).status()));
            }
            for (Future<Integer> save : saves) {
                assertThat(save.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        }

        assertThat(answers()).isEqualTo(30);
        JsonNode status = purchaserStatus();
        assertThat(status.path("status").asString()).isEqualTo("ANSWERING");
        assertThat(status.path("answeredCount").asInt()).isEqualTo(30);
        supplier()
                .post("/api/v1/supplier/dialogues/" + dialogue + "/finish", "")
                .assertStatus(200);
        assertThat(fixture.outboxEvents("dk.anskaf.dialogue.supplier-finished.v1").stream()
                        .filter(event -> event.path("subject").asString().equals(String.valueOf(dialogue))))
                .hasSize(1);
    }

    /** Invites the test's organisation, registering it with a new CVR on the first invitation. */
    private JsonNode invite(long dialogueId, String name, String address) {
        String organisationPart = organisation != null
                ? "\"organisationId\":\"" + organisation + "\""
                : "\"newOrganisation\":{\"name\":\"" + name + "\",\"cvr\":\"" + SupplierSideTestData.newCvr() + "\"}";
        return api.as(TestRole.PURCHASER, FAVRSKOV)
                .post(
                        "/api/v1/dialogues/" + dialogueId + "/invitations",
                        "{" + organisationPart + ",\"email\":\"" + address
                                + "\",\"subject\":\"Invitation til ESDH-system\",\"message\":\"Vi ser frem til jeres svar.\"}")
                .assertStatus(201)
                .json();
    }

    private ApiClient.Caller supplier() {
        return api.asSupplier(organisation, email);
    }

    private dk.anskaf.platform.test.api.ApiResponse answer(long requirementId, String json) {
        return supplier().put("/api/v1/supplier/dialogues/" + dialogue + "/answers/" + requirementId, json);
    }

    private JsonNode requirement(long requirementId) {
        for (JsonNode requirement : supplier()
                .get("/api/v1/supplier/dialogues/" + dialogue + "/requirements")
                .json()) {
            if (requirement.path("requirementId").asLong() == requirementId) {
                return requirement;
            }
        }
        throw new AssertionError("No requirement " + requirementId);
    }

    private JsonNode purchaserStatus() {
        JsonNode statuses = api.as(TestRole.PURCHASER, FAVRSKOV)
                .get("/api/v1/dialogues/" + dialogue + "/suppliers")
                .assertStatus(200)
                .json();
        assertThat(statuses.size()).isEqualTo(1);
        return statuses.get(0);
    }

    private UUID answerSetId() {
        return UUID.fromString(purchaserStatus().path("answerSetId").asString());
    }

    private long answers() {
        return fixture.count("select count(*) from answer where answer_set_id = ?", answerSetId());
    }
}
