package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "Guidet forløb": a step per filter, the answers to check, the n of m result with reasons. */
class GuidedPagesTests extends PurchaserPageTests {

    @Test
    void eachStepAsksOneFilterQuestionWithVedIkkeChosenAndCarriesTheEarlierAnswers() throws Exception {
        var first = get("/markedsdialoger/7/guidet");
        var second = get("/markedsdialoger/7/guidet?trin=2&f11=JA");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("Spørgsmål 1/4", "Skal den ønskede løsning behandle personoplysninger?")
                .containsPattern("<fieldset[^>]*>\\s*<legend")
                .containsPattern("id=\"answer-VED_IKKE\"[^>]*checked")
                .contains("<label for=\"answer-JA\">Ja</label>", "<label for=\"answer-NEJ\">Nej</label>")
                .doesNotContain("Forrige");
        assertThat(second.body())
                .contains("Spørgsmål 2/4", "Skal løsningen anvendes af borgere?", "Forrige")
                .contains("type=\"hidden\" name=\"f11\" value=\"JA\"")
                .containsPattern("name=\"trin\" value=\"3\"")
                .containsPattern("name=\"trin\" value=\"1\"");
    }

    @Test
    void afterTheLastQuestionTheAnswersAreShownBeforeAnythingIsSelected() throws Exception {
        var review = get("/markedsdialoger/7/guidet?trin=5&f11=JA&f12=VED_IKKE&f13=JA&f14=JA");

        assertThat(review.body())
                .contains("Dine svar", "Find relevante krav")
                .contains("name=\"f12\" value=\"VED_IKKE\"")
                .contains("trin=2&amp;f11=JA&amp;f12=VED_IKKE&amp;f13=JA&amp;f14=JA");
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/guided-selection"))
                .isFalse();
    }

    @Test
    void theSeedExampleSendsTheAnswersAndShowsNOfMWithWhyEachWasSelected() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/guided-selection", 200, """
                {"selectedCount": 68, "possibleCount": 82, "requirements": [
                  {"id": 70, "kravId": "1042", "catalogRequirementId": 1042, "position": 1, "name": "Logning af opslag",
                   "description": "x", "descriptionRendered": "x", "localDescription": null, "rationale": null,
                   "elaborationRequired": false, "category": "Sikkerhed", "subCategory": null, "priority": "HIGH",
                   "parameters": [], "reasons": ["filter:11", "filter:12"]},
                  {"id": 71, "kravId": "1043", "catalogRequirementId": 1043, "position": 2, "name": "Backup",
                   "description": "x", "descriptionRendered": "x", "localDescription": null, "rationale": null,
                   "elaborationRequired": false, "category": "Drift", "subCategory": null, "priority": "NORMAL",
                   "parameters": [], "reasons": ["all-filters", "favourite"]}]}""");

        var result =
                post("/markedsdialoger/7/guidet", Map.of("f11", "JA", "f12", "VED_IKKE", "f13", "JA", "f14", "JA"));

        assertThat(result.statusCode()).isEqualTo(200);
        JsonNode answers = DialoguePagesTests.JSON
                .readTree(DIALOGUES
                        .last("POST", "/api/v1/dialogues/7/guided-selection")
                        .body())
                .get("answers");
        assertThat(answers.toString()).isEqualTo("{\"11\":\"JA\",\"12\":\"VED_IKKE\",\"13\":\"JA\",\"14\":\"JA\"}");
        assertThat(result.body())
                .contains("Der er fundet 68 relevante krav", "68 ud af 82 mulige krav")
                .contains("Du svarede Ja til: Skal den ønskede løsning behandle personoplysninger?")
                .contains("Du svarede Ved ikke til: Skal løsningen anvendes af borgere?")
                .contains("Gælder alle filtre", "Favorit");
    }

    @Test
    void anAnswerThatIsNoneOfTheThreeIsRefusedOnThePage() throws Exception {
        var response = post("/markedsdialoger/7/guidet", Map.of("f11", "MAASKE"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("href=\"#f11\"", "Vælg Ja, Nej eller Ved ikke");
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/guided-selection"))
                .isFalse();
    }

    @Test
    void aDialogueThatAlreadyHasRequirementsShowsTheServicesReason() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/guided-selection", 409, """
                {"type": "https://anskaf.dk/problems/dialogue-has-requirements", "status": 409,
                 "detail": "Markedsdialogen har allerede krav"}""");

        var response = post("/markedsdialoger/7/guidet", Map.of("f11", "JA"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"error-summary\"", "Markedsdialogen har allerede krav");
    }

    @Test
    void choosingYourselfAddsOnlyFavouritesByAnsweringEveryQuestionNej() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/guided-selection", 200, """
                {"selectedCount": 3, "possibleCount": 82, "requirements": []}""");

        var response = post("/markedsdialoger/7/selv", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=valgt");
        assertThat(DialoguePagesTests.JSON
                        .readTree(DIALOGUES
                                .last("POST", "/api/v1/dialogues/7/guided-selection")
                                .body())
                        .get("answers")
                        .toString())
                .isEqualTo("{\"11\":\"NEJ\",\"12\":\"NEJ\",\"13\":\"NEJ\",\"14\":\"NEJ\"}");
    }
}
