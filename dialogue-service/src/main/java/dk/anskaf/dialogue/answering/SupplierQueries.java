package dk.anskaf.dialogue.answering;

import dk.anskaf.dialogue.supplier.RequirementText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier's read side: its dialogues, one dialogue, the requirements with its answers, and where it
 * can copy answers from. Every query names the caller's organisation, and row-level security shows only
 * that organisation's answer sets and the dialogues they belong to, so both would have to fail to leak.
 */
@Component
class SupplierQueries {

    private static final String SUMMARY = """
            select d.id as dialogue_id, d.title, d.owner_name as customer_name, d.status as dialogue_status,
                   s.status, d.deadline,
                   (select count(*) from answer a where a.answer_set_id = s.id) as answered_count,
                   (select count(*) from dialogue_requirement r where r.dialogue_id = d.id) as requirement_count,
                   s.it_system_name
            from answer_set s join dialogue d on d.id = s.dialogue_id
            where s.organisation_id = ? and d.status <> 'DRAFT'
            """;

    private final JdbcClient jdbc;
    private final Answers answers;
    private final ElaborationRounds rounds;

    SupplierQueries(JdbcClient jdbc, Answers answers, ElaborationRounds rounds) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    List<SupplierViews.SupplierDialogueSummary> dialogues(UUID organisation) {
        return jdbc.sql(SUMMARY + " order by d.deadline desc, d.id desc")
                .param(organisation)
                .query(SupplierViews.SupplierDialogueSummary.class)
                .list();
    }

    /** The organisation's other dialogues in which it has given answers. */
    @Transactional(readOnly = true)
    List<SupplierViews.SupplierDialogueSummary> copySources(long dialogueId, UUID organisation) {
        return jdbc.sql(SUMMARY
                        + " and d.id <> ? and exists (select 1 from answer a where a.answer_set_id = s.id)"
                        + " order by d.deadline desc, d.id desc")
                .params(organisation, dialogueId)
                .query(SupplierViews.SupplierDialogueSummary.class)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<SupplierViews.SupplierDialogue> dialogue(long dialogueId, UUID organisation) {
        return jdbc.sql("""
                        select d.id, d.title, d.description, d.owner_name, d.status as dialogue_status, s.status,
                               d.deadline, d.priorities_visible, d.prices_requested, s.operating_model,
                               s.it_system_uuid, s.it_system_name, s.it_system_supplier, s.decline_reason,
                               d.answers_visibility, s.id as answer_set_id,
                               (select count(*) from answer a where a.answer_set_id = s.id) as answered_count,
                               (select count(*) from dialogue_requirement r where r.dialogue_id = d.id) as requirement_count
                        from answer_set s join dialogue d on d.id = s.dialogue_id
                        where d.id = ? and s.organisation_id = ? and d.status <> 'DRAFT'
                        """)
                .params(dialogueId, organisation)
                .query(this::dialogue)
                .optional();
    }

    /** @return empty when the organisation was not invited to the dialogue */
    @Transactional(readOnly = true)
    Optional<List<SupplierViews.SupplierRequirement>> requirements(long dialogueId, UUID organisation) {
        Optional<SupplierViews.SupplierDialogue> dialogue = dialogue(dialogueId, organisation);
        if (dialogue.isEmpty()) {
            return Optional.empty();
        }
        UUID answerSetId = jdbc.sql("select id from answer_set where dialogue_id = ? and organisation_id = ?")
                .params(dialogueId, organisation)
                .query(UUID.class)
                .single();
        Map<Long, StoredAnswer> given = answers.byRequirement(answerSetId);
        // The customer's comments are the round's context; outside a round its judgement stays its own.
        Map<Long, SupplierViews.AnswerReview> reviews =
                "ELABORATION_REQUESTED".equals(dialogue.get().status()) ? reviews(answerSetId) : Map.of();
        boolean prioritiesVisible = dialogue.get().prioritiesVisible();
        return Optional.of(jdbc.sql("""
                        select id, catalog_requirement_id, free_text_number, position, name, description,
                               local_description, parameters::text as parameters, rationale, category,
                               sub_category, priority, elaboration_required
                        from dialogue_requirement where dialogue_id = ? order by position, id
                        """)
                .param(dialogueId)
                .query((row, n) -> requirement(row, prioritiesVisible, given, reviews))
                .list());
    }

    private Map<Long, SupplierViews.AnswerReview> reviews(UUID answerSetId) {
        Map<Long, SupplierViews.AnswerReview> reviews = new java.util.HashMap<>();
        jdbc.sql("select requirement_id, status, comment from answer_review where answer_set_id = ?")
                .param(answerSetId)
                .query(row -> {
                    reviews.put(
                            row.getLong("requirement_id"),
                            new SupplierViews.AnswerReview(row.getString("status"), row.getString("comment")));
                });
        return reviews;
    }

    private SupplierViews.SupplierRequirement requirement(
            ResultSet row,
            boolean prioritiesVisible,
            Map<Long, StoredAnswer> given,
            Map<Long, SupplierViews.AnswerReview> reviews)
            throws SQLException {
        long id = row.getLong("id");
        long catalogId = row.getLong("catalog_requirement_id");
        String kravId = row.wasNull() ? "F" + row.getInt("free_text_number") : String.valueOf(catalogId);
        return new SupplierViews.SupplierRequirement(
                id,
                kravId,
                row.getInt("position"),
                row.getString("name"),
                RequirementText.render(
                        row.getString("description"), row.getString("local_description"), answers.parameterValues(row)),
                row.getString("rationale"),
                row.getString("category"),
                row.getString("sub_category"),
                prioritiesVisible ? row.getString("priority") : null,
                row.getBoolean("elaboration_required"),
                given.get(id),
                reviews.get(id));
    }

    private SupplierViews.SupplierDialogue dialogue(ResultSet row, int n) throws SQLException {
        UUID system = row.getObject("it_system_uuid", UUID.class);
        return new SupplierViews.SupplierDialogue(
                row.getLong("id"),
                row.getString("title"),
                row.getString("description"),
                row.getString("owner_name"),
                row.getString("dialogue_status"),
                row.getString("status"),
                row.getObject("deadline", OffsetDateTime.class),
                row.getBoolean("priorities_visible"),
                row.getBoolean("prices_requested"),
                row.getString("operating_model"),
                system == null
                        ? null
                        : new ItSystem(system, row.getString("it_system_name"), row.getString("it_system_supplier")),
                row.getInt("answered_count"),
                row.getInt("requirement_count"),
                row.getString("decline_reason"),
                row.getString("answers_visibility"),
                rounds.rounds(row.getObject("answer_set_id", UUID.class)));
    }
}
