package dk.anskaf.notification;

import com.sun.net.httpserver.HttpExchange;
import dk.anskaf.platform.test.web.StubHttpService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Stands in for identity's token endpoint and its sign-in link endpoint (the agreed design in
 * docs/security.md), on a real local HTTP port: a token only for client {@code anskaf-notification} with
 * its secret and scope {@code supplier-links}; a link (201) only with that token and only for addresses
 * the test said have an access, else 404. "Down" drops every connection without an answer.
 */
public final class IdentityStub implements AutoCloseable {

    public static final String SECRET = "test-secret-for-notification";
    private static final String CLIENT = "anskaf-notification";

    /** One link identity issued: for whom, for which dialogue, and the link. */
    public record Issued(String email, String dialogueId, String url) {}

    private final StubHttpService server;
    private final Set<String> invited = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<Issued> issued = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile boolean down;

    private IdentityStub() {
        server = StubHttpService.start()
                .on("/oauth2/token", this::token)
                .on("/internal/v1/supplier-sign-in-links", this::link);
    }

    public static IdentityStub start() {
        return new IdentityStub();
    }

    /** Points notification-service at this stub with the machine client's secret. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("anskaf.notification.identity.url", server::url);
        registry.add("anskaf.notification.identity.client-secret", () -> SECRET);
    }

    /** The address now has a valid supplier access (identity recorded its invitation). */
    public void invite(String email) {
        invited.add(email.toLowerCase(java.util.Locale.ROOT));
    }

    /** Identity answers 400 for the address (it cannot take it). */
    public void refuse(String email) {
        refused.add(email.toLowerCase(java.util.Locale.ROOT));
    }

    public void down(boolean down) {
        this.down = down;
    }

    public List<Issued> issued() {
        return List.copyOf(issued);
    }

    public int tokensIssued() {
        return tokens.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        if (down) {
            exchange.close();
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !body.contains("grant_type=client_credentials")
                || !body.contains("scope=supplier-links")) {
            StubHttpService.answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = "token-" + tokens.incrementAndGet();
        StubHttpService.answer(exchange, 200, "application/json", """
                {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"supplier-links"}""".formatted(token));
    }

    private void link(HttpExchange exchange) throws IOException {
        if (down) {
            exchange.close();
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!"POST".equals(exchange.getRequestMethod())
                || authorization == null
                || !authorization.startsWith("Bearer token-")) {
            StubHttpService.answer(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        Map<String, String> request =
                parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String email = request.getOrDefault("email", "");
        if (refused.contains(email.toLowerCase(java.util.Locale.ROOT))) {
            StubHttpService.answer(exchange, 400, "application/problem+json", """
                    {"type":"https://anskaf.dk/problems/validation","title":"Ugyldig","status":400,
                     "errors":[{"field":"email","message":"Angiv den e-mailadresse, der blev inviteret"}]}""");
            return;
        }
        if (!invited.contains(email.toLowerCase(java.util.Locale.ROOT))) {
            StubHttpService.answer(exchange, 404, "application/problem+json", """
                    {"type":"https://anskaf.dk/problems/not-found","title":"Ikke fundet","status":404,
                     "detail":"Ingen gyldig leverandøradgang"}""");
            return;
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String url = "https://anskaf.example/leverandoer/login?token="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "&lang=da";
        issued.add(new Issued(email, request.getOrDefault("dialogueId", "null"), url));
        StubHttpService.answer(exchange, 201, "application/json", """
                {"url":"%s","expiresAt":"2026-12-15T11:00:00Z"}""".formatted(url));
    }

    /** The two members of the request, as flat JSON; enough for what notification-service sends. */
    private static Map<String, String> parse(String json) {
        Map<String, String> members = new ConcurrentHashMap<>();
        var matcher = java.util.regex.Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"([^\"]*)\"|([^,}\\s]+))")
                .matcher(json);
        while (matcher.find()) {
            members.put(matcher.group(1), matcher.group(3) != null ? matcher.group(3) : matcher.group(4));
        }
        return members;
    }

    @Override
    public void close() {
        server.close();
    }
}
