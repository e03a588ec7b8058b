package dk.anskaf.dialogue.selection;

import dk.anskaf.catalog.client.CatalogClient;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code dialogue_requirement} rows of one dialogue, in SQL under the caller's row-level security. Callers
 * hold the dialogue's row lock ({@code Dialogues.lockDraft}) while they write, so positions and free-text
 * numbers are handed out one at a time.
 */
@Component
class RequirementRows {

    private static final TypeReference<List<ParameterValue>> PARAMETERS = new TypeReference<>() {};

    private static final String COLUMNS = """
            id, catalog_requirement_id, free_text_number, position, name, description, local_description,
            rationale, elaboration_required, category, sub_category, priority, parameters::text as parameters,
            selection_reasons
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RequirementRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<DialogueRequirementView> list(long dialogueId) {
        return jdbc.sql("select " + COLUMNS + " from dialogue_requirement where dialogue_id = ? order by position, id")
                .param(dialogueId)
                .query((rs, row) -> view(rs))
                .list();
    }

    Optional<DialogueRequirementView> find(long dialogueId, long requirementId) {
        return jdbc.sql("select " + COLUMNS + " from dialogue_requirement where dialogue_id = ? and id = ?")
                .params(dialogueId, requirementId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    int count(long dialogueId) {
        return jdbc.sql("select count(*) from dialogue_requirement where dialogue_id = ?")
                .param(dialogueId)
                .query(Integer.class)
                .single();
    }

    List<Long> catalogIds(long dialogueId) {
        return jdbc.sql("select catalog_requirement_id from dialogue_requirement "
                        + "where dialogue_id = ? and catalog_requirement_id is not null")
                .param(dialogueId)
                .query(Long.class)
                .list();
    }

    /** A frozen copy of a catalogue requirement, last in the set. */
    DialogueRequirementView insertCopy(long dialogueId, CatalogClient.RequirementSnapshot copy, List<String> reasons) {
        List<ParameterValue> parameters = copy.parameters() == null
                ? List.of()
                : copy.parameters().stream()
                        .map(p -> new ParameterValue(p.name(), p.defaultValue(), p.unit(), null))
                        .toList();
        long id = jdbc.sql("""
                        insert into dialogue_requirement
                            (dialogue_id, catalog_requirement_id, catalog_version, position, name, description,
                             local_description, rationale, elaboration_required, category, sub_category, priority,
                             saas, on_premise, parameters, selection_reasons)
                        values (:dialogue, :catalogId, :version,
                                (select coalesce(max(position), 0) + 1 from dialogue_requirement where dialogue_id = :dialogue),
                                :name, :description, :localDescription, :rationale, :elaboration, :category,
                                :subCategory, :priority, :saas, :onPremise, cast(:parameters as jsonb), :reasons)
                        returning id
                        """)
                .param("dialogue", dialogueId)
                .param("catalogId", copy.id())
                .param("version", copy.version())
                .param("name", copy.name())
                .param("description", copy.description())
                .param("localDescription", blankToNull(copy.localDescription()))
                .param("rationale", copy.rationale())
                .param("elaboration", copy.elaborationRequired())
                .param("category", copy.category())
                .param("subCategory", copy.subCategory())
                .param("priority", copy.priority())
                .param("saas", copy.saas())
                .param("onPremise", copy.onPremise())
                .param("parameters", json.writeValueAsString(parameters))
                .param("reasons", reasons.toArray(String[]::new))
                .query(Long.class)
                .single();
        return find(dialogueId, id).orElseThrow();
    }

    /** A free-text requirement with the next number of the dialogue (F1, F2 …), last in the set. */
    DialogueRequirementView insertFreeText(
            long dialogueId, String name, String category, String priority, String description) {
        long id = jdbc.sql("""
                        insert into dialogue_requirement
                            (dialogue_id, free_text_number, position, name, description, category, priority,
                             selection_reasons)
                        values (:dialogue,
                                (select coalesce(max(free_text_number), 0) + 1 from dialogue_requirement where dialogue_id = :dialogue),
                                (select coalesce(max(position), 0) + 1 from dialogue_requirement where dialogue_id = :dialogue),
                                :name, :description, :category, :priority, '{free-text}')
                        returning id
                        """)
                .param("dialogue", dialogueId)
                .param("name", name)
                .param("description", description)
                .param("category", category)
                .param("priority", priority)
                .query(Long.class)
                .single();
        return find(dialogueId, id).orElseThrow();
    }

    void update(long dialogueId, long id, String priority, String description, List<ParameterValue> parameters) {
        jdbc.sql("""
                        update dialogue_requirement
                        set priority = :priority, description = :description, parameters = cast(:parameters as jsonb)
                        where dialogue_id = :dialogue and id = :id
                        """)
                .param("priority", priority)
                .param("description", description)
                .param("parameters", json.writeValueAsString(parameters))
                .param("dialogue", dialogueId)
                .param("id", id)
                .update();
    }

    boolean delete(long dialogueId, long id) {
        return jdbc.sql("delete from dialogue_requirement where dialogue_id = ? and id = ?")
                        .params(dialogueId, id)
                        .update()
                > 0;
    }

    private DialogueRequirementView view(ResultSet rs) throws SQLException {
        long catalogId = rs.getLong("catalog_requirement_id");
        Long catalogRequirementId = rs.wasNull() ? null : catalogId;
        String kravId = catalogRequirementId == null
                ? "F" + rs.getInt("free_text_number")
                : String.valueOf(catalogRequirementId);
        List<ParameterValue> parameters = json.readValue(rs.getString("parameters"), PARAMETERS);
        String description = rs.getString("description");
        String localDescription = rs.getString("local_description");
        String[] reasons = (String[]) rs.getArray("selection_reasons").getArray();
        return new DialogueRequirementView(
                rs.getLong("id"),
                kravId,
                catalogRequirementId,
                rs.getInt("position"),
                rs.getString("name"),
                description,
                ParameterText.render(description, parameters, localDescription),
                localDescription,
                rs.getString("rationale"),
                rs.getBoolean("elaboration_required"),
                rs.getString("category"),
                rs.getString("sub_category"),
                rs.getString("priority"),
                parameters,
                Arrays.asList(reasons));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
