package dk.anskaf.dialogue.comparison;

import dk.anskaf.dialogue.supplier.RequirementText;
import dk.anskaf.platform.errors.ApiProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a comparison in four queries whatever the number of suppliers and requirements: the dialogue,
 * the visible answer sets, the requirements, and every visible answer with the purchaser's review. Which
 * answer sets are visible is the view {@code reviewable_answer_set}'s decision alone (V12), and row-level
 * security shows only the caller's municipality's dialogues, so another municipality's id is not found.
 */
@Component
class ComparisonQueries {

    private record Header(long id, String title, String status, String answersVisibility, boolean pricesRequested) {}

    private record Column(
            UUID answerSetId,
            String organisationName,
            @Nullable String itSystemName,
            @Nullable String itSystemSupplier,
            String status) {}

    private record Requirement(
            long id,
            String kravId,
            int position,
            String name,
            String description,
            String category,
            @Nullable String subCategory,
            String priority) {}

    private record Answer(
            @Nullable String choice,
            @Nullable String elaboration,
            @Nullable String price,
            String reviewStatus,
            @Nullable String reviewComment) {}

    private static final Answer UNANSWERED = new Answer(null, null, null, "NONE", null);

    private final JdbcClient jdbc;

    ComparisonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws ApiProblemException 404 when the caller's municipality has no such dialogue; 400 on an unknown category */
    @Transactional(readOnly = true)
    Comparison compare(long dialogueId, ComparisonFilter filter) {
        Header header =
                header(dialogueId).orElseThrow(() -> ApiProblemException.notFound("Markedsdialogen findes ikke"));
        List<Requirement> requirements = requirements(dialogueId);
        List<String> categories = new ArrayList<>(
                new TreeSet<>(requirements.stream().map(Requirement::category).toList()));
        if (!categories.containsAll(filter.categories())) {
            throw ApiProblemException.invalidField("category", "Vælg kun kategorier, som markedsdialogens krav har");
        }
        List<Column> columns = columns(dialogueId);
        Map<UUID, Map<Long, Answer>> answers = answers(dialogueId);
        List<Requirement> shown = requirements.stream()
                .filter(r -> filter.keeps(r.priority(), r.category()))
                .toList();
        List<Comparison.Row> rows = new ArrayList<>(shown.size());
        for (Requirement requirement : shown) {
            List<Comparison.Cell> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                Answer answer =
                        answers.getOrDefault(column.answerSetId(), Map.of()).getOrDefault(requirement.id(), UNANSWERED);
                cells.add(new Comparison.Cell(
                        column.answerSetId(),
                        answer.choice(),
                        answer.elaboration(),
                        answer.price(),
                        answer.reviewStatus(),
                        answer.reviewComment(),
                        notMet(requirement.priority(), answer.choice())));
            }
            rows.add(new Comparison.Row(
                    requirement.id(),
                    requirement.kravId(),
                    requirement.position(),
                    requirement.name(),
                    requirement.description(),
                    requirement.category(),
                    requirement.subCategory(),
                    requirement.priority(),
                    List.copyOf(cells)));
        }
        List<Comparison.Supplier> suppliers = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            suppliers.add(supplier(columns.get(i), i, rows, filter));
        }
        return new Comparison(
                header.id(),
                header.title(),
                header.status(),
                header.answersVisibility(),
                header.pricesRequested(),
                filter.applied(),
                List.copyOf(categories),
                List.copyOf(suppliers),
                List.copyOf(rows),
                filter.scored()
                        ? new Comparison.ScoreRule(
                                Scoring.LABEL, Scoring.LABEL_EN, filter.weights(), Scoring.CHOICE_POINTS)
                        : null);
    }

    /** Mindstekrav answered Nej or Ja delvist (DOMAIN.md §5.10): a supplier that cannot meet a must. */
    static boolean notMet(String priority, @Nullable String choice) {
        return "ABSOLUTE".equals(priority) && ("NEJ".equals(choice) || "JA_DELVIST".equals(choice));
    }

    private static Comparison.Supplier supplier(
            Column column, int index, List<Comparison.Row> rows, ComparisonFilter filter) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String choice : List.of("JA", "JA_TILKOEB", "JA_DELVIST", "NEJ", "IKKE_RELEVANT", "UNANSWERED")) {
            Map<String, Integer> byPriority = new LinkedHashMap<>();
            ComparisonFilter.PRIORITIES.forEach(priority -> byPriority.put(priority, 0));
            counts.put(choice, byPriority);
        }
        Scoring scoring = new Scoring(filter.weights());
        int answered = 0;
        int notMet = 0;
        for (Comparison.Row row : rows) {
            Comparison.Cell cell = row.cells().get(index);
            String choice = cell.choice() == null ? "UNANSWERED" : cell.choice();
            counts.get(choice).merge(row.priority(), 1, Integer::sum);
            answered += cell.choice() == null ? 0 : 1;
            notMet += cell.mindstekravNotMet() ? 1 : 0;
            scoring.add(row.priority(), cell.choice());
        }
        counts.replaceAll((choice, byPriority) -> java.util.Collections.unmodifiableMap(byPriority));
        return new Comparison.Supplier(
                column.answerSetId(),
                column.organisationName(),
                column.itSystemName(),
                column.itSystemSupplier(),
                column.status(),
                new Comparison.Summary(
                        java.util.Collections.unmodifiableMap(counts), answered, rows.size() - answered, notMet),
                filter.scored() ? scoring.score() : null,
                filter.scored() ? scoring.max() : null);
    }

    private Optional<Header> header(long dialogueId) {
        return jdbc.sql("""
                        select id, title, status, answers_visibility, prices_requested
                        from dialogue where id = ? and deleted_at is null
                        """)
                .param(dialogueId)
                .query((rs, n) -> new Header(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getString("answers_visibility"),
                        rs.getBoolean("prices_requested")))
                .optional();
    }

    private List<Column> columns(long dialogueId) {
        return jdbc.sql("""
                        select v.answer_set_id, o.name, s.it_system_name, s.it_system_supplier, s.status
                        from reviewable_answer_set v
                        join answer_set s on s.id = v.answer_set_id
                        join supplier_organisation o on o.id = v.organisation_id
                        where v.dialogue_id = ?
                        order by lower(o.name), v.answer_set_id
                        """)
                .param(dialogueId)
                .query((rs, n) -> new Column(
                        rs.getObject("answer_set_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("it_system_name"),
                        rs.getString("it_system_supplier"),
                        rs.getString("status")))
                .list();
    }

    private List<Requirement> requirements(long dialogueId) {
        return jdbc.sql("""
                        select id, catalog_requirement_id, free_text_number, position, name, description,
                               local_description, category, sub_category, priority,
                               array(select p ->> 'name' from jsonb_array_elements(parameters) p
                                     where jsonb_typeof(p -> 'value') = 'string') as parameter_names,
                               array(select p ->> 'value' from jsonb_array_elements(parameters) p
                                     where jsonb_typeof(p -> 'value') = 'string') as parameter_values
                        from dialogue_requirement where dialogue_id = ? order by position, id
                        """).param(dialogueId).query((rs, n) -> requirement(rs)).list();
    }

    private static Requirement requirement(ResultSet rs) throws SQLException {
        long catalogId = rs.getLong("catalog_requirement_id");
        String kravId = rs.wasNull() ? "F" + rs.getInt("free_text_number") : String.valueOf(catalogId);
        String[] names = (String[]) rs.getArray("parameter_names").getArray();
        String[] values = (String[]) rs.getArray("parameter_values").getArray();
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            parameters.put(names[i], values[i]);
        }
        return new Requirement(
                rs.getLong("id"),
                kravId,
                rs.getInt("position"),
                rs.getString("name"),
                RequirementText.render(rs.getString("description"), rs.getString("local_description"), parameters),
                rs.getString("category"),
                rs.getString("sub_category"),
                rs.getString("priority"));
    }

    /** answer set → requirement → answer, for every answer set the view shows. */
    private Map<UUID, Map<Long, Answer>> answers(long dialogueId) {
        Map<UUID, Map<Long, Answer>> answers = new HashMap<>();
        jdbc.sql("""
                        select a.answer_set_id, a.requirement_id, a.choice, a.elaboration, a.price,
                               coalesce(r.status, 'NONE') as review_status, r.comment
                        from reviewable_answer_set v
                        join answer a on a.answer_set_id = v.answer_set_id
                        left join answer_review r
                               on r.answer_set_id = a.answer_set_id and r.requirement_id = a.requirement_id
                        where v.dialogue_id = ?
                        """).param(dialogueId).query(rs -> {
            answers.computeIfAbsent(rs.getObject("answer_set_id", UUID.class), k -> new HashMap<>())
                    .put(
                            rs.getLong("requirement_id"),
                            new Answer(
                                    rs.getString("choice"),
                                    rs.getString("elaboration"),
                                    rs.getString("price"),
                                    rs.getString("review_status"),
                                    rs.getString("comment")));
        });
        return answers;
    }
}
