package dk.anskaf.identity.server;

import dk.anskaf.identity.IdentityProperties;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Registers the platform's own clients at start-up (the gateway's browser login; notification-service's
 * machine client that asks for supplier sign-in links), keeping their id stable so authorizations survive
 * restarts. Secrets are stored hashed. Municipal integration clients are registered through the
 * administration API.
 */
@Component
class ClientRegistrations implements ApplicationRunner {

    static final String GATEWAY_CLIENT_ID = "anskaf-gateway";

    /** notification-service's machine client: its tokens carry no tenant and only this scope. */
    static final String NOTIFICATION_CLIENT_ID = "anskaf-notification";

    /** The one scope that lets a caller ask for supplier sign-in links. */
    static final String SUPPLIER_LINKS_SCOPE = "supplier-links";

    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;

    ClientRegistrations(RegisteredClientRepository clients, PasswordEncoder passwords, IdentityProperties properties) {
        this.clients = clients;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        RegisteredClient existing = clients.findByClientId(GATEWAY_CLIENT_ID);
        RegisteredClient.Builder gateway = RegisteredClient.withId(
                        existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(GATEWAY_CLIENT_ID)
                .clientName("Anskaf gateway")
                .clientSecret(passwords.encode(properties.gatewayClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(10))
                        .refreshTokenTimeToLive(Duration.ofHours(8))
                        .reuseRefreshTokens(false)
                        .build());
        properties.gatewayRedirectUris().forEach(gateway::redirectUri);
        properties.gatewayPostLogoutRedirectUris().forEach(gateway::postLogoutRedirectUri);
        clients.save(gateway.build());
        registerNotificationClient();
    }

    /**
     * Client credentials only, scope {@link #SUPPLIER_LINKS_SCOPE}, short-lived tokens. No tenant and no
     * roles in its tokens ({@link TokenClaims}): it reaches nothing but the link endpoint.
     */
    private void registerNotificationClient() {
        String secret = properties.notificationClientSecret();
        if (secret == null || secret.isBlank()) {
            return;
        }
        RegisteredClient existing = clients.findByClientId(NOTIFICATION_CLIENT_ID);
        clients.save(RegisteredClient.withId(
                        existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(NOTIFICATION_CLIENT_ID)
                .clientName("Anskaf notification-service")
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(SUPPLIER_LINKS_SCOPE)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(5))
                        .build())
                .build());
    }
}
