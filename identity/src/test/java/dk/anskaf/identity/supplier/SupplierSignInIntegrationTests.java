package dk.anskaf.identity.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.identity.server.MachineClients;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.web.Browser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import tools.jackson.databind.JsonNode;

/**
 * A supplier contact signs in by a single-use link: identity issues it only to notification-service's
 * machine client and only for an invited address, a GET shows a button, the POST redeems it once and the
 * real authorization code flow then gives a token naming the organisation and no municipality.
 */
@IdentityIntegrationTest
class SupplierSignInIntegrationTests {

    static final String REFUSED = "Linket kan ikke bruges";

    @LocalServerPort
    int port;

    @Autowired
    SupplierAccesses accesses;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    RegisteredClientRepository clients;

    @Autowired
    PasswordEncoder passwords;

    String base;
    SupplierFixture suppliers;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
        suppliers = new SupplierFixture(base, accesses);
    }

    @Test
    void anInvitedContactSignsInByLinkAndGetsATokenForItsOrganisationWithoutATenant() {
        SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        JsonNode link = suppliers.link(access.email().toUpperCase(), access.dialogueId());
        OidcFlow flow = new OidcFlow(base);

        HttpResponse<String> page = flow.browser().get(SupplierFixture.localPath(link));
        HttpResponse<String> redeemed = redeem(flow.browser(), page);
        String verifier = OidcFlow.randomVerifier();
        JsonNode tokens = flow.finish(OidcFlow.authorizeUrl(verifier), verifier);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<button type=\"submit\">Log ind");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(Browser.location(redeemed))
                .isEqualTo(IdentityTestProperties.PORTAL_URL + "/leverandoer/markedsdialoger/" + access.dialogueId());
        Jwt token = flow.decode(tokens);
        assertThat(token.getSubject()).isEqualTo(access.contactId().toString());
        assertThat(token.getClaimAsString("supplier_org"))
                .isEqualTo(access.organisationId().toString());
        assertThat(token.getClaimAsString("supplier_org_name")).isEqualTo(access.organisationName());
        assertThat(token.getClaimAsString("email")).isEqualTo(access.email());
        assertThat(token.getClaimAsString("name")).isEqualTo(access.email());
        assertThat(token.getClaimAsStringList("roles")).containsExactly("supplier");
        assertThat(token.getClaims()).doesNotContainKeys("tenant_id", "tenant_name", "tenant_slug", "kommunekode");
        Map<String, Object> idToken = claims(tokens.get("id_token").asString());
        assertThat(idToken).doesNotContainKeys("tenant_id", "tenant_name", "tenant_slug", "kommunekode", "roles");
        assertThat(idToken)
                .containsEntry("supplier_org", access.organisationId().toString());
    }

    @Test
    void theLinkExpiresAtTheDeadlineOrAfterFourteenDaysAndAfterTheDeadlineInFourteenDays() {
        Instant deadline = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        SupplierAccess soon = suppliers.invite(dialogueId(), deadline);
        SupplierAccess later = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(60)));
        SupplierAccess passed = suppliers.invite(dialogueId(), Instant.now().minus(Duration.ofDays(1)));

        Instant soonExpiry = expiresAt(suppliers.link(soon.email(), soon.dialogueId()));
        Instant laterExpiry = expiresAt(suppliers.link(later.email(), null));
        Instant passedExpiry = expiresAt(suppliers.link(passed.email(), passed.dialogueId()));

        assertThat(soonExpiry).isEqualTo(deadline);
        assertThat(Duration.between(Instant.now(), laterExpiry))
                .isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14));
        assertThat(Duration.between(Instant.now(), passedExpiry))
                .isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14));
    }

    @Test
    void theLinkIsStoredOnlyAsItsHashAndTheGetDoesNotUseItUp() {
        SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        JsonNode link = suppliers.link(access.email(), access.dialogueId());
        String token = SupplierFixture.token(link);

        new Browser(base).get(SupplierFixture.localPath(link));
        new Browser(base).get(SupplierFixture.localPath(link));

        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        assertThat(fixture.count("select count(*) from supplier_sign_in_link where token_hash = ?", token))
                .isZero();
        assertThat(fixture.count(
                        "select count(*) from supplier_sign_in_link where token_hash = ? and used_at is null",
                        SignInLinks.hash(token)))
                .isEqualTo(1);
    }

    @Test
    void aRedeemedLinkCannotBeUsedAgain() {
        SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        JsonNode link = suppliers.link(access.email(), access.dialogueId());
        Browser first = new Browser(base);
        Browser second = new Browser(base);
        HttpResponse<String> firstPage = first.get(SupplierFixture.localPath(link));
        HttpResponse<String> secondPage = second.get(SupplierFixture.localPath(link));

        assertThat(redeem(first, firstPage).statusCode()).isEqualTo(302);
        HttpResponse<String> again = redeem(second, secondPage);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(REFUSED).contains("name=\"email\"");
        assertThat(again.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void ofTwoParallelRedemptionsExactlyOneSignsIn() throws Exception {
        SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        JsonNode link = suppliers.link(access.email(), access.dialogueId());
        List<Browser> browsers = List.of(new Browser(base), new Browser(base), new Browser(base));
        List<HttpResponse<String>> pages = browsers.stream()
                .map(b -> b.get(SupplierFixture.localPath(link)))
                .toList();
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> results = java.util.stream.IntStream.range(0, browsers.size())
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return redeem(browsers.get(i), pages.get(i)).statusCode();
                }))
                .toList();
        start.countDown();

        assertThat(results.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(302, 200, 200);
    }

    @Test
    void anExpiredLinkIsRefused() {
        SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        JsonNode link = suppliers.link(access.email(), access.dialogueId());
        fixture.jdbc()
                .sql("update supplier_sign_in_link set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(SignInLinks.hash(SupplierFixture.token(link)))
                .update();
        Browser browser = new Browser(base);

        HttpResponse<String> refused = redeem(browser, browser.get(SupplierFixture.localPath(link)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(REFUSED);
    }

    @Test
    void anUnknownTokenGetsTheSameNeutralPage() {
        Browser browser = new Browser(base);
        HttpResponse<String> page = browser.get("/leverandoer/login?token=ikke-et-link");

        HttpResponse<String> refused = redeem(browser, page);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(REFUSED).contains("name=\"email\"");
    }

    @Test
    void aLinkForDialogueAContinuesToDialogueAWhateverTheRequestNames() {
        SupplierAccess a = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        long dialogueB = dialogueId();
        accesses.invited(new SupplierAccess(
                a.contactId(), dialogueB, a.email(), a.organisationId(), a.organisationName(), a.deadline()));
        JsonNode link = suppliers.link(a.email(), a.dialogueId());
        Browser browser = new Browser(base);
        HttpResponse<String> page = browser.get(SupplierFixture.localPath(link) + "&dialogueId=" + dialogueB);

        HttpResponse<String> redeemed = browser.postForm(
                "/leverandoer/login",
                Map.of(
                        "token", SupplierFixture.token(link),
                        "dialogueId", String.valueOf(dialogueB),
                        "_csrf", Browser.csrf(page)));

        assertThat(Browser.location(redeemed)).endsWith("/leverandoer/markedsdialoger/" + a.dialogueId());
    }

    @Test
    void aLinkOfACancelledDialogueNoLongerSignsInAndNoNewOneIsIssued() {
        SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        JsonNode link = suppliers.link(access.email(), access.dialogueId());
        accesses.ended(access.dialogueId());
        Browser browser = new Browser(base);

        HttpResponse<String> refused = redeem(browser, browser.get(SupplierFixture.localPath(link)));

        assertThat(refused.body()).contains(REFUSED);
        assertThat(suppliers
                        .requestLink(
                                suppliers.notificationToken(),
                                "{\"email\":\"" + access.email() + "\",\"dialogueId\":" + access.dialogueId() + "}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyNotificationServicesMachineClientGetsLinks() {
        SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
        String body = "{\"email\":\"" + access.email() + "\",\"dialogueId\":" + access.dialogueId() + "}";
        JsonNode municipal = new OidcFlow(base).login("0710", "redaktoer", IdentityTestProperties.PASSWORD);
        String otherClient = "favrskov-esdh-" + UUID.randomUUID();
        clients.save(MachineClients.of(
                otherClient, passwords.encode("hemmelig-1234"), "0710", "purchaser", Duration.ofMinutes(5)));

        assertThat(suppliers.requestLink(null, body).statusCode()).isEqualTo(401);
        assertThat(suppliers
                        .requestLink(municipal.get("access_token").asString(), body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(suppliers
                        .requestLink(municipal.get("id_token").asString(), body)
                        .statusCode())
                .isEqualTo(401);
        assertThat(suppliers
                        .requestLink(suppliers.clientToken(otherClient, "hemmelig-1234", "api"), body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(suppliers.requestLink(suppliers.notificationToken(), body).statusCode())
                .isEqualTo(201);
    }

    @Test
    void anAddressWithoutAccessGets404AndAMissingAddress400NamingTheField() {
        String token = suppliers.notificationToken();

        HttpResponse<String> unknown = suppliers.requestLink(token, "{\"email\":\"ukendt@leverandoer.example\"}");
        HttpResponse<String> missing = suppliers.requestLink(token, "{\"dialogueId\":676}");
        HttpResponse<String> otherDialogue = suppliers.requestLink(
                token,
                "{\"email\":\"" + suppliers.invite(dialogueId(), null).email() + "\",\"dialogueId\":" + dialogueId()
                        + "}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"email\"");
        assertThat(otherDialogue.statusCode()).isEqualTo(404);
        assertThat(fixture.count(
                        "select count(*) from supplier_sign_in_link where email = 'ukendt@leverandoer.example'"))
                .isZero();
    }

    @Test
    void noLinkOrTokenValueReachesTheLog() {
        try (CapturedLogs logs = new CapturedLogs()) {
            SupplierAccess access = suppliers.invite(dialogueId(), Instant.now().plus(Duration.ofDays(3)));
            JsonNode link = suppliers.link(access.email(), access.dialogueId());
            OidcFlow flow = new OidcFlow(base);
            HttpResponse<String> page = flow.browser().get(SupplierFixture.localPath(link));
            redeem(flow.browser(), page);
            redeem(new Browser(base), new Browser(base).get(SupplierFixture.localPath(link)));
            String verifier = OidcFlow.randomVerifier();
            JsonNode tokens = flow.finish(OidcFlow.authorizeUrl(verifier), verifier);

            String token = SupplierFixture.token(link);
            List<String> secrets = List.of(
                    token,
                    SignInLinks.hash(token),
                    tokens.get("access_token").asString(),
                    tokens.get("refresh_token").asString());
            assertThat(logs.lines()).isNotEmpty();
            for (String line : logs.lines()) {
                for (String secret : secrets) {
                    assertThat(line).doesNotContain(secret);
                }
            }
        }
    }

    private HttpResponse<String> redeem(Browser browser, HttpResponse<String> page) {
        String token = page.body().replaceAll("(?s).*name=\"token\" value=\"([^\"]*)\".*", "$1");
        return browser.postForm("/leverandoer/login", Map.of("token", token, "_csrf", Browser.csrf(page)));
    }

    private static long dialogueId() {
        return Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
    }

    private static Instant expiresAt(JsonNode link) {
        return Instant.parse(link.get("expiresAt").asString());
    }

    private static Map<String, Object> claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet().getClaims();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
