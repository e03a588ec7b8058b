package dk.anskaf.dialogue.supplier;

import dk.anskaf.platform.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@link DialogueFacts} under the caller's row-level security. The supplier side does not own the
 * dialogue aggregate (dk.anskaf.dialogue.dialogue does), so it reads the row and never writes it. Call it
 * inside the transaction of the write it guards, so that the check and the write see the same instant.
 */
@Component
public class DialogueFactsReader {

    private final JdbcClient jdbc;

    public DialogueFactsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dialogue if the caller may see it; a dialogue without a deadline (a draft) is not offered. */
    public Optional<DialogueFacts> find(long dialogueId) {
        return jdbc.sql("""
                        select id, tenant_id, status, title, description, owner_name, contact_email,
                               priorities_visible, prices_requested, deadline, now() as db_now
                        from dialogue where id = ? and deadline is not null
                        """).param(dialogueId).query(DialogueFactsReader::facts).optional();
    }

    /**
     * As {@link #find}, holding a share lock on the row until the caller's transaction ends: the deadline
     * job claims dialogues {@code FOR UPDATE SKIP LOCKED}, so it cannot close a dialogue as "answered by
     * all" while a municipality is inviting one more supplier into it, and an invitation that waited for
     * the job sees the closed status. Only for the owning municipality (a supplier may not lock the row).
     */
    public Optional<DialogueFacts> findForInvitation(long dialogueId) {
        return jdbc.sql("""
                        select id, tenant_id, status, title, description, owner_name, contact_email,
                               priorities_visible, prices_requested, deadline, now() as db_now
                        from dialogue where id = ? and deadline is not null
                        for share
                        """).param(dialogueId).query(DialogueFactsReader::facts).optional();
    }

    private static DialogueFacts facts(ResultSet row, int rowNumber) throws SQLException {
        return new DialogueFacts(
                row.getLong("id"),
                TenantId.of(row.getString("tenant_id")),
                row.getString("status"),
                row.getString("title"),
                row.getString("description"),
                row.getString("owner_name"),
                row.getString("contact_email"),
                row.getBoolean("priorities_visible"),
                row.getBoolean("prices_requested"),
                instant(row.getTimestamp("deadline")),
                instant(row.getTimestamp("db_now")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
