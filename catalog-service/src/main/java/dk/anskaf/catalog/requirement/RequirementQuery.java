package dk.anskaf.catalog.requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page of one of the lists (DOMAIN.md section 3.9) with filters, search ({@link TextSearch}: Krav id,
 * Danish full text, substrings) and sort, all done by PostgreSQL. Values are always bound parameters; sort
 * keys come from a fixed set. A Krav id typed as the search text puts that requirement first in any sort.
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
        PRIORITY("array_position(array['OPTIONAL','NORMAL','HIGH','ABSOLUTE'], r.priority)"),
        /** "Alle krav" grouped as the tree category → sub-category → requirement. */
        CATEGORY("(select c2.name || coalesce(' / ' || s2.name, '') from category c2"
                + " left join sub_category s2 on s2.id = r.sub_category_id where c2.id = r.category_id)"),
        RELEVANCE("r.id");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    record Sql(String where, Object[] whereParams, String orderBy, Object[] orderParams) {}

    Sql toSql() {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        switch (list) {
            case LOCAL -> conditions.add("r.owner_kind = 'MUNICIPALITY' and r.deleted_at is null");
            case COMMUNITY -> conditions.add("r.owner_kind = 'COMMUNITY' and r.deleted_at is null");
            case CROSS_MUNICIPAL -> conditions.add("r.owner_kind = 'CROSS_MUNICIPAL' and r.deleted_at is null");
            case ALL -> conditions.add("r.deleted_at is null");
            case DELETED -> conditions.add("r.deleted_at is not null");
        }
        if (tenantId != null) {
            // The same visibility row-level security enforces, stated so PostgreSQL can use the indexes
            // (it cannot for the policy's OR of several arms); the policy still decides.
            conditions.add("(r.owner_kind in ('CROSS_MUNICIPAL', 'COMMUNITY') or r.tenant_id = ?)");
            params.add(tenantId);
        }
        Optional<TextSearch> search = TextSearch.of(text);
        search.ifPresent(s -> s.where(conditions, params));
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
        if (sort == Sort.RELEVANCE && search.isPresent()) {
            search.get().relevance(order, orderParams);
        } else {
            order.add(sort.column + (descending ? " desc" : " asc"));
        }
        order.add("r.id");
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
