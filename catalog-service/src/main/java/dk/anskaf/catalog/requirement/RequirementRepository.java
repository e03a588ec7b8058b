package dk.anskaf.catalog.requirement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requirements in PostgreSQL. Queries name no tenant: row-level security decides what the current tenant
 * may see and change.
 */
@Repository
public class RequirementRepository {

    static final String SELECT = """
            select r.id, r.owner_kind, r.tenant_id, r.community_id, r.name, r.description, r.rationale, r.category_id,
                   (select c.name from category c where c.id = r.category_id) as category_name, r.sub_category_id,
                   (select s.name from sub_category s where s.id = r.sub_category_id) as sub_category_name,
                   r.priority, r.domain_ids,
                   r.all_domains, r.filter_ids, r.all_filters, r.principle_ids, r.interpretation, r.stakeholders,
                   r.notes, r.elaboration_required, r.saas, r.on_premise, r.updated_at, r.updated_by, r.deleted_at,
                   r.version
            from requirement r
            """;

    private final JdbcClient jdbc;

    RequirementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertLocal(String tenantId, RequirementInput input, String author) {
        return jdbc.sql("""
                        insert into requirement (owner_kind, tenant_id, name, description, rationale, category_id,
                            sub_category_id, priority, domain_ids, all_domains, filter_ids, all_filters, principle_ids,
                            interpretation, stakeholders, notes, elaboration_required, saas, on_premise, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::integer[], ?, ?::integer[], ?, ?::integer[], ?, ?, ?,
                                ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(withOwner(OwnerKind.MUNICIPALITY, values(tenantId, input, author, author)))
                .query(Long.class)
                .single();
    }

    /** Saves the input over version {@code expectedVersion}; false when someone saved in between. */
    boolean update(long id, RequirementInput input, int expectedVersion, String author) {
        // values() starts with the tenant and ends with created_by, updated_by: the middle 17 are the fields.
        List<Object> params = new ArrayList<>(
                Arrays.asList(values(null, input, author, author)).subList(1, 18));
        params.add(author);
        params.add(id);
        params.add(expectedVersion);
        return jdbc.sql("""
                        update requirement set name = ?, description = ?, rationale = ?, category_id = ?,
                            sub_category_id = ?, priority = ?, domain_ids = ?::integer[], all_domains = ?,
                            filter_ids = ?::integer[], all_filters = ?, principle_ids = ?::integer[], interpretation = ?,
                            stakeholders = ?, notes = ?, elaboration_required = ?, saas = ?, on_premise = ?,
                            updated_by = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ? and deleted_at is null
                        """).params(params).update() == 1;
    }

    boolean softDelete(long id, String author) {
        return jdbc.sql("""
                        update requirement set deleted_at = now(), deleted_by = ?, version = version + 1
                        where id = ? and deleted_at is null
                        """).params(author, id).update() == 1;
    }

    boolean restore(long id, String author) {
        return jdbc.sql("""
                        update requirement set deleted_at = null, deleted_by = null, updated_by = ?, version = version + 1
                        where id = ? and deleted_at is not null
                        """).params(author, id).update() == 1;
    }

    /** The requirement if the current tenant may see it; locks it for the rest of the transaction. */
    public Optional<Requirement> findForUpdate(long id) {
        return jdbc.sql(SELECT + " where r.id = ? for update of r")
                .param(id)
                .query(RequirementRepository::map)
                .optional();
    }

    public Optional<Requirement> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query(RequirementRepository::map)
                .optional();
    }

    /**
     * Whether a promotion of this requirement to the cross-municipal catalogue awaits the board: the only
     * time the board changes a municipality's requirement (row-level security, V5 and V11).
     */
    boolean awaitsBoard(long id) {
        return Boolean.TRUE.equals(jdbc.sql("select pending_promotion(?)")
                .param(id)
                .query(Boolean.class)
                .single());
    }

    /**
     * One page and the number of matches, counted up to {@link #COUNTED_AT_MOST} and no further, so neither
     * query grows with the catalogue: the count reads at most that many rows, and the page reads the rows
     * of its sort index in order up to its end (offsets stop at the same cap, see the controller). Class
     * names are looked up for the page's rows only (scalar subqueries in {@link #SELECT}), as a join would
     * keep PostgreSQL from reading the sort index in order.
     */
    Found search(RequirementQuery query) {
        Optional<TextSearch> search = TextSearch.of(query.text());
        if (search.isPresent()) {
            return searchText(query, search.get());
        }
        long matches = countUpTo(query.toSql(0), COUNTED_AT_MOST);
        RequirementQuery.Sql sql = query.toSql(matches);
        List<Requirement> rows = page(query, sql);
        return matches > COUNTED_AT_MOST ? new Found(rows, COUNTED_AT_MOST, false) : new Found(rows, matches, true);
    }

    /**
     * A search: the text's matches are first taken from the text indexes, up to one more than {@link
     * RequirementQuery#RANKED_AT_MOST}. Up to that many, the page and its exact count read those rows by
     * primary key. Beyond it the word is common: the page tests the text while reading its sort index (it
     * meets a match every few rows), and the count stops at {@link RequirementQuery#RANKED_AT_MOST}
     * ("more than"), as counting further would test the text of rows in proportion to the catalogue.
     */
    private Found searchText(RequirementQuery query, TextSearch search) {
        List<Long> textMatches = search.matches(jdbc, RequirementQuery.RANKED_AT_MOST + 1);
        if (textMatches.size() <= RequirementQuery.RANKED_AT_MOST) {
            long matches = countUpTo(query.toSql(0, textMatches), COUNTED_AT_MOST);
            RequirementQuery.Sql sql = query.toSql(matches, textMatches);
            return new Found(page(query, sql), matches, true);
        }
        long matches = countUpTo(query.toSql(0), RequirementQuery.RANKED_AT_MOST);
        RequirementQuery.Sql sql = query.toSql(matches);
        List<Requirement> rows = page(query, sql);
        return matches > RequirementQuery.RANKED_AT_MOST
                ? new Found(rows, RequirementQuery.RANKED_AT_MOST, false)
                : new Found(rows, matches, true);
    }

    private List<Requirement> page(RequirementQuery query, RequirementQuery.Sql sql) {
        return jdbc.sql(pageSql(sql))
                .params(pageParams(query, sql))
                .query(RequirementRepository::map)
                .list();
    }

    /** The page query: the list's conditions and order, then limit and offset. */
    static String pageSql(RequirementQuery.Sql sql) {
        return SELECT + sql.where() + sql.orderBy() + " limit ? offset ?";
    }

    static List<Object> pageParams(RequirementQuery query, RequirementQuery.Sql sql) {
        List<Object> params = new ArrayList<>(Arrays.asList(sql.whereParams()));
        params.addAll(Arrays.asList(sql.orderParams()));
        params.add(query.size());
        params.add((long) query.page() * query.size());
        return params;
    }

    /** Counts the matches of {@code sql}'s conditions up to its last parameter and no further. */
    static String countSql(RequirementQuery.Sql sql) {
        return "select count(*) from (select 1 from requirement r" + sql.where() + " limit ?) capped";
    }

    /** The most matches counted exactly; above it the total is reported as "more than" this. */
    static final int COUNTED_AT_MOST = 10_000;

    /**
     * A page of rows and its total.
     *
     * @param total the number of matches when {@code exact}, otherwise {@link #COUNTED_AT_MOST}: there are
     *     more
     */
    record Found(List<Requirement> rows, long total, boolean exact) {}

    /** The matches of {@code sql}, counted up to one more than {@code cap}: a narrow scan that stops there. */
    private long countUpTo(RequirementQuery.Sql sql, int cap) {
        List<Object> params = new ArrayList<>(Arrays.asList(sql.whereParams()));
        params.add(cap + 1);
        return jdbc.sql(countSql(sql)).params(params).query(Long.class).single();
    }

    private static Object[] values(String tenantId, RequirementInput input, String createdBy, String updatedBy) {
        return new Object[] {
            tenantId,
            input.name().strip(),
            input.description(),
            blankToNull(input.rationale()),
            input.categoryId(),
            input.subCategoryId(),
            input.priority(),
            arrayLiteral(input.domains()),
            input.appliesToAllDomains(),
            arrayLiteral(input.filters()),
            input.appliesToAllFilters(),
            arrayLiteral(input.principles()),
            blankToNull(input.interpretation()),
            blankToNull(input.stakeholders()),
            blankToNull(input.notes()),
            Boolean.TRUE.equals(input.elaborationRequired()),
            !Boolean.FALSE.equals(input.saas()),
            !Boolean.FALSE.equals(input.onPremise()),
            createdBy,
            updatedBy
        };
    }

    private static Object[] withOwner(OwnerKind owner, Object[] values) {
        Object[] all = new Object[values.length + 1];
        all[0] = owner.name();
        System.arraycopy(values, 0, all, 1, values.length);
        return all;
    }

    static String arrayLiteral(List<Integer> ids) {
        return "{"
                + String.join(
                        ",",
                        ids.stream().distinct().sorted().map(String::valueOf).toList()) + "}";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static Requirement map(ResultSet rs, int row) throws SQLException {
        return new Requirement(
                rs.getLong("id"),
                OwnerKind.valueOf(rs.getString("owner_kind")),
                rs.getString("tenant_id"),
                rs.getObject("community_id", java.util.UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("rationale"),
                rs.getInt("category_id"),
                rs.getString("category_name"),
                (Integer) rs.getObject("sub_category_id"),
                rs.getString("sub_category_name"),
                Priority.valueOf(rs.getString("priority")),
                ints(rs.getArray("domain_ids")),
                rs.getBoolean("all_domains"),
                ints(rs.getArray("filter_ids")),
                rs.getBoolean("all_filters"),
                ints(rs.getArray("principle_ids")),
                rs.getString("interpretation"),
                rs.getString("stakeholders"),
                rs.getString("notes"),
                rs.getBoolean("elaboration_required"),
                rs.getBoolean("saas"),
                rs.getBoolean("on_premise"),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("updated_by"),
                rs.getObject("deleted_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
