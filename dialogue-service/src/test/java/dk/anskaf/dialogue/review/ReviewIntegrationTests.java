package dk.anskaf.dialogue.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.api.ApiResponse;
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
 * The purchaser's review against the real database: Besvarelser only through the visibility rule, the
 * per-answer status and comment with optimistic concurrency and an audit row, and the database refusing a
 * supplier's write of a review.
 */
@AnskafIntegrationTest
class ReviewIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HORSENS = "0615";

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
    void anActiveDialogueWithAnInvitedSupplier() {
        data = new SupplierSideTestData(fixture, transactions);
        dialogue = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(10));
        first = data.requirement(
                FAVRSKOV, dialogue, 1001, "Gendannelse inden for {{restore_tid|4 timer|timer}}.", false, true, true);
        second = data.requirement(FAVRSKOV, dialogue, 1002, "Leverandøren drifter løsningen.", false, true, true);
        InvitedSupplier invited = InvitedSupplier.invite(api, FAVRSKOV, dialogue);
        organisation = invited.organisation();
        answerSet = invited.answerSet();
        email = invited.email();
    }

    @Test
    void whenAnswersAreVisibleOnFinishThenAnAnsweringSupplierIsHiddenWithTheReasonAndAFinishedOneIsShown() {
        answer(first, "{\"choice\":\"JA_TILKOEB\",\"price\":\"12.000 kr.\"}");

        JsonNode row = overview().get(0);
        assertThat(row.path("status").asString()).isEqualTo("ANSWERING");
        assertThat(row.path("visible").asBoolean()).isFalse();
        assertThat(row.path("hiddenReason").asString()).isEqualTo("NOT_FINISHED");
        assertThat(row.path("answeredCount").asInt()).isEqualTo(1);
        var hidden = purchaser().get(answersPath()).assertProblem(404, "not-found");
        assertThat(hidden.detail())
                .isEqualTo("Leverandørens svar kan ses, når leverandøren har afsluttet sin besvarelse");

        answer(second, "{\"choice\":\"NEJ\"}");
        finish();

        assertThat(overview().get(0).path("visible").asBoolean()).isTrue();
        JsonNode answers = purchaser().get(answersPath()).assertStatus(200).json();
        assertThat(answers.path("organisationName").asString()).isEqualTo("Formpipe Software A/S");
        JsonNode row1 = answers.path("answers").get(0);
        assertThat(row1.path("kravId").asString()).isEqualTo("1001");
        assertThat(row1.path("description").asString()).isEqualTo("Gendannelse inden for 2 timer.");
        assertThat(row1.path("priority").asString()).isEqualTo("HIGH");
        assertThat(row1.path("choice").asString()).isEqualTo("JA_TILKOEB");
        assertThat(row1.path("price").asString()).isEqualTo("12.000 kr.");
        assertThat(row1.path("review").path("status").asString()).isEqualTo("NONE");
        assertThat(row1.path("review").path("version").asInt()).isZero();
    }

    @Test
    void whenAnswersAreVisibleOnlyAfterTheDeadlineThenAFinishedSupplierIsHiddenUntilTheDialogueIsBesvaret() {
        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set answers_visibility = 'AFTER_DEADLINE' where id = ?")
                .param(dialogue)
                .update());
        answerAllAndFinish();

        JsonNode row = overview().get(0);
        assertThat(row.path("status").asString()).isEqualTo("FINISHED");
        assertThat(row.path("visible").asBoolean()).isFalse();
        assertThat(row.path("hiddenReason").asString()).isEqualTo("AFTER_DEADLINE");
        assertThat(purchaser()
                        .get(answersPath())
                        .assertProblem(404, "not-found")
                        .detail())
                .isEqualTo("Markedsdialogen viser først svarene efter svarfristen");
        review(first, "0", "{\"status\":\"ACCEPTED\"}").assertProblem(404, "not-found");
        assertThat(api.asSupplier(organisation, email)
                        .get("/api/v1/supplier/dialogues/" + dialogue)
                        .json()
                        .path("answersVisibility")
                        .asString())
                .isEqualTo("AFTER_DEADLINE");

        answered();

        assertThat(overview().get(0).path("visible").asBoolean()).isTrue();
        purchaser().get(answersPath()).assertStatus(200);
    }

    @Test
    void anotherMunicipalitySeesNeitherTheSuppliersNorTheAnswersNorCanItReview() {
        answerAllAndFinish();

        api.as(TestRole.PURCHASER, HORSENS)
                .get("/api/v1/dialogues/" + dialogue + "/answer-sets")
                .assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, HORSENS).get(answersPath()).assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, HORSENS)
                .put(reviewPath(first), "0", "{\"status\":\"ACCEPTED\"}")
                .assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, HORSENS)
                .post(answersPath() + "/elaboration-requests", "{\"message\":\"Mere\"}")
                .assertProblem(404, "not-found");
        assertThat(fixture.count("select count(*) from answer_review where answer_set_id = ?", answerSet))
                .isZero();
    }

    @Test
    void aStatusIsSetWithTheVersionReadAStaleOneIsRefusedAndEveryChangeIsAudited() {
        answerAllAndFinish();

        review(first, "0", "{\"status\":\"ELABORATION_NEEDED\",\"comment\":\" \"}")
                .assertProblem(400, "validation")
                .assertFieldError("comment");
        review(first, "0", "{\"status\":\"ACCEPTED_WITH_COMMENT\"}")
                .assertProblem(400, "validation")
                .assertFieldError("comment");
        review(first, "0", "{\"status\":\"GODKENDT\"}")
                .assertProblem(400, "validation")
                .assertFieldError("status");
        review(first, "0", "{\"status\":\"REJECTED\",\"comment\":\"" + "x".repeat(5001) + "\"}")
                .assertProblem(400, "validation")
                .assertFieldError("comment");
        assertThat(fixture.count("select count(*) from answer_review where answer_set_id = ?", answerSet))
                .isZero();

        ApiResponse saved = review(first, "0", "{\"status\":\"ACCEPTED_WITH_COMMENT\",\"comment\":\"Fint, men dyrt\"}")
                .assertStatus(200);
        assertThat(saved.header("ETag")).contains("\"1\"");
        assertThat(saved.json().path("reviewedByName").asString()).isNotBlank();

        review(first, "0", "{\"status\":\"REJECTED\",\"comment\":\"Nej\"}").assertProblem(412, "stale-version");
        review(first, "1", "{\"status\":\"REJECTED\",\"comment\":\"For dyrt\"}").assertStatus(200);
        purchaser().put(reviewPath(first), "{\"status\":\"ACCEPTED\"}").assertProblem(428, "if-match-required");

        JsonNode reviewed =
                purchaser().get(answersPath()).json().path("answers").get(0).path("review");
        assertThat(reviewed.path("status").asString()).isEqualTo("REJECTED");
        assertThat(reviewed.path("comment").asString()).isEqualTo("For dyrt");
        assertThat(reviewed.path("version").asInt()).isEqualTo(2);
        var audit = fixture.acrossTenants(
                () -> data.jdbc().sql("""
                        select subject || ': ' || old_value || ' -> ' || new_value from dialogue_audit
                        where dialogue_id = ? and action = 'ANSWER_STATUS' order by id
                        """).param(dialogue).query(String.class).list());
        assertThat(audit)
                .containsExactly(
                        "Formpipe Software A/S / 1001: NONE -> ACCEPTED_WITH_COMMENT",
                        "Formpipe Software A/S / 1001: ACCEPTED_WITH_COMMENT -> REJECTED");
    }

    @Test
    void aSupplierCanNeitherSetAStatusThroughTheApiNorWriteOneInTheDatabase() {
        answerAllAndFinish();
        review(first, "0", "{\"status\":\"REJECTED\",\"comment\":\"Nej\"}").assertStatus(200);

        api.asSupplier(organisation, email)
                .put(reviewPath(first), "1", "{\"status\":\"ACCEPTED\"}")
                .assertProblem(403, "forbidden");
        api.asSupplier(organisation, email).get(answersPath()).assertProblem(403, "forbidden");

        int updated = data.asSupplier(
                organisation,
                () -> data.jdbc()
                        .sql("update answer_review set status = 'ACCEPTED', comment = null where answer_set_id = ?")
                        .param(answerSet)
                        .update());
        assertThat(updated).isZero();
        assertThatThrownBy(() -> data.asSupplier(
                        organisation,
                        () -> data.jdbc()
                                .sql("""
                                insert into answer_review (answer_set_id, requirement_id, tenant_id, organisation_id,
                                                           status, reviewed_by, reviewed_by_name)
                                values (?, ?, ?, ?, 'ACCEPTED', 'lev', 'Lev')
                                """)
                                .params(answerSet, second, FAVRSKOV, organisation)
                                .update()))
                .hasStackTraceContaining("row-level security");
        assertThat(fixture.count(
                        "select count(*) from answer_review where answer_set_id = ? and status = 'REJECTED'",
                        answerSet))
                .isEqualTo(1);
        assertThat(fixture.count("select count(*) from answer_review where answer_set_id = ?", answerSet))
                .isEqualTo(1);
    }

    @Test
    void theDialogueKeepsItsVisibilitySettingFromCreationAndRefusesAnUnknownOne() {
        JsonNode created =
                purchaser().post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Vi vil købe et ESDH-system",
                         "contactEmail":"indkoeb@favrskov.example","domainIds":[1],
                         "answersVisibility":"AFTER_DEADLINE"}""").assertStatus(201).json();
        assertThat(created.path("answersVisibility").asString()).isEqualTo("AFTER_DEADLINE");
        purchaser()
                .post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Vi vil købe et ESDH-system",
                         "contactEmail":"indkoeb@favrskov.example","domainIds":[1],
                         "answersVisibility":"NEVER"}""")
                .assertProblem(400, "validation")
                .assertFieldError("answersVisibility");
        JsonNode plain =
                purchaser().post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Vi vil købe et ESDH-system",
                         "contactEmail":"indkoeb@favrskov.example","domainIds":[1]}""").assertStatus(201).json();
        assertThat(plain.path("answersVisibility").asString()).isEqualTo("ON_FINISH");
    }

    private ApiClient.Caller purchaser() {
        return api.as(TestRole.PURCHASER, FAVRSKOV);
    }

    private JsonNode overview() {
        return purchaser()
                .get("/api/v1/dialogues/" + dialogue + "/answer-sets")
                .assertStatus(200)
                .json();
    }

    private String answersPath() {
        return "/api/v1/dialogues/" + dialogue + "/answer-sets/" + answerSet;
    }

    private String reviewPath(long requirement) {
        return answersPath() + "/reviews/" + requirement;
    }

    private ApiResponse review(long requirement, String version, String json) {
        return purchaser().put(reviewPath(requirement), version, json);
    }

    private void answer(long requirement, String json) {
        api.asSupplier(organisation, email)
                .put("/api/v1/supplier/dialogues/" + dialogue + "/answers/" + requirement, json)
                .assertStatus(200);
    }

    private void finish() {
        api.asSupplier(organisation, email)
                .post("/api/v1/supplier/dialogues/" + dialogue + "/finish", "")
                .assertStatus(200);
    }

    private void answerAllAndFinish() {
        answer(first, "{\"choice\":\"JA_TILKOEB\",\"price\":\"12.000 kr.\"}");
        answer(second, "{\"choice\":\"NEJ\"}");
        finish();
    }

    /** The deadline passed and the job closed the dialogue (Besvaret). */
    private void answered() {
        data.deadlineIn(dialogue, Duration.ofSeconds(-1));
        fixture.acrossTenants(() -> data.jdbc()
                .sql("update dialogue set status = 'ANSWERED', closed_at = now() where id = ?")
                .param(dialogue)
                .update());
    }
}
