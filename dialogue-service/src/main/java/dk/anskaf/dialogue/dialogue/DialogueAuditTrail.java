package dk.anskaf.dialogue.dialogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dialogue's audit trail (V12 {@code dialogue_audit}, append-only): written in the transaction that made
 * the change, read by the purchaser's "Historik". Row-level security scopes both to the owning municipality
 * (the deadline job writes under cross-tenant access, with the dialogue's municipality as the row's).
 */
@Component
class DialogueAuditTrail {

    /** Who acts when nobody does: the deadline job closing a dialogue. */
    static final String SYSTEM = "system";

    static final String SYSTEM_NAME = "Anskaf";

    /** One line of "Historik" ({@code DialogueClient.AuditEntry}); values as {@link DialogueChange} has them. */
    record Entry(
            long id,
            OffsetDateTime at,
            String actor,
            String actorName,
            String action,
            @Nullable String subject,
            @Nullable String oldValue,
            @Nullable String newValue) {}

    private final JdbcClient jdbc;

    DialogueAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(String tenantId, long dialogueId, String actor, String actorName, List<DialogueChange> changes) {
        for (DialogueChange change : changes) {
            jdbc.sql("""
                            insert into dialogue_audit
                                (tenant_id, dialogue_id, actor, actor_name, action, subject, old_value, new_value)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            tenantId,
                            dialogueId,
                            actor,
                            actorName,
                            change.action(),
                            change.subject(),
                            change.oldValue(),
                            change.newValue())
                    .update();
        }
    }

    /** The dialogue's lines, oldest first (the caller has checked that it sees the dialogue). */
    List<Entry> entries(long dialogueId) {
        return jdbc.sql("""
                        select id, at, actor, actor_name, action, subject, old_value, new_value
                        from dialogue_audit where dialogue_id = ? order by at, id
                        """)
                .param(dialogueId)
                .query((rs, row) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }
}
