package dk.anskaf.notification.sender;

import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a municipality's mail comes from: its name (kept from identity's tenant events) and its contact
 * address (set by its administrator). Reads and writes the current tenant's row only.
 */
@Component
public class Municipalities {

    /** The current municipality as a sender; name or address may still be unknown. */
    public record Sender(TenantId tenantId, Optional<String> name, Optional<String> contactEmail) {}

    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Sender current() {
        TenantId tenant = TenantContext.require();
        return jdbc.sql("select name, contact_email from municipality where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new Sender(
                        tenant,
                        Optional.ofNullable(rs.getString("name")),
                        Optional.ofNullable(rs.getString("contact_email"))))
                .optional()
                .orElse(new Sender(tenant, Optional.empty(), Optional.empty()));
    }

    @Transactional
    public void rename(String name) {
        jdbc.sql("""
                        insert into municipality (tenant_id, name) values (?, ?)
                        on conflict (tenant_id) do update set name = excluded.name, updated_at = now()
                        """).params(TenantContext.require().value(), name).update();
    }

    @Transactional
    public void setContactEmail(String contactEmail) {
        jdbc.sql("""
                        insert into municipality (tenant_id, contact_email) values (?, ?)
                        on conflict (tenant_id) do update set contact_email = excluded.contact_email, updated_at = now()
                        """).params(TenantContext.require().value(), contactEmail).update();
    }
}
