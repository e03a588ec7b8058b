package dk.anskaf.portal.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.security.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two kinds of user, two parts of the portal: a supplier contact (token with a supplier organisation and
 * no municipality) reaches the supplier area and the public pages, and is refused every municipal page
 * with the portal's 403 page; a municipal user is refused the supplier area. The header names the
 * supplier organisation where a municipal user sees the municipality.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupplierAccessTests {

    static final DialogueServiceStub DIALOGUES = DialogueServiceStub.SHARED;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DialogueServiceStub.register(registry);
    }

    @LocalServerPort
    int port;

    final String supplier = SupplierPagesTests.supplierToken();
    final String purchaser = TestUsers.token("0710", "Favrskov Kommune", TestRole.PURCHASER, TestRole.EDITOR);

    @Test
    void theHeaderNamesTheSupplierOrganisationAndOffersNoMunicipalWorkspaceOrKrav() throws Exception {
        HttpResponse<String> page = get("/leverandoer/markedsdialoger", supplier);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("id=\"portal-user\"[^>]*>kontakt-1, Formpipe Software A/S<")
                .contains("<strong class=\"authority-name\">Formpipe Software A/S</strong>")
                .contains("Roller: Leverandør")
                .contains("href=\"/leverandoer/markedsdialoger\"")
                .doesNotContain("anskaf-workspaces")
                .doesNotContain("href=\"/krav\"")
                .doesNotContain("href=\"/markedsdialoger\"")
                .doesNotContain("null");
    }

    @Test
    void aSupplierIsRefusedMunicipalPagesWithTheForbiddenPageButReachesPublicOnes() throws Exception {
        for (String municipal :
                new String[] {"/krav/ny", "/krav", "/krav/7", "/import", "/kravredaktion", "/markedsdialoger"}) {
            HttpResponse<String> refused = get(municipal, supplier);
            assertThat(refused.statusCode()).as(municipal).isEqualTo(403);
            assertThat(refused.body())
                    .as(municipal)
                    .contains("Du har ikke adgang til at gøre dette.")
                    .contains("<strong class=\"authority-name\">Formpipe Software A/S</strong>");
        }
        assertThat(post("/krav/ny", supplier, "name=Leverandørens+krav&description=Tekst")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/hjaelp", supplier).statusCode()).isEqualTo(200);
        assertThat(get("/tilgaengelighed", supplier).statusCode()).isEqualTo(200);
    }

    @Test
    void aMunicipalUserIsRefusedTheSupplierAreaAndItsServiceIsNotAsked() throws Exception {
        DIALOGUES.calls.clear();
        for (String area : new String[] {
            "/leverandoer/markedsdialoger",
            "/leverandoer/markedsdialoger/676",
            "/leverandoer/markedsdialoger/676/krav/11"
        }) {
            HttpResponse<String> refused = get(area, purchaser);
            assertThat(refused.statusCode()).as(area).isEqualTo(403);
            assertThat(refused.body()).as(area).contains("Du har ikke adgang til at gøre dette.");
        }
        assertThat(post("/leverandoer/markedsdialoger/676/krav/11", purchaser, "choice=JA")
                        .statusCode())
                .isEqualTo(403);
        assertThat(DIALOGUES.calls).isEmpty();
    }

    @Test
    void aTokenNamingBothAMunicipalityAndASupplierOrganisationIsNoSupplier() throws Exception {
        String both = TestTokens.shared()
                .user("blandet")
                .municipality("0710", "Favrskov Kommune")
                .supplier(SupplierPagesTests.ORGANISATION, "Formpipe Software A/S")
                .mint();

        assertThat(get("/leverandoer/markedsdialoger", both).statusCode()).isEqualTo(403);
    }

    @Test
    void theRefusalIsThePortalsPageWhateverTheRequestAccepts() throws Exception {
        for (HttpRequest.Builder request : List.of(
                HttpRequest.newBuilder(uri("/krav/ny")).header("Authorization", "Bearer " + supplier),
                HttpRequest.newBuilder(uri("/leverandoer/markedsdialoger?sprog=en"))
                        .header("Authorization", "Bearer " + purchaser)
                        .header("Accept", "application/json"))) {
            HttpResponse<String> refused =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/html");
        }
        HttpResponse<String> english = get("/leverandoer/markedsdialoger?sprog=en", purchaser);
        assertThat(english.body())
                .contains("You are not allowed to do this.")
                // The language switch stays on the refused page.
                .contains("href=\"/leverandoer/markedsdialoger?sprog=da\"");
    }

    @Test
    void withoutATokenTheSupplierAreaAsksForALogin() throws Exception {
        assertThat(get("/leverandoer/markedsdialoger", null).statusCode()).isEqualTo(401);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        return new Browser(port, token).get(path);
    }

    private HttpResponse<String> post(String path, String token, String form) throws Exception {
        return new Browser(port, token).post(path, form);
    }
}
