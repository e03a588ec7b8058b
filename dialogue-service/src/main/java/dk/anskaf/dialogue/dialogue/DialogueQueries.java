package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.tenancy.TenantContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of the purchaser's dialogues, SQL under the caller's row-level security: the lists, the
 * requirement count, and who is told of a postponement or cancellation.
 */
@Component
class DialogueQueries {

    /** Igangværende (all but archived) or Arkiverede (§5.2). */
    enum ListKind {
        ONGOING,
        ARCHIVED
    }

    /** A row of the lists ({@code DialogueClient.DialogueSummary}). */
    record Summary(
            long id,
            String title,
            DialogueStatus status,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime deadline,
            int requirementCount,
            int supplierCount) {}

    private final JdbcClient jdbc;

    DialogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Row-level security applies inside a transaction only; outside one no tenant is set and nothing shows. */
    @Transactional(readOnly = true)
    List<Summary> list(ListKind kind) {
        return jdbc.sql("""
                        select d.id, d.title, d.status, d.created_at, d.deadline,
                               (select count(*) from dialogue_requirement r where r.dialogue_id = d.id) as requirement_count,
                               (select count(*) from answer_set s where s.dialogue_id = d.id) as supplier_count
                        from dialogue d
                        where d.tenant_id = :tenant and (d.status = :archived) = :wantArchived
                        order by d.created_at desc, d.id desc
                        """)
                // Row-level security decides as well; the condition keeps the code honest on its own.
                .param("tenant", TenantContext.require().value())
                .param("archived", DialogueStatus.ARCHIVED.name())
                .param("wantArchived", kind == ListKind.ARCHIVED)
                .query((rs, row) -> new Summary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        DialogueStatus.valueOf(rs.getString("status")),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("deadline", OffsetDateTime.class),
                        rs.getInt("requirement_count"),
                        rs.getInt("supplier_count")))
                .list();
    }

    int requirementCount(long dialogueId) {
        return jdbc.sql("select count(*) from dialogue_requirement where dialogue_id = ?")
                .param(dialogueId)
                .query(Integer.class)
                .single();
    }

    /**
     * The invited contacts of organisations that have not declined (docs/events.md {@code supplierEmails}):
     * a postponement or cancellation is news to them, not to one that said no.
     */
    List<String> supplierEmails(long dialogueId) {
        return jdbc.sql("""
                        select distinct i.email
                        from invitation i
                        join answer_set s on s.id = i.answer_set_id
                        where s.dialogue_id = :dialogue and s.status <> 'DECLINED'
                        order by i.email
                        """).param("dialogue", dialogueId).query(String.class).list();
    }
}
