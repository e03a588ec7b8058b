package dk.anskaf.portal.supplier;

import static dk.anskaf.platform.test.web.StubHttpService.answer;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestUsers;
import dk.anskaf.platform.test.web.StubHttpService;
import dk.anskaf.portal.PortalTestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The supplier's elaboration round (issue #15, part "review"): the banner with the customer's message as
 * text, the customer's comment on the answer page, choice and elaboration editable after the deadline with
 * the price read-only, and "Send opdateret besvarelse tilbage til kunde". Dialogue 679 is Besvaret and its
 * set in Uddybning krævet; its deadline has passed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ElaborationRoundPagesTests {

    static final UUID ORGANISATION = UUID.fromString("6f1c2a9e-3b7d-4e0a-9c55-0a1b2c3d4e5f");
    static final String HOSTILE = "<script>alert(1)</script> & \\\"Æøå\\\"";
    static final List<String> CALLS = new CopyOnWriteArrayList<>();
    static final StubHttpService DIALOGUES = StubHttpService.start().on("/api/v1/supplier", exchange -> {
        String call =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        CALLS.add(call + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String json = switch (call) {
            case "GET /api/v1/supplier/dialogues/679" -> dialogue("ELABORATION_REQUESTED");
            case "POST /api/v1/supplier/dialogues/679/elaboration/send-back" -> dialogue("FINISHED");
            case "GET /api/v1/supplier/dialogues/679/requirements" -> """
                    [{"requirementId": 11, "kravId": "1042", "position": 1, "name": "Gendannelse af data",
                      "descriptionRendered": "Gendan inden for 8 timer.", "rationale": null, "category": "Drift",
                      "subCategory": null, "priority": "ABSOLUTE", "elaborationRequired": false,
                      "answer": {"requirementId": 11, "choice": "JA_TILKOEB", "elaboration": "Det gør vi",
                                 "price": "12.000 kr.", "autoAnswered": false, "copiedFromDialogueId": null,
                                 "copiedTextChanged": false, "updatedAt": "2026-11-29T21:00:00Z"},
                      "review": {"status": "ELABORATION_NEEDED", "comment": "Hvem <b>drifter</b> om natten?"}}]""";
            case "PUT /api/v1/supplier/dialogues/679/answers/11" -> """
                    {"requirementId": 11, "choice": "JA_TILKOEB", "elaboration": "Partner", "price": "12.000 kr.",
                     "autoAnswered": false, "copiedFromDialogueId": null, "copiedTextChanged": false,
                     "updatedAt": "2026-11-29T21:00:00Z"}""";
            default -> null;
        };
        if (json == null) {
            answer(
                    exchange,
                    404,
                    "application/problem+json",
                    "{\"type\":\"https://anskaf.dk/problems/not-found\",\"status\":404}");
        } else {
            answer(exchange, 200, "application/json", json);
        }
    });

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
        registry.add("anskaf.dialogue.url", DIALOGUES::url);
    }

    @LocalServerPort
    int port;

    @Test
    void theDialoguePageShowsTheRoundWithTheCustomersMessageAsTextAndOffersOnlyTheSendBack() throws Exception {
        HttpResponse<String> page = get("/leverandoer/markedsdialoger/679");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Uddybning krævet", "Favrskov Kommune beder jer uddybe")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Æøå&quot;")
                .doesNotContain("<script>alert(1)")
                .contains("Send opdateret besvarelse tilbage til kunde")
                .contains("Kunden ser først jeres svar efter svarfristen.")
                .contains("href=\"/leverandoer/markedsdialoger/679/krav/11\"")
                .doesNotContain("href=\"/leverandoer/markedsdialoger/679/afslut\"")
                .doesNotContain("name=\"operatingModel\"");
    }

    @Test
    void theAnswerPageShowsTheCustomersCommentAndKeepsThePriceReadOnlyAfterTheDeadline() throws Exception {
        HttpResponse<String> page = get("/leverandoer/markedsdialoger/679/krav/11");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Uddybelse nødvendig", "Hvem &lt;b&gt;drifter&lt;/b&gt; om natten?")
                .contains("id=\"answer-form\"", "Prisen kan ikke ændres under en uddybning")
                .containsPattern("id=\"price\"[^>]*readonly");
    }

    @Test
    void sendingBackCallsTheServiceAndSaysSo() throws Exception {
        HttpResponse<String> sent = post("/leverandoer/markedsdialoger/679/uddybning/send", "");

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow())
                .endsWith("/leverandoer/markedsdialoger/679?besked=sendt-tilbage");
        assertThat(CALLS)
                .anySatisfy(call ->
                        assertThat(call).startsWith("POST /api/v1/supplier/dialogues/679/elaboration/send-back"));
    }

    private static String dialogue(String status) {
        return """
                {"dialogueId": 679, "title": "EOJ version 2.0", "description": "Vi skal bruge et nyt EOJ-system.",
                 "customerName": "Favrskov Kommune", "dialogueStatus": "ANSWERED", "status": "%s",
                 "deadline": "2020-12-01T11:00:00Z", "prioritiesVisible": true, "pricesRequested": true,
                 "operatingModel": "SAAS", "itSystem": null, "answeredCount": 1, "requirementCount": 1,
                 "declineReason": null, "answersVisibility": "AFTER_DEADLINE",
                 "elaborationRounds": [{"round": 1, "message": "%s", "requestedByName": "Ida Indkøber",
                   "requestedAt": "2026-12-02T09:00:00Z", "sentBackAt": null, "sentBackBy": null, "changes": []}]}""".formatted(status, HOSTILE);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token()));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String token() {
        return TestUsers.supplier(ORGANISATION, "Formpipe Software A/S", "kontakt-1", "lis@formpipe.example");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
