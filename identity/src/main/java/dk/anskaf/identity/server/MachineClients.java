package dk.anskaf.identity.server;

import java.time.Duration;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** Machine clients (client credentials) that act for one municipality, e.g. a municipal integration. */
public final class MachineClients {

    private MachineClients() {}

    /**
     * @param secretHash the client secret, already hashed by the password encoder
     * @param roles comma-separated role claim values the client's tokens carry
     */
    public static RegisteredClient of(
            String clientId, String secretHash, String tenantId, String roles, Duration accessTokenTtl) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("api")
                .clientSettings(ClientSettings.builder()
                        .setting(TokenClaims.CLIENT_TENANT, tenantId)
                        .setting(TokenClaims.CLIENT_ROLES, roles)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(accessTokenTtl)
                        .build())
                .build();
    }

    /** The one scope of a municipality's integration client: the read API of dialogue-service. */
    public static final String DIALOGUE_READ_SCOPE = "dialogue.read";

    /** How long an integration client's access token lives; also how long a revoked client's last token lives. */
    public static final Duration INTEGRATION_TOKEN_TTL = Duration.ofMinutes(10);

    /**
     * A municipality's integration client (docs/api.md "Read API for municipalities"): client credentials
     * with HTTP Basic only, scope {@value #DIALOGUE_READ_SCOPE}, tokens with the municipality's tenant claims
     * and role {@code integration} ({@link TokenClaims}), living {@link #INTEGRATION_TOKEN_TTL}.
     *
     * @param registrationId the registration's own id (kept when the secret is rotated)
     * @param secretHash the client secret, already hashed by the password encoder
     */
    public static RegisteredClient integration(
            String registrationId, String clientId, String name, String secretHash, String tenantId) {
        return RegisteredClient.withId(registrationId)
                .clientId(clientId)
                .clientName(name)
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(DIALOGUE_READ_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .setting(TokenClaims.CLIENT_TENANT, tenantId)
                        .setting(TokenClaims.CLIENT_ROLES, dk.anskaf.platform.security.Role.INTEGRATION.claimValue())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(INTEGRATION_TOKEN_TTL)
                        .build())
                .build();
    }
}
