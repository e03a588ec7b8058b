package dk.anskaf.catalog.requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page of one of the lists (local, community, cross-municipal, all, deleted) with filters, search
 * ({@link TextSearch}: Krav id, Danish full text, substrings) and sort, all done by PostgreSQL. Values are
 * always bound parameters; sort keys come from a fixed set. A Krav id typed as the search text puts that
 * requirement first in any sort.
 */
public record RequirementQuery(
        String tenantId,
        ListKind list,
        String text,
        Integer categoryId,
        Integer subCategoryId,
        Integer domainId,
        Integer filterId,
        Integer principleId,
        Priority priority,
        LocalDate changedSince,
        Sort sort,
        boolean descending,
        int page,
        int size) {

    /** Lokale krav, Tværkommunale krav, Alle krav and Slettede krav. */
    public enum ListKind {
        LOCAL,
        COMMUNITY,
        CROSS_MUNICIPAL,
        ALL,
        DELETED
    }

    public enum Sort {
        ID("r.id"),
        NAME("r.name"),
        UPDATED("r.updated_at"),
        /** By weight, OPTIONAL first (stored key, V16). */
        PRIORITY("r.priority_rank"),
        /** "Alle krav" grouped as the tree category → sub-category → requirement (stored key, V16). */
        CATEGORY("r.category_path"),
        /**
         * Full-text rank when at most {@link RequirementQuery#RANKED_AT_MOST} rows match; above that, Krav id
         * (see {@link RequirementQuery#toSql(long)}).
         */
        RELEVANCE("r.id");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /**
     * The most matches ranked by {@code ts_rank}. Ranking reads every match's text vector, so a word found in
     * thousands of rows would cost in proportion to the catalogue; such a word also says little about which
     * of them matter most. Above this many matches a relevance page is ordered by Krav id, which an index
     * serves (the Krav id typed as the text still comes first).
     */
    static final int RANKED_AT_MOST = 1_000;

    record Sql(String where, Object[] whereParams, String orderBy, Object[] orderParams) {}

    /**
     * The page's conditions and order.
     *
     * @param matches how many rows match (counted up to a cap), which decides whether relevance ranks
     */
    Sql toSql(long matches) {
        return toSql(matches, null);
    }

    /**
     * The same, for a search whose text matches are already known ({@link TextSearch#matches}): they replace
     * the text condition, so the rows are read by primary key.
     *
     * @param textMatches the ids whose text matches, or null to test the text in the query itself
     */
    Sql toSql(long matches, List<Long> textMatches) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        switch (list) {
            case LOCAL ->
                conditions.add("r.owner_kind = " + OwnerKind.MUNICIPALITY.sql() + " and r.deleted_at is null");
            case COMMUNITY ->
                conditions.add("r.owner_kind = " + OwnerKind.COMMUNITY.sql() + " and r.deleted_at is null");
            case CROSS_MUNICIPAL ->
                conditions.add("r.owner_kind = " + OwnerKind.CROSS_MUNICIPAL.sql() + " and r.deleted_at is null");
            case ALL -> conditions.add("r.deleted_at is null");
            case DELETED -> conditions.add("r.deleted_at is not null");
        }
        // The same visibility row-level security enforces, stated so PostgreSQL can use the indexes (it
        // cannot for the policy's OR of several arms); the policy still decides. Stated only where the list
        // needs it: an OR true for every row of the list would keep PostgreSQL from reading the list's sort
        // index in order (V16).
        switch (list) {
            case LOCAL -> add(conditions, params, "r.tenant_id = ?", tenantId);
            case ALL, DELETED ->
                add(
                        conditions,
                        params,
                        "(r.owner_kind in (" + OwnerKind.CROSS_MUNICIPAL.sql() + ", " + OwnerKind.COMMUNITY.sql()
                                + ") or r.tenant_id = ?)",
                        tenantId);
            case COMMUNITY, CROSS_MUNICIPAL -> {}
        }
        Optional<TextSearch> search = TextSearch.of(text);
        search.ifPresent(s -> {
            if (textMatches == null) {
                s.where(conditions, params);
            } else {
                s.whereAmong(textMatches, conditions, params);
            }
        });
        add(conditions, params, "r.category_id = ?", categoryId);
        add(conditions, params, "r.sub_category_id = ?", subCategoryId);
        add(conditions, params, "(r.all_domains or ? = any(r.domain_ids))", domainId);
        add(conditions, params, "(r.all_filters or ? = any(r.filter_ids))", filterId);
        add(conditions, params, "? = any(r.principle_ids)", principleId);
        add(conditions, params, "r.priority = ?", priority == null ? null : priority.name());
        if (changedSince != null) {
            conditions.add("r.updated_at >= ?::date");
            params.add(changedSince.toString());
        }
        List<String> order = new ArrayList<>();
        List<Object> orderParams = new ArrayList<>();
        search.ifPresent(s -> s.idFirst(order, orderParams));
        String direction = descending ? " desc" : " asc";
        if (sort == Sort.RELEVANCE && search.isPresent() && matches <= RANKED_AT_MOST) {
            search.get().relevance(order, orderParams);
            order.add("r.id");
        } else if (sort == Sort.ID || sort == Sort.RELEVANCE) {
            order.add("r.id" + direction);
        } else {
            // Ties by id in the same direction, so one backward or forward index scan gives the whole order.
            order.add(sort.column + direction);
            order.add("r.id" + direction);
        }
        return new Sql(
                " where " + String.join(" and ", conditions),
                params.toArray(),
                " order by " + String.join(", ", order),
                orderParams.toArray());
    }

    private static void add(List<String> conditions, List<Object> params, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
        }
    }
}
