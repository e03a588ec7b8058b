package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The candidate list, adding, free text, per-dialogue text, priority and parameter values, removing. */
class RequirementSetPagesTests extends PurchaserPageTests {

    static final String REQUIREMENTS = """
            [{"id": 70, "kravId": "1042", "catalogRequirementId": 1042, "position": 1, "name": "Anmodning om restore",
              "description": "Restore inden for {{restore_tid|4 timer|timer}} efter anmodning.",
              "descriptionRendered": "Restore inden for 4 timer efter anmodning.", "localDescription": null,
              "rationale": null, "elaborationRequired": false, "category": "Drift", "subCategory": null,
              "priority": "NORMAL",
              "parameters": [{"name": "restore_tid", "defaultValue": "4 timer", "unit": "timer", "value": null}],
              "reasons": ["manual"]}]""";

    @Test
    void theCandidateListPagesByAHundredAndSearches() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7/candidates", 200, """
                {"items": [
                  {"catalogRequirementId": 1042, "name": "Anmodning om restore", "description": "Restore", "priority": "NORMAL",
                   "type": "Tværkommunalt krav", "category": "Drift", "subCategory": null, "selected": false},
                  {"catalogRequirementId": 1043, "name": "Backup", "description": "Backup", "priority": "HIGH",
                   "type": "Lokalt krav", "category": "Drift", "subCategory": null, "selected": true}],
                 "page": 1, "size": 100, "total": 201}""");

        var response = get("/markedsdialoger/7/tilfoej?q=restore&page=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(DIALOGUES.last("GET", "/api/v1/dialogues/7/candidates").query())
                .contains("q=restore", "page=1", "size=100");
        assertThat(response.body())
                .contains("201 mulige krav", "side 2 af 3")
                .contains("id=\"candidate-1042\"", "Vælg Anmodning om restore", "Tværkommunalt krav")
                .doesNotContain("id=\"candidate-1043\"")
                .contains("Valgt", "Forrige side", "Næste side");
    }

    @Test
    void theCheckedCandidatesAreCopiedIntoTheDraftOneByOne() throws Exception {
        DIALOGUES.reply(
                "POST /api/v1/dialogues/7/requirements", 201, REQUIREMENTS.substring(1, REQUIREMENTS.length() - 1));

        var response =
                post("/markedsdialoger/7/tilfoej", "catalogRequirementId=1042&catalogRequirementId=1044", purchaser());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=tilfoejet");
        assertThat(DIALOGUES.received().stream()
                        .filter(r -> r.method().equals("POST"))
                        .map(DialogueServiceStub.Received::body))
                .containsExactly("{\"catalogRequirementId\":1042}", "{\"catalogRequirementId\":1044}");
    }

    @Test
    void addingToADialogueThatIsNoLongerADraftShowsWhyWithTheChoiceKept() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7/candidates", 200, """
                {"items": [{"catalogRequirementId": 1042, "name": "Anmodning om restore", "description": "Restore",
                  "priority": "NORMAL", "type": "Tværkommunalt krav", "category": "Drift", "subCategory": null,
                  "selected": false}], "page": 0, "size": 100, "total": 1}""");
        DIALOGUES.reply("POST /api/v1/dialogues/7/requirements", 409, """
                {"type": "https://anskaf.dk/problems/dialogue-not-draft", "status": 409,
                 "detail": "Kravene kan kun ændres, mens markedsdialogen er et udkast"}""");

        var response = post("/markedsdialoger/7/tilfoej", Map.of("catalogRequirementId", "1042"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Markedsdialogen er ikke længere et udkast, så kravene kan ikke ændres")
                .containsPattern("id=\"candidate-1042\"[^>]*checked");
    }

    @Test
    void theEditFormShowsEachParameterWithUnitAndDefaultAndSendsTheValues() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, REQUIREMENTS);
        DIALOGUES.reply(
                "PUT /api/v1/dialogues/7/requirements/70", 200, REQUIREMENTS.substring(1, REQUIREMENTS.length() - 1));

        var form = get("/markedsdialoger/7/krav/70");
        var saved = post(
                "/markedsdialoger/7/krav/70",
                Map.of(
                        "priority", "ABSOLUTE",
                        "description", "Restore inden for {{restore_tid|4 timer|timer}} efter anmodning.",
                        "parameter.restore_tid", "2 timer"));

        assertThat(form.body())
                .contains("restore_tid (timer)", "Standard: 4 timer", "Restore inden for 4 timer efter anmodning.")
                .containsPattern("id=\"priority-NORMAL\"[^>]*checked");
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode sent = DialoguePagesTests.JSON.readTree(
                DIALOGUES.last("PUT", "/api/v1/dialogues/7/requirements/70").body());
        assertThat(sent.get("priority").asString()).isEqualTo("ABSOLUTE");
        assertThat(sent.get("parameterValues").toString()).isEqualTo("{\"restore_tid\":\"2 timer\"}");
    }

    @Test
    void aRefusedParameterValueComesBackAtItsFieldWithWhatWasTyped() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, REQUIREMENTS);
        DIALOGUES.reply("PUT /api/v1/dialogues/7/requirements/70", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "parameterValues.restore_tid", "message": "Værdien er for lang"}]}""");

        var response = post(
                "/markedsdialoger/7/krav/70",
                Map.of("priority", "NORMAL", "description", "Ny tekst", "parameter.restore_tid", "x".repeat(300)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("href=\"#parameter.restore_tid\"", "Værdien er for lang", "x".repeat(300), "Ny tekst");
    }

    @Test
    void aFreeTextRequirementIsSentWithItsFieldsAndARefusalKeepsThem() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/requirements/free-text", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "description", "message": "Beskrivelsen skal udfyldes"}]}""");

        var response = post(
                "/markedsdialoger/7/fritekst",
                Map.of("name", "RDS", "category", "Drift", "priority", "HIGH", "description", ""));

        assertThat(DIALOGUES
                        .last("POST", "/api/v1/dialogues/7/requirements/free-text")
                        .body())
                .isEqualTo("{\"name\":\"RDS\",\"category\":\"Drift\",\"priority\":\"HIGH\",\"description\":\"\"}");
        assertThat(response.body())
                .contains("href=\"#description\"", "Beskrivelsen skal udfyldes", "value=\"RDS\"")
                .containsPattern("<option value=\"Drift\" selected")
                .containsPattern("id=\"priority-HIGH\"[^>]*checked");
    }

    @Test
    void removingDeselectsTheRequirement() throws Exception {
        DIALOGUES.reply("DELETE /api/v1/dialogues/7/requirements/70", 204, "");

        var response = post("/markedsdialoger/7/krav/70/fjern", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=fjernet");
        assertThat(DIALOGUES.got("DELETE", "/api/v1/dialogues/7/requirements/70"))
                .isTrue();
    }

    @Test
    void removingFromAnActiveDialogueShowsTheServicesReasonOnTheDialoguePage() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, REQUIREMENTS);
        DIALOGUES.reply("DELETE /api/v1/dialogues/7/requirements/70", 409, """
                {"type": "https://anskaf.dk/problems/dialogue-not-draft", "status": 409,
                 "detail": "Kravene kan kun ændres, mens markedsdialogen er et udkast"}""");

        var response = post("/markedsdialoger/7/krav/70/fjern", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "id=\"error-summary\"", "Markedsdialogen er ikke længere et udkast, så kravene kan ikke ændres")
                .contains("Anmodning om restore");
    }

    @Test
    void aDialogueThatHidesPrioritiesAsksForNoneAndKeepsTheRequirementsOwn() throws Exception {
        DIALOGUES.reply(
                "GET /api/v1/dialogues/7",
                200,
                DRAFT.replace("\"prioritiesVisible\": true", "\"prioritiesVisible\": false"));
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, REQUIREMENTS);
        DIALOGUES.reply(
                "PUT /api/v1/dialogues/7/requirements/70", 200, REQUIREMENTS.substring(1, REQUIREMENTS.length() - 1));

        var form = get("/markedsdialoger/7/krav/70");
        post("/markedsdialoger/7/krav/70", Map.of("description", "Ny tekst", "parameter.restore_tid", ""));

        assertThat(form.body()).doesNotContain("name=\"priority\"");
        JsonNode sent = DialoguePagesTests.JSON.readTree(
                DIALOGUES.last("PUT", "/api/v1/dialogues/7/requirements/70").body());
        assertThat(sent.get("priority").asString()).isEqualTo("NORMAL");
        assertThat(sent.get("description").asString()).isEqualTo("Ny tekst");
        assertThat(sent.get("parameterValues").toString()).isEqualTo("{\"restore_tid\":null}");
    }
}
