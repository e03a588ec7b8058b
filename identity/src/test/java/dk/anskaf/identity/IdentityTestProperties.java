package dk.anskaf.identity;

/** The settings every identity test context shares, so Spring caches one context for all of them. */
public final class IdentityTestProperties {

    public static final String PASSWORD = "Anskaf-demo-2026!";
    public static final String GATEWAY_SECRET = "test-gateway-secret";
    public static final String REDIRECT = "http://localhost/callback";

    private IdentityTestProperties() {}
}
