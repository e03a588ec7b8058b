package dk.anskaf.catalog.classification;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editorial board keeps the classifications. A classification in use by any requirement, deleted
 * ones included, cannot be deleted (the incumbent crashes there); the check looks across every
 * municipality, as an audited cross-tenant step.
 */
@RestController
@PreAuthorize("hasRole('BOARD')")
class ClassificationAdministration {

    /** URL segment → table, the array column or foreign key that uses it, and its extra text column. */
    private record Kind(String table, String usage, String extraColumn) {}

    private static final Map<String, Kind> KINDS = Map.of(
            "categories", new Kind("category", "category_id = ?", null),
            "sub-categories", new Kind("sub_category", "sub_category_id = ?", null),
            "domains", new Kind("domain", "? = any(domain_ids)", null),
            "filters", new Kind("filter", "? = any(filter_ids)", "question"),
            "principles", new Kind("principle", "? = any(principle_ids)", "reference"));

    record Input(
            @NotBlank(message = "Navn skal udfyldes") @Size(max = 64, message = "Navn må højst være 64 tegn")
            String name,

            @Size(max = 1000) String text,
            Integer categoryId) {}

    record Saved(int id, String name) {}

    private final JdbcClient jdbc;
    private final CrossTenantAccess crossTenant;

    ClassificationAdministration(JdbcClient jdbc, CrossTenantAccess crossTenant) {
        this.jdbc = jdbc;
        this.crossTenant = crossTenant;
    }

    @PostMapping("/api/v1/classifications/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Saved create(@PathVariable String kind, @Valid @RequestBody Input input) {
        Kind k = kind(kind);
        try {
            Integer id = switch (kind) {
                case "sub-categories" ->
                    jdbc.sql("insert into sub_category (category_id, name) values (?, ?) returning id")
                            .params(required(input.categoryId()), input.name().strip())
                            .query(Integer.class)
                            .single();
                case "filters" ->
                    jdbc.sql("insert into filter (name, question) values (?, ?) returning id")
                            .params(input.name().strip(), requiredText(input.text(), "Skriv spørgsmålet"))
                            .query(Integer.class)
                            .single();
                default ->
                    k.extraColumn() == null
                            ? jdbc.sql("insert into " + k.table() + " (name) values (?) returning id")
                                    .param(input.name().strip())
                                    .query(Integer.class)
                                    .single()
                            : jdbc.sql("insert into " + k.table() + " (name, " + k.extraColumn()
                                            + ") values (?, ?) returning id")
                                    .params(input.name().strip(), input.text())
                                    .query(Integer.class)
                                    .single();
            };
            return new Saved(id, input.name().strip());
        } catch (DuplicateKeyException e) {
            throw ApiProblemException.conflict("name-taken", "Navnet findes allerede");
        }
    }

    @PutMapping("/api/v1/classifications/{kind}/{id}")
    @Transactional
    Saved rename(@PathVariable String kind, @PathVariable int id, @Valid @RequestBody Input input) {
        Kind k = kind(kind);
        int updated;
        try {
            updated = update(k, id, input);
        } catch (DuplicateKeyException e) {
            throw ApiProblemException.conflict("name-taken", "Navnet findes allerede");
        }
        if (updated == 0) {
            throw ApiProblemException.notFound("Findes ikke");
        }
        return new Saved(id, input.name().strip());
    }

    private int update(Kind k, int id, Input input) {
        return k.extraColumn() == null
                ? jdbc.sql("update " + k.table() + " set name = ? where id = ?")
                        .params(input.name().strip(), id)
                        .update()
                : jdbc.sql("update " + k.table() + " set name = ?, " + k.extraColumn() + " = coalesce(?, "
                                + k.extraColumn() + ") where id = ?")
                        .params(input.name().strip(), input.text(), id)
                        .update();
    }

    @DeleteMapping("/api/v1/classifications/{kind}/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(@PathVariable String kind, @PathVariable int id) {
        Kind k = kind(kind);
        long uses = crossTenant.call(
                "classification-usage",
                () -> jdbc.sql("select count(*) from requirement where " + k.usage())
                        .param(id)
                        .query(Long.class)
                        .single());
        if ("categories".equals(kind)) {
            uses += jdbc.sql("select count(*) from sub_category where category_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
        }
        if (uses > 0) {
            throw ApiProblemException.conflict(
                    "in-use",
                    "Kan ikke slettes: bruges af " + uses + " krav eller underkategorier (slettede krav medregnet)");
        }
        if (jdbc.sql("delete from " + k.table() + " where id = ?").param(id).update() == 0) {
            throw ApiProblemException.notFound("Findes ikke");
        }
    }

    private static Kind kind(String kind) {
        Kind k = KINDS.get(kind);
        if (k == null) {
            throw ApiProblemException.notFound("Ukendt slags klassifikation");
        }
        return k;
    }

    private static int required(Integer categoryId) {
        if (categoryId == null) {
            throw ApiProblemException.invalidField("categoryId", "Vælg kategorien");
        }
        return categoryId;
    }

    private static String requiredText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw ApiProblemException.invalidField("text", message);
        }
        return text.strip();
    }
}
