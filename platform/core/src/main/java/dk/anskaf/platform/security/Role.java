package dk.anskaf.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user may do. Municipal roles come from the municipality; BOARD and OPERATOR are memberships;
 * SUPPLIER is an outside user who is never a tenant.
 */
public enum Role {
    PURCHASER("purchaser"),
    EDITOR("editor"),
    ADMINISTRATOR("administrator"),
    SIH("sih"),
    EMPLOYEE("employee"),
    /** Member of the cross-municipal editorial board (kravredaktion). */
    BOARD("board"),
    OPERATOR("operator"),
    /**
     * A contact of a supplier organisation, signed in by an invitation link (DOMAIN.md §1.6): its token
     * names the organisation ({@link AnskafClaims#SUPPLIER_ORG}) and no municipality.
     */
    SUPPLIER("supplier"),
    /**
     * A municipality's integration client (OAuth2 client credentials, scope {@code dialogue.read}; docs/api.md
     * "Read API for municipalities"): its token carries the municipality's tenant claims but reaches only the
     * paths a service lists in {@code anskaf.security.integration-paths}; every other request is refused
     * (403), whatever the path's own rule says ({@link PlatformSecurityConfiguration#authenticatedExceptIntegration}).
     */
    INTEGRATION("integration");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}, for {@code hasRole('EDITOR')}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
