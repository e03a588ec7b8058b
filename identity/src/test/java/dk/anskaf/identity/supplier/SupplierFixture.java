package dk.anskaf.identity.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.platform.test.web.Browser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Supplier accesses, machine tokens and sign-in links for the supplier tests. */
final class SupplierFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final SupplierAccesses accesses;

    SupplierFixture(String base, SupplierAccesses accesses) {
        this.base = base;
        this.accesses = accesses;
    }

    /** A fresh invited contact (unique address) of a fresh organisation to {@code dialogueId}. */
    SupplierAccess invite(long dialogueId, Instant deadline) {
        UUID contact = UUID.randomUUID();
        SupplierAccess access = new SupplierAccess(
                contact,
                dialogueId,
                "salg-" + contact.toString().substring(0, 8) + "@leverandoer.example",
                UUID.randomUUID(),
                "Leverandør " + contact.toString().substring(0, 4) + " A/S",
                deadline);
        accesses.invited(access);
        return access;
    }

    /** notification-service's client-credentials token (the only caller of the link endpoint). */
    String notificationToken() {
        return clientToken("anskaf-notification", IdentityTestProperties.NOTIFICATION_SECRET, "supplier-links");
    }

    String clientToken(String clientId, String secret, String scope) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    HttpResponse<String> requestLink(String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/internal/v1/supplier-sign-in-links"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    /** A link as notification-service gets it; returns the response body. */
    JsonNode link(String email, Long dialogueId) {
        HttpResponse<String> response =
                requestLink(notificationToken(), "{\"email\":\"" + email + "\",\"dialogueId\":" + dialogueId + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** The link's path and query on the test server (the URL names identity's public address). */
    static String localPath(JsonNode link) {
        String url = link.get("url").asString();
        assertThat(url).startsWith(IdentityTestProperties.PUBLIC_URL + "/leverandoer/login?token=");
        return url.substring(IdentityTestProperties.PUBLIC_URL.length());
    }

    static String token(JsonNode link) {
        return localPath(link).substring("/leverandoer/login?token=".length());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return new Browser(base).send(request);
    }
}
