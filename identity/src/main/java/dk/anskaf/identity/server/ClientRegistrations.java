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
 * Registers the platform's own clients at start-up (the gateway's browser login), keeping their id
 * stable so authorizations survive restarts. Municipal integration clients are registered through the
 * administration API.
 */
@Component
class ClientRegistrations implements ApplicationRunner {

    static final String GATEWAY_CLIENT_ID = "anskaf-gateway";

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
    }
}
