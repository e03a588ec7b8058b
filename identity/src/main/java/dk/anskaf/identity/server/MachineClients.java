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
}
