package dk.anskaf.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.portal.CatalogueStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The frame every page inherits from layout.html, in Det Fælles Designsystem's own markup (dkfds 11):
 * the header with portal and solution info, the main navigation on the bar and in the mobile drawer, the
 * language switcher, the workspace switch and the list tabs as navigation tabs, and breadcrumbs on deep
 * pages, each with aria-current where the user is. The catalogue is a small HTTP server answering with
 * the catalogue's JSON; the pages come from the portal itself over HTTP with a user's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalFrameTests {

    private static final CatalogueStub CATALOGUE = CatalogueStub.start(PortalFrameTests::answer);

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
    void aVisitorGetsTheDkfdsHeaderWithLogInTheMainMenuAndTheLanguageSwitcher() throws Exception {
        String page = get("/", null);

        assertThat(page.indexOf("<a class=\"skipnav\" href=\"#main-content\">"))
                .isLessThan(page.indexOf("class=\"language-switcher"))
                .isLessThan(page.indexOf("<header class=\"header\">"));
        assertThat(page)
                .contains("<div class=\"portal-info\">", "<div class=\"solution-info\">")
                .contains("<div class=\"navigation-menu\">", "<div class=\"mobile-drawer\" id=\"mobile-drawer\">")
                .contains("class=\"function-link button-menu-open js-menu-open ml-auto d-print-none\"")
                .contains("class=\"function-link button-menu-close js-menu-close\"")
                .contains("<nav class=\"navigation-menu-mobile\" aria-label=\"Hovedmenu\">")
                .contains("href=\"/krav\" class=\"function-link d-print-none log-on\"")
                .doesNotContain("action=\"/logout\"")
                .doesNotContain("anskaf-context")
                .doesNotContain("class=\"breadcrumbs\"");
        // The same main menu on the bar and in the drawer: the front page is the current page in both.
        assertThat(menuItems(page, "/"))
                .hasSize(2)
                .allSatisfy(item -> assertThat(item).contains("class=\"active current\"", "aria-current=\"page\""));
        assertThat(menuItems(page, "/hjaelp")).hasSize(2).noneMatch(item -> item.contains("aria-current"));
        assertThat(menuItems(page, "/import")).isEmpty();
        // The chosen language first, marked so for a screen reader; the other in its own language.
        assertThat(page)
                .containsPattern("<a href=\"/\\?sprog=da\" lang=\"da\" aria-label=\"Valgt sprog: Dansk\">")
                .containsPattern("<a href=\"/\\?sprog=en\" lang=\"en\">English</a>");
        assertThat(page.indexOf("lang=\"da\"")).isLessThan(page.indexOf("lang=\"en\""));
        assertThat(page.split("#check\"", -1)).hasSize(2);
    }

    @Test
    void anEditorSeesNameMunicipalityRolesLogOutTheWorkspaceSwitchAndTheListTabs() throws Exception {
        String page = get("/krav?list=LOCAL", "editor");

        assertThat(page)
                .contains("<p class=\"user\" id=\"portal-user\">redaktoer-0710, Favrskov Kommune</p>")
                .contains("<strong class=\"authority-name\">Favrskov Kommune</strong>")
                .contains("<p id=\"user-roles\">Roller: Redaktør</p>")
                .contains("<form method=\"post\" action=\"/logout\" class=\"anskaf-inline\">")
                .contains("class=\"function-link d-print-none log-off\"")
                .doesNotContain("log-on");
        assertThat(menuItems(page, "/krav"))
                .hasSize(2)
                .allSatisfy(item -> assertThat(item).contains("class=\"active current\"", "aria-current=\"page\""));
        assertThat(menuItems(page, "/import")).hasSize(2).noneMatch(item -> item.contains("aria-current"));

        String workspaces = between(page, "<nav class=\"tab-container anskaf-context\"", "</nav>");
        assertThat(workspaces)
                .contains("aria-label=\"Arbejdsområde\"")
                .contains("<a href=\"/krav?list=LOCAL\" class=\"tab-button\" aria-current=\"true\">")
                .contains("<a href=\"/krav?list=COMMUNITY\" class=\"tab-button\">")
                .doesNotContain("/kravredaktion"); // the board's workspace is for its members only

        String lists = between(page, "<nav class=\"tab-container\" aria-label=\"Lister\">", "</nav>");
        assertThat(lists)
                .containsPattern("href=\"/krav\\?list=LOCAL\" class=\"tab-button\"\\s+aria-current=\"page\"")
                .containsPattern("href=\"/krav\\?list=DELETED\" class=\"tab-button\"\\s*>");
        assertThat(lists.split("aria-current", -1)).hasSize(2);
    }

    @Test
    void aBoardMemberHasTheEditorialBoardAsAWorkspace() throws Exception {
        String page = get("/krav?list=COMMUNITY", "board");

        String workspaces = between(page, "<nav class=\"tab-container anskaf-context\"", "</nav>");
        assertThat(workspaces)
                .contains("<a href=\"/krav?list=COMMUNITY\" class=\"tab-button\" aria-current=\"true\">")
                .contains("<a href=\"/krav?list=LOCAL\" class=\"tab-button\">")
                .contains("<a href=\"/kravredaktion\" class=\"tab-button\">");
    }

    @Test
    void aRequirementAndItsHistoryHaveBreadcrumbsFromTheFrontPageToThemselves() throws Exception {
        String view = get("/krav/1001", "editor");

        assertThat(crumbs(view))
                .containsExactly(
                        "<a class=\"breadcrumbs__link\" href=\"/\">Forside</a>",
                        "<a class=\"breadcrumbs__link\" href=\"/krav\">Krav</a>",
                        "[current] Logning af adgang");
        // Inside the catalogue's section, but not its list page: aria-current="true", not "page".
        assertThat(menuItems(view, "/krav"))
                .hasSize(2)
                .allSatisfy(item -> assertThat(item).contains("class=\"active\"", "aria-current=\"true\""));

        String history = get("/krav/1001/historik", "editor");
        assertThat(crumbs(history))
                .containsExactly(
                        "<a class=\"breadcrumbs__link\" href=\"/\">Forside</a>",
                        "<a class=\"breadcrumbs__link\" href=\"/krav\">Krav</a>",
                        "<a class=\"breadcrumbs__link\" href=\"/krav/1001\">Logning af adgang</a>",
                        "[current] Historik");

        String edit = get("/krav/1001/rediger", "board");
        assertThat(crumbs(edit)).last().isEqualTo("[current] Rediger");
        assertThat(crumbs(get("/krav/ny", "editor"))).last().isEqualTo("[current] Opret krav");
    }

    @Test
    void theEditorialBoardsClassificationPagesHaveBreadcrumbsBackToTheBoard() throws Exception {
        String overview = get("/kravredaktion/klassifikation", "board");
        assertThat(crumbs(overview))
                .containsExactly(
                        "<a class=\"breadcrumbs__link\" href=\"/\">Forside</a>",
                        "<a class=\"breadcrumbs__link\" href=\"/kravredaktion\">Kravredaktion</a>",
                        "[current] Klassifikation");
        assertThat(between(overview, "<nav class=\"tab-container anskaf-context\"", "</nav>"))
                .contains("<a href=\"/kravredaktion\" class=\"tab-button\" aria-current=\"true\">");

        String domain = get("/kravredaktion/klassifikation/domains/2", "board");
        assertThat(crumbs(domain))
                .containsExactly(
                        "<a class=\"breadcrumbs__link\" href=\"/\">Forside</a>",
                        "<a class=\"breadcrumbs__link\" href=\"/kravredaktion\">Kravredaktion</a>",
                        "<a class=\"breadcrumbs__link\" href=\"/kravredaktion/klassifikation#domains\">Klassifikation</a>",
                        "[current] Sundhed");
    }

    @Test
    void inEnglishTheFrameSpeaksEnglishAndOffersDanishSecond() throws Exception {
        String page = get("/krav/1001?sprog=en", "editor");

        assertThat(page)
                .contains("<nav class=\"nav\" aria-label=\"Main menu\">")
                .contains("aria-label=\"Selected language: English\"")
                .contains("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">");
        assertThat(page.indexOf("lang=\"en\" aria-label")).isLessThan(page.indexOf("lang=\"da\">Dansk</a>"));
        assertThat(crumbs(page)).first().isEqualTo("<a class=\"breadcrumbs__link\" href=\"/\">Home</a>");
    }

    /** The main menu's items (bar and drawer) that link to href, each as its whole li element. */
    private static List<String> menuItems(String page, String href) {
        List<String> items = new ArrayList<>();
        String[] menus = page.split("<ul class=\"mainmenu\">");
        for (String menu : Arrays.asList(menus).subList(1, menus.length)) {
            Matcher item = Pattern.compile(
                            "<li[^>]*>\\s*<a href=\"" + Pattern.quote(href) + "\" class=\"nav-link\"[^>]*>",
                            Pattern.DOTALL)
                    .matcher(menu.substring(0, menu.indexOf("</ul>")));
            while (item.find()) {
                items.add(item.group());
            }
        }
        return items;
    }

    /** The breadcrumb trail: each crumb's link, or "[current] text" for the crumb that is the page. */
    private static List<String> crumbs(String page) {
        String trail = between(page, "<ol class=\"breadcrumbs__list\">", "</ol>");
        List<String> crumbs = new ArrayList<>();
        Matcher item = Pattern.compile(
                        "<li class=\"breadcrumbs__list-item\"( aria-current=\"page\")?>(.*?)</li>", Pattern.DOTALL)
                .matcher(trail);
        while (item.find()) {
            String content = item.group(2).replaceAll("(?s)<svg.*?</svg>", "").strip();
            crumbs.add(item.group(1) != null ? "[current] " + content : content);
        }
        return crumbs;
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return page.substring(from, page.indexOf(end, from) + end.length());
    }

    private String get(String path, String role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (role != null) {
            request.header(
                    "Authorization",
                    "Bearer "
                            + TestTokens.shared()
                                    .user(("board".equals(role) ? "kravredaktoer" : "redaktoer") + "-0710")
                                    .municipality("0710", "Favrskov Kommune")
                                    .roles(role)
                                    .mint());
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static final String REQUIREMENT = """
            {"id": 1001, "name": "Logning af adgang", "description": "Alle opslag logges.",
             "descriptionRendered": "Alle opslag logges.", "parameters": [], "type": "Lokalt krav",
             "categoryId": 1, "category": "Sikkerhed", "priority": "NORMAL", "priorityLabel": "Krav",
             "domainIds": [], "allDomains": true, "filterIds": [], "allFilters": true, "principleIds": [],
             "elaborationRequired": false, "saas": true, "onPremise": true, "deleted": false, "version": 0}""";

    private static String answer(URI request) {
        String path = request.getPath();
        if (path.equals("/api/v1/public/statistics")) {
            return """
                    {"dialoguesLast3Months": 0, "kravbankDownloadsLast3Months": 0, "municipalitiesConnected": 98,
                     "suppliersConnected": 0, "recentlyChanged": []}""";
        } else if (path.equals("/api/v1/classifications")) {
            return """
                    {"categories": [{"id": 1, "name": "Sikkerhed", "subCategories": []}],
                     "domains": [{"id": 2, "name": "Sundhed"}], "filters": [], "principles": []}""";
        } else if (path.equals("/api/v1/requirements")) {
            return """
                    {"items": [%s], "page": 0, "size": 25, "total": 1, "totalExact": true}""".formatted(REQUIREMENT);
        } else if (path.endsWith("/revisions")
                || path.endsWith("/attachments")
                || path.endsWith("/promotion-requests")) {
            return "[]";
        } else if (path.endsWith("/local-extension")) {
            return "{}";
        }
        return path.equals("/api/v1/requirements/1001") ? REQUIREMENT : null;
    }
}
