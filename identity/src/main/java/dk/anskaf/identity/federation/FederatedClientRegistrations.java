package dk.anskaf.identity.federation;

import dk.anskaf.identity.server.SecretBox;
import dk.anskaf.identity.tenant.LoginConfiguration;
import dk.anskaf.identity.tenant.TenantRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * One OAuth2 client registration per federated municipality, keyed by its tenant id, built from the
 * configuration the operator keeps in the tenant registry. The provider's metadata is discovered once
 * and cached until the configuration changes.
 */
@Component
public class FederatedClientRegistrations implements ClientRegistrationRepository {

    private final TenantRegistry tenants;
    private final SecretBox secrets;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    FederatedClientRegistrations(TenantRegistry tenants, SecretBox secrets) {
        this.tenants = tenants;
        this.secrets = secrets;
    }

    @Override
    public ClientRegistration findByRegistrationId(String tenantId) {
        LoginConfiguration configuration = tenants.loginConfiguration(tenantId)
                .filter(LoginConfiguration::federated)
                .orElse(null);
        if (configuration == null) {
            return null;
        }
        Cached cached = cache.get(tenantId);
        if (cached != null && cached.configuration().equals(configuration)) {
            return cached.registration();
        }
        ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(configuration.issuer())
                .registrationId(tenantId)
                .clientId(configuration.clientId())
                .clientSecret(
                        configuration.sealedClientSecret() == null
                                ? null
                                : secrets.open(configuration.sealedClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .build();
        cache.put(tenantId, new Cached(configuration, registration));
        return registration;
    }

    private record Cached(LoginConfiguration configuration, ClientRegistration registration) {}
}
