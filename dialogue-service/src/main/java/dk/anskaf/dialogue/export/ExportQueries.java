package dk.anskaf.dialogue.export;

import dk.anskaf.dialogue.supplier.RequirementText;
import dk.anskaf.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the files read, under the caller's row-level security (callers run inside a read-only transaction).
 * The purchaser reaches a supplier's answers only through the view {@code reviewable_answer_set} (V12: the
 * one visibility rule); a supplier reaches only its own organisation's answer set.
 */
@Component
class ExportQueries {

    private static final String DIALOGUE = """
            select d.id, d.title, d.description, d.contact_email, d.deadline, d.domain_ids,
                   d.priorities_visible, d.prices_requested
            from dialogue d
            """;

    private static final String SUPPLIER = """
            select s.id, o.name, s.status, s.it_system_uuid, s.it_system_name, s.it_system_supplier
            from answer_set s join supplier_organisation o on o.id = s.organisation_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExportQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The municipality's own dialogue (not a deleted one); empty for another municipality's id. */
    Optional<ExportDialogue> purchaserDialogue(long id) {
        return jdbc.sql(DIALOGUE + " where d.id = ? and d.tenant_id = ? and d.deleted_at is null")
                // Row-level security decides as well; the condition keeps the code honest on its own.
                .params(id, TenantContext.require().value())
                .query(ExportQueries::dialogue)
                .optional();
    }

    /** A dialogue the organisation was invited to (never a draft); empty otherwise. */
    Optional<ExportDialogue> supplierDialogue(long id, UUID organisation) {
        return jdbc.sql(DIALOGUE + """
                         join answer_set s on s.dialogue_id = d.id
                         where d.id = ? and s.organisation_id = ? and d.status <> 'DRAFT' and d.deleted_at is null
                        """)
                .params(id, organisation)
                .query(ExportQueries::dialogue)
                .optional();
    }

    /** Sorted by Krav id: free-text requirements (F1, F2 …) first, then the catalogue's numbers. */
    List<ExportRequirement> requirements(long dialogueId) {
        return jdbc.sql("""
                        select id, catalog_requirement_id, free_text_number, name, description, local_description,
                               parameters::text as parameters, rationale, category, priority, interpretation
                        from dialogue_requirement where dialogue_id = ?
                        order by catalog_requirement_id nulls first, free_text_number
                        """).param(dialogueId).query(this::requirement).list();
    }

    /** Every answer set of the dialogue the purchaser may read now, by organisation name. */
    List<ExportSupplier> reviewableSuppliers(long dialogueId) {
        return jdbc.sql(SUPPLIER + """
                         join reviewable_answer_set v on v.answer_set_id = s.id
                         where v.dialogue_id = ? order by lower(o.name), s.id
                        """)
                .param(dialogueId)
                .query(ExportQueries::supplier)
                .list();
    }

    /** One answer set of the dialogue, if the purchaser may read it now. */
    Optional<ExportSupplier> reviewableSupplier(long dialogueId, UUID answerSetId) {
        return jdbc.sql(SUPPLIER + """
                         join reviewable_answer_set v on v.answer_set_id = s.id
                         where v.dialogue_id = ? and v.answer_set_id = ?
                        """)
                .params(dialogueId, answerSetId)
                .query(ExportQueries::supplier)
                .optional();
    }

    /** The organisation's own answer set in the dialogue. */
    Optional<ExportSupplier> ownSupplier(long dialogueId, UUID organisation) {
        return jdbc.sql(SUPPLIER + " where s.dialogue_id = ? and s.organisation_id = ?")
                .params(dialogueId, organisation)
                .query(ExportQueries::supplier)
                .optional();
    }

    /** The answers of one answer set by requirement id, each with the purchaser's review if there is one. */
    Map<Long, ExportAnswer> answers(UUID answerSetId) {
        Map<Long, ExportAnswer> answers = new HashMap<>();
        jdbc.sql("""
                        select r.requirement_id, a.choice, a.elaboration, a.price, v.status as review_status,
                               v.comment as review_comment
                        from (select requirement_id from answer where answer_set_id = :set
                              union select requirement_id from answer_review where answer_set_id = :set) r
                        left join answer a on a.answer_set_id = :set and a.requirement_id = r.requirement_id
                        left join answer_review v on v.answer_set_id = :set and v.requirement_id = r.requirement_id
                        """).param("set", answerSetId).query(row -> {
            answers.put(
                    row.getLong("requirement_id"),
                    new ExportAnswer(
                            row.getString("choice"),
                            row.getString("elaboration"),
                            row.getString("price"),
                            row.getString("review_status"),
                            row.getString("review_comment")));
        });
        return answers;
    }

    private ExportRequirement requirement(ResultSet row, int n) throws SQLException {
        long catalogId = row.getLong("catalog_requirement_id");
        boolean freeText = row.wasNull();
        return new ExportRequirement(
                row.getLong("id"),
                freeText ? "F" + row.getInt("free_text_number") : String.valueOf(catalogId),
                freeText ? null : catalogId,
                row.getString("name"),
                RequirementText.render(
                        row.getString("description"),
                        row.getString("local_description"),
                        RequirementText.parameterValues(json, row.getString("parameters"))),
                row.getString("rationale"),
                row.getString("category"),
                row.getString("priority"),
                row.getString("interpretation"));
    }

    private static ExportDialogue dialogue(ResultSet row, int n) throws SQLException {
        Integer[] domains = (Integer[]) row.getArray("domain_ids").getArray();
        return new ExportDialogue(
                row.getLong("id"),
                row.getString("title"),
                row.getString("description"),
                row.getString("contact_email"),
                row.getObject("deadline", OffsetDateTime.class),
                Arrays.asList(domains),
                row.getBoolean("priorities_visible"),
                row.getBoolean("prices_requested"));
    }

    private static ExportSupplier supplier(ResultSet row, int n) throws SQLException {
        return new ExportSupplier(
                row.getObject("id", UUID.class),
                row.getString("name"),
                row.getString("status"),
                row.getObject("it_system_uuid", UUID.class),
                row.getString("it_system_name"),
                row.getString("it_system_supplier"));
    }
}
