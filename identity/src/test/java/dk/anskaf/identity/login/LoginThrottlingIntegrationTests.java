package dk.anskaf.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.identity.user.UserAccounts;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.web.Browser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password guessing at identity's login, over real HTTP posts. Client addresses are told apart by
 * X-Forwarded-For, which identity trusts from loopback as from any internal proxy.
 */
@IdentityIntegrationTest
class LoginThrottlingIntegrationTests {

    static final String REFUSED = "Forkert brugernavn eller adgangskode, eller kontoen er midlertidigt spærret";
    static final String TENANT = "0615";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    String base;

    @BeforeEach
    void setUp() {
        base = "http://localhost:" + port;
    }

    @Test
    void anUnknownUserAWrongPasswordAndALockedAccountGetTheSameMessage() {
        String locked = newUser();
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            attempt(address, locked, "forkert");
        }

        String unknown = page(attempt(randomAddress(), "findes-ikke-" + UUID.randomUUID(), "forkert"));
        String wrong = page(attempt(randomAddress(), newUser(), "forkert"));
        String whileLocked = page(attempt(address, locked, IdentityTestProperties.PASSWORD));

        assertThat(List.of(unknown, wrong, whileLocked))
                .allSatisfy(body -> assertThat(body).contains(REFUSED).doesNotContain("låst"));
    }

    @Test
    void sixtyGuessesFromOneAddressAreCutOffAtTheAddressLimit() {
        String address = randomAddress();
        String victim = newUser();
        Session session = session();

        for (int i = 0; i < 60; i++) {
            HttpResponse<String> response = session.post(address, "gaet-" + i + "-" + UUID.randomUUID(), "forkert" + i);
            assertThat(Browser.location(response)).contains("/login?error");
        }
        // Never tried from this address before, right password: still refused, the address is cut off.
        HttpResponse<String> rightPasswordSameAddress = session.post(address, victim, IdentityTestProperties.PASSWORD);
        HttpResponse<String> rightPasswordElsewhere =
                session().post(randomAddress(), victim, IdentityTestProperties.PASSWORD);

        assertThat(Browser.location(rightPasswordSameAddress)).contains("/login?error");
        assertThat(Browser.location(rightPasswordElsewhere)).contains("/oauth2/authorize");
    }

    @Test
    void oneAddressCannotLockTheUserOutElsewhere() {
        String user = newUser();
        String attacker = randomAddress();
        for (int i = 0; i < 10; i++) {
            attempt(attacker, user, "forkert" + i);
        }

        HttpResponse<String> attackerWithRightPassword = attempt(attacker, user, IdentityTestProperties.PASSWORD);
        HttpResponse<String> userAtHisDesk = attempt(randomAddress(), user, IdentityTestProperties.PASSWORD);

        assertThat(Browser.location(attackerWithRightPassword)).contains("/login?error");
        assertThat(Browser.location(userAtHisDesk)).contains("/oauth2/authorize");
    }

    @Test
    void guessesFromManyAddressesLockTheAccountOnlyForItsWindow() {
        String user = newUser();
        for (int address = 0; address < 4; address++) {
            String from = randomAddress();
            for (int i = 0; i < 5; i++) {
                attempt(from, user, "forkert" + i);
            }
        }
        HttpResponse<String> whileLocked = attempt(randomAddress(), user, IdentityTestProperties.PASSWORD);

        // The lock's 15 minutes pass ...
        inTenant(() -> jdbc.sql("""
                        update app_user set locked_until = now() - interval '1 second',
                                            last_failed_at = now() - interval '16 minutes'
                        where username = ?
                        """).param(user).update());
        // ... and a single wrong guess afterwards does not lock it again.
        HttpResponse<String> oneMoreGuess = attempt(randomAddress(), user, "forkert");
        HttpResponse<String> afterTheWindow = attempt(randomAddress(), user, IdentityTestProperties.PASSWORD);

        assertThat(Browser.location(whileLocked)).contains("/login?error");
        assertThat(Browser.location(oneMoreGuess)).contains("/login?error");
        assertThat(Browser.location(afterTheWindow)).contains("/oauth2/authorize");
    }

    private HttpResponse<String> attempt(String address, String username, String password) {
        return session().post(address, username, password);
    }

    private String page(HttpResponse<String> failed) {
        return lastSession.browser.get(Browser.location(failed)).body();
    }

    private Session lastSession;

    /** A browser that has started a login and chosen Horsens Kommune. */
    private Session session() {
        OidcFlow flow = new OidcFlow(base);
        flow.startAuthorization();
        String csrf = Browser.csrf(flow.chooseMunicipality(TENANT));
        lastSession = new Session(base, flow.browser(), csrf);
        return lastSession;
    }

    private record Session(String base, Browser browser, String csrf) {
        HttpResponse<String> post(String address, String username, String password) {
            return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Browser.encode(Map.of("username", username, "password", password, "_csrf", csrf))))
                    .build());
        }
    }

    private String newUser() {
        String username = "bruger-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant(() -> users.create(
                TenantId.of(TENANT),
                username,
                "Prøvebruger",
                username + "@horsens.example",
                passwords.encode(IdentityTestProperties.PASSWORD),
                List.of("purchaser")));
        return username;
    }

    private void inTenant(Runnable work) {
        TenantContext.runAs(TenantId.of(TENANT), () -> transactions.executeWithoutResult(status -> work.run()));
    }

    private static String randomAddress() {
        int n = (int) (Math.random() * 250) + 1;
        int m = (int) (Math.random() * 250) + 1;
        return "198.51." + n + "." + m;
    }
}
