package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Activate with a deadline in Danish time, postpone with a reason, cancel with a reason and a confirmation. */
class LifecyclePagesTests extends PurchaserPageTests {

    @Test
    void aWinterDeadlineIsSentAsTheInstantItIsInDenmark() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/activate", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));

        var response =
                post("/markedsdialoger/7/aktiver", Map.of("deadlineDate", "2027-01-15", "deadlineTime", "12:00"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/markedsdialoger/7?besked=aktiveret");
        assertThat(sentDeadline("/api/v1/dialogues/7/activate")).isEqualTo(Instant.parse("2027-01-15T11:00:00Z"));
    }

    @Test
    void aSummerDeadlineIsSentWithSummerTimesOffset() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/activate", 200, dialogue("ACTIVE", "\"2027-07-01T10:00:00Z\""));

        post("/markedsdialoger/7/aktiver", Map.of("deadlineDate", "2027-07-01", "deadlineTime", "12:00"));

        assertThat(sentDeadline("/api/v1/dialogues/7/activate")).isEqualTo(Instant.parse("2027-07-01T10:00:00Z"));
    }

    @Test
    void aDeadlineInThePastIsShownWithTheServicesReasonAndTheTypedDateAndTime() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/activate", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400,
                 "errors": [{"field": "deadline", "message": "Svarfristen skal ligge i fremtiden"}]}""");

        var response =
                post("/markedsdialoger/7/aktiver", Map.of("deadlineDate", "2020-01-15", "deadlineTime", "12:00"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("href=\"#deadlineDate\"", "Svarfristen skal ligge i fremtiden", "id=\"deadlineDate-error\"")
                .contains("value=\"2020-01-15\"", "value=\"12:00\"");
    }

    @Test
    void aDateThatIsNoDateIsRefusedOnThePageWithoutAskingTheService() throws Exception {
        var response = post("/markedsdialoger/7/aktiver", Map.of("deadlineDate", "15/01/2027", "deadlineTime", "12"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "Skriv svarfristen som en dato (åååå-mm-dd) og et klokkeslæt (tt:mm)", "value=\"15/01/2027\"");
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/activate")).isFalse();
    }

    @Test
    void thePagesOwnChecksAnswerInEnglishForAnEnglishUser() throws Exception {
        var response =
                post("/markedsdialoger/7/aktiver?sprog=en", Map.of("deadlineDate", "tomorrow", "deadlineTime", "noon"));

        assertThat(response.body())
                .contains("Write the deadline as a date (yyyy-mm-dd) and a time (hh:mm)", "Activate market dialogue");
    }

    @Test
    void aMoveTheDialoguesStateForbidsShowsTheServicesDanishReason() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/activate", 409, """
                {"type": "https://anskaf.dk/problems/dialogue-not-draft", "status": 409,
                 "detail": "Markedsdialogen er allerede aktiv"}""");

        var response =
                post("/markedsdialoger/7/aktiver", Map.of("deadlineDate", "2027-01-15", "deadlineTime", "12:00"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"error-summary\"", "Markedsdialogen er ikke længere et udkast");
    }

    @Test
    void postponingSendsTheNewDeadlineAndTheReasonAndNeedsBoth() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ANSWERED", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("POST /api/v1/dialogues/7/postpone", 200, dialogue("ACTIVE", "\"2027-03-29T07:30:00Z\""));

        var missing = post("/markedsdialoger/7/udskyd", Map.of("deadlineDate", "2027-03-29", "deadlineTime", "09:30"));
        var sent = post(
                "/markedsdialoger/7/udskyd",
                Map.of("deadlineDate", "2027-03-29", "deadlineTime", "09:30", "reason", "Flere spørgsmål"));

        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("href=\"#reason\"", "Angiv årsag", "value=\"09:30\"", "15.01.2027 12:00");
        assertThat(sent.statusCode()).isEqualTo(302);
        // 29 March 2027 is after the change to summer time (28 March): UTC+2.
        assertThat(sentDeadline("/api/v1/dialogues/7/postpone")).isEqualTo(Instant.parse("2027-03-29T07:30:00Z"));
        assertThat(DialoguePagesTests.JSON
                        .readTree(DIALOGUES
                                .last("POST", "/api/v1/dialogues/7/postpone")
                                .body())
                        .get("reason")
                        .asString())
                .isEqualTo("Flere spørgsmål");
        assertThat(DIALOGUES.received().stream()
                        .filter(r -> r.path().endsWith("/postpone"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void cancellingAsksForTheReasonThenForConfirmationAndOnlyThenCancels() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues/7/cancel", 200, dialogue("CANCELLED", "null"));

        var noReason = post("/markedsdialoger/7/annuller", Map.of("reason", " "));
        var confirm = post("/markedsdialoger/7/annuller", Map.of("reason", "Projektet er stoppet"));
        assertThat(DIALOGUES.got("POST", "/api/v1/dialogues/7/cancel")).isFalse();
        var cancelled = post("/markedsdialoger/7/annuller", Map.of("reason", "Projektet er stoppet", "bekraeft", "ja"));

        assertThat(noReason.body()).contains("href=\"#reason\"", "Angiv årsag");
        assertThat(confirm.body()).contains("Er du sikker?", "Projektet er stoppet", "name=\"bekraeft\" value=\"ja\"");
        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(DIALOGUES.last("POST", "/api/v1/dialogues/7/cancel").body())
                .isEqualTo("{\"reason\":\"Projektet er stoppet\"}");
    }

    private static Instant sentDeadline(String path) {
        String deadline = DialoguePagesTests.JSON
                .readTree(DIALOGUES.last("POST", path).body())
                .get("deadline")
                .asString();
        return OffsetDateTime.parse(deadline).toInstant();
    }
}
