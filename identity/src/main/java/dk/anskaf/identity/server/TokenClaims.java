package dk.anskaf.identity.server;

import dk.anskaf.identity.supplier.SupplierAccess;
import dk.anskaf.identity.supplier.SupplierAccesses;
import dk.anskaf.identity.tenant.Tenant;
import dk.anskaf.identity.tenant.TenantRegistry;
import dk.anskaf.identity.user.UserAccount;
import dk.anskaf.identity.user.UserAccounts;
import dk.anskaf.platform.security.AccessTokens;
import dk.anskaf.platform.security.AnskafClaims;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the Anskaf claims (docs/security.md) into access and ID tokens. For users they come from the
 * user's tenant and roles at the time of issue; for machine clients from the client's registration.
 * Every access token, for every client and grant, is typed {@code at+jwt} with audience
 * {@code anskaf-api} (RFC 9068), so resource servers can tell it from an ID token (audience the client
 * id, type {@code JWT}) signed with the same key.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String CLIENT_TENANT = "anskaf.tenant_id";
    static final String CLIENT_ROLES = "anskaf.roles";

    private final UserAccounts users;
    private final TenantRegistry tenants;
    private final TransactionTemplate transactions;
    private final SupplierAccesses suppliers;

    TokenClaims(
            UserAccounts users, TenantRegistry tenants, TransactionTemplate transactions, SupplierAccesses suppliers) {
        this.users = users;
        this.tenants = tenants;
        this.transactions = transactions;
        this.suppliers = suppliers;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getJwsHeader().type(AccessTokens.TYPE);
            context.getClaims().audience(new ArrayList<>(List.of(AccessTokens.AUDIENCE)));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            String tenantId = context.getRegisteredClient().getClientSettings().getSetting(CLIENT_TENANT);
            if (tenantId != null) {
                tenants.find(tenantId).ifPresent(tenant -> addTenant(context, tenant));
                String roles = context.getRegisteredClient().getClientSettings().getSetting(CLIENT_ROLES);
                context.getClaims()
                        .claim(
                                AnskafClaims.ROLES,
                                roles == null ? new ArrayList<>() : new ArrayList<>(List.of(roles.split(","))));
            }
            return;
        }
        String principal = context.getPrincipal().getName();
        if (principal.startsWith(SupplierAccess.PRINCIPAL_PREFIX)) {
            supplier(context, principal);
            return;
        }
        int separator = principal.indexOf(':');
        if (separator < 0) {
            return;
        }
        String tenantId = principal.substring(0, separator);
        String username = principal.substring(separator + 1);
        UserAccount user = TenantContext.callAs(
                        TenantId.of(tenantId), () -> transactions.execute(status -> users.findByUsername(username)))
                .orElseThrow(() -> new IllegalStateException("User vanished during login"));
        Tenant tenant = tenants.find(tenantId).orElseThrow();
        context.getClaims().subject(user.id().toString());
        context.getClaims().claim(AnskafClaims.NAME, user.displayName()).claim(AnskafClaims.EMAIL, user.email());
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            context.getClaims()
                    .claim(AnskafClaims.TENANT_ID, tenant.tenantId())
                    .claim(AnskafClaims.TENANT_NAME, tenant.officialName())
                    .claim(AnskafClaims.TENANT_SLUG, tenant.slug());
            return;
        }
        addTenant(context, tenant);
        // A mutable list: the claims are stored with the authorization as JSON, which reads back only plain types.
        context.getClaims().claim(AnskafClaims.ROLES, new ArrayList<>(user.roles()));
    }

    /**
     * A supplier contact signed in by link: subject the contact id, the organisation it answers for, role
     * {@code supplier} and no tenant claims at all (in the ID token neither), so nothing that needs a
     * municipality accepts the token (docs/security.md, "Access token claims"). The contact's name is not
     * known to identity (invitations carry the address only), so {@code name} is the address.
     */
    private void supplier(JwtEncodingContext context, String principal) {
        UUID contactId = UUID.fromString(principal.substring(SupplierAccess.PRINCIPAL_PREFIX.length()));
        SupplierAccess access = suppliers
                .ofContact(contactId)
                .orElseThrow(() -> new IllegalStateException("Supplier contact vanished during login"));
        context.getClaims().subject(contactId.toString());
        context.getClaims().claim(AnskafClaims.NAME, access.email()).claim(AnskafClaims.EMAIL, access.email());
        context.getClaims()
                .claim(AnskafClaims.SUPPLIER_ORG, access.organisationId().toString())
                .claim(AnskafClaims.SUPPLIER_ORG_NAME, access.organisationName());
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().claim(AnskafClaims.ROLES, new ArrayList<>(List.of(Role.SUPPLIER.claimValue())));
        }
    }

    private static void addTenant(JwtEncodingContext context, Tenant tenant) {
        context.getClaims()
                .claim(AnskafClaims.TENANT_ID, tenant.tenantId())
                .claim(AnskafClaims.TENANT_NAME, tenant.officialName())
                .claim(AnskafClaims.TENANT_SLUG, tenant.slug());
        if (tenant.kommunekode() != null) {
            context.getClaims().claim(AnskafClaims.KOMMUNEKODE, tenant.kommunekode());
        }
    }
}
