package dk.anskaf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class GatewayIntegrationTests {

    static final EchoService catalog = EchoService.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("anskaf.gateway.catalog-url", catalog::url);
        registry.add("anskaf.gateway.portal-url", catalog::url);
        registry.add("anskaf.gateway.dialogue-url", catalog::url);
        registry.add("anskaf.gateway.base-domain", () -> "anskaf.test");
        registry.add("anskaf.gateway.identity-public-url", () -> "https://login.anskaf.test/");
        registry.add("anskaf.gateway.rate-limit.municipality-per-minute", () -> 5);
        registry.add("anskaf.gateway.rate-limit.anonymous-per-minute", () -> 3);
        registry.add("spring.security.oauth2.client.registration.anskaf.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aFormPostReachesThePortalWholeWithoutTheClientsCsrfHeaderOrCookies() throws Exception {
        String form =
                "_csrf=abc&name=Gendannelse+af+data&description=inden+for+%7B%7Brestore_tid%7C4%7Ctimer%7D%7D+%C3%B8";

        HttpResponse<String> response = send(request("/krav/ny", token("0710", "Favrskov Kommune"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Anskaf-Csrf-Token", "forged")
                .header("Cookie", "SESSION=secret; anskaf-sprog=en")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());

        JsonNode seen = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seen.get("path").asString()).isEqualTo("/krav/ny");
        assertThat(seen.get("body").asString()).isEqualTo(form);
        assertThat(seen.has("x-anskaf-csrf-token")).isFalse();
        assertThat(seen.get("cookie").asString()).isEqualTo("anskaf-sprog=en");
    }

    @Test
    void aBrowserFormPostWithoutTheCsrfTokenIsRefusedAndAnOversizedOneIs413() throws Exception {
        HttpResponse<String> withoutToken = send(request("/krav/ny", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                .build());
        HttpResponse<String> oversized = send(request("/krav/ny", token("0710", "Favrskov Kommune"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + "x".repeat(1_100_000)))
                .build());
        HttpResponse<String> oversizedApi = send(request("/api/v1/imports", token("0710", "Favrskov Kommune"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[13 * 1024 * 1024]))
                .build());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(oversized.body()).contains("Teksten er for lang");
        assertThat(oversizedApi.statusCode()).isEqualTo(413);
        assertThat(oversizedApi.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(oversizedApi.body()).contains("too-large");
    }

    @Test
    void aBrowserUploadIsCheckedForItsCsrfFieldAndReachesThePortalWhole() throws Exception {
        String boundary = "anskaf-test-boundary";
        String withToken = multipart(boundary, "_csrf", "csrf-value") + file(boundary, "kravbank.xlsx", "PK data 1")
                + "--" + boundary + "--\r\n";
        String withoutToken = file(boundary, "kravbank.xlsx", "PK data") + "--" + boundary + "--\r\n";
        String wrongToken = multipart(boundary, "_csrf", "guessed") + "--" + boundary + "--\r\n";

        HttpResponse<String> accepted = sendFromOtherAddress(upload(boundary, withToken));
        HttpResponse<String> missing = sendFromOtherAddress(upload(boundary, withoutToken));
        HttpResponse<String> wrong = sendFromOtherAddress(upload(boundary, wrongToken));
        HttpResponse<String> oversized = sendFromOtherAddress(HttpRequest.newBuilder(uploadAddress())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "XSRF-TOKEN=csrf-value")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[13 * 1024 * 1024]))
                .build());

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).get("body").asString()).isEqualTo(withToken);
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(oversized.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(oversized.body()).contains("Filen er for stor").contains("Intet er gemt");
    }

    private URI uploadAddress() {
        return URI.create("http://127.0.0.1:" + port + "/hjaelp");
    }

    /**
     * Sends from another loopback address than the other tests, so their anonymous requests (3 a minute
     * per address here) do not use up this test's allowance.
     */
    private HttpResponse<String> sendFromOtherAddress(HttpRequest request) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .localAddress(java.net.InetAddress.getByName("127.0.0.7"))
                .build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpRequest upload(String boundary, String body) {
        return HttpRequest.newBuilder(uploadAddress())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "XSRF-TOKEN=csrf-value")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String multipart(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String file(String boundary, String filename, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.cloud.gateway.route.RouteLocator routes;

    @Test
    void kravbankImportsMayTakeTenMinutesEverythingElseTenSeconds() {
        java.util.Map<String, Object> timeouts = routes.getRoutes()
                .collectMap(
                        org.springframework.cloud.gateway.route.Route::getId,
                        route -> route.getMetadata()
                                .get(
                                        org.springframework.cloud.gateway.support.RouteMetadataUtils
                                                .RESPONSE_TIMEOUT_ATTR))
                .block();

        assertThat(timeouts)
                .containsEntry("catalog-imports", 600_000L)
                .containsEntry("portal-imports", 600_000L)
                .containsEntry("catalog", 10_000L)
                .containsEntry("portal", 10_000L);
    }

    @Test
    void theRunningGatewayHasExactlyTheRegistrysRoutesPlusTheUnknownApiAnswer() {
        java.util.List<String> registered = dk.anskaf.platform.registry.ServiceRegistry.load().routes().stream()
                .map(dk.anskaf.platform.registry.ServiceRoute::id)
                .toList();

        assertThat(routes.getRoutes()
                        .map(org.springframework.cloud.gateway.route.Route::getId)
                        .collectList()
                        .block())
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(registered.stream(), java.util.stream.Stream.of("unknown-api"))
                                .toList());
    }

    @Test
    void spoofedTenantHeadersAreRemovedAndTheTokensTenantIsSet() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/requirements/1", token("0710", "Favrskov Kommune"))
                .header("X-Tenant-Id", "0607")
                .header("X-Tenant", "0607")
                .header("x-tenant-name", "Fredericia Kommune")
                .build());

        JsonNode seen = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seen.get("x-tenant-id").asString()).isEqualTo("0710");
        assertThat(seen.has("x-tenant")).isFalse();
        assertThat(seen.has("x-tenant-name")).isFalse();
        assertThat(seen.get("authorization").asString()).startsWith("Bearer ");
        assertThat(seen.get("x-request-id").asString()).isNotBlank();
    }

    @Test
    void aHostOfAnotherMunicipalityIsRefused() throws Exception {
        String favrskov = token("0710", "Favrskov Kommune");

        HttpResponse<String> wrongHost = send(request("/api/v1/requirements/1", favrskov)
                .header("Host", "fredericia.anskaf.test")
                .build());
        HttpResponse<String> ownHost = send(request("/api/v1/requirements/1", favrskov)
                .header("Host", "favrskov.anskaf.test")
                .build());

        assertThat(wrongHost.statusCode()).isEqualTo(403);
        assertThat(wrongHost.body()).contains("https://anskaf.dk/problems/forbidden");
        assertThat(ownHost.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenApiCallsGet401AndPagesGoToLogin() throws Exception {
        HttpResponse<String> api = send(request("/api/v1/requirements/1", null).build());
        HttpResponse<String> page =
                send(request("/krav", null).header("Accept", "text/html").build());

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/anskaf"));
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/requirements/1", token("0710", "Favrskov Kommune"))
                .build());

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'")
                        .contains("form-action 'self' https://login.anskaf.test")
                        .doesNotContain("localhost:9000"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void requestMetricsAreTaggedPerRouteAndTenant() throws Exception {
        send(request("/api/v1/requirements/2", token("0615", "Horsens Kommune")).build());

        String metrics =
                send(request("/actuator/prometheus", operatorToken()).build()).body();

        assertThat(metrics.lines().filter(l -> l.startsWith("spring_cloud_gateway_requests_seconds_count")))
                .anySatisfy(
                        line -> assertThat(line).contains("routeId=\"catalog\"").contains("tenant=\"0615\""));
    }

    @Test
    void anIdTokenIsNotAnApiTokenOnlyAnAccessTokenForThePlatformIs() throws Exception {
        String kommunekode = randomKommunekode();
        // What RP-initiated logout puts in the browser's address: the ID token (id_token_hint).
        String idToken = TestTokens.shared()
                .user("user-" + UUID.randomUUID())
                .municipality(kommunekode, "Testby Kommune")
                .roles("editor")
                .asIdToken()
                .mint();
        String otherAudience = TestTokens.shared()
                .user("user-" + UUID.randomUUID())
                .municipality(kommunekode, "Testby Kommune")
                .roles("editor")
                .audience("anskaf-gateway")
                .mint();

        HttpResponse<String> withIdToken =
                send(request("/api/v1/requirements/1", idToken).build());
        HttpResponse<String> withOtherAudience =
                send(request("/api/v1/requirements/1", otherAudience).build());
        HttpResponse<String> withAccessToken =
                send(request("/api/v1/requirements/1", token(kommunekode, "Testby Kommune"))
                        .build());

        assertThat(withIdToken.statusCode()).isEqualTo(401);
        assertThat(withIdToken.body()).contains("https://anskaf.dk/problems/unauthenticated");
        assertThat(withOtherAudience.statusCode()).isEqualTo(401);
        assertThat(withAccessToken.statusCode()).isEqualTo(200);
    }

    @Test
    void metricsOnlyForAnOperatorsTokenProbesForAnyone() throws Exception {
        HttpResponse<String> anonymous =
                send(request("/actuator/prometheus", null).build());
        HttpResponse<String> asBrowser = send(request("/actuator/prometheus", null)
                .header("Accept", "text/html")
                .build());
        HttpResponse<String> asEditor =
                send(request("/actuator/prometheus", token(randomKommunekode(), "Testby Kommune"))
                        .build());
        HttpResponse<String> asOperator =
                send(request("/actuator/prometheus", operatorToken()).build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(asBrowser.statusCode()).isEqualTo(401);
        assertThat(asEditor.statusCode()).isEqualTo(403);
        assertThat(asEditor.body()).contains("https://anskaf.dk/problems/forbidden");
        assertThat(asOperator.statusCode()).isEqualTo(200);
        assertThat(asOperator.body()).contains("jvm_memory_used_bytes");
        assertThat(send(request("/actuator/health/readiness", null).build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anIntegrationClientsTokenReachesTheReadApiAndNothingElse() throws Exception {
        String integration = TestTokens.shared()
                .user("kommune-integration")
                .municipality(randomKommunekode(), "Testby Kommune")
                .roles("integration")
                .claim("scope", java.util.List.of("dialogue.read"))
                .mint();

        HttpResponse<String> read =
                send(request("/api/v1/integration/dialogues", integration).build());
        HttpResponse<String> catalogue =
                send(request("/api/v1/requirements/42", integration).build());
        HttpResponse<String> dialogues =
                send(request("/api/v1/dialogues", integration).build());
        HttpResponse<String> page = send(request("/krav", integration).build());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("path").asString()).isEqualTo("/api/v1/integration/dialogues");
        assertThat(catalogue.statusCode()).isEqualTo(403);
        assertThat(catalogue.body()).contains("https://anskaf.dk/problems/forbidden");
        assertThat(dialogues.statusCode()).isEqualTo(403);
        assertThat(page.statusCode()).isEqualTo(403);
    }

    @Test
    void attachmentsAreRoutedAndAnUnknownApiPathIsProblemJson() throws Exception {
        String token = token(randomKommunekode(), "Testby Kommune");

        HttpResponse<String> attachment =
                send(request("/api/v1/attachments/42", token).build());
        HttpResponse<String> unknown =
                send(request("/api/v1/findes-ikke", token).build());

        assertThat(attachment.statusCode()).isEqualTo(200);
        assertThat(json.readTree(attachment.body()).get("path").asString()).isEqualTo("/api/v1/attachments/42");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("https://anskaf.dk/problems/not-found");
    }

    @Test
    void sessionAndCsrfCookiesAreSameSiteLaxAndAnUnknownLoginIsNot500() throws Exception {
        HttpResponse<String> login = send(request("/oauth2/authorization/anskaf", null)
                .header("Accept", "text/html")
                .build());
        HttpResponse<String> page =
                send(request("/", null).header("Accept", "text/html").build());
        HttpResponse<String> unknownLogin = send(request("/oauth2/authorization/findes-ikke", null)
                .header("Accept", "text/html")
                .build());

        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .isNotEmpty()
                .allSatisfy(
                        cookie -> assertThat(cookie).contains("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax"));
        assertThat(unknownLogin.statusCode()).isBetween(400, 404);
    }

    private static String randomKommunekode() {
        return String.valueOf(1000 + (int) (Math.random() * 8999));
    }

    private String operatorToken() {
        return TestTokens.shared().operator().mint();
    }

    private String token(String kommunekode, String name) {
        return TestTokens.shared()
                .user("user-" + UUID.randomUUID())
                .municipality(kommunekode, name)
                .roles("editor")
                .mint();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
