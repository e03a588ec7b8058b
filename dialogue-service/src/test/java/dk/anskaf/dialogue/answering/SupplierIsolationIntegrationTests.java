package dk.anskaf.dialogue.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sees and changes which answers, proven twice: through the API, and by straight SQL under the service's
 * own login (no superuser, no BYPASSRLS) with the settings the platform writes for a supplier contact or a
 * municipality, so the database's policies and V10's triggers alone decide.
 */
@AnskafIntegrationTest
class SupplierIsolationIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HORSENS = "0615";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    long dialogueA;
    long requirementA;
    long dialogueB;
    long requirementB;
    UUID organisationA;
    UUID organisationB;
    UUID answerSetA;
    UUID answerSetB;

    /** A is invited to Favrskov's dialogue A and has answered; B only to Horsens' dialogue B. */
    @BeforeEach
    void twoOrganisationsInTwoMunicipalitiesDialogues() {
        data = new SupplierSideTestData(fixture, transactions);
        dialogueA = data.activeDialogue(FAVRSKOV, false, true, Duration.ofDays(5));
        requirementA = data.requirement(FAVRSKOV, dialogueA, 2001, "Krav A", false, true, true);
        dialogueB = data.activeDialogue(HORSENS, false, true, Duration.ofDays(5));
        requirementB = data.requirement(HORSENS, dialogueB, 2001, "Krav B", false, true, true);
        organisationA = invite(FAVRSKOV, dialogueA, "a@leverandoer.example");
        organisationB = invite(HORSENS, dialogueB, "b@leverandoer.example");
        answerSetA = answerSet(dialogueA, organisationA);
        answerSetB = answerSet(dialogueB, organisationB);
        api.asSupplier(organisationA, "a@leverandoer.example")
                .put("/api/v1/supplier/dialogues/" + dialogueA + "/answers/" + requirementA, "{\"choice\":\"JA\"}")
                .assertStatus(200);
    }

    @Test
    void anOrganisationCannotReadOrAnswerADialogueItWasNotInvitedToWhateverTheId() {
        ApiClient.Caller b = api.asSupplier(organisationB, "b@leverandoer.example");

        b.get("/api/v1/supplier/dialogues/" + dialogueA).assertProblem(404, "not-found");
        b.get("/api/v1/supplier/dialogues/" + dialogueA + "/requirements").assertProblem(404, "not-found");
        b.put("/api/v1/supplier/dialogues/" + dialogueA + "/answers/" + requirementA, "{\"choice\":\"NEJ\"}")
                .assertProblem(404, "not-found");
        // its own dialogue's id with another dialogue's requirement
        b.put("/api/v1/supplier/dialogues/" + dialogueB + "/answers/" + requirementA, "{\"choice\":\"NEJ\"}")
                .assertProblem(404, "not-found");
        b.post("/api/v1/supplier/dialogues/" + dialogueA + "/finish", "").assertProblem(404, "not-found");
        b.post("/api/v1/supplier/dialogues/" + dialogueA + "/decline", "{\"reason\":\"x\"}")
                .assertProblem(404, "not-found");
        b.post("/api/v1/supplier/dialogues/" + dialogueB + "/copy-answers", "{\"fromDialogueId\":" + dialogueA + "}")
                .assertProblem(404, "not-found");
        assertThat(SupplierSideTestData.texts(
                        b.get("/api/v1/supplier/dialogues").json(), "dialogueId"))
                .containsExactly(String.valueOf(dialogueB));

        assertThat(fixture.count("select count(*) from answer where answer_set_id = ? and choice = 'JA'", answerSetA))
                .isEqualTo(1);
        assertThat(fixture.count("select count(*) from answer where answer_set_id = ?", answerSetB))
                .isZero();
        assertThat(fixture.count("select count(*) from answer_set where id = ? and status = 'ANSWERING'", answerSetA))
                .isEqualTo(1);
    }

    @Test
    void aMunicipalTokenCannotAnswerAndASupplierTokenCannotUsePurchaserEndpoints() {
        api.as(TestRole.PURCHASER, FAVRSKOV)
                .put("/api/v1/supplier/dialogues/" + dialogueA + "/answers/" + requirementA, "{\"choice\":\"NEJ\"}")
                .assertStatus(403);
        api.as(TestRole.PURCHASER, FAVRSKOV).get("/api/v1/supplier/dialogues").assertStatus(403);

        ApiClient.Caller a = api.asSupplier(organisationA, "a@leverandoer.example");
        a.get("/api/v1/dialogues/" + dialogueA + "/suppliers").assertStatus(403);
        a.post(
                        "/api/v1/dialogues/" + dialogueA + "/invitations",
                        "{\"organisationId\":\"" + organisationA
                                + "\",\"email\":\"x@a.example\",\"subject\":\"Hej med jer\",\"message\":\"Svar\"}")
                .assertStatus(403);
        a.get("/api/v1/supplier-organisations").assertStatus(403);

        assertThat(fixture.count("select count(*) from answer where answer_set_id = ? and choice = 'JA'", answerSetA))
                .isEqualTo(1);
        assertThat(fixture.count("select count(*) from invitation where answer_set_id = ?", answerSetA))
                .isEqualTo(1);
    }

    @Test
    void aMunicipalityDoesNotSeeAnotherMunicipalitysDialogueOrSuppliers() {
        api.as(TestRole.PURCHASER, HORSENS)
                .get("/api/v1/dialogues/" + dialogueA + "/suppliers")
                .assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, HORSENS)
                .post(
                        "/api/v1/dialogues/" + dialogueA + "/invitations",
                        "{\"organisationId\":\"" + organisationB
                                + "\",\"email\":\"b@leverandoer.example\",\"subject\":\"Hej med jer\",\"message\":\"Svar\"}")
                .assertProblem(404, "not-found");

        assertThat(fixture.asTenant(
                        HORSENS,
                        () -> data.jdbc()
                                .sql("select count(*) from answer where answer_set_id = ?")
                                .param(answerSetA)
                                .query(Long.class)
                                .single()))
                .isZero();
        assertThat(fixture.count("select count(*) from answer_set where dialogue_id = ?", dialogueA))
                .isEqualTo(1);
    }

    @Test
    void inTheDatabaseASupplierSeesAndChangesOnlyItsOwnOrganisationsRows() {
        data.asSupplier(organisationB, () -> {
            assertThat(count("select count(*) from dialogue where id = ?", dialogueA))
                    .isZero();
            assertThat(count("select count(*) from dialogue_requirement where dialogue_id = ?", dialogueA))
                    .isZero();
            assertThat(count("select count(*) from answer_set where id = ?", answerSetA))
                    .isZero();
            assertThat(count("select count(*) from answer where answer_set_id = ?", answerSetA))
                    .isZero();
            assertThat(count("select count(*) from dialogue where id = ?", dialogueB))
                    .isEqualTo(1);
            assertThat(data.jdbc()
                            .sql("update answer_set set status = 'DECLINED' where id = ?")
                            .param(answerSetA)
                            .update())
                    .isZero();
            assertThat(data.jdbc()
                            .sql("update answer set choice = 'NEJ' where answer_set_id = ?")
                            .param(answerSetA)
                            .update())
                    .isZero();
            assertThat(data.jdbc()
                            .sql("delete from answer where answer_set_id = ?")
                            .param(answerSetA)
                            .update())
                    .isZero();
            return null;
        });

        assertRefused(
                organisationB,
                "insert into answer (answer_set_id, requirement_id, tenant_id, organisation_id,"
                        + " choice, answered_by) values (?, ?, '0710', ?, 'NEJ', 'b')",
                answerSetA,
                requirementA,
                organisationA);
        assertThat(fixture.count("select count(*) from answer where answer_set_id = ? and choice = 'JA'", answerSetA))
                .isEqualTo(1);
    }

    @Test
    void inTheDatabaseASupplierCannotForgeTheMunicipalityOrMoveItsAnswerSetOrAnswerAnotherDialoguesRequirement() {
        // its own answer set, filed under another municipality: the V2 policy's WITH CHECK
        assertRefused(
                organisationB,
                "insert into answer (answer_set_id, requirement_id, tenant_id, organisation_id,"
                        + " choice, answered_by) values (?, ?, '0710', ?, 'JA', 'b')",
                answerSetB,
                requirementB,
                organisationB);
        // its own answer set, another dialogue's requirement: V10's trigger
        assertRefused(
                organisationB,
                "insert into answer (answer_set_id, requirement_id, tenant_id, organisation_id,"
                        + " choice, answered_by) values (?, ?, '0615', ?, 'JA', 'b')",
                answerSetB,
                requirementA,
                organisationB);
        // its own answer set moved to another municipality or dialogue: V10's trigger
        assertRefused(organisationB, "update answer_set set tenant_id = '0710' where id = ?", answerSetB);
        assertRefused(organisationB, "update answer_set set dialogue_id = ? where id = ?", dialogueA, answerSetB);

        assertThat(fixture.count("select count(*) from answer where answer_set_id = ?", answerSetB))
                .isZero();
        assertThat(fixture.count("select count(*) from answer_set where id = ? and tenant_id = '0615'", answerSetB))
                .isEqualTo(1);
    }

    @Test
    void inTheDatabaseNoAnswerIsWrittenAfterTheDeadlineOrByAMunicipality() {
        data.deadlineIn(dialogueB, Duration.ofSeconds(-1));

        assertRefused(
                organisationB,
                "insert into answer (answer_set_id, requirement_id, tenant_id, organisation_id,"
                        + " choice, answered_by) values (?, ?, '0615', ?, 'JA', 'b')",
                answerSetB,
                requirementB,
                organisationB);
        assertThat(fixture.asTenant(
                        FAVRSKOV,
                        () -> data.jdbc()
                                .sql("update answer set choice = 'NEJ' where answer_set_id = ?")
                                .param(answerSetA)
                                .update()))
                .isZero();
        assertThat(fixture.count("select count(*) from answer where answer_set_id = ? and choice = 'JA'", answerSetA))
                .isEqualTo(1);
    }

    private void assertRefused(UUID organisation, String sql, Object... params) {
        assertThatThrownBy(() -> data.asSupplier(
                        organisation, () -> data.jdbc().sql(sql).params(params).update()))
                .as(sql)
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("row-level security");
    }

    private long count(String sql, Object... params) {
        return data.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    private UUID invite(String tenant, long dialogue, String email) {
        String body = "{\"newOrganisation\":{\"name\":\"Leverandør " + email + "\",\"cvr\":\""
                + SupplierSideTestData.newCvr() + "\"},\"email\":\"" + email
                + "\",\"subject\":\"Invitation\",\"message\":\"Vi ser frem til jeres svar.\"}";
        return UUID.fromString(api.as(TestRole.PURCHASER, tenant)
                .post("/api/v1/dialogues/" + dialogue + "/invitations", body)
                .assertStatus(201)
                .json()
                .path("organisationId")
                .asString());
    }

    private UUID answerSet(long dialogue, UUID organisation) {
        return fixture.acrossTenants(() -> data.jdbc()
                .sql("select id from answer_set where dialogue_id = ? and organisation_id = ?")
                .params(dialogue, organisation)
                .query(UUID.class)
                .single());
    }
}
