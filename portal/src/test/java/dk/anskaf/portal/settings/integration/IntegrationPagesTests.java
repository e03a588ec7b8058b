package dk.anskaf.portal.settings.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.web.StubHttpService;
import dk.anskaf.portal.PortalTestContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Indstillinger → Integrationer against an identity that is a real HTTP server answering as the tests
 * choose: administrators only, the secret shown once on the answer page (never in an address or a
 * cache), rotate and revoke only after "Er du sikker?".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegrationPagesTests {

    static final String ID = "5b0e3c1e-7d8f-4a51-9a0e-2f7b9c1d4e11";
    static final String CLIENT = """
            {"id": "%s", "clientId": "kommune-0710-a1b2c3d4e5f6", "name": "ESDH <b>fed</b>",
             "createdAt": "2026-11-30T09:00:00Z", "createdByName": "Anne Administrator", "secretRotatedAt": null}""".formatted(ID);
    static final String SECRET = "hemmelig-XYZ-0123456789abcdefghijklmnopqrstuv";

    record Received(String method, String path, String authorization, String body) {}

    static final Map<String, String> REPLIES = new ConcurrentHashMap<>();
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final StubHttpService IDENTITY = StubHttpService.start().on("/api/v1", IntegrationPagesTests::handle);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
        registry.add("anskaf.identity.url", IDENTITY::url);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void oneClient() {
        REPLIES.clear();
        RECEIVED.clear();
        REPLIES.put("GET /api/v1/integration-clients", "[" + CLIENT + "]");
    }

    @Test
    void theAdministratorSeesTheMunicipalitysClientsEscapedAndActionsForEach() throws Exception {
        HttpResponse<String> page = get("/indstillinger/integrationer", administrator());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("kommune-0710-a1b2c3d4e5f6", "ESDH &lt;b&gt;fed&lt;/b&gt;", "Anne Administrator")
                .contains("/indstillinger/integrationer/" + ID + "/forny")
                .contains("/indstillinger/integrationer/" + ID + "/tilbagekald")
                .contains("Opret integration")
                .doesNotContain("<b>fed</b>");
        assertThat(RECEIVED.getFirst().authorization()).startsWith("Bearer ");
    }

    @Test
    void creatingShowsTheSecretOnceOnTheAnswerPageWhichIsNotCached() throws Exception {
        REPLIES.put(
                "POST /api/v1/integration-clients",
                "{\"client\": " + CLIENT + ", \"clientSecret\": \"" + SECRET + "\"}");

        HttpResponse<String> created = post("/indstillinger/integrationer", Map.of("name", "ESDH"), administrator());
        HttpResponse<String> later = get("/indstillinger/integrationer", administrator());

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(created.body()).contains(SECRET, "Den vises kun denne ene gang", "Markér hele teksten");
        assertThat(later.body()).doesNotContain(SECRET);
        assertThat(RECEIVED.stream().filter(r -> r.method().equals("POST")).map(Received::body))
                .containsExactly("{\"name\":\"ESDH\"}");
    }

    @Test
    void aNameIsNeededAndNothingIsSentWithoutOne() throws Exception {
        HttpResponse<String> page = post("/indstillinger/integrationer", Map.of("name", "  "), administrator());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"#name\"", "Giv integrationen et navn", "id=\"name-error\"");
        assertThat(RECEIVED.stream().noneMatch(r -> r.method().equals("POST"))).isTrue();
    }

    @Test
    void rotatingAsksFirstThenShowsTheNewSecret() throws Exception {
        REPLIES.put(
                "POST /api/v1/integration-clients/" + ID + "/rotate",
                "{\"client\": " + CLIENT + ", \"clientSecret\": \"" + SECRET + "\"}");

        HttpResponse<String> question =
                post("/indstillinger/integrationer/" + ID + "/forny", Map.of(), administrator());
        assertThat(RECEIVED.stream().noneMatch(r -> r.path().endsWith("/rotate")))
                .isTrue();
        HttpResponse<String> rotated =
                post("/indstillinger/integrationer/" + ID + "/forny", Map.of("bekraeft", "ja"), administrator());

        assertThat(question.body())
                .contains(
                        "Er du sikker?",
                        "den gamle holder op med at virke med det samme",
                        "name=\"bekraeft\" value=\"ja\"");
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.body()).contains(SECRET, "Integrationen har fået en ny hemmelighed");
    }

    @Test
    void revokingAsksFirstThenRevokesAndSaysSo() throws Exception {
        REPLIES.put("DELETE /api/v1/integration-clients/" + ID, "");

        HttpResponse<String> question =
                post("/indstillinger/integrationer/" + ID + "/tilbagekald", Map.of(), administrator());
        assertThat(RECEIVED.stream().noneMatch(r -> r.method().equals("DELETE")))
                .isTrue();
        HttpResponse<String> revoked =
                post("/indstillinger/integrationer/" + ID + "/tilbagekald", Map.of("bekraeft", "ja"), administrator());

        assertThat(question.body()).contains("Er du sikker?", "Ja, tilbagekald integrationen");
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(revoked.headers().firstValue("Location"))
                .hasValue("/indstillinger/integrationer?besked=tilbagekaldt");
        assertThat(RECEIVED.stream().filter(r -> r.method().equals("DELETE")).count())
                .isEqualTo(1);
    }

    @Test
    void onlyAMunicipalAdministratorOpensThePageAndTheMenuShowsItToThemOnly() throws Exception {
        HttpResponse<String> purchaser = get("/indstillinger/integrationer", token("purchaser"));
        HttpResponse<String> integration = get("/indstillinger/integrationer", token("integration"));
        HttpResponse<String> front = get("/hjaelp", administrator());

        assertThat(purchaser.statusCode()).isEqualTo(403);
        assertThat(integration.statusCode()).isEqualTo(403);
        assertThat(RECEIVED).isEmpty();
        assertThat(front.body()).contains("href=\"/indstillinger/integrationer\"");
        assertThat(get("/hjaelp", token("purchaser")).body()).doesNotContain("/indstillinger/integrationer");
    }

    @Test
    void thePageSpeaksEnglishToAnEnglishUser() throws Exception {
        HttpResponse<String> page = get("/indstillinger/integrationer?sprog=en", administrator());

        assertThat(page.body()).contains("Integrations", "Create integration", "Renew secret", "Revoke");
    }

    static String administrator() {
        return token("administrator");
    }

    static String token(String role) {
        return TestTokens.shared()
                .user("admin-0710")
                .municipality("0710", "Favrskov Kommune")
                .person("Anne Administrator", "anne@favrskov.example")
                .roles(role)
                .mint();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String token) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String key =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        RECEIVED.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        String reply = REPLIES.get(key);
        if (reply == null) {
            StubHttpService.answer(exchange, 404, "application/problem+json", """
                    {"type": "https://anskaf.dk/problems/not-found", "status": 404}""");
        } else if (reply.isEmpty()) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            StubHttpService.answer(exchange, 200, "application/json", reply);
        }
    }
}
