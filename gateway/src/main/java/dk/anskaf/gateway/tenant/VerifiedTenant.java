package dk.anskaf.gateway.tenant;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The tenant of a verified identity: a bearer JWT (API clients) or the OIDC login (browsers). */
public record VerifiedTenant(String tenantId, String slug) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public static Optional<VerifiedTenant> of(Authentication authentication) {
        String tenant = null;
        String slug = null;
        if (authentication instanceof JwtAuthenticationToken jwt) {
            tenant = jwt.getToken().getClaimAsString("tenant_id");
            slug = jwt.getToken().getClaimAsString("tenant_slug");
        } else if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            tenant = user.getClaimAsString("tenant_id");
            slug = user.getClaimAsString("tenant_slug");
        }
        if (tenant == null || !VALID.matcher(tenant).matches()) {
            return Optional.empty();
        }
        return Optional.of(new VerifiedTenant(tenant, slug));
    }
}
