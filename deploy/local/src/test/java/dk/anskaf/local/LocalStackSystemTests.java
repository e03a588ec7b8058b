package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.registry.ServiceEntry;
import dk.anskaf.platform.registry.ServiceRoute;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.web.Browser;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real services as separate processes, started by the same launcher a newcomer uses, with two
 * catalog instances (so two outbox relays). Proves the promise end to end: one promotion request, one
 * mail per board member identity knows (the seeded demo board), even when the event is delivered again;
 * and the seeded municipalities with users reach the front page.
 */
class LocalStackSystemTests {

    static LocalStack stack;
    static int catalogPort;
    static int secondCatalogPort;

    @BeforeAll
    static void startStack() throws Exception {
        stack = SystemStack.get();
        catalogPort = SystemStack.catalogPort();
        secondCatalogPort = SystemStack.catalogPort(1);
    }

    @Test
    void onePromotionRequestMailsEachBoardMemberOnceAcrossTwoRelaysAndARedelivery() throws Exception {
        String token = stack.demoEditorToken();
        String name = "System test " + UUID.randomUUID();

        HttpResponse<String> created = post(catalogPort, "/api/v1/requirements", token, """
                {"name":"%s","description":"Gendannelse inden for 4 timer","categoryId":6,"priority":"NORMAL","allDomains":true}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        HttpResponse<String> requested = post(
                secondCatalogPort,
                "/api/v1/requirements/" + id + "/promotion-requests",
                token,
                "{\"reason\":\"Til alle\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);

        assertThat(awaitMails(name, 3, Duration.ofSeconds(60))).hasSize(3);

        ConsumerRecord<String, String> event;
        try (var probe = new TopicProbe(stack.bootstrapServers(), "anskaf.catalog.promotions")) {
            event = probe.await(1, Duration.ofSeconds(20)).stream()
                    .filter(r -> r.value().contains(name))
                    .findFirst()
                    .orElseThrow();
        }
        TopicProbe.redeliver(stack.bootstrapServers(), event);
        Thread.sleep(5000);

        List<MimeMessage> mails = mailsAbout(name);
        assertThat(mails).hasSize(3);
        // The demo seed's board members, from identity's events; the configured fallback is not mailed.
        assertThat(mails)
                .flatExtracting(m -> List.of(m.getAllRecipients()))
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "kravredaktoer@favrskov.example",
                        "kravredaktoer@fredericia.example",
                        "kravredaktoer@horsens.example");
    }

    @Test
    void theFrontPageThroughTheGatewayCountsTheThreeSeededMunicipalitiesWithUsers() throws Exception {
        String gateway = stack.gatewayUrls().get(0);
        java.util.regex.Pattern connected =
                java.util.regex.Pattern.compile("Tilsluttede kommuner</dt>\\s*<dd>(\\d+)</dd>");
        String count = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!count.equals("3") && System.nanoTime() < deadline) {
            HttpResponse<String> front = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(gateway + "/")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(front.statusCode()).isEqualTo(200);
            java.util.regex.Matcher found = connected.matcher(front.body());
            assertThat(found.find()).as(front.body()).isTrue();
            count = found.group(1);
            if (!count.equals("3")) {
                Thread.sleep(500);
            }
        }

        assertThat(count).isEqualTo("3");
    }

    @Test
    void anEditorLogsInThroughTheGatewayAndTheSessionWorksOnEveryGatewayInstance() throws Exception {
        String gateway = stack.gatewayUrls().get(0);
        String secondGateway = stack.gatewayUrls().get(1);
        Browser browser = new Browser(gateway);

        HttpResponse<String> home = logIn(browser, gateway, "0710", "redaktoer");
        HttpResponse<String> viaFirst = browser.getJson(gateway + "/api/v1/classifications");
        HttpResponse<String> viaSecond = browser.getJson(secondGateway + "/api/v1/classifications");
        HttpResponse<String> postWithoutCsrf = browser.postForm(gateway + "/api/v1/requirements", java.util.Map.of());
        String name = "Via gateway " + UUID.randomUUID();
        HttpResponse<String> created =
                browser.send(java.net.http.HttpRequest.newBuilder(URI.create(gateway + "/api/v1/requirements"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"name":"%s","description":"Oprettet gennem gatewayen","categoryId":1,"priority":"HIGH","allDomains":true}""".formatted(name)))
                        .build());
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        HttpResponse<String> promoted = browser.send(java.net.http.HttpRequest.newBuilder(
                        URI.create(secondGateway + "/api/v1/requirements/" + id + "/promotion-requests"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"Gennem gatewayen\"}"))
                .build());

        assertThat(home.body()).contains("Favrskov Kommune");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(201);
        assertThat(awaitMails(name, 3, Duration.ofSeconds(60)))
                .hasSize(3)
                .allSatisfy(
                        mail -> assertThat(((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getPersonal())
                                .isEqualTo("Favrskov Kommune"));
        assertThat(viaFirst.statusCode()).as(viaFirst.body()).isEqualTo(200);
        assertThat(viaFirst.body()).contains("Drift, vedligehold og support");
        assertThat(viaSecond.statusCode()).as(viaSecond.body()).isEqualTo(200);
        assertThat(postWithoutCsrf.statusCode()).isEqualTo(403);
    }

    @Test
    void aUserOfAnotherMunicipalityCannotReachFavrskovsRequirementThroughTheGateway() throws Exception {
        String token = stack.demoEditorToken();
        HttpResponse<String> created = post(catalogPort, "/api/v1/requirements", token, """
                {"name":"Kun Favrskov","description":"Lokalt","categoryId":1,"priority":"NORMAL","allDomains":true}""");
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        String gateway = stack.gatewayUrls().get(0);
        Browser fredericia = new Browser(gateway);
        logIn(fredericia, gateway, "0607", "redaktoer");

        HttpResponse<String> read =
                fredericia.send(java.net.http.HttpRequest.newBuilder(URI.create(gateway + "/api/v1/requirements/" + id))
                        .header("X-Tenant-Id", "0710")
                        .build());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(read.statusCode()).isEqualTo(404);
    }

    @Test
    void loggingOutEndsTheSessionAtTheGatewayAndAtIdentity() throws Exception {
        String gateway = stack.gatewayUrls().get(0);
        Browser browser = new Browser(gateway);
        logIn(browser, gateway, "0615", "indkoeber");

        HttpResponse<String> logout = browser.send(java.net.http.HttpRequest.newBuilder(URI.create(gateway + "/logout"))
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        String toIdentity = Browser.location(logout);
        String backToGateway = Browser.location(browser.get(toIdentity));
        HttpResponse<String> afterwards = browser.getJson(gateway + "/api/v1/classifications");

        assertThat(toIdentity).startsWith(stack.identityUrl() + "/connect/logout");
        assertThat(backToGateway).isEqualTo(gateway + "/");
        assertThat(afterwards.statusCode()).isEqualTo(401);
        // The logout address carries the ID token (id_token_hint); it opens no API, then or later.
        String idToken = java.net.URLDecoder.decode(
                toIdentity.replaceAll(".*[?&]id_token_hint=([^&]+).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(idToken).isNotEqualTo(toIdentity);
        for (String base : List.of(gateway, "http://localhost:" + catalogPort, stack.identityUrl())) {
            HttpResponse<String> withIdToken = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/classifications"))
                                    .header("Authorization", "Bearer " + idToken)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(withIdToken.statusCode()).as(base).isEqualTo(401);
        }
    }

    @Test
    void metricsAnswerOnlyTheOperatorOnEveryServiceAndProbesAnyone() throws Exception {
        String operator = LocalStack.demoMetricsToken(stack.identityUrl());
        for (ServiceProcess service : stack.services()) {
            String base = "http://localhost:" + service.environment().get("PORT");
            HttpResponse<String> anonymous = get(base + "/actuator/prometheus", null);
            HttpResponse<String> asOperator = get(base + "/actuator/prometheus", operator);
            HttpResponse<String> probe = get(base + "/actuator/health/readiness", null);

            assertThat(anonymous.statusCode()).as(base).isEqualTo(401);
            assertThat(asOperator.statusCode()).as(base).isEqualTo(200);
            assertThat(asOperator.body()).as(base).contains("jvm_memory_used_bytes");
            assertThat(probe.statusCode()).as(base).isEqualTo(200);
        }
    }

    @Test
    void everyServiceOfTheRegistryIsReadyOnEveryInstanceAndReachedThroughTheGatewayOnEachOfItsRoutes()
            throws Exception {
        String token = stack.demoEditorToken();
        String gateway = stack.gatewayUrls().getFirst();
        for (ServiceEntry service : stack.registry().services()) {
            for (String instance : stack.instanceUrls(service.name())) {
                assertThat(get(instance + "/actuator/health/readiness", null).statusCode())
                        .as(instance)
                        .isEqualTo(200);
            }
            for (ServiceRoute route : service.routes()) {
                String path = route.paths().getFirst().replace("**", "registry-probe");
                HttpResponse<String> routed = get(gateway + path, token);

                // Neither the gateway's "no service here" nor its fallback for a service that is away.
                assertThat(routed.statusCode()).as(path).isNotEqualTo(503);
                assertThat(routed.body()).as(path).doesNotContain("Der er ingen tjeneste på denne adresse");
            }
        }
    }

    @Test
    void theDialogueServiceAnswersThroughTheGatewayWithItsOwnProblemForAPathItDoesNotServe() throws Exception {
        HttpResponse<String> dialogue =
                get(stack.gatewayUrls().getFirst() + "/api/v1/dialogues/1/no-such-page", stack.demoEditorToken());

        assertThat(dialogue.statusCode()).isEqualTo(404);
        assertThat(dialogue.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(dialogue.body()).doesNotContain("Der er ingen tjeneste på denne adresse");
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNulCharacterIsRefusedWithA400NamingTheFieldOnEveryPathThroughTheGateway() throws Exception {
        String gateway = stack.gatewayUrls().get(0);
        Browser editor = new Browser(gateway);
        logIn(editor, gateway, "0710", "redaktoer");
        Browser administrator = new Browser(gateway);
        logIn(administrator, gateway, "0710", "admin");
        String name = "Kontroltegn " + UUID.randomUUID();

        HttpResponse<String> requirement =
                sendJson(editor, "POST", gateway + "/api/v1/requirements", """
                {"name":"%s","description":"a\\u0000b","categoryId":1,"priority":"NORMAL","allDomains":true}""".formatted(name));
        HttpResponse<String> extension = sendJson(
                editor,
                "PUT",
                gateway + "/api/v1/requirements/1/local-extension",
                "{\"localDescription\":\"lokal\\u0000\",\"optedOut\":false}");
        HttpResponse<String> template = sendJson(
                administrator,
                "PUT",
                gateway + "/api/v1/mail-templates/invitation",
                "{\"subject\":\"Emne\\u0000\",\"body\":\"Tekst\"}");
        HttpResponse<String> search = editor.getJson(gateway + "/api/v1/requirements?list=ALL&q=a%00b");
        HttpResponse<String> list =
                editor.getJson(gateway + "/api/v1/requirements?list=ALL&q=" + name.replace(' ', '+'));

        assertThat(List.of(requirement, extension, template, search))
                .allSatisfy(response ->
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(400));
        assertThat(requirement.body()).contains("\"field\":\"description\"");
        assertThat(extension.body()).contains("\"field\":\"localDescription\"");
        assertThat(template.body()).contains("\"field\":\"subject\"");
        assertThat(search.body()).contains("\"field\":\"q\"");
        assertThat(list.body()).doesNotContain(name);
    }

    private static HttpResponse<String> sendJson(Browser browser, String method, String url, String body) {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The whole browser login: gateway, identity's "Vælg myndighed" and password page, back to the gateway. */
    private static HttpResponse<String> logIn(Browser browser, String gateway, String tenant, String username) {
        String toAuthorization = Browser.location(browser.get(gateway + "/krav"));
        String toIdentity = Browser.location(browser.get(absolute(gateway, toAuthorization)));
        String toLogin = Browser.location(browser.get(toIdentity));
        HttpResponse<String> choose = browser.get(absolute(stack.identityUrl(), toLogin) + "?skift=1");
        browser.postForm(
                stack.identityUrl() + "/login/myndighed",
                java.util.Map.of("myndighed", tenant, "_csrf", Browser.csrf(choose)));
        HttpResponse<String> loginPage = browser.get(stack.identityUrl() + "/login");
        HttpResponse<String> loggedIn = browser.postForm(
                stack.identityUrl() + "/login",
                java.util.Map.of(
                        "username", username, "password", LocalStack.DEMO_PASSWORD, "_csrf", Browser.csrf(loginPage)));
        String resume = Browser.location(loggedIn);
        String callback = Browser.location(browser.get(absolute(stack.identityUrl(), resume)));
        String afterLogin = Browser.location(browser.get(absolute(gateway, callback)));
        return browser.get(absolute(gateway, afterLogin));
    }

    private static String absolute(String base, String location) {
        return location.startsWith("http") ? location : base + location;
    }

    private static HttpResponse<String> post(int port, String path, String token, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static List<MimeMessage> awaitMails(String subjectPart, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (mailsAbout(subjectPart).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return mailsAbout(subjectPart);
    }

    private static List<MimeMessage> mailsAbout(String subjectPart) {
        return stack.mail().messages().stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(subjectPart);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
