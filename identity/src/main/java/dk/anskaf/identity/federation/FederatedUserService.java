package dk.anskaf.identity.federation;

import dk.anskaf.identity.tenant.LoginConfiguration;
import dk.anskaf.identity.tenant.TenantRegistry;
import dk.anskaf.identity.user.UserAccount;
import dk.anskaf.identity.user.UserAccounts;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a municipality's own provider has authenticated a user: provisions or updates the user in that
 * municipality just in time, with roles mapped from the upstream claim, and continues as that Anskaf
 * user. The tenant is the one whose registration was used, never a claim from upstream.
 */
@Component
class FederatedUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String PRINCIPAL_CLAIM = "anskaf_principal";

    private final OidcUserService upstream = new OidcUserService();
    private final TenantRegistry tenants;
    private final UserAccounts users;
    private final TransactionTemplate transactions;

    FederatedUserService(TenantRegistry tenants, UserAccounts users, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser external = upstream.loadUser(request);
        String tenantId = request.getClientRegistration().getRegistrationId();
        LoginConfiguration configuration = tenants.loginConfiguration(tenantId).orElseThrow();
        List<String> roles = RoleMapping.parse(configuration.roleMapping())
                .rolesFor(values(external.getClaims().get(configuration.roleClaim())));
        String username = firstNonBlank(external.getPreferredUsername(), external.getEmail(), external.getSubject());
        String name = firstNonBlank(external.getFullName(), username);
        String email = firstNonBlank(external.getEmail(), "");
        TenantId tenant = TenantId.of(tenantId);
        UserAccount user = TenantContext.callAs(
                tenant,
                () -> transactions.execute(
                        status -> users.provision(tenant, external.getSubject(), username, name, email, roles)));
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase())));
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
        OidcUserInfo info =
                new OidcUserInfo(Map.of(PRINCIPAL_CLAIM, user.principalName(), "sub", external.getSubject()));
        return new DefaultOidcUser(authorities, external.getIdToken(), info, PRINCIPAL_CLAIM);
    }

    private static Collection<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String one) {
            return List.of(one.split("[,\\s]+"));
        }
        return List.of();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
