package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The portal in a real browser through the gateway, logged in through identity's own pages: each
 * journey done with the keyboard alone, and axe-core finding no WCAG 2.1 A/AA violation on any screen
 * on the way (error states included).
 */
class PortalJourneySystemTests {

    static LocalStack stack;
    static String gateway;

    @BeforeAll
    static void startStack() throws Exception {
        stack = SystemStack.get();
        gateway = stack.gatewayUrls().getFirst();
    }

    @Test
    void anAnonymousVisitorReadsTheFrontPageAndDownloadsTheKravbank() throws Exception {
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.open(gateway + "/");
            browser.assertAccessible("front page");
            browser.screenshot("forside");
            assertThat(browser.heading()).isEqualTo("Gode it-indkøb, sammen");
            assertThat(browser.text()).contains("Anskaf i tal").contains("Senest ændrede tværkommunale krav");

            assertThat(browser.tabTo("a.skipnav").getText()).isEqualTo("Gå til sideindhold");
            browser.press(Keys.ENTER);
            assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main-content");

            String xlsx =
                    browser.tabTo("a[href='/api/v1/public/kravbank.xlsx']").getDomAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(gateway + xlsx)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(new String(download.body(), 0, 2)).isEqualTo("PK");

            browser.tabTo("a[href='/hjaelp']");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Hjælp");
            browser.assertAccessible("help page");

            browser.tabTo("a[href='/tilgaengelighed']");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Tilgængelighedserklæring");
            browser.assertAccessible("accessibility statement");

            browser.tabTo("a[lang='en']");
            browser.follow();
            assertThat(browser.attribute("html", "lang")).isEqualTo("en");
            assertThat(browser.heading()).isEqualTo("Accessibility statement");
            assertThat(browser.text()).contains("This page is available in Danish only.");
            assertThat(browser.attribute("main > div", "lang")).isEqualTo("da"); // the Danish text, marked so
            browser.assertAccessible("accessibility statement in English");
            browser.tabTo("a[lang='da']");
            browser.follow();
            assertThat(browser.attribute("html", "lang")).isEqualTo("da");
        }
    }

    @Test
    void onAPhoneTheHeadersMenuOpensClosesAndLeadsOnByKeyboard() throws Exception {
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.resize(400, 900);
            browser.open(gateway + "/");
            browser.assertAccessible("front page on a phone");

            browser.tabTo("button.js-menu-open");
            browser.press(Keys.ENTER);
            assertThat(browser.focused().getDomAttribute("class")).contains("js-menu-close");
            assertThat(browser.attribute(".mobile-drawer", "class")).contains("is-visible");
            browser.assertAccessible("open mobile menu");
            browser.screenshot("mobilmenu");

            browser.press(Keys.ESCAPE);
            assertThat(browser.attribute(".mobile-drawer", "class")).doesNotContain("is-visible");
            assertThat(browser.focused().getDomAttribute("class")).contains("js-menu-open");

            browser.press(Keys.ENTER);
            browser.tabTo(".navigation-menu-mobile a[href='/hjaelp']");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Hjælp");
            assertThat(browser.attribute(".navigation-menu-mobile a[href='/hjaelp']", "aria-current"))
                    .isEqualTo("page");
        }
    }

    @Test
    void anEditorLogsInCreatesARequirementWithAParameterDeletesAndRestoresItByKeyboard() throws Exception {
        String name = "Gendannelse af data " + UUID.randomUUID().toString().substring(0, 8);
        try (PortalBrowser browser = PortalBrowser.start()) {
            logIn(browser, "Favrskov Kommune", "redaktoer");
            assertThat(browser.heading()).isEqualTo("Lokale krav");
            assertThat(browser.text()).contains("Favrskov Kommune");
            assertThat(browser.textOf("#user-roles")).isEqualTo("Roller: Redaktør, Indkøber");
            assertThat(browser.attribute("nav.anskaf-context a[aria-current='true']", "href"))
                    .isEqualTo("/krav?list=LOCAL");
            browser.assertAccessible("list of local requirements");
            browser.screenshot("krav-liste");

            browser.tabTo("a[href='/krav/ny']");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Opret krav");
            browser.assertAccessible("create form");

            browser.tabTo("button[type='submit'].button-primary");
            browser.follow();
            assertThat(browser.text()).contains("Der er fejl i formularen").contains("Navn skal udfyldes");
            assertThat(browser.title()).startsWith("Der er fejl i formularen");
            browser.assertAccessible("create form with errors");
            browser.screenshot("opret-krav-fejl");

            browser.tabTo("#name");
            browser.type(name);
            browser.tabTo("#description");
            browser.type("Leverandøren skal kunne gendanne data inden for {{restore_tid|4 timer|timer}} [bilag 3].");
            browser.tabTo("#categoryId");
            browser.type("Drift"); // typeahead picks "Drift, vedligehold og support"; a space would open the list
            browser.tabTo("button[type='submit'].button-primary");
            browser.follow();

            assertThat(browser.heading()).as(browser.text()).startsWith(name);
            assertThat(browser.text())
                    .contains("Kravet er oprettet.")
                    .contains("inden for 4 timer [bilag 3]")
                    .contains("restore_tid");
            browser.assertAccessible("requirement view");
            browser.screenshot("krav-vist");

            browser.tabTo("form[action$='/slet'] button");
            browser.follow();
            assertThat(browser.text()).contains("Kravet er slettet.").contains("Du kan gendanne det.");
            browser.assertAccessible("deleted requirement");

            browser.tabTo("form[action$='/gendan'] button");
            browser.follow();
            assertThat(browser.text()).contains("Kravet er gendannet.");
            assertThat(browser.text()).doesNotContain("Du kan gendanne det.");

            browser.tabTo("a[href$='/historik']");
            browser.follow();
            assertThat(browser.heading()).startsWith("Historik");
            assertThat(browser.text())
                    .contains("Oprettet")
                    .contains("Slettet")
                    .contains("Gendannet")
                    .contains("Demo redaktoer")
                    .contains("Forskelle fra revision 2 til 3");
            browser.assertAccessible("history with differences");

            browser.open(gateway + "/krav?list=LOCAL");
            browser.tabTo("#q");
            browser.type(name);
            browser.press(Keys.ENTER);
            waitFor(() -> browser.text().contains("1 krav fundet"));
            assertThat(browser.text()).contains(name);
            browser.assertAccessible("search result");
        }
    }

    @Test
    void anotherMunicipalitysRequirementIsNotShownAndMarkupInNamesStaysText() throws Exception {
        String name =
                "<script>alert('x')</script> " + UUID.randomUUID().toString().substring(0, 8);
        try (PortalBrowser browser = PortalBrowser.start()) {
            logIn(browser, "Favrskov Kommune", "redaktoer");
            browser.open(gateway + "/krav/ny");
            browser.tabTo("#name");
            browser.type(name);
            browser.tabTo("#description");
            browser.type("Tekst");
            browser.tabTo("#categoryId");
            browser.type("Drift"); // typeahead picks "Drift, vedligehold og support"; a space would open the list
            browser.tabTo("button[type='submit'].button-primary");
            browser.follow();
            assertThat(browser.heading()).startsWith(name);
            String favrskovsOwn = browser.url();
            browser.open(favrskovsOwn.replaceAll("\\?.*", ""));
            assertThat(browser.heading()).startsWith(name); // the owner sees it without a notice too

            try (PortalBrowser other = PortalBrowser.start()) {
                logIn(other, "Fredericia Kommune", "redaktoer");
                other.open(favrskovsOwn.replaceAll("\\?.*", "")); // the bare address, without a notice
                assertThat(other.heading()).isEqualTo("Der opstod en fejl");
                assertThat(other.text()).contains("findes ikke, eller du har ikke adgang");
                other.assertAccessible("not found page");
            }
        }
    }

    @Test
    void anEditorRequestsPromotionTheBoardApprovesItAtAMeetingAndAnotherMunicipalitySeesIt() throws Exception {
        String name = "Fælles logning " + UUID.randomUUID().toString().substring(0, 8);
        String note = "Favrskovs interne note " + UUID.randomUUID();
        String id;
        try (PortalBrowser editor = PortalBrowser.start()) {
            logIn(editor, "Favrskov Kommune", "redaktoer");
            create(editor, name, "Løsningen skal logge alle administrative handlinger.", note);
            assertThat(editor.text()).contains(note);
            id = editor.url().replaceAll(".*/krav/(\\d+).*", "$1");
            editor.tabTo("#reason");
            editor.type("Alle kommuner har brug for kravet.");
            editor.tabTo("form[action$='/ophoej'] button");
            editor.follow();
            assertThat(editor.text()).contains("Anmodningen er sendt til kravredaktionen.");
            editor.assertAccessible("requirement after the promotion request");
        }
        try (PortalBrowser board = PortalBrowser.start()) {
            logIn(board, "Horsens Kommune", "kravredaktoer");
            board.tabTo("a[href='/kravredaktion']");
            board.follow();
            assertThat(board.heading()).isEqualTo("Kravredaktion");
            assertThat(board.attribute("nav.anskaf-context a[aria-current='true']", "href"))
                    .isEqualTo("/kravredaktion");
            board.assertAccessible("editorial board");
            board.screenshot("kravredaktion");

            board.tabTo("#meetingDate");
            board.type(java.time.LocalDate.now()
                    .plusDays(30 + (long) (Math.random() * 3000))
                    .toString());
            board.tabTo("form[action='/kravredaktion/moeder'] button");
            board.follow();
            assertThat(board.text()).contains("Mødet er oprettet.");

            String requestId = (String) board.script(
                    "return [...document.querySelectorAll('article h3')].find(h => h.textContent.trim() === arguments[0])"
                            + ".id.substring(5)",
                    name);
            board.tabTo("#decision-APPROVE-" + requestId);
            board.press(Keys.ARROW_DOWN); // Afvis, without a reason
            board.tabTo("form[action$='" + requestId + "/beslutning'] button");
            board.follow();
            assertThat(board.text())
                    .contains("Der er fejl i formularen")
                    .contains("Skriv en begrundelse for afvisningen");
            board.assertAccessible("editorial board with a refused decision");

            requestId = (String) board.script(
                    "return [...document.querySelectorAll('article h3')].find(h => h.textContent.trim() === arguments[0])"
                            + ".id.substring(5)",
                    name);
            board.tabTo("#decision-APPROVE-" + requestId);
            board.press(Keys.SPACE);
            board.tabTo("form[action$='" + requestId + "/beslutning'] button");
            board.follow();
            assertThat(board.text()).contains("Beslutningen er registreret.").doesNotContain(name);
        }
        try (PortalBrowser fredericia = PortalBrowser.start()) {
            logIn(fredericia, "Fredericia Kommune", "redaktoer");
            fredericia.open(gateway + "/krav?list=CROSS_MUNICIPAL&q="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(fredericia.text())
                    .contains("1 krav fundet")
                    .contains(name)
                    .contains("Tværkommunalt krav");
            fredericia.assertAccessible("cross-municipal list in another municipality");
            // Favrskov's note stays Favrskov's: not on the page, not in the history from before the promotion.
            fredericia.open(gateway + "/krav/" + id);
            assertThat(fredericia.text()).contains(name).doesNotContain(note);
            fredericia.open(gateway + "/krav/" + id + "/historik?fra=1&til=2");
            assertThat(fredericia.text()).doesNotContain(note);
        }
    }

    @Test
    void twoEditorsChangeTheSameRequirementAndTheLaterOneSeesTheConflictAndReappliesByKeyboard() throws Exception {
        String name = "Svartider " + UUID.randomUUID().toString().substring(0, 8);
        try (PortalBrowser first = PortalBrowser.start();
                PortalBrowser second = PortalBrowser.start()) {
            logIn(first, "Favrskov Kommune", "redaktoer");
            create(first, name, "Siderne skal vises inden for {{svartid|2|sekunder}}.");
            String requirement = first.url().replaceAll("\\?.*", "");
            first.tabTo("#edit-link");
            first.follow();
            assertThat(first.heading()).isEqualTo("Rediger krav: " + name);
            first.assertAccessible("edit form");

            logIn(second, "Favrskov Kommune", "kravredaktoer");
            second.open(requirement + "/rediger");
            second.tabTo("#rationale");
            second.type("Brugerne venter ellers.");
            second.tabTo("#domainIds-2");
            second.press(Keys.SPACE);
            second.tabTo("button[type='submit'].button-primary");
            second.follow();
            assertThat(second.text()).contains("Ændringerne er gemt.").contains("Brugerne venter ellers.");

            first.tabTo("#name");
            first.press(Keys.END); // Tab selects the field's text; typing would replace it
            first.type(" (rettet)");
            first.tabTo("button[type='submit'].button-primary");
            first.follow();
            assertThat(first.text())
                    .contains("Kravet er ændret af en anden, mens du redigerede")
                    .contains("Brugerne venter ellers.")
                    .contains("Borgerservice"); // the domain by name, not its id
            assertThat(first.attribute("#name", "value")).isEqualTo(name + " (rettet)");
            first.assertAccessible("edit form with a conflict");
            first.screenshot("rediger-konflikt");

            first.tabTo("button[type='submit'].button-primary");
            first.follow();
            assertThat(first.text())
                    .contains("Ændringerne er gemt.")
                    .contains(name + " (rettet)")
                    .contains("Brugerne venter ellers.");
            assertThat(first.heading()).startsWith(name + " (rettet)");

            first.tabTo("#reason");
            first.type("Svartider er fælles.");
            first.tabTo("form[action$='/ophoej'] button");
            first.follow();
            assertThat(first.textOf("#promotion-status")).contains("Afventer kravredaktionen.");
            first.tabTo("form[action$='/annuller'] button");
            first.follow();
            assertThat(first.text()).contains("Anmodningen om ophøjelse er trukket tilbage.");
            assertThat(first.textOf("#promotion-status")).contains("blev trukket tilbage");
            first.assertAccessible("requirement with a withdrawn promotion request");
        }
    }

    @Test
    void anEditorDryRunsAKravbankFileReadsWhyARowIsRejectedAndImportsTheRestByKeyboard() throws Exception {
        String run = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String valid = "Importeret logning " + run;
        java.nio.file.Path file = kravbankFile(List.of(
                List.of(
                        run + "1",
                        valid,
                        "Lokalt krav",
                        "Alle handlinger logges i [90 dage].",
                        "Sikkerhed",
                        "Vigtigt krav"),
                List.of(run + "2", "Ukendt kategori " + run, "Lokalt krav", "Tekst", "Findes ikke", "Krav")));
        try (PortalBrowser browser = PortalBrowser.start()) {
            logIn(browser, "Favrskov Kommune", "redaktoer");
            browser.tabTo("a[href='/import']");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Importér kravbank");
            browser.assertAccessible("import form");

            browser.tabTo("form[action='/import'] button[type='submit']");
            browser.follow();
            assertThat(browser.text()).contains("Der er fejl i formularen").contains("Vælg en kravbank-fil");
            browser.assertAccessible("import form without a file");

            // Past a spreadsheet limit the catalogue answers 413; the form shows its reason (issue 12).
            browser.tabTo("#file");
            browser.chooseFile(tooManyRowsFile());
            browser.tabTo("form[action='/import'] button[type='submit']");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Importér kravbank");
            assertThat(browser.text()).contains("Der er fejl i formularen").contains("mere end 200000 rækker");
            browser.assertAccessible("import form with a file past the row limit");

            browser.tabTo("#file");
            browser.chooseFile(file);
            browser.tabTo("form[action='/import'] button[type='submit']");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Prøvekørsel af import");
            assertThat(browser.textOf("#count-created")).isEqualTo("1");
            assertThat(browser.textOf("#count-rejected")).isEqualTo("1");
            assertThat(browser.text())
                    .contains("Intet er importeret endnu")
                    .contains(valid)
                    .contains("Afvises: Ukendt kategori: Findes ikke");
            browser.assertAccessible("import dry run report");
            browser.screenshot("import-proevekoersel");

            // The unknown category is mapped to one the catalogue has, the bracketed value accepted as a
            // parameter, and the dry run repeated with those choices.
            browser.tabTo("#category-0");
            browser.type("Sikkerhed");
            browser.tabTo("#parameters-2");
            browser.press(Keys.SPACE);
            browser.tabTo("#recheck");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Prøvekørsel af import");
            assertThat(browser.textOf("#count-created")).isEqualTo("2");
            assertThat(browser.textOf("#count-rejected")).isEqualTo("0");
            assertThat(browser.attribute("#parameters-2", "checked")).isNotNull();
            browser.assertAccessible("import dry run with a category mapped and a parameter accepted");

            browser.tabTo("form[action$='/bekraeft'] button.button-primary");
            browser.follow();
            assertThat(browser.heading()).isEqualTo("Import gennemført");
            assertThat(browser.text()).contains("Importen er gennemført.");
            browser.assertAccessible("import done");

            browser.open(gateway + "/krav?list=LOCAL&q="
                    + java.net.URLEncoder.encode(valid, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.text()).contains("1 krav fundet").contains(valid);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void anEditorExtendsASharedRequirementLocallyAndAttachesAndRemovesAFileByKeyboard() throws Exception {
        java.nio.file.Path note = java.nio.file.Files.createTempFile("driftsaftale-", ".txt");
        java.nio.file.Path hostile = java.nio.file.Files.createTempFile("skadelig-", ".html");
        java.nio.file.Files.writeString(note, "Driftsaftalen gælder kravet.");
        java.nio.file.Files.writeString(hostile, "<html><script>alert(1)</script></html>");
        java.nio.file.Path tooLarge = java.nio.file.Files.createTempFile("stor-", ".pdf");
        java.nio.file.Files.write(tooLarge, new byte[10 * 1024 * 1024 + 500_000]);
        try (PortalBrowser browser = PortalBrowser.start()) {
            logIn(browser, "Horsens Kommune", "redaktoer");
            browser.open(gateway + "/krav?list=CROSS_MUNICIPAL&sort=ID");
            browser.open((String) browser.script("return document.querySelector('tbody a[href^=\"/krav/\"]').href"));
            String requirement = browser.url();
            assertThat(browser.text()).contains("Tværkommunalt krav").contains("Lokal udvidelse for Horsens Kommune");

            browser.tabTo("#extension-link");
            browser.follow();
            assertThat(browser.heading()).startsWith("Lokal udvidelse");
            browser.assertAccessible("local extension form");
            browser.tabTo("#localDescription");
            browser.type("Gælder også for Horsens' plejecentre.");
            browser.tabTo("#optedOut-box");
            browser.press(Keys.SPACE);
            browser.tabTo("button[type='submit'].button-primary");
            browser.follow();
            assertThat(browser.text()).contains("Der er fejl i formularen").contains("Skriv en årsag til fravalget");
            assertThat(browser.textOf("#localDescription")).isEqualTo("Gælder også for Horsens' plejecentre.");
            browser.assertAccessible("local extension form with errors");

            browser.tabTo("#optedOut-box");
            browser.press(Keys.SPACE); // not opted out after all
            browser.tabTo("#favourite");
            browser.press(Keys.SPACE);
            browser.tabTo("button[type='submit'].button-primary");
            browser.follow();
            assertThat(browser.text())
                    .contains("Den lokale udvidelse er gemt.")
                    .contains("Gælder også for Horsens' plejecentre.")
                    .contains("Favoritkrav for jeres kommune.");
            browser.assertAccessible("requirement with its local extension");

            browser.tabTo("#attachment-file");
            browser.chooseFile(hostile);
            browser.tabTo("form[action$='/bilag'] button");
            browser.follow();
            assertThat(browser.text()).contains("Filtypen er ikke tilladt");
            browser.assertAccessible("requirement with a refused attachment");

            browser.tabTo("#attachment-file");
            browser.chooseFile(tooLarge);
            browser.tabTo("form[action$='/bilag'] button");
            browser.follow();
            assertThat(browser.text()).contains("Bilaget er større end 10 MB");
            assertThat(browser.url()).endsWith("/bilag");

            browser.tabTo("#attachment-file");
            browser.chooseFile(note);
            browser.tabTo("form[action$='/bilag'] button");
            browser.follow();
            assertThat(browser.text())
                    .contains("Bilaget er tilføjet.")
                    .contains(note.getFileName().toString())
                    .contains("kun jeres kommune");
            browser.assertAccessible("requirement with an attachment");

            browser.tabTo("form[action$='/slet'][action*='/bilag/'] button");
            browser.follow();
            assertThat(browser.text())
                    .contains("Bilaget er fjernet.")
                    .doesNotContain(note.getFileName().toString());
            assertThat(browser.url()).startsWith(requirement.replaceAll("\\?.*", ""));
        } finally {
            java.nio.file.Files.deleteIfExists(note);
            java.nio.file.Files.deleteIfExists(hostile);
            java.nio.file.Files.deleteIfExists(tooLarge);
        }
    }

    @Test
    void theBoardAddsRenamesAndDeletesADomainAndCannotDeleteOneInUse() throws Exception {
        String domain = "Beredskab " + UUID.randomUUID().toString().substring(0, 6);
        try (PortalBrowser board = PortalBrowser.start()) {
            logIn(board, "Fredericia Kommune", "kravredaktoer");
            board.open(gateway + "/kravredaktion");
            board.tabTo("a[href='/kravredaktion/klassifikation']");
            board.follow();
            assertThat(board.heading()).isEqualTo("Klassifikation");
            board.assertAccessible("classification overview");

            board.tabTo("form[action$='/klassifikation/domains'] button");
            board.follow();
            assertThat(board.text()).contains("Der er fejl i formularen").contains("Navn skal udfyldes");
            board.assertAccessible("classification with a refused addition");

            board.tabTo("#domains-name");
            board.type(domain);
            board.tabTo("form[action$='/klassifikation/domains'] button");
            board.follow();
            assertThat(board.text()).contains("Ændringen er gemt.").contains(domain);

            board.tabTo("#domains a[aria-label^='" + domain + "']");
            board.follow();
            assertThat(board.heading()).isEqualTo("Domæne: " + domain);
            board.assertAccessible("one classification item");
            board.tabTo("#name");
            board.press(Keys.END);
            board.type(" og kriser");
            board.tabTo("button[type='submit'].button-primary");
            board.follow();
            assertThat(board.text()).contains(domain + " og kriser");

            board.tabTo("#domains a[aria-label^='" + domain + " og kriser']");
            board.follow();
            board.tabTo("form[action$='/slet'] button");
            board.follow();
            assertThat(board.text()).contains("Det er slettet.").doesNotContain(domain);

            board.tabTo("#categories a[aria-label^='Sikkerhed,']");
            board.follow();
            board.tabTo("form[action$='/slet'] button");
            board.follow();
            assertThat(board.text()).contains("Kan ikke slettes: bruges af");
            board.assertAccessible("classification item in use");
        }
    }

    /** A kravbank file as "Download kravbank" writes it: sheet "Krav", the incumbent's columns. */
    private static java.nio.file.Path kravbankFile(List<List<String>> rows) throws Exception {
        List<String> headers = List.of(
                "Krav id",
                "Navn",
                "Type",
                "Beskrivelse",
                "Kategori",
                "Prioritet",
                "Rationale",
                "Bilag",
                "Sidst ændret");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("kravbank-", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Krav");
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** One row past the catalogue's default limit of 200,000 rows (header included), streamed to a file. */
    private static java.nio.file.Path tooManyRowsFile() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("for-mange-raekker-", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Krav");
            sheet.createRow(0).createCell(0).setCellValue("Krav id");
            for (int r = 1; r <= 200_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
        }
        return file;
    }

    /** Fills "Opret krav" by keyboard and submits it; ends on the new requirement's page. */
    private static void create(PortalBrowser browser, String name, String description) {
        create(browser, name, description, null);
    }

    /** As above, with editor notes (Noter) when {@code notes} is given. */
    private static void create(PortalBrowser browser, String name, String description, String notes) {
        browser.open(gateway + "/krav/ny");
        browser.tabTo("#name");
        browser.type(name);
        browser.tabTo("#description");
        browser.type(description);
        browser.tabTo("#categoryId");
        browser.type("Drift"); // typeahead picks "Drift, vedligehold og support"; a space would open the list
        if (notes != null) {
            browser.tabTo("#notes");
            browser.type(notes);
        }
        browser.tabTo("button[type='submit'].button-primary");
        browser.follow();
        assertThat(browser.heading()).as(browser.text()).startsWith(name);
    }

    /** Through identity's own pages ("Vælg myndighed", then user name and password), by keyboard. */
    static void logIn(PortalBrowser browser, String municipality, String username) {
        browser.open(gateway + "/krav");
        assertThat(browser.heading()).isEqualTo("Vælg myndighed");
        browser.assertAccessible("identity: choose municipality");
        browser.tabTo("#myndighed");
        browser.type(municipality);
        browser.tabTo("button[type='submit']");
        browser.follow();
        browser.assertAccessible("identity: log in");
        browser.tabTo("#brugernavn");
        browser.type(username);
        browser.tabTo("#adgangskode");
        browser.type(LocalStack.DEMO_PASSWORD);
        browser.follow();
        waitFor(() -> browser.url().startsWith(gateway + "/krav"));
    }

    static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }
}
