package dk.anskaf.dialogue.review;

import dk.anskaf.dialogue.answering.ElaborationRounds;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The purchaser's read side of answers, SQL under the caller's row-level security. Whether answers may be
 * read is asked of the view {@code reviewable_answer_set} only (V12), never decided here.
 */
@Component
class ReviewQueries {

    /** The KITOS catalogue entry of a system, by its KITOS uuid (DOMAIN.md §5.10, §13). */
    static final String KITOS_SYSTEM_URL = "https://kitos.dk/ui/it-systems/catalog/";

    private static final String OVERVIEW = """
            select s.id as answer_set_id, s.organisation_id, o.name as organisation_name, o.cvr, s.invited_at,
                   s.status, d.status as dialogue_status, d.answers_visibility,
                   (select count(*) from answer a where a.answer_set_id = s.id) as answered_count,
                   (select count(*) from dialogue_requirement r where r.dialogue_id = s.dialogue_id) as requirement_count,
                   exists (select 1 from reviewable_answer_set v where v.answer_set_id = s.id) as visible
            from answer_set s
            join dialogue d on d.id = s.dialogue_id
            join supplier_organisation o on o.id = s.organisation_id
            where s.dialogue_id = ?
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ElaborationRounds rounds;

    ReviewQueries(JdbcClient jdbc, JsonMapper json, ElaborationRounds rounds) {
        this.jdbc = jdbc;
        this.json = json;
        this.rounds = rounds;
    }

    /** @throws ReviewRefused.DialogueNotFound unless the caller's municipality owns the dialogue */
    void requireDialogue(long dialogueId) {
        boolean visible = jdbc.sql("select count(*) from dialogue where id = ?")
                        .param(dialogueId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!visible) {
            throw new ReviewRefused.DialogueNotFound(dialogueId);
        }
    }

    List<ReviewViews.AnswerSetOverview> overview(long dialogueId) {
        requireDialogue(dialogueId);
        return jdbc.sql(OVERVIEW + " order by lower(o.name), o.cvr")
                .param(dialogueId)
                .query((row, n) -> overview(row))
                .list();
    }

    /**
     * The set's row of Besvarelser if it belongs to the dialogue.
     *
     * @throws ReviewRefused.AnswerSetNotFound otherwise
     */
    ReviewViews.AnswerSetOverview answerSet(long dialogueId, UUID answerSetId) {
        requireDialogue(dialogueId);
        return jdbc.sql(OVERVIEW + " and s.id = ?")
                .params(dialogueId, answerSetId)
                .query((row, n) -> overview(row))
                .optional()
                .orElseThrow(ReviewRefused.AnswerSetNotFound::new);
    }

    /**
     * The set's row of Besvarelser if the purchaser may read its answers now.
     *
     * @throws ReviewRefused.AnswersNotVisible when the visibility rule hides them, saying why
     */
    ReviewViews.AnswerSetOverview requireVisible(long dialogueId, UUID answerSetId) {
        ReviewViews.AnswerSetOverview set = answerSet(dialogueId, answerSetId);
        if (!set.visible()) {
            throw new ReviewRefused.AnswersNotVisible(String.valueOf(set.hiddenReason()));
        }
        return set;
    }

    /** One supplier's answers with the reviews; call {@link #requireVisible} first. */
    ReviewViews.SupplierAnswers answers(long dialogueId, ReviewViews.AnswerSetOverview set) {
        Map<String, Object> dialogue =
                jdbc.sql("""
                        select d.priorities_visible, d.prices_requested, s.it_system_uuid, s.it_system_name,
                               s.it_system_supplier
                        from answer_set s join dialogue d on d.id = s.dialogue_id
                        join reviewable_answer_set v on v.answer_set_id = s.id
                        where s.id = ?
                        """).param(set.answerSetId()).query().singleRow();
        boolean prioritiesVisible = (Boolean) dialogue.get("priorities_visible");
        UUID system = (UUID) dialogue.get("it_system_uuid");
        List<ReviewViews.ReviewedAnswer> answers = jdbc.sql("""
                        select r.id, r.catalog_requirement_id, r.free_text_number, r.name, r.description,
                               r.local_description, r.parameters::text as parameters, r.category, r.priority,
                               a.choice, a.elaboration, a.price,
                               coalesce(rv.status, 'NONE') as review_status, rv.comment, rv.reviewed_by_name,
                               rv.reviewed_at, coalesce(rv.version, 0) as review_version
                        from reviewable_answer_set v
                        join dialogue_requirement r on r.dialogue_id = v.dialogue_id
                        left join answer a on a.answer_set_id = v.answer_set_id and a.requirement_id = r.id
                        left join answer_review rv on rv.answer_set_id = v.answer_set_id and rv.requirement_id = r.id
                        where v.answer_set_id = ?
                        order by r.position, r.id
                        """)
                .param(set.answerSetId())
                .query((row, n) -> answer(row, prioritiesVisible))
                .list();
        return new ReviewViews.SupplierAnswers(
                dialogueId,
                set.answerSetId(),
                set.organisationName(),
                set.status(),
                prioritiesVisible,
                (Boolean) dialogue.get("prices_requested"),
                system == null
                        ? null
                        : new ReviewViews.OfferedSystem(
                                system,
                                (String) dialogue.get("it_system_name"),
                                (String) dialogue.get("it_system_supplier"),
                                KITOS_SYSTEM_URL + system),
                answers,
                rounds.rounds(set.answerSetId()));
    }

    /** The requirement's number as the purchaser knows it (catalogue id, or F1 … for free text). */
    Optional<String> kravId(long dialogueId, long requirementId) {
        return jdbc.sql("""
                        select coalesce(catalog_requirement_id::text, 'F' || free_text_number)
                        from dialogue_requirement where dialogue_id = ? and id = ?
                        """)
                .params(dialogueId, requirementId)
                .query(String.class)
                .optional();
    }

    private static ReviewViews.AnswerSetOverview overview(ResultSet row) throws SQLException {
        boolean visible = row.getBoolean("visible");
        String status = row.getString("status");
        return new ReviewViews.AnswerSetOverview(
                row.getObject("answer_set_id", UUID.class),
                row.getObject("organisation_id", UUID.class),
                row.getString("organisation_name"),
                row.getString("cvr"),
                row.getObject("invited_at", OffsetDateTime.class),
                status,
                row.getInt("answered_count"),
                row.getInt("requirement_count"),
                visible,
                visible ? null : hiddenReason(status, row.getString("answers_visibility")));
    }

    /** Says why the view hides a set; the view alone decides that it does. */
    private static String hiddenReason(String status, String visibility) {
        if ("DECLINED".equals(status)) {
            return "DECLINED";
        }
        if ("AFTER_DEADLINE".equals(visibility)) {
            return "AFTER_DEADLINE";
        }
        return "NOT_FINISHED";
    }

    private ReviewViews.ReviewedAnswer answer(ResultSet row, boolean prioritiesVisible) throws SQLException {
        long catalogId = row.getLong("catalog_requirement_id");
        String kravId = row.wasNull() ? "F" + row.getInt("free_text_number") : String.valueOf(catalogId);
        return new ReviewViews.ReviewedAnswer(
                row.getLong("id"),
                kravId,
                row.getString("name"),
                RequirementText.render(
                        row.getString("description"), row.getString("local_description"), parameterValues(row)),
                row.getString("category"),
                prioritiesVisible ? row.getString("priority") : null,
                row.getString("choice"),
                row.getString("elaboration"),
                row.getString("price"),
                new ReviewViews.Review(
                        row.getString("review_status"),
                        row.getString("comment"),
                        row.getString("reviewed_by_name"),
                        row.getObject("reviewed_at", OffsetDateTime.class),
                        row.getInt("review_version")));
    }

    private Map<String, String> parameterValues(ResultSet row) throws SQLException {
        return RequirementText.parameterValues(json, row.getString("parameters"));
    }
}
