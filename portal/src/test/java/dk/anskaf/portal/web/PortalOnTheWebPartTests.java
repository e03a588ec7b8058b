package dk.anskaf.portal.web;

import static dk.anskaf.platform.test.web.StubHttpService.answer;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.web.StubHttpService;
import dk.anskaf.portal.PortalTestContext;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The portal runs on the platform's web part alone: no database, no Kafka, no outbox, and the platform's
 * token relay and problem decoding instead of copies of its own. Against a catalogue that is a small HTTP
 * server, the user's token and the gateway's request id reach it, a refusal's field errors reach the form, and its other answers
 * reach the same pages as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalOnTheWebPartTests {

    private static final AtomicReference<String> RELAYED = new AtomicReference<>();
    private static final AtomicReference<String> REQUEST_ID = new AtomicReference<>();
    private static final StubHttpService CATALOGUE = catalogue();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
        registry.add("anskaf.catalog.url", CATALOGUE::url);
    }

    @AfterAll
    static void stop() {
        CATALOGUE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void thePortalStartsWithoutDatabaseOrKafkaAndUsesThePlatformsRelayAndDecoder() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(ClassUtils.isPresent("dk.anskaf.platform.events.Outbox", null))
                .isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.kafka.core.KafkaTemplate", null))
                .isFalse();
        assertThat(context.getBeansOfType(RequestInterceptor.class)).containsOnlyKeys("anskafTokenRelay");
        assertThat(context.getBeansOfType(ErrorDecoder.class)).containsOnlyKeys("anskafProblemDecoder");
        assertThat(context.getEnvironment().getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState");
    }

    @Test
    void aRefusedRequirementComesBackWithTheCataloguesFieldErrorsAtTheFieldsAndTheCallWasTheUsers() throws Exception {
        String token = token();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/krav/ny"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Request-Id", "5e0c7a2b-given-by-the-gateway")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "name=&description=" + URLEncoder.encode("Alle opslag logges", StandardCharsets.UTF_8))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"name-error\"")
                .contains("Navnet skal udfyldes")
                .contains("Alle opslag logges");
        assertThat(RELAYED.get()).isEqualTo("Bearer " + token);
        assertThat(REQUEST_ID.get()).isEqualTo("5e0c7a2b-given-by-the-gateway");
    }

    @Test
    void aRequirementTheCatalogueDoesNotKnowIsNotFoundAndAServerErrorIsTryAgainLater() throws Exception {
        assertThat(get("/krav/404").statusCode()).isEqualTo(404);
        assertThat(get("/krav/500").statusCode()).isEqualTo(503);
    }

    @Test
    void aConflictShowsTheServicesReasonFromTheSharedProblemTextsInTheUsersLanguage() throws Exception {
        HttpResponse<String> danish = get("/krav/409");
        HttpResponse<String> english =
                send(HttpRequest.newBuilder(uri("/krav/409?sprog=en")).header("Authorization", "Bearer " + token()));

        assertThat(danish.statusCode()).isEqualTo(409);
        assertThat(danish.body()).contains("Kravet har allerede en anmodning, der afventer");
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.body()).contains("The requirement already has a pending request");
    }

    @Test
    void aConflictWhoseSlugHasNoTextShowsTheGeneralMessageOnly() throws Exception {
        HttpResponse<String> response = get("/krav/410");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).doesNotContain("id=\"problem-reason\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token() {
        return TestTokens.shared()
                .user("editor-0710")
                .municipality("0710", "Favrskov Kommune")
                .person("Erik Editor", "erik@favrskov.example")
                .roles("editor")
                .mint();
    }

    private static StubHttpService catalogue() {
        return StubHttpService.start()
                .on("/api/v1/classifications", exchange -> answer(exchange, 200, "application/json", """
                                {"categories": [], "domains": [], "filters": [], "principles": []}"""))
                .on("/api/v1/requirements", exchange -> {
                    RELAYED.set(exchange.getRequestHeaders().getFirst("Authorization"));
                    REQUEST_ID.set(exchange.getRequestHeaders().getFirst("X-Request-Id"));
                    switch (exchange.getRequestURI().getPath()) {
                        case "/api/v1/requirements" -> answer(exchange, 400, "application/problem+json", """
                                {"type": "https://anskaf.dk/problems/validation", "title": "Ugyldige oplysninger",
                                 "status": 400, "detail": "Kravet kan ikke gemmes",
                                 "errors": [{"field": "name", "message": "Navnet skal udfyldes"}]}""");
                        case "/api/v1/requirements/409" -> answer(exchange, 409, "application/problem+json", """
                                {"type": "https://anskaf.dk/problems/promotion-pending", "status": 409}""");
                        case "/api/v1/requirements/410" -> answer(exchange, 409, "application/problem+json", """
                                {"type": "https://anskaf.dk/problems/no-text-for-this", "status": 409}""");
                        case "/api/v1/requirements/404" -> answer(exchange, 404, "application/problem+json", """
                                {"type": "https://anskaf.dk/problems/not-found", "status": 404}""");
                        default -> answer(exchange, 500, "application/problem+json", """
                                {"type": "https://anskaf.dk/problems/internal", "status": 500}""");
                    }
                });
    }
}
