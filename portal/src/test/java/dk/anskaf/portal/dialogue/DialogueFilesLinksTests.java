package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The purchaser's dialogue page links the dialogue's files (exports, #15) at dialogue-service's own paths,
 * which the gateway serves with the browser session's token as it does the kravbank: a supplier's file
 * only once its answers can be readable, never a declined supplier's.
 */
class DialogueFilesLinksTests extends PurchaserPageTests {

    @Test
    void anActiveDialogueLinksItsFilesAndTheFilesOfSuppliersThatFinished() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, "[]");
        DIALOGUES.reply("GET /api/v1/dialogues/7/suppliers", 200, """
                [%s, %s, %s]""".formatted(
                        supplier("1", "Formpipe Software A/S", "FINISHED"),
                        supplier("2", "KMD A/S", "ANSWERING"),
                        supplier("3", "Netcompany A/S", "DECLINED")));

        var page = get("/markedsdialoger/7");
        var english = get("/markedsdialoger/7?sprog=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Hent filer")
                .contains("href=\"/api/v1/dialogues/7/requirements.xlsx\"")
                .contains("href=\"/api/v1/dialogues/7/answers.pdf\"")
                .contains("href=\"/api/v1/dialogues/7/suppliers/00000000-0000-0000-0000-000000000001/answers.xlsx\"")
                .contains("href=\"/api/v1/dialogues/7/suppliers/00000000-0000-0000-0000-000000000001/answers.pdf\"")
                .contains("Besvarelse fra Formpipe Software A/S (Excel)", "Besvarelse fra Formpipe Software A/S (PDF)")
                .doesNotContain("/suppliers/00000000-0000-0000-0000-000000000002/answers")
                .doesNotContain("/suppliers/00000000-0000-0000-0000-000000000003/answers");
        assertThat(english.body()).contains("Download files", "Answers from Formpipe Software A/S (Excel)");
    }

    @Test
    void anAnsweredDialogueLinksEverySupplierThatDidNotDecline() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ANSWERED", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, "[]");
        DIALOGUES.reply("GET /api/v1/dialogues/7/suppliers", 200, """
                [%s, %s]""".formatted(
                        supplier("2", "KMD A/S", "ANSWERING"), supplier("3", "Netcompany A/S", "DECLINED")));

        var page = get("/markedsdialoger/7");

        assertThat(page.body())
                .contains("href=\"/api/v1/dialogues/7/suppliers/00000000-0000-0000-0000-000000000002/answers.pdf\"")
                .doesNotContain("/suppliers/00000000-0000-0000-0000-000000000003/answers");
    }

    @Test
    void anActiveDialogueWhoseAnswersWaitForTheDeadlineLinksNoSuppliersFileEvenAFinishedOne() throws Exception {
        DIALOGUES.reply(
                "GET /api/v1/dialogues/7",
                200,
                dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\"")
                        .replace("\"version\": 3}", "\"version\": 3, \"answersVisibility\": \"AFTER_DEADLINE\"}"));
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, "[]");
        DIALOGUES.reply(
                "GET /api/v1/dialogues/7/suppliers",
                200,
                "[%s]".formatted(supplier("1", "Formpipe Software A/S", "FINISHED")));

        var page = get("/markedsdialoger/7");

        assertThat(page.body())
                .contains("href=\"/api/v1/dialogues/7/requirements.xlsx\"")
                .doesNotContain("/suppliers/00000000-0000-0000-0000-000000000001/answers");
    }

    @Test
    void aDraftHasNoFiles() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, DRAFT);
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, "[]");

        assertThat(get("/markedsdialoger/7").body()).doesNotContain("Hent filer", "requirements.xlsx");
    }

    private static String supplier(String n, String name, String status) {
        return """
                {"answerSetId": "00000000-0000-0000-0000-00000000000%s", "organisationId": "00000000-0000-0000-0000-00000000001%s",
                 "organisationName": "%s", "cvr": "12345674", "status": "%s", "contacts": ["a@b.example"],
                 "invitedAt": "2026-12-01T09:00:00Z", "answeredCount": 1, "requirementCount": 2, "declineReason": null}""".formatted(n, n, name, status);
    }
}
