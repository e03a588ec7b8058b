package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "Ret oplysninger": everything while Udkast, only the contact e-mail once active, and a stale version. */
class DialogueEditPagesTests extends PurchaserPageTests {

    @Test
    void aDraftsFieldsAreSentWithTheVersionTheyStartedFrom() throws Exception {
        DIALOGUES.reply("PUT /api/v1/dialogues/7", 200, DRAFT);

        var form = get("/markedsdialoger/7/rediger");
        var saved = post(
                "/markedsdialoger/7/rediger",
                "title=EOJ+version+3.0&description=Elektronisk+omsorgsjournal&contactEmail=ny%40favrskov.example"
                        + "&domainIds=2&version=3",
                purchaser());

        assertThat(form.body())
                .contains("value=\"EOJ version 2.0\"", "name=\"version\" value=\"3\"")
                .containsPattern("id=\"domainIds-1\"[^>]*checked");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=rettet");
        DialogueServiceStub.Received put = DIALOGUES.last("PUT", "/api/v1/dialogues/7");
        assertThat(put.ifMatch()).isEqualTo("\"3\"");
        JsonNode sent = DialoguePagesTests.JSON.readTree(put.body());
        assertThat(sent.get("title").asString()).isEqualTo("EOJ version 3.0");
        assertThat(sent.get("domainIds").toString()).isEqualTo("[2]");
        assertThat(sent.get("prioritiesVisible").asBoolean()).isFalse();
    }

    @Test
    void onceActiveOnlyTheContactEmailIsOfferedAndTheFrozenFieldsAreSentUnchanged() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("PUT /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));

        var form = get("/markedsdialoger/7/rediger");
        post(
                "/markedsdialoger/7/rediger",
                Map.of("title", "Snydt titel", "contactEmail", "ny@favrskov.example", "version", "3"));

        assertThat(form.body()).contains("id=\"contactEmail\"").doesNotContain("id=\"title\"", "id=\"domainIds-1\"");
        JsonNode sent = DialoguePagesTests.JSON.readTree(
                DIALOGUES.last("PUT", "/api/v1/dialogues/7").body());
        assertThat(sent.get("contactEmail").asString()).isEqualTo("ny@favrskov.example");
        assertThat(sent.get("title").asString()).isEqualTo("EOJ version 2.0");
        assertThat(sent.get("domainIds").toString()).isEqualTo("[1]");
        assertThat(sent.get("prioritiesVisible").asBoolean()).isTrue();
    }

    @Test
    void aChangeSavedByAnotherInBetweenKeepsWhatWasTypedOnTheNewerVersion() throws Exception {
        DIALOGUES.reply("PUT /api/v1/dialogues/7", 412, """
                {"type": "https://anskaf.dk/problems/stale", "status": 412}""");

        var response = post(
                "/markedsdialoger/7/rediger",
                "title=Mit+navn&description=Elektronisk+omsorgsjournal&contactEmail=a%40b.example&domainIds=1&version=2",
                purchaser());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("ændret af en anden", "value=\"Mit navn\"", "name=\"version\" value=\"3\"");
    }

    @Test
    void aRefusedAddressComesBackAtItsField() throws Exception {
        DIALOGUES.reply("PUT /api/v1/dialogues/7", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "contactEmail", "message": "Skriv en gyldig email-adresse"}]}""");

        var response = post(
                "/markedsdialoger/7/rediger",
                "title=EOJ+version+2.0&description=Elektronisk+omsorgsjournal&contactEmail=ikke-en-adresse&domainIds=1&version=3",
                purchaser());

        assertThat(response.body())
                .contains("href=\"#contactEmail\"", "Skriv en gyldig email-adresse", "value=\"ikke-en-adresse\"");
    }
}
