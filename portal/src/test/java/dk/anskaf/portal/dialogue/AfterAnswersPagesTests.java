package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Vælg leverandør, archive with the no-supplier warning, restore and Historik (issue #15, lifecycle). */
class AfterAnswersPagesTests extends PurchaserPageTests {

    static final String FINISHED = "11111111-1111-4111-8111-111111111111";
    static final String DECLINED = "22222222-2222-4222-8222-222222222222";

    static final String NO_CHOICE = """
            {"chosen": null, "version": 5, "candidates": [
              {"answerSetId": "%s", "organisationId": "aaaaaaaa-1111-4111-8111-111111111111",
               "organisationName": "Formpipe Software A/S", "cvr": "12345678", "status": "FINISHED",
               "answerCount": 12, "answered": true},
              {"answerSetId": "%s", "organisationId": "bbbbbbbb-1111-4111-8111-111111111111",
               "organisationName": "Netcompany <b>A/S</b>", "cvr": "87654321", "status": "DECLINED",
               "answerCount": 0, "answered": false}]}""".formatted(FINISHED, DECLINED);

    @BeforeEach
    void answered() {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ANSWERED", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/supplier-choice", 200, NO_CHOICE);
    }

    @Test
    void theChoiceOffersOnlySuppliersThatAnsweredAndSendsTheChosenOneWithTheVersion() throws Exception {
        var page = get("/markedsdialoger/7/vaelg-leverandoer");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Formpipe Software A/S (CVR 12345678)", "value=\"" + FINISHED + "\"", "Ingen leverandør valgt")
                .doesNotContain(DECLINED, "Netcompany");

        DIALOGUES.reply("PUT /api/v1/dialogues/7/supplier-choice", 200, dialogue("ANSWERED", "null"));
        var chosen = post("/markedsdialoger/7/vaelg-leverandoer", Map.of("answerSetId", FINISHED, "version", "5"));

        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=leverandoer-valgt");
        var sent = DIALOGUES.last("PUT", "/api/v1/dialogues/7/supplier-choice");
        assertThat(sent.ifMatch()).isEqualTo("\"5\"");
        assertThat(DialoguePagesTests.JSON
                        .readTree(sent.body())
                        .get("answerSetId")
                        .asString())
                .isEqualTo(FINISHED);
    }

    @Test
    void aRefusedChoiceShowsTheServicesReasonInDanishOnThePage() throws Exception {
        DIALOGUES.reply("PUT /api/v1/dialogues/7/supplier-choice", 409, """
                {"type": "https://anskaf.dk/problems/dialogue-choice-not-open", "status": 409}""");

        var page = post("/markedsdialoger/7/vaelg-leverandoer", Map.of("answerSetId", FINISHED, "version", "5"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"error-summary\"", "En leverandør kan først vælges, når markedsdialogen er besvaret");
    }

    @Test
    void nothingSelectedIsRefusedOnThePageWithoutAskingTheService() throws Exception {
        var page = post("/markedsdialoger/7/vaelg-leverandoer", Map.of("version", "5"));

        assertThat(page.body()).contains("href=\"#answerSetId\"", "Vælg en leverandør eller");
        assertThat(DIALOGUES.got("PUT", "/api/v1/dialogues/7/supplier-choice")).isFalse();
    }

    @Test
    void archivingWithoutAChosenSupplierWarnsAndConfirmsOnlyFromTheWarning() throws Exception {
        var page = get("/markedsdialoger/7/arkiver");

        assertThat(page.body())
                .contains("id=\"no-supplier-warning\"", "Der er ikke valgt en leverandør", "name=\"udenLeverandoer\"");

        DIALOGUES.reply("POST /api/v1/dialogues/7/archive", 200, dialogue("ARCHIVED", "null"));
        var archived = post("/markedsdialoger/7/arkiver", Map.of("udenLeverandoer", "ja"));
        assertThat(archived.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=arkiveret");
        assertThat(DialoguePagesTests.JSON
                        .readTree(DIALOGUES
                                .last("POST", "/api/v1/dialogues/7/archive")
                                .body())
                        .get("confirmNoSupplier")
                        .asBoolean())
                .isTrue();

        post("/markedsdialoger/7/arkiver", Map.of());
        assertThat(DialoguePagesTests.JSON
                        .readTree(DIALOGUES
                                .last("POST", "/api/v1/dialogues/7/archive")
                                .body())
                        .get("confirmNoSupplier")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void anArchivedDialogueOffersRestoreAndTheChoice() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ARCHIVED", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("POST /api/v1/dialogues/7/restore", 200, dialogue("ANSWERED", "null"));

        assertThat(get("/markedsdialoger/7").body())
                .contains("id=\"restore\"", "id=\"choose-supplier\"", "/markedsdialoger/7/historik")
                .doesNotContain("id=\"archive\"");
        var restored = post("/markedsdialoger/7/gendan", Map.of());

        assertThat(restored.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=gendannet");
    }

    @Test
    void theHistoryShowsWhoWhenAndWhatInDanishLabels() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7/audit", 200, """
                [{"id": 1, "at": "2026-12-01T09:00:00Z", "actor": "ida", "actorName": "Ida Indkøber",
                  "action": "DEADLINE", "subject": "Jul <script>", "oldValue": "2027-01-15T11:00:00Z",
                  "newValue": "2027-01-22T11:00:00Z"},
                 {"id": 2, "at": "2027-01-22T11:00:05Z", "actor": "system", "actorName": "Anskaf",
                  "action": "STATUS", "subject": "deadline-reached", "oldValue": "ACTIVE", "newValue": "ANSWERED"},
                 {"id": 3, "at": "2027-01-23T10:00:00Z", "actor": "ida", "actorName": "Ida Indkøber",
                  "action": "CHOSEN_SUPPLIER", "subject": null, "oldValue": null, "newValue": "Formpipe Software A/S"}]""");

        var page = get("/markedsdialoger/7/historik");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Svarfrist", "15.01.2027 12:00", "22.01.2027 12:00", "Jul &lt;script&gt;")
                .contains("Anskaf", "Svarfristen blev nået", "Aktiv", "Besvaret")
                .contains("Valgt leverandør", "Formpipe Software A/S")
                .doesNotContain("Jul <script>");
        assertThat(get("/markedsdialoger/7/historik?sprog=en").body()).contains("History", "Deadline", "Answered");
    }

    @Test
    void aSupplierContactGetsNoneOfThesePages() throws Exception {
        assertThat(get("/markedsdialoger/7/historik", supplier()).statusCode()).isEqualTo(403);
        assertThat(post("/markedsdialoger/7/arkiver", Map.of(), supplier()).statusCode())
                .isEqualTo(403);
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/archive")).isFalse();
    }

    @Test
    void anAdministratorDeletesWithAReasonSeesTheDeletedListAndRestores() throws Exception {
        String admin = administrator();
        assertThat(get("/markedsdialoger/7", admin).body()).contains("/administration/markedsdialoger/7/slet");
        assertThat(get("/markedsdialoger/7").body()).doesNotContain("/administration/markedsdialoger/7/slet");

        var noReason = post("/administration/markedsdialoger/7/slet", Map.of("reason", " "), admin);
        assertThat(noReason.body()).contains("href=\"#reason\"");
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/delete")).isFalse();

        DIALOGUES.reply("POST /api/v1/dialogues/7/delete", 204, "");
        var deleted = post("/administration/markedsdialoger/7/slet", Map.of("reason", "Oprettet ved en fejl"), admin);
        assertThat(deleted.headers().firstValue("Location"))
                .hasValue("/administration/markedsdialoger/slettede?besked=slettet");
        assertThat(DialoguePagesTests.JSON
                        .readTree(DIALOGUES
                                .last("POST", "/api/v1/dialogues/7/delete")
                                .body())
                        .get("reason")
                        .asString())
                .isEqualTo("Oprettet ved en fejl");

        DIALOGUES.reply("GET /api/v1/dialogues/deleted", 200, """
                [{"id": 7, "title": "EOJ version 2.0", "status": "ACTIVE", "deletedAt": "2026-12-01T09:00:00Z",
                  "deletedByName": "Anne Administrator", "reason": "Oprettet ved en fejl"}]""");
        assertThat(get("/administration/markedsdialoger/slettede?besked=slettet", admin)
                        .body())
                .contains("Markedsdialogen er slettet.", "EOJ version 2.0", "Anne Administrator", "01.12.2026 10:00")
                .contains("/administration/markedsdialoger/7/gendan");
        DIALOGUES.reply("POST /api/v1/dialogues/7/undelete", 200, dialogue("ACTIVE", "null"));
        assertThat(post("/administration/markedsdialoger/7/gendan", Map.of(), admin)
                        .headers()
                        .firstValue("Location"))
                .hasValue("/administration/markedsdialoger/slettede?besked=gendannet");
    }

    @Test
    void aPurchaserWhoIsNoAdministratorGetsNoDeletionPage() throws Exception {
        assertThat(get("/administration/markedsdialoger/slettede").statusCode()).isEqualTo(403);
        assertThat(post("/administration/markedsdialoger/7/slet", Map.of("reason", "Fejl"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/delete")).isFalse();
    }

    static String administrator() {
        return dk.anskaf.platform.test.security.TestTokens.shared()
                .user("admin-0710")
                .municipality("0710", "Favrskov Kommune")
                .person("Anne Administrator", "anne@favrskov.example")
                .roles("administrator", "purchaser")
                .mint();
    }
}
