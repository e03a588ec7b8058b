package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import java.util.Set;

/**
 * The list page's query string, checked before it reaches the catalogue: unknown values fall back to
 * the defaults rather than failing the page.
 */
public record ListParameters(String list, String q, Integer categoryId, String priority, String sort, Integer page) {

    static final int PAGE_SIZE = 25;
    /** The catalogue pages through the first 10,000 matches only (issue #12); later pages are not asked for. */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;

    private static final Set<String> LISTS = Set.of("LOCAL", "COMMUNITY", "CROSS_MUNICIPAL", "ALL", "DELETED");
    private static final Set<String> SORTS = Set.of("ID", "NAME", "UPDATED", "PRIORITY", "CATEGORY");
    private static final Set<String> PRIORITIES = Set.of("OPTIONAL", "NORMAL", "HIGH", "ABSOLUTE");

    public ListParameters {
        list = list != null && LISTS.contains(list) ? list : "LOCAL";
        q = q == null || q.isBlank()
                ? null
                : q.strip().substring(0, Math.min(200, q.strip().length()));
        priority = priority != null && PRIORITIES.contains(priority) ? priority : null;
        sort = sort != null && SORTS.contains(sort) ? sort : "ID";
        page = page == null ? 0 : Math.clamp(page, 0, LAST_PAGE);
    }

    CatalogClient.RequirementSearch toSearch() {
        return new CatalogClient.RequirementSearch(list, q, categoryId, priority, sort, false, page, PAGE_SIZE);
    }

    /** The same list at another page, for the pagination links. */
    public String query(int otherPage) {
        StringBuilder query = new StringBuilder("?list=").append(list);
        if (q != null) {
            query.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (categoryId != null) {
            query.append("&categoryId=").append(categoryId);
        }
        if (priority != null) {
            query.append("&priority=").append(priority);
        }
        return query.append("&sort=")
                .append(sort)
                .append("&page=")
                .append(otherPage)
                .toString();
    }
}
