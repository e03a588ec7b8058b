package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "Inviter leverandør": search or register the organisation, the prefilled mail, the service's refusals. */
class InvitationPagesTests extends PurchaserPageTests {

    static final String FORMPIPE = "5b1f9c1e-6f0e-4c4e-9d7a-3c2f1b0a9e8d";

    @Test
    void theFormFindsOrganisationsAndPrefillsTheMail() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/supplier-organisations", 200, """
                [{"id": "%s", "name": "Formpipe Software A/S", "cvr": "12345674"}]""".formatted(FORMPIPE));

        var response = get("/markedsdialoger/7/inviter?q=formpipe");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(DIALOGUES.last("GET", "/api/v1/supplier-organisations").query())
                .isEqualTo("q=formpipe");
        assertThat(response.body())
                .contains("Formpipe Software A/S (CVR 12345674)", "id=\"organisation-" + FORMPIPE + "\"")
                .contains("Invitation til at besvare krav i markedsdialogen &quot;EOJ version 2.0&quot;")
                .contains("Svarfristen er 15.01.2027 12:00");
    }

    @Test
    void anExistingOrganisationIsInvitedByItsId() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("POST /api/v1/dialogues/7/invitations", 201, """
                {"answerSetId": "00000000-0000-0000-0000-000000000001", "organisationId": "%s",
                 "organisationName": "Formpipe Software A/S", "cvr": "12345674", "status": "INVITED",
                 "contacts": ["lis@formpipe.example"], "invitedAt": "2026-12-01T09:00:00Z",
                 "answeredCount": 0, "requirementCount": 68, "declineReason": null}""".formatted(FORMPIPE));

        var response = post(
                "/markedsdialoger/7/inviter",
                Map.of(
                        "organisation",
                        FORMPIPE,
                        "email",
                        "lis@formpipe.example",
                        "subject",
                        "Invitation",
                        "message",
                        "Hej"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=inviteret");
        JsonNode sent = DialoguePagesTests.JSON.readTree(
                DIALOGUES.last("POST", "/api/v1/dialogues/7/invitations").body());
        assertThat(sent.get("organisationId").asString()).isEqualTo(FORMPIPE);
        assertThat(sent.get("newOrganisation").isNull()).isTrue();
        assertThat(sent.get("email").asString()).isEqualTo("lis@formpipe.example");
        assertThat(sent.get("subject").asString()).isEqualTo("Invitation");
        assertThat(sent.get("message").asString()).isEqualTo("Hej");
    }

    @Test
    void aNewOrganisationWithABadCvrComesBackWithTheReasonAtTheCvrAndEverythingTyped() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("POST /api/v1/dialogues/7/invitations", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "newOrganisation.cvr", "message": "CVR-nummeret er ikke gyldigt"}]}""");

        var response = post(
                "/markedsdialoger/7/inviter",
                Map.of(
                        "organisation", "ny",
                        "newName", "Magenta ApS",
                        "newCvr", "12345678",
                        "email", "mette@magenta.example",
                        "subject", "Invitation",
                        "message", "Kære Magenta"));

        JsonNode sent = DialoguePagesTests.JSON.readTree(
                DIALOGUES.last("POST", "/api/v1/dialogues/7/invitations").body());
        assertThat(sent.get("organisationId").isNull()).isTrue();
        assertThat(sent.get("newOrganisation").toString()).isEqualTo("{\"name\":\"Magenta ApS\",\"cvr\":\"12345678\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("href=\"#newCvr\"", "id=\"newCvr-error\"", "CVR-nummeret er ikke gyldigt")
                .contains(
                        "value=\"Magenta ApS\"",
                        "value=\"12345678\"",
                        "value=\"mette@magenta.example\"",
                        "Kære Magenta")
                .containsPattern("id=\"organisation-ny\"[^>]*checked");
    }

    @Test
    void withoutAnOrganisationNothingIsSent() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));

        var response = post("/markedsdialoger/7/inviter", Map.of("email", "lis@formpipe.example"));

        assertThat(response.body()).contains("href=\"#organisation\"", "Vælg en leverandør, eller opret en ny");
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/invitations")).isFalse();
    }

    @Test
    void invitingToADraftShowsTheServicesReason() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/invitations", 409, """
                {"type": "https://anskaf.dk/problems/invitation-dialogue-not-active", "status": 409,
                 "detail": "Leverandører kan kun inviteres, mens markedsdialogen er aktiv"}""");

        var response = post(
                "/markedsdialoger/7/inviter",
                Map.of("organisation", FORMPIPE, "email", "lis@formpipe.example", "subject", "S", "message", "M"));

        assertThat(response.body())
                .contains("id=\"error-summary\"", "Leverandører kan kun inviteres, mens markedsdialogen er aktiv")
                .containsPattern("id=\"organisation-ny\"");
    }
}
