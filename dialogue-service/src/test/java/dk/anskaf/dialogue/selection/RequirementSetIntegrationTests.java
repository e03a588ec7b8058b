package dk.anskaf.dialogue.selection;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.testdata.CatalogueStub;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A dialogue's requirement set through the API, with the catalogue answered by {@link CatalogueStub} and the
 * copies in real PostgreSQL: guided and manual selection, parameters, per-dialogue edits, free text, and the
 * freeze at activation. Refusals are problems naming the field that change nothing.
 */
@AnskafIntegrationTest
class RequirementSetIntegrationTests {

    static final String FAVRSKOV = "0710";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @AfterEach
    void catalogueBack() {
        CatalogueStub.down = false;
        CatalogueStub.revised = false;
    }

    @Test
    void theGuidedFlowCopiesWhatTheAnswersSelectWithWhyAndOnlyIntoAnEmptySet() {
        long id = create(true);
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);

        purchaser
                .post(guided(id), "{\"answers\":{\"1\":\"JA\",\"2\":\"MÅSKE\"}}")
                .assertProblem(400, "validation")
                .assertFieldError("answers");
        JsonNode result = purchaser
                .post(guided(id), "{\"answers\":{\"1\":\"JA\",\"2\":\"VED_IKKE\",\"3\":\"JA\",\"4\":\"JA\"}}")
                .assertStatus(200)
                .json();

        assertThat(result.get("selectedCount").asInt()).isEqualTo(2);
        assertThat(result.get("possibleCount").asInt()).isEqualTo(82);
        assertThat(CatalogueStub.lastGuidedRequest)
                .contains("\"domainIds\":[1,3]")
                .contains("\"2\":\"VED_IKKE\"");
        // The catalogue answered the purchaser, under the municipality's own rights.
        assertThat(CatalogueStub.lastAuthorization).startsWith("Bearer ");
        JsonNode requirements =
                purchaser.get(requirements(id)).assertStatus(200).json();
        assertThat(requirements).hasSize(2);
        JsonNode logging = requirements.get(0);
        assertThat(logging.get("kravId").asString()).isEqualTo("178");
        assertThat(logging.get("reasons").toString()).isEqualTo("[\"filter:1\"]");
        assertThat(logging.get("priority").asString()).isEqualTo("HIGH");
        JsonNode restore = requirements.get(1);
        assertThat(restore.get("catalogRequirementId").asLong()).isEqualTo(209);
        assertThat(restore.get("position").asInt()).isEqualTo(2);
        assertThat(restore.get("reasons").toString()).isEqualTo("[\"favourite\"]");
        assertThat(restore.get("rationale").asString()).isEqualTo("Begrundelse for Anmodning om restore");
        assertThat(restore.get("elaborationRequired").asBoolean()).isTrue();
        assertThat(restore.get("subCategory").asString()).isEqualTo("Backup / restore");
        assertThat(restore.get("descriptionRendered").asString())
                .isEqualTo("Leverandøren skal gendanne data inden for 4 timer.\n\nHos os: også i weekenden");

        purchaser.post(guided(id), "{\"answers\":{\"1\":\"NEJ\"}}").assertProblem(409, "requirements-already-chosen");
        assertThat(purchaser.get(requirements(id)).json()).hasSize(2);
    }

    @Test
    void thePurchaserSetsThisDialoguesParameterValuesAndPriorityAndUnknownNamesAreRefused() {
        long id = create(true);
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);
        long restore = purchaser
                .post(requirements(id), "{\"catalogRequirementId\":209}")
                .assertStatus(201)
                .json()
                .get("id")
                .asLong();

        purchaser
                .put(requirements(id) + "/" + restore, "{\"parameterValues\":{\"gendannelse\":\"1 time\"}}")
                .assertProblem(400, "validation")
                .assertFieldError("parameterValues");
        purchaser
                .put(requirements(id) + "/" + restore, "{\"priority\":\"VIGTIGST\"}")
                .assertProblem(400, "validation")
                .assertFieldError("priority");
        purchaser
                .put(requirements(id) + "/" + restore, "{\"description\":\"  \"}")
                .assertProblem(400, "validation")
                .assertFieldError("description");
        JsonNode edited = purchaser
                .put(
                        requirements(id) + "/" + restore,
                        "{\"priority\":\"ABSOLUTE\",\"parameterValues\":{\"restore_tid\":\"2 timer\"}}")
                .assertStatus(200)
                .json();

        assertThat(edited.get("priority").asString()).isEqualTo("ABSOLUTE");
        assertThat(edited.get("description").asString()).contains("{{restore_tid|4 timer|timer}}");
        assertThat(edited.get("descriptionRendered").asString())
                .startsWith("Leverandøren skal gendanne data inden for 2 timer.");
        assertThat(edited.get("parameters").toString())
                .isEqualTo(
                        "[{\"name\":\"restore_tid\",\"defaultValue\":\"4 timer\",\"unit\":\"timer\",\"value\":\"2 timer\"}]");
        JsonNode reset = purchaser
                .put(
                        requirements(id) + "/" + restore,
                        "{\"description\":\"Gendan inden for {{restore_tid|4 timer|timer}} på hverdage.\","
                                + "\"parameterValues\":{\"restore_tid\":\"\"}}")
                .assertStatus(200)
                .json();
        assertThat(reset.get("descriptionRendered").asString()).startsWith("Gendan inden for 4 timer på hverdage.");
        assertThat(reset.get("priority").asString()).isEqualTo("ABSOLUTE");

        long hidden = create(false);
        long copy = purchaser
                .post(requirements(hidden), "{\"catalogRequirementId\":209}")
                .json()
                .get("id")
                .asLong();
        purchaser
                .put(requirements(hidden) + "/" + copy, "{\"priority\":\"HIGH\"}")
                .assertProblem(400, "validation")
                .assertFieldError("priority");
        assertThat(purchaser
                        .get(requirements(hidden))
                        .json()
                        .get(0)
                        .get("priority")
                        .asString())
                .isEqualTo("NORMAL");
    }

    @Test
    void manualSelectionMarksWhatIsChosenAndFreeTextRequirementsHaveTheirOwnIds() {
        long id = create(true);
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);

        JsonNode added = purchaser
                .post(requirements(id), "{\"catalogRequirementId\":171}")
                .assertStatus(201)
                .json();
        purchaser
                .post(requirements(id), "{\"catalogRequirementId\":171}")
                .assertProblem(409, "requirement-in-dialogue");
        purchaser.post(requirements(id), "{\"catalogRequirementId\":999}").assertProblem(404, "not-found");
        JsonNode candidates = purchaser
                .get("/api/v1/dialogues/" + id + "/candidates?q=log&page=0&size=100")
                .assertStatus(200)
                .json();
        JsonNode first = purchaser
                .post(requirements(id) + "/free-text", freeText("RDS"))
                .assertStatus(201)
                .json();
        JsonNode second = purchaser
                .post(requirements(id) + "/free-text", freeText("Citrix"))
                .assertStatus(201)
                .json();
        purchaser
                .post(
                        requirements(id) + "/free-text",
                        "{\"category\":\"Drift\",\"priority\":\"NORMAL\",\"description\":\"x\"}")
                .assertProblem(400, "validation")
                .assertFieldError("name");

        assertThat(added.get("reasons").toString()).isEqualTo("[\"manual\"]");
        assertThat(CatalogueStub.lastCandidatesQuery).contains("domainIds=1").contains("q=log");
        assertThat(candidates.get("total").asLong()).isEqualTo(3);
        assertThat(candidates.get("items").get(0).get("catalogRequirementId").asLong())
                .isEqualTo(171);
        assertThat(candidates.get("items").get(0).get("selected").asBoolean()).isTrue();
        assertThat(candidates.get("items").get(1).get("selected").asBoolean()).isFalse();
        assertThat(first.get("kravId").asString()).isEqualTo("F1");
        assertThat(second.get("kravId").asString()).isEqualTo("F2");
        assertThat(second.get("catalogRequirementId").isNull()).isTrue();
        assertThat(second.get("reasons").toString()).isEqualTo("[\"free-text\"]");
        assertThat(purchaser.get(requirements(id)).json()).hasSize(3);

        purchaser.delete(requirements(id) + "/" + added.get("id").asLong()).assertStatus(204);
        purchaser.delete(requirements(id) + "/" + added.get("id").asLong()).assertProblem(404, "not-found");
        assertThat(purchaser.get(requirements(id)).json()).hasSize(2);
    }

    @Test
    void activationFreezesTheSetAndLaterCatalogueChangesDoNotReachIt() {
        long id = create(true);
        var purchaser = api.as(TestRole.PURCHASER, FAVRSKOV);
        long restore = purchaser
                .post(requirements(id), "{\"catalogRequirementId\":209}")
                .json()
                .get("id")
                .asLong();
        purchaser
                .post(
                        "/api/v1/dialogues/" + id + "/activate",
                        "{\"deadline\":\"" + OffsetDateTime.now().plusDays(5) + "\"}")
                .assertStatus(200);
        CatalogueStub.revised = true;

        purchaser.post(requirements(id), "{\"catalogRequirementId\":171}").assertProblem(409, "dialogue-not-draft");
        purchaser.post(requirements(id) + "/free-text", freeText("RDS")).assertProblem(409, "dialogue-not-draft");
        purchaser
                .put(requirements(id) + "/" + restore, "{\"priority\":\"HIGH\"}")
                .assertProblem(409, "dialogue-not-draft");
        purchaser.delete(requirements(id) + "/" + restore).assertProblem(409, "dialogue-not-draft");
        purchaser.post(guided(id), "{\"answers\":{}}").assertProblem(409, "dialogue-not-draft");

        JsonNode frozen = purchaser.get(requirements(id)).json();
        assertThat(frozen).hasSize(1);
        assertThat(frozen.get(0).get("description").asString()).contains("{{restore_tid|4 timer|timer}}");
        assertThat(frozen.get(0).get("priority").asString()).isEqualTo("NORMAL");
    }

    @Test
    void anotherMunicipalityOrASupplierCannotReadOrChangeTheSetAndAnAbsentCatalogueChangesNothing() {
        long id = create(true);

        api.as(TestRole.PURCHASER, "0751").get(requirements(id)).assertProblem(404, "not-found");
        api.as(TestRole.PURCHASER, "0751")
                .post(requirements(id) + "/free-text", freeText("Fremmed"))
                .assertProblem(404, "not-found");
        api.asSupplier(UUID.randomUUID(), "salg@formpipe.example")
                .get(requirements(id))
                .assertStatus(403);
        CatalogueStub.down = true;
        api.as(TestRole.PURCHASER, FAVRSKOV)
                .post(guided(id), "{\"answers\":{\"1\":\"JA\"}}")
                .assertStatus(503);
        api.as(TestRole.PURCHASER, FAVRSKOV)
                .post(requirements(id), "{\"catalogRequirementId\":171}")
                .assertStatus(503);

        assertThat(fixture.acrossTenants(
                        () -> fixture.count("select count(*) from dialogue_requirement where dialogue_id = ?", id)))
                .isZero();
    }

    private long create(boolean prioritiesVisible) {
        return api.as(TestRole.PURCHASER, FAVRSKOV)
                .post("/api/v1/dialogues", """
                        {"title":"Omsorgssystem","description":"Sundhed og omsorg","contactEmail":"indkoeb@favrskov.example",
                         "domainIds":[1,3],"prioritiesVisible":%s,"pricesRequested":false}
                        """.formatted(prioritiesVisible))
                .assertStatus(201)
                .json()
                .get("id")
                .asLong();
    }

    private static String guided(long id) {
        return "/api/v1/dialogues/" + id + "/guided-selection";
    }

    private static String requirements(long id) {
        return "/api/v1/dialogues/" + id + "/requirements";
    }

    private static String freeText(String name) {
        return "{\"name\":\"" + name + "\",\"category\":\"Drift\",\"priority\":\"NORMAL\","
                + "\"description\":\"Løsningen skal kunne afvikles på " + name + "\"}";
    }
}
