package dk.anskaf.identity;

/** The settings every identity test context shares, so Spring caches one context for all of them. */
public final class IdentityTestProperties {

    public static final String PASSWORD = "Anskaf-demo-2026!";
    public static final String GATEWAY_SECRET = "test-gateway-secret";
    public static final String REDIRECT = "http://localhost/callback";
    public static final String NOTIFICATION_SECRET = "test-notification-secret";
    /** Where supplier links point (identity's public address) and where a redeemed link continues. */
    public static final String PUBLIC_URL = "https://login.anskaf.example";

    public static final String PORTAL_URL = "https://anskaf.example";

    private IdentityTestProperties() {}
}
