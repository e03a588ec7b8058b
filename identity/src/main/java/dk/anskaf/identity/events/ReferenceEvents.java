package dk.anskaf.identity.events;

import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes identity's reference data through the outbox, in the caller's transaction: every path that
 * changes a tenant's state or the board (operator, administrator, federation, demo seed) calls it, so
 * other services learn of seeded data the same way as of later changes.
 */
@Component
public class ReferenceEvents {

    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final CrossTenantAccess crossTenant;

    ReferenceEvents(Outbox outbox, JdbcClient jdbc, CrossTenantAccess crossTenant) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.crossTenant = crossTenant;
    }

    /**
     * Publishes the tenant's current state ({@link IdentityEvents.TenantChanged}) as that tenant. Needs a
     * transaction; reads the user count across tenants because the caller may act for the operator.
     *
     * @throws IllegalArgumentException for an unknown tenant
     */
    public void tenantChanged(TenantId tenant) {
        IdentityEvents.TenantChanged state = crossTenant.call(
                "identity-tenant-state",
                () -> jdbc.sql("""
                        select t.tenant_id, t.kind, t.kommunekode, t.name, t.official_name, t.slug, t.onboarded,
                               (select count(*) from app_user u where u.tenant_id = t.tenant_id and u.enabled)
                                   as active_users
                        from tenant t where t.tenant_id = ?
                        """)
                        .param(tenant.value())
                        .query(IdentityEvents.TenantChanged.class)
                        .optional()
                        .orElseThrow(() -> new IllegalArgumentException("Unknown tenant " + tenant)));
        TenantContext.runAs(
                tenant,
                () -> outbox.publish(IdentityEvents.TENANTS, IdentityEvents.TENANT_CHANGED, tenant.value(), state));
    }

    /**
     * Publishes that the tenant was onboarded ({@link IdentityEvents.TenantRegistered}), as that tenant.
     * Call once, when it becomes onboarded.
     */
    public void tenantRegistered(TenantId tenant) {
        IdentityEvents.TenantRegistered registered = jdbc.sql(
                        "select tenant_id, kommunekode, name, official_name, slug from tenant where tenant_id = ?")
                .param(tenant.value())
                .query(IdentityEvents.TenantRegistered.class)
                .single();
        TenantContext.runAs(
                tenant,
                () -> outbox.publish(
                        IdentityEvents.TENANTS, IdentityEvents.TENANT_REGISTERED, tenant.value(), registered));
    }

    /** Publishes that the user is or is not on the editorial board, as the user's municipality. */
    public void boardMembershipChanged(UUID userId, TenantId tenant, String name, String email, boolean member) {
        TenantContext.runAs(
                tenant,
                () -> outbox.publish(
                        IdentityEvents.TENANTS,
                        IdentityEvents.BOARD_MEMBERSHIP_CHANGED,
                        userId.toString(),
                        new IdentityEvents.BoardMembershipChanged(userId, tenant.value(), name, email, member)));
    }
}
