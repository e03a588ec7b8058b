package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "Spørgsmål og svar" on both sides (dk.anskaf.portal.dialogue.questions and
 * dk.anskaf.portal.supplier.questions) against a dialogue-service stub: unanswered first with who asked for
 * the purchaser, the answer sent as the contract says, refusals beside their field with what was typed, and
 * typed text shown as text.
 */
class QuestionPagesTests extends PurchaserPageTests {

    static final String Q1 = "11111111-1111-4111-8111-111111111111";
    static final String Q2 = "22222222-2222-4222-8222-222222222222";
    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    static final String QUESTIONS = """
            [{"id": "%s", "requirementId": 42, "requirementLabel": "1042 Gendannelse af data",
              "organisationId": "5b1f9c1e-6f0e-4c4e-9d7a-3c2f1b0a9e8d", "organisationName": "Formpipe Software A/S",
              "askedBy": "lis@formpipe.example", "askedByName": "Lis Leverandør", "text": "%s",
              "askedAt": "2026-12-01T09:00:00Z", "visibility": null, "answerText": null, "answeredAt": null,
              "answeredByName": null, "publishedAt": null},
             {"id": "%s", "requirementId": null, "requirementLabel": null,
              "organisationId": "6f1c2a9e-3b7d-4e0a-9c55-0a1b2c3d4e5f", "organisationName": "Systematic A/S",
              "askedBy": "sa@systematic.example", "askedByName": null, "text": "Hvornår starter udbuddet?",
              "askedAt": "2026-11-30T09:00:00Z", "visibility": "PUBLISHED", "answerText": "I marts.",
              "answeredAt": "2026-12-01T10:00:00Z", "answeredByName": "Ida Indkøber",
              "publishedAt": "2026-12-01T10:00:00Z"}]""".formatted(Q1, HOSTILE.replace("\"", "\\\""), Q2);

    @Test
    void thePurchaserSeesEveryQuestionWithWhoAskedAndTypedTextAsText() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/questions", 200, QUESTIONS);

        var page = get("/markedsdialoger/7/spoergsmaal");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Spørgsmål og svar: EOJ version 2.0")
                .contains("Om kravet 1042 Gendannelse af data")
                .contains("Formpipe Software A/S (Lis Leverandør), 01.12.2026 10:00")
                .contains("Ubesvaret")
                .contains("Offentliggjort for alle leverandører")
                .contains("href=\"/markedsdialoger/7/spoergsmaal/" + Q1 + "\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x");
        // in the order the service gives: unanswered first
        assertThat(page.body().indexOf("question-" + Q1)).isLessThan(page.body().indexOf("question-" + Q2));
    }

    @Test
    void anAnswerIsSentWithItsVisibilityAndLeadsBackToTheList() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/questions", 200, QUESTIONS);
        DIALOGUES.reply("POST /api/v1/dialogues/7/questions/" + Q1 + "/answer", 200, "null");

        var form = get("/markedsdialoger/7/spoergsmaal/" + Q1);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"visibility-private\"").contains("id=\"visibility-published\"");

        var response = post(
                "/markedsdialoger/7/spoergsmaal/" + Q1,
                Map.of("answer", "Nej, højst 4 timer.", "visibility", "PUBLISHED"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/markedsdialoger/7/spoergsmaal?besked=besvaret");
        JsonNode sent = DialoguePagesTests.JSON.readTree(DIALOGUES
                .last("POST", "/api/v1/dialogues/7/questions/" + Q1 + "/answer")
                .body());
        assertThat(sent.get("answer").asString()).isEqualTo("Nej, højst 4 timer.");
        assertThat(sent.get("visibility").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void aRefusedAnswerComesBackBesideItsFieldWithWhatWasTypedAndAPublishedOneCannotBeMadePrivate() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/questions", 200, QUESTIONS);
        DIALOGUES.reply("POST /api/v1/dialogues/7/questions/" + Q1 + "/answer", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "visibility", "message": "Vælg om svaret kun skal sendes til spørgeren"}]}""");

        var refused = post("/markedsdialoger/7/spoergsmaal/" + Q1, Map.of("answer", "Mit <b>svar</b>"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"visibility-error\"")
                .contains("Vælg om svaret kun skal sendes til spørgeren")
                .contains("href=\"#visibility\"")
                .contains("Mit &lt;b&gt;svar&lt;/b&gt;</textarea>");

        var published = get("/markedsdialoger/7/spoergsmaal/" + Q2);
        assertThat(published.body())
                .doesNotContain("id=\"visibility-private\"")
                .contains("id=\"visibility-published\"")
                .contains("I marts.</textarea>");
    }

    @Test
    void theSupplierAsksWithTheRequirementSelectAndSeesItsOwnAndPublishedAnswersWithoutTheAsker() throws Exception {
        DIALOGUES.reply("GET /api/v1/supplier/dialogues/7", 200, SUPPLIER_DIALOGUE);
        DIALOGUES.reply("GET /api/v1/supplier/dialogues/7/requirements", 200, SUPPLIER_REQUIREMENTS);
        DIALOGUES.reply("GET /api/v1/supplier/dialogues/7/questions", 200, """
                {"own": [{"id": "%s", "requirementId": 42, "requirementLabel": "1042 Gendannelse af data",
                          "text": "Vores spørgsmål %s", "askedAt": "2026-12-01T09:00:00Z", "visibility": "PRIVATE",
                          "answerText": "Kun til jer", "answeredAt": "2026-12-01T10:00:00Z"}],
                 "published": [{"questionId": "%s", "requirementId": null, "requirementLabel": null,
                                "questionText": "Hvornår starter udbuddet?", "answerText": "I marts.",
                                "publishedAt": "2026-12-01T10:00:00Z"}]}""".formatted(
                        Q1, HOSTILE.replace("\"", "\\\""), Q2));

        var page = get("/leverandoer/markedsdialoger/7/spoergsmaal", supplier());

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("<option value=\"\" selected=\"selected\">Markedsdialogen som helhed</option>")
                .contains("<option value=\"42\">1042 Gendannelse af data</option>")
                .contains("Kun til jer")
                .contains("Hvornår starter udbuddet?")
                .contains("I marts.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void aRefusedQuestionComesBackBesideItsFieldWithTheChoiceAndTextKept() throws Exception {
        DIALOGUES.reply("GET /api/v1/supplier/dialogues/7", 200, SUPPLIER_DIALOGUE);
        DIALOGUES.reply("GET /api/v1/supplier/dialogues/7/requirements", 200, SUPPLIER_REQUIREMENTS);
        DIALOGUES.reply("GET /api/v1/supplier/dialogues/7/questions", 200, "{\"own\": [], \"published\": []}");
        DIALOGUES.reply("POST /api/v1/supplier/dialogues/7/questions", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "text", "message": "Teksten skal have mindst 3 og højst 5000 tegn"}]}""");

        var refused = post(
                "/leverandoer/markedsdialoger/7/spoergsmaal", Map.of("requirementId", "42", "text", "Hm"), supplier());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"text-error\"")
                .contains("Teksten skal have mindst 3 og højst 5000 tegn")
                .contains("href=\"#text\"")
                .containsPattern("<option value=\"42\"\\s+selected=\"selected\">")
                .contains(">Hm</textarea>");
        JsonNode sent = DialoguePagesTests.JSON.readTree(
                DIALOGUES.last("POST", "/api/v1/supplier/dialogues/7/questions").body());
        assertThat(sent.get("requirementId").asLong()).isEqualTo(42);
        assertThat(sent.get("text").asString()).isEqualTo("Hm");

        DIALOGUES.reply("POST /api/v1/supplier/dialogues/7/questions", 409, """
                {"type": "https://anskaf.dk/problems/question-deadline-passed", "status": 409,
                 "detail": "Svarfristen 15-01-2027 kl. 12:00 er overskredet, så der kan ikke længere stilles spørgsmål"}""");
        var late = post(
                "/leverandoer/markedsdialoger/7/spoergsmaal",
                Map.of("requirementId", "", "text", "For sent?"),
                supplier());
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body())
                .contains("Svarfristen 15-01-2027 kl. 12:00 er overskredet")
                .contains(">For sent?</textarea>");
    }

    @Test
    void bothDialoguePagesLinkToTheirQuestionsAndTheSupplierPageIsNotForPurchasersNorTheirsForSuppliers()
            throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        assertThat(get("/markedsdialoger/7").body()).contains("href=\"/markedsdialoger/7/spoergsmaal\"");

        assertThat(get("/markedsdialoger/7/spoergsmaal", supplier()).statusCode())
                .isEqualTo(403);
        assertThat(DIALOGUES.got("GET", "/api/v1/dialogues/7/questions")).isFalse();
    }

    static final String SUPPLIER_DIALOGUE = """
            {"dialogueId": 7, "title": "EOJ version 2.0", "description": "Elektronisk omsorgsjournal",
             "customerName": "Favrskov Kommune", "dialogueStatus": "ACTIVE", "status": "ANSWERING",
             "deadline": "2099-01-15T11:00:00Z", "prioritiesVisible": true, "pricesRequested": false,
             "operatingModel": "NOT_DECIDED", "itSystem": null, "answeredCount": 0, "requirementCount": 1,
             "declineReason": null}""";

    static final String SUPPLIER_REQUIREMENTS = """
            [{"requirementId": 42, "kravId": "1042", "position": 0, "name": "Gendannelse af data",
              "descriptionRendered": "Data kan gendannes inden for 4 timer", "rationale": null, "category": "Drift",
              "subCategory": null, "priority": "HIGH", "elaborationRequired": false, "answer": null}]""";
}
