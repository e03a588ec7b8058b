package dk.anskaf.identity.tenant;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry of municipalities and the operator organisation (reference data, not tenant-owned). */
@Repository
public class TenantRegistry {

    private static final String COLUMNS = "tenant_id, kind, kommunekode, name, official_name, slug, onboarded";

    private final JdbcClient jdbc;

    TenantRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tenants whose users can log in, operator last, municipalities in Danish order. */
    @Transactional(readOnly = true)
    public List<Tenant> onboarded() {
        return jdbc.sql("select " + COLUMNS + " from tenant where onboarded").query(Tenant.class).list().stream()
                .sorted(DanishOrder.BY_NAME)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> find(String tenantId) {
        return jdbc.sql("select " + COLUMNS + " from tenant where tenant_id = ?")
                .param(tenantId)
                .query(Tenant.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Tenant> all() {
        return jdbc.sql("select " + COLUMNS + " from tenant order by tenant_id")
                .query(Tenant.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<LoginConfiguration> loginConfiguration(String tenantId) {
        return jdbc.sql("""
                        select tenant_id, login_method as method, oidc_issuer as issuer, oidc_client_id as client_id,
                               oidc_client_secret as sealed_client_secret, oidc_role_claim as role_claim,
                               oidc_role_mapping as role_mapping
                        from tenant where tenant_id = ? and onboarded
                        """).param(tenantId).query(LoginConfiguration.class).optional();
    }

    @Transactional
    public void configureLogin(LoginConfiguration configuration, boolean onboarded) {
        jdbc.sql("""
                        update tenant set onboarded = ?, login_method = ?, oidc_issuer = ?, oidc_client_id = ?,
                               oidc_client_secret = coalesce(?, oidc_client_secret), oidc_role_claim = ?,
                               oidc_role_mapping = ?
                        where tenant_id = ?
                        """)
                .params(
                        onboarded,
                        configuration.method(),
                        configuration.issuer(),
                        configuration.clientId(),
                        configuration.sealedClientSecret(),
                        configuration.roleClaim(),
                        configuration.roleMapping(),
                        configuration.tenantId())
                .update();
    }

    @Transactional
    public void onboard(String tenantId) {
        jdbc.sql("update tenant set onboarded = true where tenant_id = ?")
                .param(tenantId)
                .update();
    }
}
