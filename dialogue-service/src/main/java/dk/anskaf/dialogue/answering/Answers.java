package dk.anskaf.dialogue.answering;

import dk.anskaf.dialogue.supplier.RequirementText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code answer} rows of answer sets and the requirements they answer (SQL on {@link JdbcClient}, in the
 * caller's transaction, under the caller's row-level security). One row per answer set and requirement:
 * saving again replaces it. Rules are not checked here: {@link Answering} checks them first, and V10's
 * trigger refuses a row for a closed set, another dialogue's requirement or after the deadline.
 */
@Component
class Answers {

    /** Who wrote an answer the operating model set. */
    static final String BY_OPERATING_MODEL = "driftsmodel";

    private static final String ANSWER_COLUMNS =
            "requirement_id, choice, elaboration, price, auto_answered, copied_from_dialogue_id,"
                    + " copied_text_changed, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Answers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String REQUIREMENTS = """
            select id, catalog_requirement_id, description, local_description, parameters::text as parameters,
                   elaboration_required, saas, on_premise
            from dialogue_requirement where dialogue_id = ?
            """;

    List<RequirementFacts> requirements(long dialogueId) {
        return jdbc.sql(REQUIREMENTS + " order by position, id")
                .param(dialogueId)
                .query(this::requirement)
                .list();
    }

    /** The requirement if it is one of this dialogue's (a requirement of another dialogue is not). */
    Optional<RequirementFacts> requirement(long dialogueId, long requirementId) {
        return jdbc.sql(REQUIREMENTS + " and id = ?")
                .params(dialogueId, requirementId)
                .query(this::requirement)
                .optional();
    }

    Map<Long, StoredAnswer> byRequirement(UUID answerSetId) {
        return jdbc
                .sql("select " + ANSWER_COLUMNS + " from answer where answer_set_id = ?")
                .param(answerSetId)
                .query(StoredAnswer.class)
                .list()
                .stream()
                .collect(Collectors.toMap(StoredAnswer::requirementId, Function.identity()));
    }

    /** Inserts or replaces the answer and returns it as stored. */
    StoredAnswer save(
            AnswerSet set,
            long requirementId,
            AnswerRules.ValidAnswer answer,
            boolean auto,
            @Nullable Long copiedFrom,
            boolean copiedTextChanged,
            String by) {
        return jdbc.sql("""
                        insert into answer (answer_set_id, requirement_id, tenant_id, organisation_id, choice,
                                            elaboration, price, auto_answered, copied_from_dialogue_id,
                                            copied_text_changed, answered_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                        on conflict (answer_set_id, requirement_id) do update set
                            choice = excluded.choice, elaboration = excluded.elaboration, price = excluded.price,
                            auto_answered = excluded.auto_answered,
                            copied_from_dialogue_id = excluded.copied_from_dialogue_id,
                            copied_text_changed = excluded.copied_text_changed,
                            answered_by = excluded.answered_by, updated_at = excluded.updated_at
                        returning\s""" + ANSWER_COLUMNS)
                .params(
                        set.id(),
                        requirementId,
                        set.tenantId(),
                        set.organisationId(),
                        answer.choice().name(),
                        answer.elaboration(),
                        answer.price(),
                        auto,
                        copiedFrom,
                        copiedTextChanged,
                        by)
                .query(StoredAnswer.class)
                .single();
    }

    /** Removes answers the operating model set (a person's answers are never removed). */
    void removeAutoAnswer(UUID answerSetId, long requirementId) {
        jdbc.sql("delete from answer where answer_set_id = ? and requirement_id = ? and auto_answered")
                .params(answerSetId, requirementId)
                .update();
    }

    private RequirementFacts requirement(ResultSet row, int rowNumber) throws SQLException {
        long catalogId = row.getLong("catalog_requirement_id");
        Long catalogRequirementId = row.wasNull() ? null : catalogId;
        return new RequirementFacts(
                row.getLong("id"),
                catalogRequirementId,
                RequirementText.render(
                        row.getString("description"), row.getString("local_description"), parameterValues(row)),
                row.getBoolean("elaboration_required"),
                row.getBoolean("saas"),
                row.getBoolean("on_premise"));
    }

    /** The dialogue's parameter values by name (V2: {@code [{"name":…,"value":…}, …]}). */
    Map<String, String> parameterValues(ResultSet row) throws SQLException {
        return RequirementText.parameterValues(json, row.getString("parameters"));
    }
}
