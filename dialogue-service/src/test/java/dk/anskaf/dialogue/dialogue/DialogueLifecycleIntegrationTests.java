package dk.anskaf.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.dialogue.testdata.DialogueRows;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Vælg leverandør, archive and restore, soft delete and the audit trail through the API against real
 * PostgreSQL (row-level security) and the outbox: refusals are problems that change nothing, and a deleted
 * dialogue is gone for purchasers and suppliers in the database itself.
 */
@AnskafIntegrationTest
class DialogueLifecycleIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String AARHUS = "0751";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DialogueClosing closing;

    @Autowired
    CrossTenantAccess crossTenant;

    @Test
    void aPurchaserChoosesASupplierThatAnsweredAndIllegalChoicesChangeNothing() {
        long id = answeredDialogue();
        UUID finished = rows().invitedSupplier(FAVRSKOV, id, "salg@formpipe.example", "FINISHED");
        UUID declined = rows().invitedSupplier(FAVRSKOV, id, "salg@netcompany.example", "DECLINED");
        UUID elaborating = rows().invitedSupplier(FAVRSKOV, id, "salg@kmd.example", "ELABORATION_REQUESTED");
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);
        JsonNode choice =
                purchaser.get(path(id, "/supplier-choice")).assertStatus(200).json();
        assertThat(choice.path("chosen").isNull()).isTrue();
        assertThat(SupplierSideTestData.texts(choice.path("candidates"), "answered"))
                .containsExactlyInAnyOrder("true", "false", "false");
        String version = "\"" + choice.path("version").asInt() + "\"";

        purchaser
                .put(path(id, "/supplier-choice"), version, choose(declined))
                .assertProblem(409, "dialogue-choice-declined");
        purchaser
                .put(path(id, "/supplier-choice"), version, choose(elaborating))
                .assertProblem(409, "dialogue-choice-elaboration-pending");
        purchaser
                .put(path(id, "/supplier-choice"), version, choose(UUID.randomUUID()))
                .assertProblem(400, "validation")
                .assertFieldError("answerSetId");
        api.as(TestRole.PURCHASER, AARHUS)
                .put(path(id, "/supplier-choice"), version, choose(finished))
                .assertProblem(404, "not-found");
        assertThat(fixture.outboxEvents(DialogueTopics.SUPPLIER_CHOSEN).stream()
                        .filter(e -> e.path("subject").asString().equals(String.valueOf(id))))
                .isEmpty();
        assertThat(fixture.count("select count(*) from dialogue_audit where dialogue_id = ?", id))
                .isZero();

        JsonNode chosen = purchaser
                .put(path(id, "/supplier-choice"), version, choose(finished))
                .assertStatus(200)
                .json();

        purchaser.put(path(id, "/supplier-choice"), version, choose(null)).assertStatus(412);
        JsonNode event = fixture.outboxEvent(DialogueTopics.SUPPLIER_CHOSEN, String.valueOf(id));
        EventContracts.documented().assertProducerMatches(DialogueTopics.SUPPLIER_CHOSEN, event);
        assertThat(event.at("/data/answerSetId").asString()).isEqualTo(finished.toString());
        assertThat(event.at("/data/organisationName").asString()).isEqualTo("Leverandør salg@formpipe.example");
        JsonNode now = purchaser.get(path(id, "/supplier-choice")).json();
        assertThat(now.at("/chosen/answerSetId").asString()).isEqualTo(finished.toString());
        assertThat(now.at("/chosen/chosenByName").asString()).isEqualTo("Bodil Bruger");
        JsonNode audit = purchaser.get(path(id, "/audit")).assertStatus(200).json();
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.get(0).path("action").asString()).isEqualTo("CHOSEN_SUPPLIER");
        assertThat(audit.get(0).path("newValue").asString()).isEqualTo("Leverandør salg@formpipe.example");
        assertThat(audit.get(0).path("actorName").asString()).isEqualTo("Bodil Bruger");

        purchaser
                .put(path(id, "/supplier-choice"), "\"" + chosen.path("version").asInt() + "\"", choose(null))
                .assertStatus(200);
        assertThat(fixture.outboxEvent(DialogueTopics.SUPPLIER_CHOSEN, String.valueOf(id))
                        .at("/data/previousAnswerSetId")
                        .asString())
                .isEqualTo(finished.toString());
    }

    @Test
    void aSupplierIsNotChosenBeforeTheDialogueIsAnswered() {
        long id = rows().activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofDays(3)));
        UUID finished = rows().invitedSupplier(FAVRSKOV, id, "salg@formpipe.example", "FINISHED");

        api.as(TestRole.PURCHASER, FAVRSKOV)
                .put(path(id, "/supplier-choice"), "\"0\"", choose(finished))
                .assertProblem(409, "dialogue-choice-not-open");
        assertThat(fixture.count("select count(*) from dialogue where id = ? and chosen_answer_set_id is not null", id))
                .isZero();
    }

    @Test
    void archivingWithoutASupplierWarnsThenTheListsFollowAndRestoreReturnsIt() {
        long id = answeredDialogue();
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);

        purchaser.post(path(id, "/archive"), "{}").assertProblem(409, "dialogue-archive-without-supplier");
        purchaser.post(path(id, "/restore"), "{}").assertProblem(409, "dialogue-not-archived");
        assertThat(status(id)).isEqualTo("ANSWERED");

        JsonNode archived = purchaser
                .post(path(id, "/archive"), "{\"confirmNoSupplier\":true}")
                .assertStatus(200)
                .json();
        assertThat(archived.path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(listed("ARCHIVED")).contains(id);
        assertThat(listed("ONGOING")).doesNotContain(id);
        EventContracts.documented()
                .assertProducerMatches(
                        DialogueTopics.ARCHIVED, fixture.outboxEvent(DialogueTopics.ARCHIVED, String.valueOf(id)));

        purchaser.post(path(id, "/restore"), "{}").assertStatus(200);
        assertThat(status(id)).isEqualTo("ANSWERED");
        assertThat(listed("ONGOING")).contains(id);
        assertThat(listed("ARCHIVED")).doesNotContain(id);
        EventContracts.documented()
                .assertProducerMatches(
                        DialogueTopics.RESTORED, fixture.outboxEvent(DialogueTopics.RESTORED, String.valueOf(id)));
        JsonNode audit = purchaser.get(path(id, "/audit")).json();
        assertThat(SupplierSideTestData.texts(audit, "action")).containsExactly("ARCHIVE", "RESTORE");
        assertThat(SupplierSideTestData.texts(audit, "newValue")).containsExactly("ARCHIVED", "ANSWERED");
    }

    @Test
    void activationPostponementAndCancellationWriteTheAuditTrailThatOtherMunicipalitiesCannotRead() {
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);
        long id = purchaser
                .post("/api/v1/dialogues", """
                        {"title":"ESDH-system","description":"Vi vil købe et ESDH-system",
                         "contactEmail":"indkoeb@favrskov.example","domainIds":[1]}
                        """)
                .assertStatus(201)
                .json()
                .path("id")
                .asLong();
        rows().requirement(FAVRSKOV, id, 1);
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(10).withNano(0);
        purchaser
                .post(path(id, "/activate"), "{\"deadline\":\"" + deadline + "\"}")
                .assertStatus(200);
        purchaser
                .post(path(id, "/postpone"), "{\"deadline\":\"" + deadline.plusDays(2) + "\",\"reason\":\"Jul\"}")
                .assertStatus(200);
        purchaser
                .post(path(id, "/cancel"), "{\"reason\":\"Projektet er stoppet\"}")
                .assertStatus(200);

        JsonNode audit = purchaser.get(path(id, "/audit")).assertStatus(200).json();
        assertThat(SupplierSideTestData.texts(audit, "action"))
                .containsExactly("STATUS", "DEADLINE", "DEADLINE", "STATUS");
        assertThat(audit.get(2).path("subject").asString()).isEqualTo("Jul");
        assertThat(audit.get(2).path("oldValue").asString())
                .isEqualTo(deadline.toInstant().toString());
        assertThat(audit.get(3).path("newValue").asString()).isEqualTo("CANCELLED");
        api.as(TestRole.ADMINISTRATOR, FAVRSKOV).get(path(id, "/audit")).assertStatus(200);
        api.as(TestRole.PURCHASER, AARHUS).get(path(id, "/audit")).assertProblem(404, "not-found");
        api.as(TestRole.EMPLOYEE, FAVRSKOV).get(path(id, "/audit")).assertStatus(403);
    }

    @Test
    void theDeadlineJobWritesItsCloseToTheOwnersAuditTrailAndPassesDeletedDialoguesBy() {
        long due = rows().activeDialogue(FAVRSKOV, Instant.now().minusSeconds(5));
        long deleted = rows().activeDialogue(FAVRSKOV, Instant.now().plus(Duration.ofDays(1)));
        api.as(TestRole.ADMINISTRATOR, FAVRSKOV)
                .post(path(deleted, "/delete"), "{\"reason\":\"Oprettet ved en fejl\"}")
                .assertStatus(204);
        // Only now past its deadline, so no run of the scheduled job can close it before the delete.
        new SupplierSideTestData(fixture, transactions).deadlineIn(deleted, Duration.ofSeconds(-5));

        crossTenant.call("test", closing::closeDue);

        assertThat(fixture.count("select count(*) from dialogue where id = ? and status = 'ANSWERED'", due))
                .isOne();
        assertThat(fixture.count("select count(*) from dialogue where id = ? and status = 'ACTIVE'", deleted))
                .isOne();
        JsonNode audit =
                api.as(TestRole.PURCHASER, FAVRSKOV).get(path(due, "/audit")).json();
        assertThat(audit.get(0).path("actorName").asString()).isEqualTo("Anskaf");
        assertThat(audit.get(0).path("newValue").asString()).isEqualTo("ANSWERED");
    }

    @Test
    void aDeletedDialogueVanishesForPurchasersAndSuppliersUntilAnAdministratorBringsItBack() {
        SupplierSideTestData suppliers = new SupplierSideTestData(fixture, transactions);
        long id = suppliers.activeDialogue(FAVRSKOV, false, true, Duration.ofDays(3));
        long requirement = suppliers.requirement(FAVRSKOV, id, 4711, "Backup", false, true, true);
        UUID answerSet = rows().invitedSupplier(FAVRSKOV, id, "salg@formpipe.example", "ANSWERING");
        UUID organisation = fixture.acrossTenants(() -> fixture.jdbc()
                .sql("select organisation_id from answer_set where id = ?")
                .param(answerSet)
                .query(UUID.class)
                .single());
        suppliers.asSupplier(
                organisation,
                () -> suppliers
                        .jdbc()
                        .sql("""
                        insert into answer (answer_set_id, requirement_id, tenant_id, organisation_id, choice, answered_by)
                        values (?, ?, ?, ?, 'JA', 'salg@formpipe.example')
                        """)
                        .params(answerSet, requirement, FAVRSKOV, organisation)
                        .update());
        var admin = api.as(TestRole.ADMINISTRATOR, FAVRSKOV);

        api.as(TestRole.PURCHASER, FAVRSKOV)
                .post(path(id, "/delete"), "{\"reason\":\"Fejl\"}")
                .assertStatus(403);
        admin.post(path(id, "/delete"), "{\"reason\":\" \"}")
                .assertProblem(400, "validation")
                .assertFieldError("reason");
        api.as(TestRole.ADMINISTRATOR, AARHUS)
                .post(path(id, "/delete"), "{\"reason\":\"Fejl\"}")
                .assertProblem(404, "not-found");
        assertThat(visibleRows(FAVRSKOV, List.of("purchaser"), id, answerSet)).containsOnly(1L);

        admin.post(path(id, "/delete"), "{\"reason\":\"Oprettet ved en fejl\"}").assertStatus(204);

        EventContracts.documented()
                .assertProducerMatches(
                        DialogueTopics.DELETED, fixture.outboxEvent(DialogueTopics.DELETED, String.valueOf(id)));
        api.as(TestRole.PURCHASER, FAVRSKOV).get("/api/v1/dialogues/" + id).assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, FAVRSKOV).get(path(id, "/audit")).assertProblem(404, "not-found");
        assertThat(listed("ONGOING")).doesNotContain(id);
        api.asSupplier(organisation, "salg@formpipe.example")
                .get("/api/v1/supplier/dialogues/" + id)
                .assertProblem(404, "not-found");
        // Straight SQL: every table below the dialogue is empty for its municipality, even for an
        // administrator who does not ask for deleted ones, and for a purchaser who does.
        assertThat(visibleRows(FAVRSKOV, List.of("administrator", "purchaser"), id, answerSet))
                .containsOnly(0L);
        assertThat(fixture.asTenant(FAVRSKOV, List.of("purchaser"), () -> {
                    fixture.jdbc()
                            .sql("select set_config('app.include_deleted', 'on', true)")
                            .query()
                            .singleRow();
                    return fixture.jdbc()
                            .sql("select count(*) from dialogue where id = ?")
                            .param(id)
                            .query(Long.class)
                            .single();
                }))
                .isZero();
        assertThat(suppliers.asSupplier(
                        organisation,
                        () -> List.of(
                                count("select count(*) from dialogue where id = ?", id),
                                count("select count(*) from dialogue_requirement where dialogue_id = ?", id),
                                count("select count(*) from answer_set where id = ?", answerSet),
                                count("select count(*) from invitation where answer_set_id = ?", answerSet),
                                count("select count(*) from answer where answer_set_id = ?", answerSet))))
                .containsOnly(0L);

        JsonNode deleted =
                admin.get("/api/v1/dialogues/deleted").assertStatus(200).json();
        assertThat(SupplierSideTestData.texts(deleted, "id")).contains(String.valueOf(id));
        assertThat(api.as(TestRole.ADMINISTRATOR, AARHUS)
                        .get("/api/v1/dialogues/deleted")
                        .body())
                .doesNotContain("\"id\":" + id + ",");
        api.as(TestRole.PURCHASER, FAVRSKOV).get("/api/v1/dialogues/deleted").assertStatus(403);

        admin.post(path(id, "/undelete"), "{}").assertStatus(200);

        assertThat(visibleRows(FAVRSKOV, List.of("purchaser"), id, answerSet)).containsOnly(1L);
        api.asSupplier(organisation, "salg@formpipe.example")
                .get("/api/v1/supplier/dialogues/" + id)
                .assertStatus(200);
        JsonNode audit =
                api.as(TestRole.PURCHASER, FAVRSKOV).get(path(id, "/audit")).json();
        assertThat(SupplierSideTestData.texts(audit, "action")).containsExactly("DELETE", "UNDELETE");
        assertThat(audit.get(0).path("subject").asString()).isEqualTo("Oprettet ved en fejl");
        EventContracts.documented()
                .assertProducerMatches(
                        DialogueTopics.UNDELETED, fixture.outboxEvent(DialogueTopics.UNDELETED, String.valueOf(id)));
    }

    @Test
    void theLifecycleAnswersReadIntoTheClientsRecords() {
        long id = answeredDialogue();
        UUID finished = rows().invitedSupplier(FAVRSKOV, id, "salg@formpipe.example", "FINISHED");
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);
        var strict = DialogueClientShapesIntegrationTests.STRICT;

        purchaser.put(path(id, "/supplier-choice"), "\"0\"", choose(finished)).assertStatus(200);
        purchaser.post(path(id, "/archive"), "{}").assertStatus(200);
        api.as(TestRole.ADMINISTRATOR, FAVRSKOV)
                .post(path(id, "/delete"), "{\"reason\":\"Fejl\"}")
                .assertStatus(204);
        List<dk.anskaf.dialogue.client.DeletedDialogue> deleted = strict.readValue(
                api.as(TestRole.ADMINISTRATOR, FAVRSKOV)
                        .get("/api/v1/dialogues/deleted")
                        .body(),
                new tools.jackson.core.type.TypeReference<>() {});
        api.as(TestRole.ADMINISTRATOR, FAVRSKOV)
                .post(path(id, "/undelete"), "{}")
                .assertStatus(200);
        dk.anskaf.dialogue.client.SupplierChoice choice = strict.readValue(
                purchaser.get(path(id, "/supplier-choice")).body(), dk.anskaf.dialogue.client.SupplierChoice.class);
        List<dk.anskaf.dialogue.client.AuditEntry> audit = strict.readValue(
                purchaser.get(path(id, "/audit")).body(), new tools.jackson.core.type.TypeReference<>() {});

        assertThat(choice.chosen().answerSetId()).isEqualTo(finished);
        assertThat(choice.candidates()).hasSize(1);
        assertThat(deleted).anySatisfy(d -> assertThat(d.id()).isEqualTo(id));
        assertThat(audit)
                .extracting(dk.anskaf.dialogue.client.AuditEntry::action)
                .containsExactly("CHOSEN_SUPPLIER", "ARCHIVE", "DELETE", "UNDELETE");
    }

    private List<Long> visibleRows(String tenant, List<String> roles, long id, UUID answerSet) {
        return fixture.asTenant(
                tenant,
                roles,
                () -> List.of(
                        count("select count(*) from dialogue where id = ?", id),
                        count("select count(*) from dialogue_requirement where dialogue_id = ?", id),
                        count("select count(*) from answer_set where id = ?", answerSet),
                        count("select count(*) from invitation where answer_set_id = ?", answerSet),
                        count("select count(*) from answer where answer_set_id = ?", answerSet)));
    }

    private long count(String sql, Object param) {
        return fixture.jdbc().sql(sql).param(param).query(Long.class).single();
    }

    private long answeredDialogue() {
        long id = rows().activeDialogue(FAVRSKOV, Instant.now().minus(Duration.ofHours(1)));
        fixture.asTenant(
                FAVRSKOV,
                () -> fixture.jdbc()
                        .sql("update dialogue set status = 'ANSWERED', closed_at = now() where id = ?")
                        .param(id)
                        .update());
        return id;
    }

    private List<Long> listed(String list) {
        return SupplierSideTestData.texts(
                        api.as(TestRole.EDITOR, FAVRSKOV)
                                .get("/api/v1/dialogues?list=" + list)
                                .json(),
                        "id")
                .stream()
                .map(Long::valueOf)
                .toList();
    }

    private String status(long id) {
        return api.as(TestRole.PURCHASER, FAVRSKOV)
                .get("/api/v1/dialogues/" + id)
                .json()
                .path("status")
                .asString();
    }

    private DialogueRows rows() {
        return new DialogueRows(fixture);
    }

    private static String path(long id, String tail) {
        return "/api/v1/dialogues/" + id + tail;
    }

    private static String choose(UUID answerSet) {
        return answerSet == null ? "{\"answerSetId\":null}" : "{\"answerSetId\":\"" + answerSet + "\"}";
    }
}
