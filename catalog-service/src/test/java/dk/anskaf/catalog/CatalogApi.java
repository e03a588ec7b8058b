package dk.anskaf.catalog;

import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.security.TestUsers;
import java.time.Duration;

/**
 * The test kit's {@link ApiClient} with what the catalogue's tests share: editors' tokens and a
 * requirement's fields as JSON. New tests inject the kit's client ({@code @Autowired ApiClient api}).
 */
public final class CatalogApi extends ApiClient {

    public CatalogApi(int port) {
        super(port);
    }

    /** For requests that legitimately take long, such as importing 100,000 rows on a busy machine. */
    public CatalogApi(int port, Duration timeout) {
        super(port, timeout);
    }

    /** An editor called Rita Redaktør of the municipality. */
    public static String editor(String kommunekode, String municipality) {
        return TestUsers.token("Rita Redaktør", kommunekode, municipality, "editor");
    }

    /** A user called Bodil Bruger of the municipality, with the roles' claim values. */
    public static String withRole(String kommunekode, String municipality, String... roles) {
        return TestUsers.token(TestUsers.DEFAULT_PERSON, kommunekode, municipality, roles);
    }

    /** The input fields of a requirement as the API shows it, to send back changed. */
    public static tools.jackson.databind.node.ObjectNode inputOf(tools.jackson.databind.JsonNode view) {
        var input = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String field : java.util.List.of(
                "name",
                "description",
                "rationale",
                "categoryId",
                "subCategoryId",
                "priority",
                "domainIds",
                "allDomains",
                "filterIds",
                "allFilters",
                "principleIds",
                "interpretation",
                "stakeholders",
                "notes",
                "elaborationRequired",
                "saas",
                "onPremise")) {
            input.set(field, view.get(field));
        }
        return input;
    }

    public static String requirementJson(String name) {
        return """
                {"name":"%s","description":"Løsningen skal kunne gendanne data inden for [4 timer].",
                 "categoryId":6,"priority":"NORMAL","allDomains":true}""".formatted(name);
    }
}
