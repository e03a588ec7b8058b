package dk.anskaf.platform.security;

import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The verified user behind the current request, read from the access token's claims. A municipal user
 * has a {@code tenant}; a supplier contact has a {@code supplierOrganisation} and no tenant (docs/security.md).
 */
public record CurrentUser(
        String subject,
        String name,
        String email,
        Optional<TenantId> tenant,
        String tenantName,
        String kommunekode,
        Set<Role> roles,
        Optional<UUID> supplierOrganisation,
        String supplierOrganisationName) {

    /** A municipal (or operator) user: no supplier organisation. */
    public CurrentUser(
            String subject,
            String name,
            String email,
            Optional<TenantId> tenant,
            String tenantName,
            String kommunekode,
            Set<Role> roles) {
        this(subject, name, email, tenant, tenantName, kommunekode, roles, Optional.empty(), "");
    }

    /** The supplier organisation of a supplier contact, or 403 for anyone else. */
    public UUID requireSupplierOrganisation() {
        return supplierOrganisation()
                .filter(org -> has(Role.SUPPLIER))
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "Only a supplier contact may do this"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            return Optional.of(from(token.getToken()));
        }
        return Optional.empty();
    }

    /** The current user, or an exception answered as 401 when there is none. */
    public static CurrentUser require() {
        return current()
                .orElseThrow(() ->
                        new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                                "No verified user"));
    }

    public static CurrentUser from(Jwt jwt) {
        return new CurrentUser(
                jwt.getSubject(),
                stringClaim(jwt, AnskafClaims.NAME),
                stringClaim(jwt, AnskafClaims.EMAIL),
                tenantOf(jwt),
                stringClaim(jwt, AnskafClaims.TENANT_NAME),
                stringClaim(jwt, AnskafClaims.KOMMUNEKODE),
                rolesOf(jwt),
                supplierOrganisationOf(jwt),
                stringClaim(jwt, AnskafClaims.SUPPLIER_ORG_NAME));
    }

    /**
     * The supplier organisation of a supplier token. A token that names a municipality as well is not a
     * supplier token (identity never issues one), so it gets none: an outside user is never a tenant.
     */
    static Optional<UUID> supplierOrganisationOf(Jwt jwt) {
        String value = jwt.getClaimAsString(AnskafClaims.SUPPLIER_ORG);
        if (value == null || value.isBlank() || tenantOf(jwt).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    static Optional<TenantId> tenantOf(Jwt jwt) {
        String value = jwt.getClaimAsString(AnskafClaims.TENANT_ID);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantId.of(value));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    static Set<Role> rolesOf(Jwt jwt) {
        List<String> values = jwt.getClaimAsStringList(AnskafClaims.ROLES);
        if (values == null) {
            return Set.of();
        }
        return values.stream().map(Role::fromClaim).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
    }

    private static String stringClaim(Jwt jwt, String claim) {
        String value = jwt.getClaimAsString(claim);
        return value == null ? "" : value;
    }
}
