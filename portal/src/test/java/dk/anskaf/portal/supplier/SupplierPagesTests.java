package dk.anskaf.portal.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestUsers;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The supplier area against a dialogue service that is a real HTTP server answering chosen cases ({@link
 * DialogueServiceStub}), with a supplier contact's token as identity issues it: the pages render what the
 * service says, send what the contract says, and show the service's refusals on the page with what was
 * typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupplierPagesTests {

    static final UUID ORGANISATION = UUID.fromString("6f1c2a9e-3b7d-4e0a-9c55-0a1b2c3d4e5f");
    static final DialogueServiceStub DIALOGUES = DialogueServiceStub.SHARED;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DialogueServiceStub.register(registry);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void forget() {
        DIALOGUES.calls.clear();
    }

    @Test
    void myDialoguesListsEachWithCustomerStatusDeadlineInDanishTimeAndProgress() throws Exception {
        HttpResponse<String> page = get("/leverandoer/markedsdialoger");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Mine markedsdialoger")
                .contains("href=\"/leverandoer/markedsdialoger/676\"")
                .contains("EOJ version 2.0")
                .contains("Favrskov Kommune")
                .contains("Åbnet")
                .contains("Afsluttet")
                .contains("1. december 2026 kl. 12:00")
                .contains("1 af 3");
    }

    @Test
    void theDialoguePageShowsDescriptionProgressOperatingModelAndTheActions() throws Exception {
        HttpResponse<String> page = get("/leverandoer/markedsdialoger/676");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Vi skal bruge et nyt EOJ-system.")
                .contains("1 ud af 3 krav er blevet besvaret")
                .contains("1. december 2099 kl. 12:00")
                .contains("Ikke taget stilling")
                .contains("SaaS/Cloud drift")
                .contains("On-premise drift")
                .contains("Kan leveres som begge dele")
                .contains("Ikke relevant")
                // "Besvar krav" opens the first requirement without an answer.
                .contains("href=\"/leverandoer/markedsdialoger/676/krav/13\"")
                .contains("href=\"/leverandoer/markedsdialoger/676/kopier\"")
                .contains("href=\"/leverandoer/markedsdialoger/676/afslut\"")
                .contains("href=\"/leverandoer/markedsdialoger/676/afslaa\"");
    }

    @Test
    void anAnswerIsSentAsTheContractSaysAndGemOgNaesteMovesToTheNextRequirement() throws Exception {
        HttpResponse<String> saved = post(
                "/leverandoer/markedsdialoger/676/krav/11",
                "choice=JA_TILKOEB&elaboration=" + encode("Modul \"Gendan\"") + "&price=" + encode("10.000 kr./år")
                        + "&gaa=naeste");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .endsWith("/leverandoer/markedsdialoger/676/krav/12");
        assertThat(DIALOGUES.calls)
                .anySatisfy(call -> assertThat(call)
                        .startsWith("PUT /api/v1/supplier/dialogues/676/answers/11 ")
                        .contains("\"choice\":\"JA_TILKOEB\"")
                        .contains("\"elaboration\":\"Modul \\\"Gendan\\\"\"")
                        .contains("\"price\":\"10.000 kr./år\""));
    }

    @Test
    void forrigeSavesAndMovesBackAndTheLastRequirementLeadsToTheDialoguePage() throws Exception {
        HttpResponse<String> back = post("/leverandoer/markedsdialoger/676/krav/12", "choice=NEJ&gaa=forrige");
        HttpResponse<String> untouched = post("/leverandoer/markedsdialoger/676/krav/12", "gaa=naeste");

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/676/krav/11");
        assertThat(DIALOGUES.calls)
                .anySatisfy(call -> assertThat(call)
                        .startsWith("PUT /api/v1/supplier/dialogues/676/answers/12 ")
                        .contains("\"choice\":\"NEJ\""));
        // Nothing chosen or typed: nothing to save, the user just moves on.
        assertThat(untouched.headers().firstValue("Location").orElseThrow()).endsWith("/676/krav/13");
        assertThat(DIALOGUES.calls.stream().filter(call -> call.startsWith("PUT ")))
                .hasSize(1);
    }

    @Test
    void theAnswerPageShowsTheRequirementTheQuestionAndPriceAndTheCopiedNotice() throws Exception {
        HttpResponse<String> first = get("/leverandoer/markedsdialoger/676/krav/11");
        HttpResponse<String> copied = get("/leverandoer/markedsdialoger/676/krav/12");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body())
                .contains("1042")
                .contains("Gendannelse af data")
                .contains("Leverandøren skal kunne gendanne data inden for 8 timer.")
                .contains("Borgerne venter")
                .contains("Mindstekrav")
                .contains("<legend class=\"form-label\">Kan jeres løsning imødekomme kravet?</legend>")
                .contains("Ja, som et tilkøb")
                .contains("Ja, delvist")
                .contains("id=\"price\"")
                .contains("Det gør vi")
                .contains("1 af 3 besvaret")
                .contains("Gem og næste")
                .doesNotContain("id=\"save-previous\"")
                .doesNotContain("kopieret fra en tidligere version");
        assertThat(first.body()).containsPattern("id=\"choice-JA\"[^>]*checked");
        assertThat(copied.body())
                .contains("Svaret på dette krav er kopieret fra en tidligere version af kravet")
                .contains("id=\"save-previous\"");
    }

    @Test
    void aMissingElaborationComesBackAtTheFieldWithEverythingTyped() throws Exception {
        HttpResponse<String> refused = post(
                "/leverandoer/markedsdialoger/676/krav/12",
                "choice=JA_DELVIST&elaboration=&price=" + encode("5 kr.") + "&gaa=naeste");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"elaboration-error\"")
                .contains("Uddybning skal udfyldes ved Ja, delvist (mindst 3 tegn)")
                .contains("href=\"#elaboration\"")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"5 kr.\"");
        assertThat(refused.body()).containsPattern("id=\"choice-JA_DELVIST\"[^>]*checked");
    }

    @Test
    void anAnswerAfterTheDeadlineShowsTheServicesDanishReasonAndKeepsTheText() throws Exception {
        HttpResponse<String> refused = post(
                "/leverandoer/markedsdialoger/676/krav/13",
                "choice=JA&elaboration=" + encode("Vores svar") + "&gaa=naeste");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Svarfristen er overskredet kl. 12:00")
                .contains("Vores svar");
    }

    @Test
    void afterFinishingOrTheDeadlineTheAnswerIsReadOnlyWithTheReason() throws Exception {
        HttpResponse<String> finished = get("/leverandoer/markedsdialoger/677/krav/11");
        HttpResponse<String> late = get("/leverandoer/markedsdialoger/678/krav/11");

        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body())
                .doesNotContain("id=\"answer-form\"")
                .contains("I har afsluttet besvarelsen")
                .contains("Det gør vi")
                .contains("href=\"/leverandoer/markedsdialoger/677/krav/12\"");
        assertThat(late.body()).doesNotContain("id=\"answer-form\"").contains("Svarfristen er overskredet");
        assertThat(get("/leverandoer/markedsdialoger/678").body())
                .doesNotContain("id=\"finish-link\"")
                .contains("Se jeres svar");
    }

    @Test
    void aRequirementNotInTheDialogueIsNotFound() throws Exception {
        assertThat(get("/leverandoer/markedsdialoger/676/krav/99").statusCode()).isEqualTo(404);
        assertThat(get("/leverandoer/markedsdialoger/999").statusCode()).isEqualTo(404);
    }

    @Test
    void finishingIsConfirmedFirstAndARefusalShowsTheServicesReason() throws Exception {
        HttpResponse<String> confirm = get("/leverandoer/markedsdialoger/676/afslut");
        assertThat(DIALOGUES.calls).noneMatch(call -> call.contains("/finish"));
        HttpResponse<String> refused = post("/leverandoer/markedsdialoger/676/afslut", "");

        assertThat(confirm.body()).contains("id=\"finish-confirm\"").contains("Alle krav skal være besvaret");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Alle krav skal besvares, før besvarelsen kan afsluttes");
    }

    @Test
    void decliningNeedsAReasonWhichIsKeptAndSent() throws Exception {
        HttpResponse<String> refused = post("/leverandoer/markedsdialoger/676/afslaa", "reason=");
        HttpResponse<String> declined =
                post("/leverandoer/markedsdialoger/676/afslaa", "reason=" + encode("Vi har ikke et EOJ-system"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"reason-error\"").contains("Angiv en begrundelse");
        assertThat(declined.statusCode()).isEqualTo(302);
        assertThat(declined.headers().firstValue("Location").orElseThrow()).endsWith("/676?besked=afslaaet");
        assertThat(DIALOGUES.calls)
                .anySatisfy(call -> assertThat(call)
                        .startsWith("POST /api/v1/supplier/dialogues/676/decline ")
                        .contains("\"reason\":\"Vi har ikke et EOJ-system\""));
    }

    @Test
    void copyingChoosesTheSourceConfirmsAndShowsHowManyWereCopiedAndMarked() throws Exception {
        HttpResponse<String> choose = get("/leverandoer/markedsdialoger/676/kopier");
        HttpResponse<String> confirm = get("/leverandoer/markedsdialoger/676/kopier?fra=5");
        HttpResponse<String> copied = post("/leverandoer/markedsdialoger/676/kopier", "fra=5");
        HttpResponse<String> shown =
                get(copied.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

        assertThat(choose.body()).contains("id=\"fra-5\"").contains("ESDH-system");
        assertThat(confirm.body()).contains("id=\"copy-confirm\"").contains("Kopier svar fra &quot;ESDH-system&quot;");
        assertThat(DIALOGUES.calls)
                .anySatisfy(call -> assertThat(call)
                        .startsWith("POST /api/v1/supplier/dialogues/676/copy-answers ")
                        .contains("\"fromDialogueId\":5"));
        assertThat(shown.body()).contains("5 svar kopieret, 2 markeret som ændret");
    }

    @Test
    void theOperatingModelAndTheItSystemAreChosenOnTheDialoguePage() throws Exception {
        HttpResponse<String> model = post("/leverandoer/markedsdialoger/676/driftsmodel", "operatingModel=SAAS");
        HttpResponse<String> search = get("/leverandoer/markedsdialoger/676?system=Acad");
        HttpResponse<String> chosen =
                post("/leverandoer/markedsdialoger/676/it-system", "kitosUuid=2b4f7c1e-0000-4000-8000-000000000001");

        assertThat(model.headers().firstValue("Location").orElseThrow()).endsWith("/676?besked=driftsmodel");
        assertThat(search.body()).contains("Acadre (Formpipe Software A/S)");
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/676?besked=it-system");
        assertThat(DIALOGUES.calls)
                .anySatisfy(
                        call -> assertThat(call).contains("operating-model").contains("\"operatingModel\":\"SAAS\""))
                .anySatisfy(call -> assertThat(call).startsWith("GET /api/v1/supplier/it-systems?q=Acad"))
                .anySatisfy(call -> assertThat(call)
                        .contains("it-system ")
                        .contains("\"kitosUuid\":\"2b4f7c1e-0000-4000-8000-000000000001\""));
    }

    @Test
    void aChoiceRefusedAfterTheDeadlineShowsTheReasonOnTheDialoguePage() throws Exception {
        HttpResponse<String> refused = post("/leverandoer/markedsdialoger/678/driftsmodel", "operatingModel=BOTH");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("id=\"error-summary\"")
                .contains("Svarfristen er overskredet kl. 12:00")
                .doesNotContain("href=\"#operatingModel\"");
    }

    @Test
    void malformedAddressesAndValuesAreRefusedWithAPageAndNothingIsSent() throws Exception {
        for (HttpResponse<String> refused : List.of(
                get("/leverandoer/markedsdialoger/abc"),
                get("/leverandoer/markedsdialoger/676/krav/x1"),
                get("/leverandoer/markedsdialoger/676/kopier?fra=fem"),
                post("/leverandoer/markedsdialoger/676/kopier", "fra=fem"),
                post("/leverandoer/markedsdialoger/676/it-system", "kitosUuid=ikke-et-id"))) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(400);
            assertThat(refused.body()).as(refused.uri().toString()).contains("Oplysningerne kunne ikke bruges.");
        }
        HttpResponse<String> noSource = post("/leverandoer/markedsdialoger/676/kopier", "");
        assertThat(noSource.statusCode()).isEqualTo(400);
        assertThat(noSource.body()).contains("Vælg den markedsdialog, svarene skal kopieres fra.");
        assertThat(DIALOGUES.calls).noneMatch(call -> !call.startsWith("GET "));
    }

    @Test
    void thePagesSpeakEnglishWhenChosen() throws Exception {
        assertThat(get("/leverandoer/markedsdialoger/676/krav/11?sprog=en").body())
                .contains("Can your solution meet the requirement?")
                .contains("Yes, as an add-on");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new Browser(port, supplierToken()).get(path);
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return new Browser(port, supplierToken()).post(path, form);
    }

    static String supplierToken() {
        return TestUsers.supplier(ORGANISATION, "Formpipe Software A/S", "kontakt-1", "anne@formpipe.example");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
