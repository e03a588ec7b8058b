package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Besvarelser, one supplier's answers with "Status og bemærkning", the elaboration request and its rounds
 * (issue #15, part "review"): supplier text shown as text only, refusals next to their field with what
 * was typed kept, a stale status answered with the typed values and the newer version.
 */
class ReviewPagesTests extends PurchaserPageTests {

    static final String SET = "1c7d3b64-7b9f-4e4c-8e2f-8a2c3d4e5f60";
    static final String HOSTILE = "<script>alert(1)</script> & \\\"Æøå\\\"";

    @Test
    void besvarelserShowsWhoCanBeReadNowAndWhyNotTheOthers() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/answer-sets", 200, """
                [{"answerSetId": "%s", "organisationId": "2d8e4c75-8c0a-4f5d-9f3a-9b3d4e5f6071",
                  "organisationName": "Formpipe Software A/S", "cvr": "12345674", "invitedAt": "2026-12-01T09:00:00Z",
                  "status": "FINISHED", "answeredCount": 2, "requirementCount": 2, "visible": true, "hiddenReason": null},
                 {"answerSetId": "3e9f5d86-9d1b-4a6e-8a4b-ac4e5f607182", "organisationId": "4e9f5d86-9d1b-4a6e-8a4b-ac4e5f607182",
                  "organisationName": "KMD A/S", "cvr": "87654321", "invitedAt": "2026-12-01T09:00:00Z",
                  "status": "ANSWERING", "answeredCount": 1, "requirementCount": 2, "visible": false,
                  "hiddenReason": "NOT_FINISHED"}]""".formatted(SET));

        var page = get("/markedsdialoger/7/besvarelser");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Formpipe Software A/S", "href=\"/markedsdialoger/7/besvarelser/" + SET + "\"")
                .contains("KMD A/S", "Kan ses, når leverandøren har afsluttet", "Besvarer");
        assertThat(get("/markedsdialoger/7/besvarelser", supplier()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void oneSuppliersAnswersShowItsTextAsTextWithTheKitosLinkAndTheRounds() throws Exception {
        answersOf("FINISHED");

        var page = get("/markedsdialoger/7/besvarelser/" + SET);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Acadre (Formpipe Software A/S)", "href=\"https://kitos.dk/ui/it-systems/catalog/5b0f3f64")
                .contains("Mindstekrav", "Ja, som et tilkøb", "12.000 kr.", "Accepteret med kommentar")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Æøå&quot;")
                .doesNotContain("<script>alert(1)")
                .contains("Runde 1", "1001: ", "id=\"message\"");
    }

    @Test
    void aStatusIsSentWithTheVersionReadAndARefusalComesBackAtItsFieldWithTheTypedComment() throws Exception {
        answersOf("FINISHED");
        DIALOGUES.reply("PUT /api/v1/dialogues/7/answer-sets/" + SET + "/reviews/11", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "comment", "message": "Skriv en kommentar"}]}""");

        var refused = post(
                "/markedsdialoger/7/besvarelser/" + SET + "/status/11",
                Map.of("status", "ELABORATION_NEEDED", "comment", "", "version", "2"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#comment-11\"", "id=\"comment-11-error\"", "Skriv en kommentar");
        assertThat(DIALOGUES
                        .last("PUT", "/api/v1/dialogues/7/answer-sets/" + SET + "/reviews/11")
                        .body())
                .contains("\"status\":\"ELABORATION_NEEDED\"");

        DIALOGUES.reply("PUT /api/v1/dialogues/7/answer-sets/" + SET + "/reviews/11", 200, """
                {"status": "REJECTED", "comment": "For dyrt", "reviewedByName": "Ida", "reviewedAt": "2026-12-02T09:00:00Z",
                 "version": 3}""");
        var saved = post(
                "/markedsdialoger/7/besvarelser/" + SET + "/status/11",
                Map.of("status", "REJECTED", "comment", "For dyrt", "version", "2"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .startsWith("/markedsdialoger/7/besvarelser/" + SET + "?besked=status");
    }

    @Test
    void aStaleStatusKeepsWhatWasTypedAndSaysSomeoneElseChangedIt() throws Exception {
        answersOf("FINISHED");
        DIALOGUES.reply("PUT /api/v1/dialogues/7/answer-sets/" + SET + "/reviews/11", 412, """
                {"type": "https://anskaf.dk/problems/stale-version", "status": 412}""");

        var stale = post(
                "/markedsdialoger/7/besvarelser/" + SET + "/status/11",
                Map.of("status", "REJECTED", "comment", "Min egen tekst", "version", "1"));

        assertThat(stale.body()).contains("Nogen har ændret status på svaret", "Min egen tekst");
    }

    @Test
    void anElaborationRequestIsSentAndARefusedOneKeepsTheMessageAtItsField() throws Exception {
        answersOf("FINISHED");
        DIALOGUES.reply("POST /api/v1/dialogues/7/answer-sets/" + SET + "/elaboration-requests", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "message", "message": "Beskeden må ikke indeholde kontroltegn"}]}""");

        var refused = post(
                "/markedsdialoger/7/besvarelser/" + SET + "/uddybning", Map.of("message", "Uddyb <b>krav</b> 1001"));

        assertThat(refused.body())
                .contains("href=\"#message\"", "Beskeden må ikke indeholde kontroltegn")
                .contains("Uddyb &lt;b&gt;krav&lt;/b&gt; 1001");
        assertThat(DIALOGUES
                        .last("POST", "/api/v1/dialogues/7/answer-sets/" + SET + "/elaboration-requests")
                        .body())
                .isEqualTo("{\"message\":\"Uddyb <b>krav</b> 1001\"}");
    }

    @Test
    void whileARoundIsOpenNoNewRequestIsOffered() throws Exception {
        answersOf("ELABORATION_REQUESTED");

        var page = get("/markedsdialoger/7/besvarelser/" + SET + "?sprog=en");

        assertThat(page.body())
                .contains("Elaboration requested", "Waiting for the supplier")
                .doesNotContain("id=\"message\"");
    }

    private void answersOf(String status) {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ANSWERED", "\"2027-01-15T11:00:00Z\""));
        boolean open = status.equals("ELABORATION_REQUESTED");
        DIALOGUES.reply("GET /api/v1/dialogues/7/answer-sets/" + SET, 200, """
                {"dialogueId": 7, "answerSetId": "%s", "organisationName": "Formpipe Software A/S", "status": "%s",
                 "prioritiesVisible": true, "pricesRequested": true,
                 "itSystem": {"kitosUuid": "5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e01", "name": "Acadre",
                              "supplierName": "Formpipe Software A/S",
                              "kitosUrl": "https://kitos.dk/ui/it-systems/catalog/5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e01"},
                 "answers": [{"requirementId": 11, "kravId": "1001", "name": "Gendannelse", "description": "Gendannelse.",
                              "category": "Drift", "priority": "ABSOLUTE", "choice": "JA_TILKOEB", "elaboration": "%s",
                              "price": "12.000 kr.",
                              "review": {"status": "ACCEPTED_WITH_COMMENT", "comment": "Dyrt", "reviewedByName": "Ida",
                                         "reviewedAt": "2026-12-02T09:00:00Z", "version": 2}}],
                 "rounds": [{"round": 1, "message": "Uddyb venligst", "requestedByName": "Ida",
                             "requestedAt": "2026-12-02T09:00:00Z", "sentBackAt": %s, "sentBackBy": %s,
                             "changes": %s}]}""".formatted(
                        SET,
                        status,
                        HOSTILE,
                        open ? "null" : "\"2026-12-03T09:00:00Z\"",
                        open ? "null" : "\"salg@formpipe.example\"",
                        open
                                ? "[]"
                                : "[{\"requirementId\": 11, \"oldChoice\": \"JA\", \"newChoice\": \"JA_TILKOEB\","
                                        + " \"oldElaboration\": null, \"newElaboration\": \"Inkl. support\"}]"));
    }
}
