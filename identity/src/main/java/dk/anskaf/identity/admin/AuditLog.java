package dk.anskaf.identity.admin;

import dk.anskaf.platform.security.CurrentUser;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who changed what, when: written in the same transaction as every administrative change. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records under the acting user's tenant (the operator's own, or the municipality's). */
    public void record(CurrentUser actor, String action, String details) {
        jdbc.sql("insert into audit_event (tenant_id, actor, action, details) values (?, ?, ?, ?)")
                .params(
                        actor.tenant().orElseThrow().value(),
                        actor.name() + " <" + actor.email() + ">",
                        action,
                        details)
                .update();
    }

    List<AuditEntry> recent(int limit) {
        return jdbc.sql(
                        "select tenant_id, actor, action, details, happened_at from audit_event order by id desc limit ?")
                .param(limit)
                .query(AuditEntry.class)
                .list();
    }

    record AuditEntry(String tenantId, String actor, String action, String details, OffsetDateTime happenedAt) {}
}
