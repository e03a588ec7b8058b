package dk.anskaf.portal.supplier.offline;

import static dk.anskaf.platform.test.web.StubHttpService.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dk.anskaf.platform.test.security.TestUsers;
import dk.anskaf.platform.test.web.StubHttpService;
import dk.anskaf.portal.PortalTestContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Besvar offline" against a dialogue service that is a real HTTP server answering chosen cases: dialogue
 * 676 is open; a sheet named "fejl.xlsx" has a row that breaks a rule, any other sheet makes a plan with
 * the token "plan-1"; confirming with "plan-1" saves 2 answers, with another token is stale (409).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfflinePagesTests {

    static final UUID ORGANISATION = UUID.fromString("6f1c2a9e-3b7d-4e0a-9c55-0a1b2c3d4e5f");
    static final List<String> CALLS = new CopyOnWriteArrayList<>();
    static final StubHttpService DIALOGUES = StubHttpService.start().on("/api/v1/supplier", OfflinePagesTests::handle);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
        registry.add("anskaf.dialogue.url", DIALOGUES::url);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void forget() {
        CALLS.clear();
    }

    @Test
    void thePageOffersTheSheetToDownloadAndAnAccessibleUploadForm() throws Exception {
        HttpResponse<String> page =
                send(request("/leverandoer/markedsdialoger/676/offline").GET());

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Besvar offline</h1>")
                .contains("href=\"/api/v1/supplier/dialogues/676/answers.xlsx\"")
                .contains("<label class=\"form-label\" for=\"file\">Svarark *</label>")
                .contains("aria-describedby=\"file-hint\"")
                .contains("id=\"offline-dryrun\"");
        assertThat(send(request("/leverandoer/markedsdialoger/676").GET()).body())
                .contains("href=\"/leverandoer/markedsdialoger/676/offline\"");
    }

    @Test
    void aDryRunShowsEachRowWithWhatChangesAndAConfirmFormCarryingTheToken() throws Exception {
        HttpResponse<String> page = upload("/leverandoer/markedsdialoger/676/offline", "svar.xlsx", "");

        assertThat(page.statusCode()).as(CALLS.toString()).isEqualTo(200);
        assertThat(page.body())
                .contains("2 nye, 1 ændrede, 0 uændrede, 1 uden svar, 0 med fejl")
                .contains("Nyt svar: Ja, som et tilkøb")
                .contains("Ændres fra Nej til Ja, delvist Uddybningen ændres.")
                .contains("Intet svar i arket – springes over")
                .contains("name=\"token\" value=\"plan-1\"")
                .contains("action=\"/leverandoer/markedsdialoger/676/offline/bekraeft\"")
                .contains("id=\"offline-confirm\"");
        assertThat(CALLS)
                .anyMatch(call -> call.startsWith("POST /api/v1/supplier/dialogues/676/answer-sheet?dryRun=true"));
    }

    @Test
    void theDryRunReadsInEnglishToo() throws Exception {
        HttpResponse<String> page = upload("/leverandoer/markedsdialoger/676/offline?sprog=en", "svar.xlsx", "");

        assertThat(page.statusCode()).as(CALLS.toString()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Answer offline</h1>")
                .contains("<th scope=\"col\">Row in Excel</th>")
                .contains("2 new, 1 changed, 0 unchanged, 1 without an answer, 0 with errors")
                .contains("New answer: Yes, as an add-on")
                .contains("Changes from No to Yes, partly The elaboration changes.")
                .contains(">Save the answers</button>");
    }

    @Test
    void aRowThatBreaksARuleIsShownWithItsRowColumnAndReasonAndNoConfirmButton() throws Exception {
        HttpResponse<String> page = upload("/leverandoer/markedsdialoger/676/offline", "fejl.xlsx", "");

        assertThat(page.body())
                .contains("<th scope=\"col\">Række i Excel</th>")
                .contains("<th scope=\"col\">Fejl</th>")
                .contains("id=\"row-5\"")
                .contains("Intet – rækken har en fejl")
                .contains("Leverandørens uddybelse: Ja, delvist kræver en uddybning på mindst 3 tegn")
                .doesNotContain("id=\"offline-confirm\"");
    }

    @Test
    void confirmingSaysHowManyAnswersWereUpdatedAndAStalePlanIsShownAtTheFileField() throws Exception {
        HttpResponse<String> done = upload("/leverandoer/markedsdialoger/676/offline/bekraeft", "svar.xlsx", "plan-1");
        HttpResponse<String> stale = upload("/leverandoer/markedsdialoger/676/offline/bekraeft", "svar.xlsx", "plan-0");
        HttpResponse<String> noFile = upload("/leverandoer/markedsdialoger/676/offline", null, "");

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("2 svar opdateret.");
        assertThat(CALLS).anyMatch(call -> call.contains("dryRun=false&token=plan-1"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"file-error\"").contains("ændret siden prøvekørslen");
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("Vælg et svarark (.xlsx eller .xls)");
    }

    private HttpResponse<String> upload(String path, String filename, String token) throws Exception {
        String boundary = "offline-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        if (!token.isEmpty()) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n")
                    .append(token)
                    .append("\r\n");
        }
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(filename == null ? "" : filename)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(filename == null ? "" : "PK-ark")
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header(
                        "Authorization",
                        "Bearer "
                                + TestUsers.supplier(
                                        ORGANISATION, "Formpipe Software A/S", "kontakt-1", "anne@formpipe.example"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try {
            respond(exchange);
        } catch (IOException | RuntimeException e) {
            CALLS.add("stub failed: " + e);
            throw e;
        }
    }

    private static void respond(HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().toString();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        CALLS.add(exchange.getRequestMethod() + " " + uri);
        if (uri.equals("/api/v1/supplier/dialogues/676")) {
            answer(exchange, 200, "application/json", DIALOGUE);
        } else if (uri.startsWith("/api/v1/supplier/dialogues/676/requirements")) {
            answer(exchange, 200, "application/json", "[]");
        } else if (uri.contains("/answer-sheet?dryRun=true") && body.contains("filename=\"fejl.xlsx\"")) {
            answer(exchange, 200, "application/json", report(true, 0, null, """
                    {"row": 5, "kravId": "1003", "outcome": "ERROR", "oldChoice": null, "newChoice": null,
                     "elaborationChanged": false, "priceChanged": false, "column": "Leverandørens uddybelse",
                     "cell": "E5", "reason": "Ja, delvist kræver en uddybning på mindst 3 tegn"}"""));
        } else if (uri.contains("/answer-sheet?dryRun=true")) {
            answer(exchange, 200, "application/json", report(true, 0, "plan-1", ROWS));
        } else if (uri.contains("/answer-sheet?dryRun=false&token=plan-1")) {
            answer(exchange, 200, "application/json", report(false, 2, null, ROWS));
        } else if (uri.contains("/answer-sheet?dryRun=false")) {
            answer(exchange, 409, "application/problem+json", """
                    {"type": "https://anskaf.dk/problems/answer-sheet-changed", "status": 409,
                     "detail": "Intet er gemt: arket eller besvarelsen er ændret siden prøvekørslen. Lav en ny prøvekørsel"}""");
        } else {
            answer(exchange, 404, "application/problem+json", "{\"status\": 404, \"detail\": \"Ikke fundet\"}");
        }
    }

    private static String report(boolean dryRun, int applied, String token, String rows) {
        return """
                {"dryRun": %s, "dialogueId": 676, "headerRow": 1, "created": 2, "changed": 1, "unchanged": 0,
                 "skipped": 1, "rejected": 0, "applied": %d, "planToken": %s, "rows": [%s]}""".formatted(dryRun, applied, token == null ? "null" : "\"" + token + "\"", rows);
    }

    /**
     * Rows as the service writes them: every field present, false and null included. (A row without its
     * booleans cannot be read into the client's record, whose primitives Jackson 3 refuses to leave
     * absent; the portal would show its try-again page, as for a service that did not answer.)
     */
    private static final String ROWS = """
            {"row": 2, "kravId": "12", "outcome": "NEW", "oldChoice": null, "newChoice": "JA_TILKOEB",
             "elaborationChanged": true, "priceChanged": true, "column": null, "cell": null, "reason": null},
            {"row": 3, "kravId": "F1", "outcome": "NEW", "oldChoice": null, "newChoice": "NEJ",
             "elaborationChanged": false, "priceChanged": false, "column": null, "cell": null, "reason": null},
            {"row": 4, "kravId": "1003", "outcome": "CHANGED", "oldChoice": "NEJ", "newChoice": "JA_DELVIST",
             "elaborationChanged": true, "priceChanged": false, "column": null, "cell": null, "reason": null},
            {"row": 5, "kravId": "1002", "outcome": "SKIPPED", "oldChoice": null, "newChoice": null,
             "elaborationChanged": false, "priceChanged": false, "column": null, "cell": null, "reason": null}""";

    private static final String DIALOGUE = """
            {"dialogueId": 676, "title": "EOJ version 2.0", "description": "Vi skal bruge et nyt EOJ-system.",
             "customerName": "Favrskov Kommune", "dialogueStatus": "ACTIVE", "status": "ANSWERING",
             "deadline": "2099-12-01T11:00:00Z", "prioritiesVisible": true, "pricesRequested": true,
             "operatingModel": "NOT_DECIDED", "itSystem": null, "answeredCount": 1, "requirementCount": 3,
             "declineReason": null}""";
}
