package dk.anskaf.dialogue.integration;

import dk.anskaf.dialogue.supplier.RequirementText;
import dk.anskaf.platform.tenancy.TenantContext;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's read models. Every query runs in a transaction, so row-level security applies under the
 * token's tenant, and names the tenant as well, so both would have to fail to leak; a soft-deleted
 * dialogue ({@code deleted_at}) is not there for the read API.
 */
@Component
class ReadApiQueries {

    /** The municipality's own, not deleted, dialogue: the condition every read starts from. */
    private static final String OWN_DIALOGUE = "d.tenant_id = :tenant and d.deleted_at is null";

    /** A dialogue's parameter values by name, from V2's {@code [{"name":…,"value":…}]}; unset values left out. */
    private static final String PARAMETER_VALUES = """
            (select coalesce(jsonb_object_agg(p ->> 'name', p ->> 'value'), '{}'::jsonb)::text
             from jsonb_array_elements(r.parameters) p
             where jsonb_typeof(p -> 'value') = 'string') as parameter_values
            """;

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ReadApiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ReadApiViews.DialoguePage dialogues(int page, int size) {
        String tenant = TenantContext.require().value();
        long total = jdbc.sql("select count(*) from dialogue d where " + OWN_DIALOGUE)
                .param("tenant", tenant)
                .query(Long.class)
                .single();
        List<ReadApiViews.DialogueSummary> items = jdbc.sql("select d.id, d.title, d.status, d.activated_at, d.deadline"
                        + " from dialogue d where " + OWN_DIALOGUE
                        + " order by d.created_at desc, d.id desc limit :size offset :offset")
                .param("tenant", tenant)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((row, n) -> new ReadApiViews.DialogueSummary(
                        row.getLong("id"),
                        row.getString("title"),
                        row.getString("status"),
                        row.getObject("activated_at", OffsetDateTime.class),
                        row.getObject("deadline", OffsetDateTime.class)))
                .list();
        return new ReadApiViews.DialoguePage(items, page, size, total);
    }

    @Transactional(readOnly = true)
    Optional<ReadApiViews.DialogueDetail> dialogue(long id) {
        return jdbc.sql("select d.id, d.title, d.description, d.status, d.contact_email, d.activated_at, d.deadline"
                        + " from dialogue d where d.id = :id and " + OWN_DIALOGUE)
                .param("id", id)
                .param("tenant", TenantContext.require().value())
                .query((row, n) -> new ReadApiViews.DialogueDetail(
                        row.getLong("id"),
                        row.getString("title"),
                        row.getString("description"),
                        row.getString("status"),
                        row.getString("contact_email"),
                        row.getObject("activated_at", OffsetDateTime.class),
                        row.getObject("deadline", OffsetDateTime.class)))
                .optional();
    }

    /** Empty when the dialogue is not the caller's (or deleted); else its requirements in the dialogue's order. */
    @Transactional(readOnly = true)
    Optional<List<ReadApiViews.Requirement>> requirements(long dialogueId) {
        if (!exists(dialogueId)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select r.catalog_requirement_id, r.free_text_number, r.name, r.description,"
                        + " r.local_description, r.priority, " + PARAMETER_VALUES
                        + " from dialogue_requirement r where r.dialogue_id = :dialogue order by r.position, r.id")
                .param("dialogue", dialogueId)
                .query(this::requirement)
                .list());
    }

    /**
     * The chosen supplier, if the dialogue is the caller's and has one whose answers the purchaser may read
     * ({@code reviewable_answer_set}, the one visibility rule).
     */
    @Transactional(readOnly = true)
    Optional<ReadApiViews.ChosenSupplier> chosenSupplier(long dialogueId) {
        return jdbc.sql("""
                        select s.id, o.name, o.cvr, s.it_system_uuid, s.it_system_name, s.it_system_supplier, d.chosen_at
                        from dialogue d
                        join reviewable_answer_set v on v.answer_set_id = d.chosen_answer_set_id and v.dialogue_id = d.id
                        join answer_set s on s.id = v.answer_set_id
                        join supplier_organisation o on o.id = s.organisation_id
                        where d.id = :id and %s
                        """.formatted(OWN_DIALOGUE))
                .param("id", dialogueId)
                .param("tenant", TenantContext.require().value())
                .query((row, n) -> chosen(row))
                .optional();
    }

    /** Whether the dialogue is the caller's own and not deleted. */
    @Transactional(readOnly = true)
    boolean exists(long dialogueId) {
        return jdbc.sql("select count(*) from dialogue d where d.id = :id and " + OWN_DIALOGUE)
                        .param("id", dialogueId)
                        .param("tenant", TenantContext.require().value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private ReadApiViews.ChosenSupplier chosen(ResultSet row) throws SQLException {
        UUID answerSet = row.getObject("id", UUID.class);
        String systemName = row.getString("it_system_name");
        ReadApiViews.ItSystem system = systemName == null
                ? null
                : new ReadApiViews.ItSystem(
                        row.getObject("it_system_uuid", UUID.class), systemName, row.getString("it_system_supplier"));
        List<ReadApiViews.Answer> answers = jdbc.sql("""
                        select r.catalog_requirement_id, r.free_text_number, a.choice, a.elaboration, a.price
                        from answer a join dialogue_requirement r on r.id = a.requirement_id
                        where a.answer_set_id = :set order by r.position, r.id
                        """)
                .param("set", answerSet)
                .query((answer, n) -> new ReadApiViews.Answer(
                        requirementId(answer),
                        answer.getString("choice"),
                        answer.getString("elaboration"),
                        answer.getString("price")))
                .list();
        return new ReadApiViews.ChosenSupplier(
                answerSet,
                row.getString("name"),
                row.getString("cvr"),
                system,
                row.getObject("chosen_at", OffsetDateTime.class),
                answers);
    }

    private ReadApiViews.Requirement requirement(ResultSet row, int n) throws SQLException {
        Long catalogueId = row.getObject("catalog_requirement_id", Long.class);
        Integer freeText = row.getObject("free_text_number", Integer.class);
        Map<String, String> values = json.readValue(row.getString("parameter_values"), VALUES);
        return new ReadApiViews.Requirement(
                requirementId(row),
                catalogueId,
                freeText,
                row.getString("name"),
                RequirementText.render(row.getString("description"), row.getString("local_description"), values),
                row.getString("priority"));
    }

    /** Kravbank id, or F and the number for a free-text requirement (never the incumbent's shared 0). */
    private static String requirementId(ResultSet row) throws SQLException {
        long catalogueId = row.getLong("catalog_requirement_id");
        return row.wasNull() ? "F" + row.getInt("free_text_number") : String.valueOf(catalogueId);
    }
}
