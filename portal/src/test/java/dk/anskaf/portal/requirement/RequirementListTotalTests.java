package dk.anskaf.portal.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.portal.CatalogueStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The list page says "Mere end 10.000" when the catalogue stopped counting (issue #12) and never asks for
 * a page beyond the ones the catalogue pages through. The catalogue here is a small HTTP server answering
 * with the catalogue's JSON, so the page's wording can be checked for a total no test database holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequirementListTotalTests {

    private static final AtomicReference<String> LAST_QUERY = new AtomicReference<>();
    private static final CatalogueStub CATALOGUE = CatalogueStub.start(RequirementListTotalTests::answer);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CATALOGUE.register(registry);
    }

    @AfterAll
    static void stop() {
        CATALOGUE.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aCappedTotalIsShownAsMoreThanTenThousand() throws Exception {
        HttpResponse<String> response = get("/krav?list=ALL&q=mange");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("Mere end 10.000 krav fundet").doesNotContain(">10.000 krav fundet");
    }

    @Test
    void anExactTotalIsShownAsItIs() throws Exception {
        HttpResponse<String> response = get("/krav?list=ALL&q=faa");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("1.234 krav fundet").doesNotContain("Mere end");
    }

    @Test
    void aPageBeyondTheCountedOnesAsksForTheLastOneInstead() throws Exception {
        HttpResponse<String> response = get("/krav?list=ALL&q=mange&page=100000");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(LAST_QUERY.get())
                .contains("page=" + ListParameters.LAST_PAGE)
                .contains("size=25");
        assertThat(response.body()).contains("Mere end 10.000 krav fundet");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + TestTokens.shared()
                                                        .user("lister-0710")
                                                        .municipality("0710", "Favrskov Kommune")
                                                        .roles("editor")
                                                        .mint())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String answer(URI request) {
        if (request.getPath().equals("/api/v1/classifications")) {
            return """
                    {"categories": [], "domains": [], "filters": [], "principles": []}""";
        }
        String query = request.getRawQuery();
        LAST_QUERY.set(query);
        boolean many = query.contains("q=mange");
        return """
                {"items": [{"id": 1001, "name": "Logning af adgang", "description": "Alle opslag logges.",
                            "type": "Tværkommunalt krav", "categoryId": 1, "category": "Sikkerhed",
                            "priority": "NORMAL", "priorityLabel": "Krav", "allDomains": true,
                            "allFilters": false, "elaborationRequired": false, "saas": true,
                            "onPremise": true, "deleted": false, "version": 0}],
                 "page": 0, "size": 25, "total": %d, "totalExact": %b}""".formatted(many ? 10_000 : 1_234, !many);
    }
}
