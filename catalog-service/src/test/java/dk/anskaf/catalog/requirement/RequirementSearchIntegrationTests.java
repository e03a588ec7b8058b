package dk.anskaf.catalog.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search field finds what users type: Krav ids, Danish full text, word prefixes and
 * parts of compounds, in any case; and odd input never breaks it.
 */
@AnskafIntegrationTest
class RequirementSearchIntegrationTests {

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");

    @Autowired
    ApiClient api;

    @Test
    void aPartOfACompoundFindsTheSeededIntegrations() {
        assertThat(names(search("list=ALL&q=medicin"))).contains("Integration med Fælles Medicinkort");
        assertThat(names(search("list=ALL&q=hjælpemiddel"))).contains("Integrere med Hjælpemiddelbasen");
        assertThat(names(search("list=ALL&q=kort"))).contains("Integration med Fælles Medicinkort");
    }

    @Test
    void aKravIdFindsThatRequirementFirstInEverySort() {
        for (String sort : List.of("ID", "NAME", "UPDATED", "RELEVANCE")) {
            JsonNode found = search("list=ALL&q=207&sort=" + sort + "&descending=true");

            assertThat(found.get("items").get(0).get("id").asLong()).as(sort).isEqualTo(207);
        }
    }

    @Test
    void compoundPartsAndPrefixesFindBorgerserviceWhereverTheWordStands() {
        String marker = marker();
        create(marker + " Borgerservice skal kunne slå op");
        create("Fælles Borgerservice " + marker);
        create(marker + " Sagsbehandling for borgere");
        create(marker + " Ingen match her");

        assertThat(names(search("q=" + encode("borger " + marker))))
                .containsExactlyInAnyOrder(
                        marker + " Borgerservice skal kunne slå op",
                        "Fælles Borgerservice " + marker,
                        marker + " Sagsbehandling for borgere");
        assertThat(names(search("q=" + encode("borgerserv " + marker)))).hasSize(2);
    }

    @Test
    void danishLettersMatchInAnyCase() {
        String marker = marker();
        create(marker + " ÆLDREPLEJENS fagsystem");
        create(marker + " Ældreområdet og sundhed");
        create(marker + " Børne- og ungeområdet");

        assertThat(names(search("q=" + encode("ældre " + marker)))).hasSize(2);
        assertThat(names(search("q=" + encode("ÆLDRE " + marker)))).hasSize(2);
        assertThat(names(search("q=" + encode("BØRNE " + marker)))).containsExactly(marker + " Børne- og ungeområdet");
    }

    @Test
    void fullTextMatchesRankAboveSubstringMatches() {
        String marker = marker();
        create(marker + " Fælles Medicinkort opslag");
        create(marker + " Medicin til borgere");

        List<String> ranked = names(search("sort=RELEVANCE&q=" + encode("medicin " + marker)));

        assertThat(ranked).containsExactly(marker + " Medicin til borgere", marker + " Fælles Medicinkort opslag");
    }

    @Test
    void likeWildcardsAndOperatorsAreTextNotPatterns() {
        for (String wildcard : List.of("%", "_", "%%", "\\", "%_%")) {
            assertThat(search("list=ALL&q=" + encode(wildcard)).get("total").asLong())
                    .as(wildcard)
                    .isZero();
        }
        for (String odd : List.of("'", "\"", "&|!:*()", "!", "' or 1=1 --", "\"\"", "(", "a:*", "<>", "\\'")) {
            HttpResponse<String> response = api.get("/api/v1/requirements?list=ALL&q=" + encode(odd), favrskov);

            assertThat(response.statusCode()).as(odd + ": " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void oddTextIsSearchedNotRefusedWithA500() {
        String marker = marker();
        String other = marker();
        create(marker + " 100% oppetid_kritisk \\\\drev");
        create(other + " oppetid_kritisk");
        String odd = "&|!:*()'\"\\%_ ";

        assertThat(names(search("q=" + encode("oppetid_kritisk\\ " + marker + " 100%"))))
                .containsExactly(marker + " 100% oppetid_kritisk \\drev");
        assertThat(names(search("q=" + encode("oppetid_kritisk -" + marker))))
                .contains(other + " oppetid_kritisk")
                .doesNotContain(marker + " 100% oppetid_kritisk \\drev");
        assertThat(search("q=" + encode(odd.repeat(200 / odd.length())))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("q=" + encode("9".repeat(40))).get("total").asLong()).isZero();
    }

    @Test
    void onlyWhitespaceIsNoSearch() {
        long all = search("list=ALL").get("total").asLong();

        assertThat(search("list=ALL&q=" + encode("   \t ")).get("total").asLong())
                .isEqualTo(all);
    }

    @Test
    void aControlCharacterIsNeverA500() {
        HttpResponse<String> response = api.get("/api/v1/requirements?list=ALL&q=a%00b", favrskov);

        // The platform may refuse control characters in parameters (400 naming it); the search must not fail.
        assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
        if (response.statusCode() == 400) {
            assertThat(response.body()).contains("q");
        }
    }

    @Test
    void aTextLongerThan200CharactersIsRefusedNamingTheParameter() {
        HttpResponse<String> response = api.get("/api/v1/requirements?list=ALL&q=" + encode("ø".repeat(201)), favrskov);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"q\"");
    }

    @Test
    void aPageOutOfRangeIsRefusedNamingTheParameter() {
        for (String parameter : List.of("size=501", "size=0", "page=-1")) {
            HttpResponse<String> response = api.get("/api/v1/requirements?list=ALL&q=data&" + parameter, favrskov);

            assertThat(response.statusCode())
                    .as(parameter + ": " + response.body())
                    .isEqualTo(400);
            assertThat(response.body()).contains("\"" + parameter.substring(0, parameter.indexOf('=')) + "\"");
        }
    }

    private void create(String name) {
        HttpResponse<String> response = api.post("/api/v1/requirements", favrskov, CatalogApi.requirementJson(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private JsonNode search(String query) {
        HttpResponse<String> response = api.get("/api/v1/requirements?size=500&" + query, favrskov);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> names(JsonNode page) {
        return page.get("items").findValuesAsString("name");
    }

    /** A word no other test uses, so a search can be narrowed to this test's rows. */
    private static String marker() {
        StringBuilder marker = new StringBuilder("Mk");
        UUID.randomUUID()
                .toString()
                .chars()
                .limit(8)
                .forEach(c -> marker.append((char) ('a' + Character.digit(c, 16))));
        return marker.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
