package dk.anskaf.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.test.security.TestTokens;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The dry-run page as the portal's own template engine renders it from a catalogue report: an unknown
 * category name gets a choice of the catalogue's categories (or leaving its rows out), a row with
 * bracketed values a checkbox to accept them as parameters, and the choices come back on "dry-run again".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class ImportReportPageTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("anskaf.catalog.url", () -> "http://127.0.0.1:9");
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> TestTokens.shared().jwkSetUri());
    }

    @Autowired
    SpringTemplateEngine templates;

    final UUID uploadId = UUID.randomUUID();
    final CatalogClient.ImportReport report = new CatalogClient.ImportReport(
            true,
            "LOCAL",
            1,
            0,
            0,
            1,
            List.of(
                    new CatalogClient.ImportLine(2, "940001", "Restore", "CREATE", null, List.of("4 timer")),
                    new CatalogClient.ImportLine(
                            3, "940002", "Persondata", "REJECT", "Ukendt kategori: Persondata", List.of())),
            0,
            List.of("Persondata"),
            uploadId);
    final List<CatalogClient.Category> categories = List.of(
            new CatalogClient.Category(5, "Data", List.of()), new CatalogClient.Category(6, "Sikkerhed", List.of()));

    @Test
    void aFirstDryRunOffersAChoicePerUnknownCategoryAndPerRowWithProposedParameters() {
        String page = render(new CatalogClient.ImportChoices(Map.of(), List.of()));

        assertThat(page)
                .contains("action=\"/import/" + uploadId + "/bekraeft\"")
                .contains("formaction=\"/import/" + uploadId + "/tjek\"")
                .contains("<input type=\"hidden\" name=\"categoryName\" value=\"Persondata\">")
                .contains("Kategorien &quot;Persondata&quot; i filen bliver til")
                .contains("<option value=\"\">Udelad rækkerne</option>")
                .contains("<option value=\"6\">Sikkerhed</option>")
                .contains("Brug [4 timer] som parameter")
                .containsOnlyOnce("name=\"parameterRows\"")
                .doesNotContain("checked");
    }

    @Test
    void aDryRunAgainShowsTheChoicesMade() {
        String page = render(new CatalogClient.ImportChoices(Map.of("Persondata", 6), List.of(2)));

        assertThat(page).contains("<option value=\"6\" selected=\"selected\">Sikkerhed</option>");
        assertThat(page).containsPattern("value=\"2\"\\s+checked=\"checked\"");
    }

    @Test
    void aReportOfMoreRowsThanItListsSaysHowManyAreCountedButNotShown() {
        String page = render(new CatalogClient.ImportChoices(Map.of(), List.of()));
        String longer = render(
                new CatalogClient.ImportReport(
                        true, "LOCAL", 99_001, 0, 0, 1, report.lines(), 99_000, List.of(), uploadId),
                new CatalogClient.ImportChoices(Map.of(), List.of()));

        assertThat(page).doesNotContain("lines-omitted");
        assertThat(longer).contains("Tabellen viser de første 2 rækker. 99.000 rækker mere er talt med");
    }

    @Test
    void theFormsChoicesPairEachNameWithItsChoiceAndLeaveOutRowsWithoutOne() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/import/x/tjek");
        request.addParameter("categoryName", "Persondata", "Helt andet", "Tredje");
        request.addParameter("categoryId", "6", "", "x1");
        request.addParameter("parameterRows", "2", "abc", "7");

        CatalogClient.ImportChoices choices = ImportPages.choices(request);

        assertThat(choices.categories()).containsExactly(Map.entry("Persondata", 6));
        assertThat(choices.parameterRows()).containsExactly(2, 7);
    }

    private String render(CatalogClient.ImportChoices choices) {
        return render(report, choices);
    }

    private String render(CatalogClient.ImportReport report, CatalogClient.ImportChoices choices) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/import");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(
                exchange,
                Locale.forLanguageTag("da"),
                Map.of(
                        "report",
                        report,
                        "choices",
                        choices,
                        "categories",
                        categories,
                        "filename",
                        "krav.xlsx",
                        "csrfToken",
                        "token",
                        "currentPath",
                        "/import"));
        return templates.process("import/report", context);
    }
}
