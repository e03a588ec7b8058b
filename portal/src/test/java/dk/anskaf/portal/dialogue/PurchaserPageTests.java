package dk.anskaf.portal.dialogue;

import static dk.anskaf.platform.test.web.StubHttpService.answer;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.web.StubHttpService;
import dk.anskaf.portal.PortalTestContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The purchaser pages against a dialogue-service and a catalogue that are real HTTP servers whose answers
 * the tests choose. One portal serves every test class of these pages (same properties, one context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PurchaserPageTests {

    static final DialogueServiceStub DIALOGUES = new DialogueServiceStub();
    static final StubHttpService CATALOGUE = StubHttpService.start()
            .on("/api/v1/classifications", exchange -> answer(exchange, 200, "application/json", """
                    {"categories": [{"id": 6, "name": "Drift", "subCategories": []}],
                     "domains": [{"id": 1, "name": "Sundhed og omsorg"}, {"id": 2, "name": "Børn og unge"}],
                     "filters": [
                       {"id": 11, "name": "Personoplysninger", "question": "Skal den ønskede løsning behandle personoplysninger?"},
                       {"id": 12, "name": "Borgere", "question": "Skal løsningen anvendes af borgere?"},
                       {"id": 13, "name": "Medarbejdere", "question": "Skal løsningen anvendes af medarbejdere?"},
                       {"id": 14, "name": "Erstatter", "question": "Skal løsningen erstatte et eksisterende it-system?"}],
                     "principles": []}"""));

    /** Draft 7 "EOJ version 2.0" with no deadline; priorities visible; one domain. */
    static final String DRAFT = dialogue("DRAFT", "null");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry, CATALOGUE.url());
        registry.add("anskaf.dialogue.url", DIALOGUES::url);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void freshService() {
        DIALOGUES.reset();
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, DRAFT);
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, "[]");
        DIALOGUES.reply("GET /api/v1/dialogues/7/suppliers", 200, "[]");
    }

    static String dialogue(String status, String deadline) {
        return """
                {"id": 7, "title": "EOJ version 2.0", "description": "Elektronisk omsorgsjournal",
                 "contactEmail": "indkoeb@favrskov.example", "domainIds": [1], "prioritiesVisible": true,
                 "pricesRequested": false, "status": "%s", "ownerKind": "MUNICIPALITY", "ownerName": "Favrskov Kommune",
                 "createdAt": "2026-11-30T09:00:00Z", "deadline": %s, "activatedAt": null, "closedAt": null,
                 "cancelReason": null, "requirementCount": 0, "version": 3}""".formatted(status, deadline);
    }

    static String purchaser() {
        return TestTokens.shared()
                .user("indkoeber-0710")
                .municipality("0710", "Favrskov Kommune")
                .person("Ida Indkøber", "ida@favrskov.example")
                .roles("purchaser")
                .mint();
    }

    static String employee() {
        return TestTokens.shared()
                .user("medarbejder-0710")
                .municipality("0710", "Favrskov Kommune")
                .roles("employee")
                .mint();
    }

    static String supplier() {
        return TestTokens.shared()
                .user(UUID.randomUUID().toString())
                .supplier(UUID.randomUUID(), "Formpipe Software A/S")
                .person("Lis Leverandør", "lis@formpipe.example")
                .mint();
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(path, purchaser());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(path, form, purchaser());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String token) throws Exception {
        return post(
                path,
                form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")),
                token);
    }

    /** A form body as the browser sends it (repeat a name for several values). */
    HttpResponse<String> post(String path, String body, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
