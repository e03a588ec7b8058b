package dk.anskaf.dialogue.questions;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
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
 * Spørgsmål og svar through the API against the real database and outbox: who may ask when, what the
 * purchaser and each supplier read, and who the answer's event names as recipients — never the asker.
 */
@AnskafIntegrationTest
class QuestionsIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HORSENS = "0615";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    String run;
    long dialogue;
    long requirement;
    long otherDialogue;
    long otherRequirement;
    UUID asker;
    UUID other;
    UUID declined;
    UUID outsider;

    /**
     * Favrskov's dialogue has three organisations: the asker with two contacts, another, and one that
     * declined; Horsens' dialogue has an organisation of its own (the outsider to Favrskov's).
     */
    @BeforeEach
    void threeOrganisationsInvited() {
        data = new SupplierSideTestData(fixture, transactions);
        run = UUID.randomUUID().toString().substring(0, 8);
        dialogue = data.activeDialogue(FAVRSKOV, false, true, Duration.ofDays(5));
        requirement = data.requirement(FAVRSKOV, dialogue, 3001, "Gendannelse inden for 4 timer", false, true, true);
        otherDialogue = data.activeDialogue(HORSENS, false, true, Duration.ofDays(5));
        otherRequirement = data.requirement(HORSENS, otherDialogue, 3001, "Krav i Horsens", false, true, true);
        asker = inviteNew(FAVRSKOV, dialogue, "Spørger A/S " + run, email("a1"));
        invite(FAVRSKOV, dialogue, asker, email("a2"));
        other = inviteNew(FAVRSKOV, dialogue, "Anden A/S " + run, email("b"));
        declined = inviteNew(FAVRSKOV, dialogue, "Fravalgt A/S " + run, email("c"));
        supplier(declined, "c")
                .post("/api/v1/supplier/dialogues/" + dialogue + "/decline", "{\"reason\":\"Ikke vores marked\"}")
                .assertStatus(200);
        outsider = inviteNew(HORSENS, otherDialogue, "Udenfor A/S " + run, email("d"));
    }

    @Test
    void aSupplierAsksAboutARequirementAndThePurchaserSeesWhoAskedAndTheContactIsTold() {
        JsonNode asked = ask(asker, "a1", requirement, "Må kopien være 24 timer gammel?")
                .assertStatus(201)
                .json();
        assertThat(asked.path("requirementLabel").asString()).isEqualTo("3001 Krav 3001");
        assertThat(asked.path("visibility").isNull()).isTrue();

        JsonNode list = purchaser().get(questions()).assertStatus(200).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("organisationName").asString()).isEqualTo("Spørger A/S " + run);
        assertThat(list.get(0).path("askedBy").asString()).isEqualTo(email("a1"));
        assertThat(list.get(0).path("text").asString()).isEqualTo("Må kopien være 24 timer gammel?");

        JsonNode event = fixture.outboxEvent(SupplierQuestionAsked.TYPE, String.valueOf(dialogue));
        EventContracts.documented().assertProducerMatches(SupplierQuestionAsked.TYPE, event);
        assertThat(event.path("tenantid").asString()).isEqualTo(FAVRSKOV);
        assertThat(event.path("data").path("contactEmail").asString()).isEqualTo("indkoeb@0710.example");
        assertThat(event.path("data").path("organisationName").asString()).isEqualTo("Spørger A/S " + run);
    }

    @Test
    void aPublishedAnswerIsForEveryContactOfOrganisationsThatDidNotDeclineAndNeverNamesTheAsker() {
        UUID question = questionId(ask(asker, "a1", null, "Hvornår forventer I at indgå kontrakt?"));

        purchaser()
                .post(answerOf(question), "{\"answer\":\"I første kvartal.\",\"visibility\":\"PUBLISHED\"}")
                .assertStatus(200);

        JsonNode event = answeredEvents().getLast();
        EventContracts.documented().assertProducerMatches(QuestionAnswered.TYPE, event);
        JsonNode eventData = event.path("data");
        assertThat(strings(eventData.path("supplierEmails")))
                .containsExactlyInAnyOrder(email("a1"), email("a2"), email("b"));
        assertThat(eventData.toString())
                .doesNotContain("Spørger A/S")
                .doesNotContain(asker.toString())
                .doesNotContain("organisation");
        assertThat(eventData.path("visibility").asString()).isEqualTo("PUBLISHED");

        JsonNode seenByOther =
                supplier(other, "b").get(questions(true)).assertStatus(200).json();
        assertThat(seenByOther.path("own")).isEmpty();
        assertThat(seenByOther.path("published")).hasSize(1);
        assertThat(seenByOther.path("published").get(0).path("answerText").asString())
                .isEqualTo("I første kvartal.");
        assertThat(seenByOther.toString())
                .doesNotContain("Spørger A/S")
                .doesNotContain(email("a1"))
                .doesNotContain(asker.toString());
        // the asker sees it as its own question, not twice
        JsonNode seenByAsker =
                supplier(asker, "a2").get(questions(true)).assertStatus(200).json();
        assertThat(seenByAsker.path("own")).hasSize(1);
        assertThat(seenByAsker.path("published")).isEmpty();
        assertThat(seenByAsker.path("own").get(0).path("answerText").asString()).isEqualTo("I første kvartal.");
    }

    @Test
    void aPrivateAnswerIsOnlyForTheAskerUntilPublishedAndEditsAreKeptWithoutAMail() {
        UUID question = questionId(ask(asker, "a1", requirement, "Gælder kravet også testmiljøet?"));

        purchaser()
                .post(answerOf(question), "{\"answer\":\"Nej, kun produktion.\",\"visibility\":\"PRIVATE\"}")
                .assertStatus(200);
        assertThat(strings(answeredEvents().getLast().path("data").path("supplierEmails")))
                .containsExactlyInAnyOrder(email("a1"), email("a2"));
        assertThat(supplier(other, "b").get(questions(true)).json().path("published"))
                .isEmpty();
        assertThat(supplier(asker, "a1")
                        .get(questions(true))
                        .json()
                        .path("own")
                        .get(0)
                        .path("visibility")
                        .asString())
                .isEqualTo("PRIVATE");

        purchaser()
                .post(answerOf(question), "{\"answer\":\"Nej, kun i produktion.\",\"visibility\":\"PRIVATE\"}")
                .assertStatus(200);
        assertThat(answeredEvents()).hasSize(1);

        JsonNode published = purchaser()
                .post(answerOf(question), "{\"answer\":\"Nej, kun i produktion.\",\"visibility\":\"PUBLISHED\"}")
                .assertStatus(200)
                .json();
        assertThat(published.path("visibility").asString()).isEqualTo("PUBLISHED");
        assertThat(answeredEvents()).hasSize(2);
        assertThat(strings(answeredEvents().getLast().path("data").path("supplierEmails")))
                .containsExactlyInAnyOrder(email("a1"), email("a2"), email("b"));
        assertThat(supplier(other, "b")
                        .get(questions(true))
                        .json()
                        .path("published")
                        .get(0)
                        .path("answerText")
                        .asString())
                .isEqualTo("Nej, kun i produktion.");

        purchaser()
                .post(answerOf(question), "{\"answer\":\"Nej.\",\"visibility\":\"PRIVATE\"}")
                .assertProblem(409, "question-already-published");
        assertThat(fixture.count("select count(*) from question_answer_revision where question_id = ?", question))
                .isEqualTo(3);
        assertThat(fixture.count(
                        "select count(*) from dialogue_audit where dialogue_id = ? and action like 'QUESTION_%'",
                        dialogue))
                .isEqualTo(3);
        assertThat(fixture.count(
                        "select count(*) from question where id = ? and answer_text = 'Nej, kun i produktion.'",
                        question))
                .isEqualTo(1);
    }

    @Test
    void badQuestionsAreRefusedNamingTheFieldAndStoreNothing() {
        ask(asker, "a1", null, "Hi").assertProblem(400, "validation").assertFieldError("text");
        ask(asker, "a1", null, "Hvad med \u0000 dette?")
                .assertProblem(400, "validation")
                .assertFieldError("text");
        ask(asker, "a1", null, "x".repeat(5001))
                .assertProblem(400, "validation")
                .assertFieldError("text");
        ask(asker, "a1", otherRequirement, "Et krav fra en anden dialog?")
                .assertProblem(400, "validation")
                .assertFieldError("requirementId");
        UUID question = questionId(ask(asker, "a1", null, "Et gyldigt spørgsmål"));
        purchaser()
                .post(answerOf(question), "{\"answer\":\" \",\"visibility\":\"PUBLISHED\"}")
                .assertProblem(400, "validation")
                .assertFieldError("answer");
        purchaser()
                .post(answerOf(question), "{\"answer\":\"Svar\",\"visibility\":\"ALLE\"}")
                .assertProblem(400, "validation")
                .assertFieldError("visibility");

        assertThat(fixture.count("select count(*) from question where dialogue_id = ?", dialogue))
                .isEqualTo(1);
        assertThat(fixture.count(
                        "select count(*) from question where dialogue_id = ? and answer_text is null", dialogue))
                .isEqualTo(1);
        assertThat(answeredEvents()).isEmpty();
    }

    @Test
    void aQuestionAfterTheDeadlineOrFromADeclinedOrganisationIsRefused() {
        ask(declined, "c", null, "Må vi alligevel spørge?").assertProblem(409, "question-declined");

        data.deadlineIn(dialogue, Duration.ofSeconds(-1));
        var late = ask(asker, "a1", null, "Er der stadig tid?").assertProblem(409, "question-deadline-passed");
        assertThat(late.detail()).contains("Svarfristen").contains("kl.");

        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'ANSWERED', deadline = now() - interval '1 day' where id = ?")
                .param(dialogue)
                .update());
        ask(asker, "a1", null, "Er der stadig tid?").assertProblem(409, "question-dialogue-not-active");

        assertThat(fixture.count("select count(*) from question where dialogue_id = ?", dialogue))
                .isZero();
    }

    @Test
    void aQuestionAskedBeforeTheDeadlineIsAnsweredAfterItButNotOnceTheDialogueIsCancelled() {
        UUID early = questionId(ask(asker, "a1", null, "Spurgt i tide"));
        UUID late = questionId(ask(asker, "a1", null, "Også spurgt i tide"));
        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'ANSWERED', deadline = now() - interval '1 day' where id = ?")
                .param(dialogue)
                .update());

        purchaser()
                .post(answerOf(early), "{\"answer\":\"Svar efter fristen\",\"visibility\":\"PUBLISHED\"}")
                .assertStatus(200);

        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'CANCELLED', cancel_reason = 'Udskudt' where id = ?")
                .param(dialogue)
                .update());
        purchaser()
                .post(answerOf(late), "{\"answer\":\"For sent\",\"visibility\":\"PUBLISHED\"}")
                .assertProblem(409, "question-dialogue-closed");

        assertThat(answeredEvents()).hasSize(1);
        assertThat(fixture.count("select count(*) from question where id = ? and answer_text is null", late))
                .isEqualTo(1);
    }

    @Test
    void anotherMunicipalitysOrOrganisationsIdsAreNotFound() {
        UUID question = questionId(ask(asker, "a1", null, "Et spørgsmål fra Favrskovs dialog"));

        api.as(TestRole.PURCHASER, HORSENS).get(questions()).assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, HORSENS)
                .post(answerOf(question), "{\"answer\":\"Fra Horsens\",\"visibility\":\"PUBLISHED\"}")
                .assertProblem(404, "not-found");
        // Horsens' own dialogue with Favrskov's question id
        api.as(TestRole.PURCHASER, HORSENS)
                .post(
                        "/api/v1/dialogues/" + otherDialogue + "/questions/" + question + "/answer",
                        "{\"answer\":\"Fra Horsens\",\"visibility\":\"PUBLISHED\"}")
                .assertProblem(404, "not-found");
        supplier(outsider, "d").get(questions(true)).assertProblem(404, "not-found");
        ask(outsider, "d", null, "Må vi være med?").assertProblem(404, "not-found");
        // a supplier token cannot use the purchaser's endpoints, nor a purchaser the supplier's
        supplier(asker, "a1")
                .post(answerOf(question), "{\"answer\":\"Selv\",\"visibility\":\"PUBLISHED\"}")
                .assertStatus(403);
        purchaser().get(questions(true)).assertStatus(403);

        assertThat(fixture.count("select count(*) from question where id = ? and answer_text is null", question))
                .isEqualTo(1);
        assertThat(fixture.count("select count(*) from question where dialogue_id = ?", otherDialogue))
                .isZero();
    }

    @Test
    void inTheDatabaseASupplierReadsOnlyItsOwnQuestionsAndPublishedAnswersWithoutTheAsker() {
        UUID published = questionId(ask(asker, "a1", null, "Et spørgsmål, der bliver offentligt"));
        UUID privately = questionId(ask(asker, "a1", null, "Et spørgsmål, der forbliver privat"));
        purchaser()
                .post(answerOf(published), "{\"answer\":\"Offentligt svar\",\"visibility\":\"PUBLISHED\"}")
                .assertStatus(200);
        purchaser()
                .post(answerOf(privately), "{\"answer\":\"Privat svar\",\"visibility\":\"PRIVATE\"}")
                .assertStatus(200);

        data.asSupplier(other, () -> {
            assertThat(count("select count(*) from question where dialogue_id = ?", dialogue))
                    .isZero();
            assertThat(count("select count(*) from published_answer where dialogue_id = ?", dialogue))
                    .isEqualTo(1);
            assertThat(count("select count(*) from question_answer_revision")).isZero();
            assertThat(data.jdbc()
                            .sql("update question set answer_text = 'Ændret' where dialogue_id = ?")
                            .param(dialogue)
                            .update())
                    .isZero();
            return null;
        });
        data.asSupplier(outsider, () -> {
            assertThat(count("select count(*) from published_answer where dialogue_id = ?", dialogue))
                    .isZero();
            return null;
        });
        data.asSupplier(declined, () -> {
            assertThat(count("select count(*) from published_answer where dialogue_id = ?", dialogue))
                    .isZero();
            return null;
        });
        // published_answer has no column that could name the asker
        assertThat(fixture.count("""
                        select count(*) from information_schema.columns
                        where table_name = 'published_answer'
                          and (column_name like '%organisation%' or column_name like 'asked%')
                        """)).isZero();

        // another organisation cannot ask in its name or into a dialogue it is not invited to
        assertRefused(other, insertQuestion(), UUID.randomUUID(), FAVRSKOV, dialogue, asker);
        assertRefused(outsider, insertQuestion(), UUID.randomUUID(), FAVRSKOV, dialogue, outsider);
        assertRefused(declined, insertQuestion(), UUID.randomUUID(), FAVRSKOV, dialogue, declined);
        // nor write a published answer itself
        assertRefused(
                other,
                "insert into published_answer (question_id, tenant_id, dialogue_id, question_text, answer_text,"
                        + " published_at, updated_at) values (?, ?, ?, 'Falsk', 'Falsk', now(), now())",
                privately,
                FAVRSKOV,
                dialogue);
        // nor ask after the deadline, even by straight SQL (V30's trigger)
        data.deadlineIn(dialogue, Duration.ofSeconds(-1));
        assertRefused(other, insertQuestion(), UUID.randomUUID(), FAVRSKOV, dialogue, other);

        assertThat(fixture.count("select count(*) from question where dialogue_id = ?", dialogue))
                .isEqualTo(2);
        assertThat(fixture.count("select count(*) from published_answer where dialogue_id = ?", dialogue))
                .isEqualTo(1);
    }

    private static String insertQuestion() {
        return "insert into question (id, tenant_id, dialogue_id, organisation_id, asked_by, question_text)"
                + " values (?, ?, ?, ?, 'x@leverandoer.example', 'Et spørgsmål')";
    }

    private void assertRefused(UUID organisation, String sql, Object... params) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.asSupplier(
                        organisation, () -> data.jdbc().sql(sql).params(params).update()))
                .as(sql)
                .isInstanceOf(org.springframework.dao.DataAccessException.class)
                .hasStackTraceContaining("row-level security");
    }

    private long count(String sql, Object... params) {
        return data.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    /** The portal's DialogueClient records read every answer strictly: the two cannot drift apart unnoticed. */
    @Test
    void everyAnswerReadsIntoTheClientsRecords() {
        var strict = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .build();
        String asked = ask(asker, "a1", requirement, "Et spørgsmål til formen")
                .assertStatus(201)
                .body();
        var own = strict.readValue(asked, dk.anskaf.dialogue.client.OwnQuestion.class);
        questionId(ask(other, "b", null, "Et andet spørgsmål"));
        purchaser()
                .post(answerOf(own.id()), "{\"answer\":\"Svar til alle\",\"visibility\":\"PUBLISHED\"}")
                .assertStatus(200);

        var listed = strict.readValue(
                purchaser().get(questions()).assertStatus(200).body(),
                dk.anskaf.dialogue.client.PurchaserQuestion[].class);
        var answered = strict.readValue(
                purchaser()
                        .post(answerOf(own.id()), "{\"answer\":\"Rettet svar\",\"visibility\":\"PUBLISHED\"}")
                        .assertStatus(200)
                        .body(),
                dk.anskaf.dialogue.client.PurchaserQuestion.class);
        var seenByOther = strict.readValue(
                supplier(other, "b").get(questions(true)).assertStatus(200).body(),
                dk.anskaf.dialogue.client.SupplierQuestions.class);

        assertThat(listed).hasSize(2);
        assertThat(listed[0].answered()).isFalse(); // unanswered first
        assertThat(answered.answerText()).isEqualTo("Rettet svar");
        assertThat(seenByOther.published()).hasSize(1);
        assertThat(seenByOther.own()).hasSize(1);
    }

    private ApiClient.Caller purchaser() {
        return api.as(TestRole.PURCHASER, FAVRSKOV);
    }

    private ApiClient.Caller supplier(UUID organisation, String who) {
        return api.asSupplier(organisation, email(who));
    }

    private dk.anskaf.platform.test.api.ApiResponse ask(
            UUID organisation, String who, Long requirementId, String text) {
        String body =
                "{\"requirementId\":" + requirementId + ",\"text\":\"" + text.replace("\u0000", "\\u0000") + "\"}";
        return supplier(organisation, who).post(questions(true), body);
    }

    private String questions() {
        return questions(false);
    }

    private String questions(boolean supplierSide) {
        return (supplierSide ? "/api/v1/supplier/dialogues/" : "/api/v1/dialogues/") + dialogue + "/questions";
    }

    private String answerOf(UUID question) {
        return "/api/v1/dialogues/" + dialogue + "/questions/" + question + "/answer";
    }

    private static UUID questionId(dk.anskaf.platform.test.api.ApiResponse response) {
        return UUID.fromString(response.assertStatus(201).json().path("id").asString());
    }

    private List<JsonNode> answeredEvents() {
        return fixture.outboxEvents(QuestionAnswered.TYPE).stream()
                .filter(event -> event.path("subject").asString().equals(String.valueOf(dialogue)))
                .toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new java.util.ArrayList<>();
        array.forEach(element -> strings.add(element.asString()));
        return strings;
    }

    private String email(String who) {
        return who + "-" + run + "@leverandoer.example";
    }

    private UUID inviteNew(String tenant, long dialogueId, String name, String email) {
        String body = "{\"newOrganisation\":{\"name\":\"" + name + "\",\"cvr\":\"" + SupplierSideTestData.newCvr()
                + "\"},\"email\":\"" + email
                + "\",\"subject\":\"Invitation\",\"message\":\"Vi ser frem til jeres svar.\"}";
        return UUID.fromString(api.as(TestRole.PURCHASER, tenant)
                .post("/api/v1/dialogues/" + dialogueId + "/invitations", body)
                .assertStatus(201)
                .json()
                .path("organisationId")
                .asString());
    }

    private void invite(String tenant, long dialogueId, UUID organisation, String email) {
        api.as(TestRole.PURCHASER, tenant)
                .post(
                        "/api/v1/dialogues/" + dialogueId + "/invitations",
                        "{\"organisationId\":\"" + organisation + "\",\"email\":\"" + email
                                + "\",\"subject\":\"Invitation\",\"message\":\"Svar gerne.\"}")
                .assertStatus(201);
    }
}
