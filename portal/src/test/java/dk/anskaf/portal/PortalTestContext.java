package dk.anskaf.portal;

import dk.anskaf.platform.test.security.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A portal under test: its catalogue at an address where nothing listens, tokens from {@link TestTokens}. */
public final class PortalTestContext {

    private PortalTestContext() {}

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, "http://127.0.0.1:9");
    }

    /** A portal whose catalogue answers at {@code catalogUrl}. */
    public static void register(DynamicPropertyRegistry registry, String catalogUrl) {
        registry.add("anskaf.catalog.url", () -> catalogUrl);
        registry.add("anskaf.dialogue.url", () -> "http://127.0.0.1:9");
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> TestTokens.shared().jwkSetUri());
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> TestTokens.shared().issuer());
    }
}
