package dk.anskaf.gateway.ratelimit;

import dk.anskaf.gateway.tenant.VerifiedTenant;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class RateLimitKeys {

    static final String TENANT_PREFIX = "tenant:";
    static final String SUPPLIER_PREFIX = "supplier:";

    /** The claim naming a supplier contact's organisation (platform's {@code AnskafClaims.SUPPLIER_ORG}). */
    private static final String SUPPLIER_ORG_CLAIM = "supplier_org";

    /**
     * Per municipality when signed in as one, per supplier organisation when signed in as a supplier
     * contact (a token with {@code supplier_org} and no tenant), else per client address: the connection's
     * peer, never a header (the gateway is the public door, so {@code X-Forwarded-For} is the client's own
     * word; see {@code server.forward-headers-strategy: none} in application.yml). Suppliers get their own
     * key because hundreds of organisations answer the same dialogue in its last minutes, many of them
     * behind one address (a consultancy, a hosting provider's NAT); keyed by address they would share an
     * anonymous allowance and be refused in the deadline rush (docs/operations.md, "Rate limits").
     */
    @Bean
    @Primary
    KeyResolver tenantOrAddressKeyResolver() {
        return exchange -> ReactiveSecurityContextHolder.getContext()
                .flatMap(context -> Mono.justOrEmpty(signedInKey(context.getAuthentication())))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
                    return "ip:"
                            + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
                }));
    }

    /** The tenant wins: a token with a tenant is a municipality's whatever else it names. */
    static Optional<String> signedInKey(@Nullable Authentication authentication) {
        Optional<String> tenant =
                VerifiedTenant.of(authentication).map(verified -> TENANT_PREFIX + verified.tenantId());
        return tenant.isPresent()
                ? tenant
                : supplierOrganisation(authentication).map(org -> SUPPLIER_PREFIX + org);
    }

    /** Only a well-formed UUID counts, so a key is never free text from a claim. */
    private static Optional<UUID> supplierOrganisation(@Nullable Authentication authentication) {
        String organisation = null;
        if (authentication instanceof JwtAuthenticationToken jwt) {
            organisation = jwt.getToken().getClaimAsString(SUPPLIER_ORG_CLAIM);
        } else if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            organisation = user.getClaimAsString(SUPPLIER_ORG_CLAIM);
        }
        if (organisation == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(organisation));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
