package dk.anskaf.platform.security;

/**
 * Names of the JWT claims every Anskaf access token carries (documented in docs/security.md). Identity
 * issues them; every resource server reads them through {@link CurrentUser}.
 */
public final class AnskafClaims {

    /** Tenant the user acts for: the municipality's kommunekode (e.g. "0710") or "operator". */
    public static final String TENANT_ID = "tenant_id";
    /** Display name of the tenant, e.g. "Favrskov Kommune". */
    public static final String TENANT_NAME = "tenant_name";
    /** The tenant's host-name label, e.g. "favrskov" for favrskov.<domain>. */
    public static final String TENANT_SLUG = "tenant_slug";
    /** Four-character kommunekode, when the tenant is a municipality. */
    public static final String KOMMUNEKODE = "kommunekode";
    /** Roles as lower-case values of {@link Role#claimValue()}. */
    public static final String ROLES = "roles";
    /** Standard OIDC claims used for notifications. */
    public static final String NAME = "name";

    public static final String EMAIL = "email";

    /**
     * The supplier organisation a supplier contact acts for (a UUID, dialogue-service's organisation id);
     * only in supplier tokens, which carry no {@link #TENANT_ID}.
     */
    public static final String SUPPLIER_ORG = "supplier_org";

    /** Display name of the supplier organisation, e.g. "Formpipe Software A/S". */
    public static final String SUPPLIER_ORG_NAME = "supplier_org_name";

    private AnskafClaims() {}
}
