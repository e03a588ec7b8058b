package dk.anskaf.identity.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.web.Browser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * "Jeg er leverandør": the same answer for every address; an invited one gets a sign-in-requested event
 * (notification-service mails the link), within a limit per address and per client address.
 */
@IdentityIntegrationTest
class SupplierLinkRequestIntegrationTests {

    static final String ANSWER = "Hvis adressen er inviteret, sender vi et link";

    @LocalServerPort
    int port;

    @Autowired
    SupplierAccesses accesses;

    @Autowired
    IntegrationFixture fixture;

    String base;
    SupplierFixture suppliers;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
        suppliers = new SupplierFixture(base, accesses);
    }

    @Test
    void theMunicipalityChooserLeadsToTheSupplierPageWithALabelledAddressField() {
        Browser browser = new Browser(base);

        HttpResponse<String> chooser = browser.get("/login");
        HttpResponse<String> page = browser.get("/leverandoer");

        assertThat(chooser.body()).contains("href=\"/leverandoer\"");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<label for=\"email\">")
                .contains("id=\"email\"")
                .contains("lang=\"en\"");
    }

    @Test
    void anInvitedAddressGetsTheEventAndAnUnknownOneTheSamePageAndNothing() {
        SupplierAccess older = suppliers.invite(1_000_001, Instant.now().plus(Duration.ofDays(3)));
        accesses.invited(new SupplierAccess(
                older.contactId(), 1_000_002, older.email(), older.organisationId(), older.organisationName(), null));
        String unknown = "ukendt-" + UUID.randomUUID() + "@leverandoer.example";
        String client = clientAddress();

        HttpResponse<String> known = request(older.email().toUpperCase(), client);
        HttpResponse<String> notKnown = request(unknown, client);

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).contains(ANSWER);
        assertThat(withoutCsrf(notKnown.body())).isEqualTo(withoutCsrf(known.body()));
        JsonNode event = fixture.outboxEvent(SupplierEvents.SIGN_IN_REQUESTED, older.email());
        assertThat(event.get("tenantid").asString()).isEqualTo("operator");
        assertThat(event.get("data").get("email").asString()).isEqualTo(older.email());
        assertThat(event.get("data").get("organisationName").asString()).isEqualTo(older.organisationName());
        assertThat(event.get("data").get("dialogueId").asLong()).isEqualTo(1_000_002);
        assertThat(event.toString()).doesNotContain("token");
        EventContracts.documented().assertProducerMatches(SupplierEvents.SIGN_IN_REQUESTED, event);
        assertThat(fixture.count("select count(*) from outbox_event where event_key = ?", unknown))
                .isZero();
    }

    @Test
    void anAddressGetsAtMostThreeRequestsInTheWindow() {
        SupplierAccess access = suppliers.invite(1_000_003, Instant.now().plus(Duration.ofDays(3)));
        List<String> logged;

        try (CapturedLogs logs = new CapturedLogs()) {
            for (int i = 0; i < 5; i++) {
                assertThat(request(access.email(), clientAddress()).body()).contains(ANSWER);
            }
            logged = logs.lines();
        }

        assertThat(fixture.count("select count(*) from outbox_event where event_key = ?", access.email()))
                .isEqualTo(3);
        assertThat(logged).filteredOn(line -> line.contains("over the limit")).hasSize(2);
        assertThat(logged).noneMatch(line -> line.toLowerCase().contains(access.email()));
        assertThat(fixture.count("select count(*) from supplier_link_request where throttle_key like ?", "%@%"))
                .isZero();
    }

    @Test
    void aClientAddressGetsAtMostTwentyRequestsOnAnyAddresses() {
        String client = clientAddress();
        for (int i = 0; i < 20; i++) {
            request("ukendt-" + UUID.randomUUID() + "@leverandoer.example", client);
        }
        SupplierAccess access = suppliers.invite(1_000_004, Instant.now().plus(Duration.ofDays(3)));

        HttpResponse<String> over = request(access.email(), client);
        HttpResponse<String> elsewhere = request(access.email(), clientAddress());

        assertThat(over.body()).contains(ANSWER);
        assertThat(elsewhere.body()).contains(ANSWER);
        assertThat(fixture.count("select count(*) from outbox_event where event_key = ?", access.email()))
                .isEqualTo(1);
    }

    @Test
    void aMalformedAddressIsNamedOnThePageWithTheInputKept() {
        HttpResponse<String> page = request("ikke en adresse", clientAddress());

        assertThat(page.body())
                .contains("Skriv den e-mailadresse, du blev inviteret med")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"ikke en adresse\"")
                .doesNotContain(ANSWER);
    }

    /** A POST from a client address of its own (identity trusts X-Forwarded-For from its local proxy). */
    private HttpResponse<String> request(String email, String clientAddress) {
        Browser browser = new Browser(base);
        HttpResponse<String> form = browser.get("/leverandoer");
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/leverandoer"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(
                        Browser.encode(Map.of("email", email, "_csrf", Browser.csrf(form)))))
                .build());
    }

    private static String clientAddress() {
        UUID random = UUID.randomUUID();
        return "10." + Math.floorMod(random.getMostSignificantBits(), 250) + "."
                + Math.floorMod(random.getLeastSignificantBits(), 250) + "."
                + (1 + Math.floorMod(random.hashCode(), 250));
    }

    private static String withoutCsrf(String body) {
        return body.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
    }
}
