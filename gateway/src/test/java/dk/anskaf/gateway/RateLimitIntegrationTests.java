package dk.anskaf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's rate limit, with small limits: 5 requests a minute per anonymous address or per
 * municipality, 3 per supplier organisation and 2 kravbank downloads. Each test calls from its own loopback address (or with its own
 * municipality), so the tests do not share buckets.
 */
@AnskafIntegrationTest
class RateLimitIntegrationTests {

    static final EchoService services = EchoService.start();
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final HttpServer portal = portalWithCachedAssets();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("anskaf.gateway.catalog-url", services::url);
        registry.add(
                "anskaf.gateway.portal-url",
                () -> "http://127.0.0.1:" + portal.getAddress().getPort());
        registry.add("anskaf.gateway.rate-limit.anonymous-per-minute", () -> 5);
        registry.add("anskaf.gateway.rate-limit.municipality-per-minute", () -> 5);
        registry.add("anskaf.gateway.rate-limit.supplier-organisation-per-minute", () -> 3);
        registry.add("anskaf.gateway.rate-limit.kravbank-downloads-per-minute", () -> 2);
        registry.add("spring.security.oauth2.client.registration.anskaf.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stop() {
        services.close();
        portal.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hundredsOfAssetRequestsFromOneAddressAllPassAndLeaveThePageAllowanceWhole() throws Exception {
        try (HttpClient client = from("127.0.0.21")) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String path = i % 3 == 0 ? "/favicon.ico" : "/assets/dkfds/css/dkfds-" + i + ".min.css";
                statuses.add(get(client, path, null).statusCode());
            }
            HttpResponse<String> asset = get(client, "/assets/portal-0123456789abcdef0123456789abcdef.css", null);
            HttpResponse<String> page = get(client, "/hjaelp", null);

            assertThat(statuses).hasSize(300).containsOnly(200);
            // The portal's caching header reaches the browser; the gateway's no-cache default does not replace it.
            assertThat(asset.headers().allValues("Cache-Control")).containsExactly(IMMUTABLE);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
            assertThat(page.headers().firstValue("X-RateLimit-Remaining")).hasValue("4");
        }
    }

    @Test
    void anAddressOverThePageLimitGetsADanishPageAndTheApiProblemJsonWithRetryAfter() throws Exception {
        try (HttpClient client = from("127.0.0.22");
                HttpClient neighbour = from("127.0.0.23")) {
            for (int i = 0; i < 5; i++) {
                assertThat(get(client, "/hjaelp", null).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> page = get(client, "/hjaelp", null);
            HttpResponse<String> api = get(client, "/api/v1/public/statistics", null);
            HttpResponse<String> otherAddress = get(neighbour, "/hjaelp", null);

            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("For mange forespørgsler").contains("Vent et øjeblik");
            assertRetryAfterWithinTheMinute(page);
            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(api.body())
                    .contains("\"type\":\"https://anskaf.dk/problems/too-many-requests\"")
                    .contains("\"status\":429");
            assertThat(api.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
            assertRetryAfterWithinTheMinute(api);
            assertThat(otherAddress.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAddressNamedInXForwardedForDoesNotEscapeTheLimit() throws Exception {
        try (HttpClient client = from("127.0.0.24")) {
            int refused = 0;
            for (int i = 0; i < 8; i++) {
                HttpResponse<String> response = send(
                        client,
                        request("/hjaelp", null)
                                .header("X-Forwarded-For", "198.51.100." + i)
                                .header("Forwarded", "for=198.51.100." + i)
                                .build());
                refused += response.statusCode() == 429 ? 1 : 0;
            }

            assertThat(refused).isEqualTo(3);
        }
    }

    @Test
    void kravbankDownloadsHaveTheirOwnSmallerLimitApartFromPages() throws Exception {
        try (HttpClient client = from("127.0.0.25")) {
            List<Integer> downloads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                downloads.add(get(client, "/api/v1/public/kravbank." + (i % 2 == 0 ? "xlsx" : "csv"), null)
                        .statusCode());
            }
            HttpResponse<String> page = get(client, "/", null);

            assertThat(downloads).containsExactly(200, 200, 429);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("X-RateLimit-Remaining")).hasValue("4");
        }

        String token = token(randomKommunekode());
        try (HttpClient client = from("127.0.0.26")) {
            List<Integer> downloads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                downloads.add(get(client, "/api/v1/kravbank.xlsx", token).statusCode());
            }
            HttpResponse<String> api = get(client, "/api/v1/classifications", token);

            assertThat(downloads).containsExactly(200, 200, 429);
            assertThat(api.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aMunicipalityIsLimitedByItsTokenWhereverItCallsFrom() throws Exception {
        String kommunekode = randomKommunekode();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            try (HttpClient client = from("127.0.1." + (10 + i))) {
                statuses.add(get(client, "/api/v1/classifications", token(kommunekode))
                        .statusCode());
            }
        }
        HttpResponse<String> other;
        try (HttpClient client = from("127.0.1.10")) {
            other = get(client, "/api/v1/classifications", token(randomKommunekode()));
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void supplierOrganisationsBehindOneAddressEachHaveTheirOwnAllowanceApartFromTheAddresss() throws Exception {
        // The deadline rush: many organisations answer at once, some behind one address (a consultancy's NAT).
        UUID organisation = UUID.randomUUID();
        String first = supplierToken(organisation);
        String sameOrganisation = supplierToken(organisation);
        try (HttpClient client = from("127.0.2.10")) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(get(client, "/api/v1/classifications", first).statusCode());
            }
            HttpResponse<String> anotherContact = get(client, "/api/v1/classifications", sameOrganisation);
            List<HttpResponse<String>> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                others.add(get(client, "/api/v1/classifications", supplierToken(UUID.randomUUID())));
            }
            HttpResponse<String> anonymous = get(client, "/hjaelp", null);

            assertThat(statuses).containsExactly(200, 200, 200);
            assertThat(anotherContact.statusCode()).isEqualTo(429);
            assertThat(others).extracting(HttpResponse::statusCode).containsOnly(200);
            assertThat(others.getFirst().headers().firstValue("X-RateLimit-Limit"))
                    .hasValue("3");
            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(anonymous.headers().firstValue("X-RateLimit-Remaining")).hasValue("4");
        }
    }

    @Test
    void aSupplierClaimThatIsNoOrganisationIdCountsAsItsAddress() throws Exception {
        String odd = TestTokens.shared()
                .user("contact-" + UUID.randomUUID())
                .claim("supplier_org", "not-an-id")
                .roles("supplier")
                .mint();
        try (HttpClient client = from("127.0.2.11")) {
            HttpResponse<String> response = get(client, "/api/v1/classifications", odd);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
        }
    }

    @Test
    void theOldCounterTableIsGoneAndTheLimitStillHolds() throws Exception {
        Boolean exists = jdbc.sql("select to_regclass('rate_limit_window') is not null")
                .query(Boolean.class)
                .single();

        assertThat(exists).isFalse();
        try (HttpClient client = from("127.0.0.27")) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(get(client, "/tilgaengelighed", null).statusCode());
            }
            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
        }
    }

    @Test
    void aBearerApiCallAndAnAnonymousPageTouchNoDatabase() throws Exception {
        String kommunekode = randomKommunekode();
        connections.taken.clear();

        try (HttpClient client = from("127.0.0.28")) {
            for (int i = 0; i < 5; i++) {
                // An API client that also carries a (stale) session cookie: the bearer door loads no session.
                HttpRequest.Builder api = request("/api/v1/classifications", token(kommunekode));
                if (i % 2 == 1) {
                    api.header("Cookie", "SESSION=" + UUID.randomUUID());
                }
                assertThat(send(client, api.build()).statusCode()).isEqualTo(200);
                assertThat(get(client, i % 2 == 0 ? "/" : "/hjaelp", null).statusCode())
                        .isEqualTo(200);
            }
            assertThat(get(client, "/api/v1/classifications", token(kommunekode))
                            .statusCode())
                    .isEqualTo(429);
        }

        assertThat(connections.taken)
                .as("threads that took a database connection")
                .isEmpty();
    }

    @Autowired
    CountingConnections connections;

    /**
     * Records every connection taken from the gateway's pool, by thread, except the scheduled clean-up
     * of expired sessions (a timer, not a request).
     */
    static final class CountingConnections extends DelegatingDataSource {
        final Queue<String> taken = new ConcurrentLinkedQueue<>();

        CountingConnections(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            String thread = Thread.currentThread().getName();
            if (!thread.startsWith("scheduling-")) {
                taken.add(thread);
            }
            return super.getConnection();
        }
    }

    @TestConfiguration
    static class CountConnections {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof CountingConnections)
                            ? new CountingConnections(dataSource)
                            : bean;
                }
            };
        }
    }

    /** The portal as far as these tests need it: 200 for everything, assets with a year's caching. */
    static HttpServer portalWithCachedAssets() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().startsWith("/assets/")) {
                    exchange.getResponseHeaders().set("Cache-Control", IMMUTABLE);
                }
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRetryAfterWithinTheMinute(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    }

    static String randomKommunekode() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1000, 9999));
    }

    static String token(String kommunekode) {
        return TestTokens.shared()
                .user("user-" + UUID.randomUUID())
                .municipality(kommunekode, "Testby Kommune")
                .roles("editor")
                .mint();
    }

    static String supplierToken(UUID organisation) {
        return TestTokens.shared()
                .user("contact-" + UUID.randomUUID())
                .supplier(organisation, "Leverandør " + organisation)
                .mint();
    }

    /** A client whose connections come from the given loopback address (Linux routes all of 127/8). */
    static HttpClient from(String address) throws Exception {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpResponse<String> get(HttpClient client, String path, String token) throws Exception {
        return send(client, request(path, token).build());
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
