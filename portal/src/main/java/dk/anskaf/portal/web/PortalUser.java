package dk.anskaf.portal.web;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The logged-in user as the pages show them, from the verified token's claims: a municipal user with the
 * municipality ({@code tenant_name}), or a supplier contact with the supplier organisation's name
 * ({@code supplier_org_name}) and no municipality (docs/security.md, "Access token claims").
 *
 * @param municipality null for a supplier contact
 * @param supplierOrganisation the organisation's name, only for a supplier contact
 */
public record PortalUser(
        String name,
        @Nullable String municipality,
        List<String> roles,
        @Nullable String supplierOrganisation) {

    static final String SUPPLIER_ROLE = "supplier";

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A supplier contact: the supplier pages are theirs, the municipal pages are not. */
    public boolean supplier() {
        return supplierOrganisation != null;
    }

    /** Who the user acts for, as the header shows it: the municipality, or the supplier organisation. */
    public @Nullable String organisation() {
        return supplier() ? supplierOrganisation : municipality;
    }

    public static Optional<PortalUser> current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    static PortalUser of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        String name = jwt.getClaimAsString("name");
        boolean supplier = isSupplier(jwt);
        return new PortalUser(
                name != null ? name : jwt.getSubject(),
                supplier ? null : jwt.getClaimAsString("tenant_name"),
                roles == null ? List.of() : roles,
                supplier ? organisationName(jwt) : null);
    }

    /**
     * A supplier contact's token: role {@code supplier}, a supplier organisation and no tenant. A token
     * that names a municipality as well is no supplier token (the platform's {@code CurrentUser} decides
     * the same; identity never issues one), so it never opens the supplier pages.
     */
    static boolean isSupplier(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        String organisation = jwt.getClaimAsString("supplier_org");
        String tenant = jwt.getClaimAsString("tenant_id");
        return roles != null
                && roles.contains(SUPPLIER_ROLE)
                && organisation != null
                && !organisation.isBlank()
                && (tenant == null || tenant.isBlank());
    }

    private static String organisationName(Jwt jwt) {
        String organisation = jwt.getClaimAsString("supplier_org_name");
        return organisation == null || organisation.isBlank() ? jwt.getClaimAsString("supplier_org") : organisation;
    }
}
