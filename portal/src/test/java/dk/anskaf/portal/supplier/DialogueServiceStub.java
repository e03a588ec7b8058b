package dk.anskaf.portal.supplier;

import static dk.anskaf.platform.test.web.StubHttpService.answer;

import com.sun.net.httpserver.HttpExchange;
import dk.anskaf.platform.test.web.StubHttpService;
import dk.anskaf.portal.PortalTestContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * dialogue-service's supplier endpoints as the portal's supplier pages call them (the paths and shapes of
 * {@code DialogueClient}), answering chosen cases: dialogue 676 is open with three requirements (11, 12,
 * 13) and asks for prices; 677 is finished; 678's deadline has passed (its
 * operating model is refused with 409). An answer to 12 with Ja, delvist and no elaboration is refused
 * (400 naming {@code elaboration}); any answer to 13 comes after the deadline (409); finishing 676 is
 * refused because answers are missing; a decline without reason is refused (400 naming {@code reason}).
 * What the portal sent is kept in {@link #calls}.
 */
final class DialogueServiceStub {

    /** One server for the test classes of the supplier area; it stops with the test JVM. */
    static final DialogueServiceStub SHARED = new DialogueServiceStub();

    /** "METHOD path body" of every call, in order. */
    final List<String> calls = new CopyOnWriteArrayList<>();

    private final StubHttpService server;

    DialogueServiceStub() {
        server = StubHttpService.start().on("/api/v1/supplier", this::handle);
    }

    /** A portal under test whose dialogue service is this stub. */
    static void register(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
        registry.add("anskaf.dialogue.url", SHARED.server::url);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(method + " " + exchange.getRequestURI() + " " + body);
        String json = switch (method + " " + path) {
            case "GET /api/v1/supplier/dialogues" ->
                "[" + summary(676, "EOJ version 2.0", "OPENED") + "," + summary(5, "ESDH-system", "FINISHED") + "]";
            case "GET /api/v1/supplier/dialogues/676",
                    "PUT /api/v1/supplier/dialogues/676/operating-model",
                    "PUT /api/v1/supplier/dialogues/676/it-system" -> dialogue(676, "ANSWERING");
            case "GET /api/v1/supplier/dialogues/677" -> dialogue(677, "FINISHED");
            case "GET /api/v1/supplier/dialogues/678" ->
                dialogue(678, "ANSWERING").replace("2099", "2020");
            case "GET /api/v1/supplier/dialogues/676/requirements" -> REQUIREMENTS;
            case "GET /api/v1/supplier/dialogues/677/requirements", "GET /api/v1/supplier/dialogues/678/requirements" ->
                REQUIREMENTS;
            case "GET /api/v1/supplier/it-systems" -> """
                            [{"kitosUuid": "2b4f7c1e-0000-4000-8000-000000000001", "name": "Acadre",
                              "supplierName": "Formpipe Software A/S"}]""";
            case "GET /api/v1/supplier/dialogues/676/copy-sources" -> "[" + summary(5, "ESDH-system", "FINISHED") + "]";
            case "POST /api/v1/supplier/dialogues/676/copy-answers" -> """
                            {"copied": 5, "markedChanged": 2}""";
            default -> null;
        };
        if (json != null) {
            answer(exchange, 200, "application/json", json);
        } else if (path.equals("/api/v1/supplier/dialogues/676/answers/13")) {
            problem(exchange, 409, "answer-after-deadline-stub", "Svarfristen er overskredet kl. 12:00", "");
        } else if (path.equals("/api/v1/supplier/dialogues/676/answers/12")
                && body.contains("JA_DELVIST")
                && !body.contains("elaboration\":\"")) {
            problem(exchange, 400, "validation", "Svaret kan ikke gemmes", """
                    [{"field": "elaboration", "message": "Uddybning skal udfyldes ved Ja, delvist (mindst 3 tegn)"}]""");
        } else if (path.startsWith("/api/v1/supplier/dialogues/676/answers/")) {
            answer(exchange, 200, "application/json", """
                    {"requirementId": 11, "choice": "JA", "elaboration": null, "price": null, "autoAnswered": false,
                     "copiedFromDialogueId": null, "copiedTextChanged": false, "updatedAt": "2026-11-29T21:00:00Z"}""");
        } else if (path.equals("/api/v1/supplier/dialogues/678/operating-model")) {
            problem(exchange, 409, "answer-after-deadline-stub", "Svarfristen er overskredet kl. 12:00", "");
        } else if (path.equals("/api/v1/supplier/dialogues/676/finish")) {
            problem(
                    exchange,
                    409,
                    "answers-missing-stub",
                    "Alle krav skal besvares, før besvarelsen kan afsluttes",
                    "");
        } else if (path.equals("/api/v1/supplier/dialogues/676/decline")
                && body.matches(".*\"reason\":(null|\"\\s*\").*")) {
            problem(exchange, 400, "validation", "Ugyldige oplysninger", """
                    [{"field": "reason", "message": "Angiv en begrundelse"}]""");
        } else if (path.equals("/api/v1/supplier/dialogues/676/decline")) {
            answer(exchange, 200, "application/json", dialogue(676, "DECLINED"));
        } else {
            problem(exchange, 404, "not-found", "Ikke fundet", "");
        }
    }

    private static void problem(HttpExchange exchange, int status, String slug, String detail, String errors)
            throws IOException {
        answer(exchange, status, "application/problem+json", """
                {"type": "https://anskaf.dk/problems/%s", "status": %d, "detail": "%s"%s}""".formatted(
                        slug, status, detail, errors.isEmpty() ? "" : ", \"errors\": " + errors));
    }

    private static String summary(long id, String title, String status) {
        return """
                {"dialogueId": %d, "title": "%s", "customerName": "Favrskov Kommune", "dialogueStatus": "ACTIVE",
                 "status": "%s", "deadline": "2026-12-01T11:00:00Z", "answeredCount": 1, "requirementCount": 3,
                 "itSystemName": null}""".formatted(id, title, status);
    }

    /** The deadline is 1 December 2026 12:00 Danish time, far enough ahead for the tests. */
    private static String dialogue(long id, String status) {
        return """
                {"dialogueId": %d, "title": "EOJ version 2.0", "description": "Vi skal bruge et nyt EOJ-system.",
                 "customerName": "Favrskov Kommune", "dialogueStatus": "ACTIVE", "status": "%s",
                 "deadline": "2099-12-01T11:00:00Z", "prioritiesVisible": true, "pricesRequested": true,
                 "operatingModel": "NOT_DECIDED", "itSystem": null, "answeredCount": 1, "requirementCount": 3,
                 "declineReason": null}""".formatted(id, status);
    }

    private static final String REQUIREMENTS = """
            [{"requirementId": 11, "kravId": "1042", "position": 1, "name": "Gendannelse af data",
              "descriptionRendered": "Leverandøren skal kunne gendanne data inden for 8 timer.",
              "rationale": "Borgerne venter", "category": "Drift", "subCategory": null, "priority": "ABSOLUTE",
              "elaborationRequired": true,
              "answer": {"requirementId": 11, "choice": "JA", "elaboration": "Det gør vi", "price": null,
                         "autoAnswered": false, "copiedFromDialogueId": null, "copiedTextChanged": false,
                         "updatedAt": "2026-11-29T21:00:00Z"}},
             {"requirementId": 12, "kravId": "1043", "position": 2, "name": "Logning",
              "descriptionRendered": "Alle opslag logges.", "rationale": null, "category": "Sikkerhed",
              "subCategory": null, "priority": "NORMAL", "elaborationRequired": false,
              "answer": {"requirementId": 12, "choice": "NEJ", "elaboration": null, "price": null,
                         "autoAnswered": false, "copiedFromDialogueId": 5, "copiedTextChanged": true,
                         "updatedAt": "2026-11-29T21:00:00Z"}},
             {"requirementId": 13, "kravId": "F1", "position": 3, "name": "Fritekst", "descriptionRendered": "Tekst",
              "rationale": null, "category": null, "subCategory": null, "priority": "HIGH",
              "elaborationRequired": false, "answer": null}]""";
}
