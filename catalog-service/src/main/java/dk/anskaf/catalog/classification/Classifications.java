package dk.anskaf.catalog.classification;

import dk.anskaf.catalog.requirement.RequirementInput;
import dk.anskaf.platform.errors.ApiProblemException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Categories with sub-categories, domains, filters (guided questions) and architecture principles:
 * reference data every municipality reads and the editorial board keeps.
 */
@Component
public class Classifications {

    private final JdbcClient jdbc;

    Classifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Category(int id, String name, List<SubCategory> subCategories) {}

    public record SubCategory(int id, String name) {}

    public record Domain(int id, String name) {}

    public record Filter(int id, String name, String question) {}

    public record Principle(int id, String name, String reference) {}

    public record All(
            List<Category> categories, List<Domain> domains, List<Filter> filters, List<Principle> principles) {}

    public All all() {
        List<Category> categories = jdbc.sql("select id, name from category order by name")
                .query((rs, n) -> new Category(rs.getInt(1), rs.getString(2), subCategories(rs.getInt(1))))
                .list();
        return new All(
                categories,
                jdbc.sql("select id, name from domain order by name")
                        .query(Domain.class)
                        .list(),
                jdbc.sql("select id, name, question from filter order by id")
                        .query(Filter.class)
                        .list(),
                jdbc.sql("select id, name, reference from principle order by name")
                        .query(Principle.class)
                        .list());
    }

    private List<SubCategory> subCategories(int categoryId) {
        return jdbc.sql("select id, name from sub_category where category_id = ? order by name")
                .param(categoryId)
                .query(SubCategory.class)
                .list();
    }

    /** Refuses references to classifications that do not exist, with the field that has them. */
    public void check(RequirementInput input) {
        if (!exists("category", input.categoryId())) {
            throw ApiProblemException.invalidField("categoryId", "Kategorien findes ikke");
        }
        if (input.subCategoryId() != null
                && !jdbc.sql("select exists (select 1 from sub_category where id = ? and category_id = ?)")
                        .params(input.subCategoryId(), input.categoryId())
                        .query(Boolean.class)
                        .single()) {
            throw ApiProblemException.invalidField("subCategoryId", "Underkategorien hører ikke til kategorien");
        }
        checkAll("domainIds", "domain", input.domainIds(), "Domænet findes ikke");
        checkAll("filterIds", "filter", input.filterIds(), "Filteret findes ikke");
        checkAll("principleIds", "principle", input.principleIds(), "Princippet findes ikke");
        boolean noDomains = input.domainIds() == null || input.domainIds().isEmpty();
        if (noDomains && !Boolean.TRUE.equals(input.allDomains())) {
            throw ApiProblemException.invalidField(
                    "domainIds", "Vælg mindst ét domæne, eller vælg \"Anvend alle domæner\"");
        }
    }

    private void checkAll(String field, String table, List<Integer> ids, String message) {
        if (ids == null) {
            return;
        }
        for (Integer id : ids) {
            if (id == null || !exists(table, id)) {
                throw ApiProblemException.invalidField(field, message);
            }
        }
    }

    private boolean exists(String table, int id) {
        // table is one of our fixed names, never user input
        return jdbc.sql("select exists (select 1 from " + table + " where id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
