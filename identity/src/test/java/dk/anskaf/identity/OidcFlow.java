package dk.anskaf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.security.AccessTokens;
import dk.anskaf.platform.test.web.Browser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives identity's authorization code flow with PKCE as the gateway client, from a browser's side. */
public final class OidcFlow {

    private final String base;
    private final JsonMapper json = JsonMapper.builder().build();
    private Browser browser;

    public OidcFlow(String base) {
        this.base = base;
        this.browser = new Browser(base);
    }

    public Browser browser() {
        return browser;
    }

    /** Local account login; returns the token response. */
    public JsonNode login(String tenant, String username, String password) {
        String verifier = startAuthorization();
        HttpResponse<String> loggedIn = submitPassword(tenant, username, password);
        return finish(Browser.location(loggedIn), verifier);
    }

    /** Starts at identity's authorize endpoint and returns the PKCE verifier. */
    public String startAuthorization() {
        String verifier = randomVerifier();
        browser = new Browser(base);
        assertThat(Browser.location(browser.get(authorizeUrl(verifier)))).endsWith("/login");
        return verifier;
    }

    /**
     * The gateway's authorization request for {@code verifier}'s challenge, as it sends a browser that
     * already has a session at identity (e.g. a supplier who redeemed a link); use with {@link #finish}.
     */
    public static String authorizeUrl(String verifier) {
        return "/oauth2/authorize?response_type=code&client_id=anskaf-gateway"
                + "&scope=" + URLEncoder.encode("openid profile email", StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(IdentityTestProperties.REDIRECT, StandardCharsets.UTF_8)
                + "&state=s1&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
    }

    /** Chooses the municipality and returns the response to that (a page, or a redirect upstream). */
    public HttpResponse<String> chooseMunicipality(String tenant) {
        HttpResponse<String> choose = browser.get("/login?skift=1");
        browser.postForm("/login/myndighed", Map.of("myndighed", tenant, "_csrf", Browser.csrf(choose)));
        return browser.get("/login");
    }

    public HttpResponse<String> submitPassword(String tenant, String username, String password) {
        HttpResponse<String> loginPage = chooseMunicipality(tenant);
        return browser.postForm(
                "/login", Map.of("username", username, "password", password, "_csrf", Browser.csrf(loginPage)));
    }

    /** From the resumed authorization request to tokens. */
    public JsonNode finish(String resumedAuthorization, String verifier) {
        assertThat(resumedAuthorization).contains("/oauth2/authorize");
        String callback = Browser.location(browser.get(resumedAuthorization));
        assertThat(callback).startsWith(IdentityTestProperties.REDIRECT + "?code=");
        String code = URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        HttpResponse<String> tokens = tokenRequest(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                IdentityTestProperties.REDIRECT,
                "code_verifier",
                verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json.readTree(tokens.body());
    }

    public HttpResponse<String> tokenRequest(Map<String, String> form) {
        String basic = Base64.getEncoder()
                .encodeToString(
                        ("anskaf-gateway:" + IdentityTestProperties.GATEWAY_SECRET).getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.encode(form)))
                .build());
    }

    public Jwt decode(JsonNode tokens) {
        return accessTokenDecoder(base).decode(tokens.get("access_token").asString());
    }

    /** Decodes identity's access tokens as a resource server does: typ at+jwt, audience anskaf-api. */
    public static NimbusJwtDecoder accessTokenDecoder(String base) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
        decoder.setJwtValidator(AccessTokens.validator(base));
        return decoder;
    }

    public static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
