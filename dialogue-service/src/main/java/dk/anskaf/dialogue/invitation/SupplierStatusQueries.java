package dk.anskaf.dialogue.invitation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status per invited organisation (read model; row-level security limits it to the caller's own
 * municipality's dialogues, and another's is not found).
 */
@Component
class SupplierStatusQueries {

    private static final String SELECT = """
            select s.id as answer_set_id, s.organisation_id, o.name as organisation_name, o.cvr, s.status,
                   array(select i.email from invitation i where i.answer_set_id = s.id
                         group by i.email order by min(i.invited_at), i.email) as contacts,
                   s.invited_at,
                   (select count(*) from answer a where a.answer_set_id = s.id) as answered_count,
                   (select count(*) from dialogue_requirement r where r.dialogue_id = s.dialogue_id) as requirement_count,
                   s.decline_reason
            from answer_set s join supplier_organisation o on o.id = s.organisation_id
            """;

    private final JdbcClient jdbc;

    SupplierStatusQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<SupplierStatus> forDialogue(long dialogueId) {
        boolean visible = jdbc.sql("select count(*) from dialogue where id = ?")
                        .param(dialogueId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!visible) {
            throw new InvitationRefused.DialogueNotFound(dialogueId);
        }
        return jdbc.sql(SELECT + " where s.dialogue_id = ? order by lower(o.name), o.cvr")
                .param(dialogueId)
                .query((row, n) -> status(row))
                .list();
    }

    Optional<SupplierStatus> forAnswerSet(UUID answerSetId) {
        return jdbc.sql(SELECT + " where s.id = ?")
                .param(answerSetId)
                .query((row, n) -> status(row))
                .optional();
    }

    private static SupplierStatus status(java.sql.ResultSet row) throws java.sql.SQLException {
        return new SupplierStatus(
                row.getObject("answer_set_id", UUID.class),
                row.getObject("organisation_id", UUID.class),
                row.getString("organisation_name"),
                row.getString("cvr"),
                row.getString("status"),
                Arrays.asList((String[]) row.getArray("contacts").getArray()),
                row.getTimestamp("invited_at").toInstant(),
                row.getInt("answered_count"),
                row.getInt("requirement_count"),
                row.getString("decline_reason"));
    }
}
