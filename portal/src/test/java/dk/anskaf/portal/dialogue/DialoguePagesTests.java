package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lists, "Ny markedsdialog", the dialogue page, and who may open them. */
class DialoguePagesTests extends PurchaserPageTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theListsShowEachDialogueWithDanishStatusAndDanishTimes() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues", 200, """
                [{"id": 7, "title": "EOJ version 2.0", "status": "ACTIVE", "createdAt": "2026-11-30T09:00:00Z",
                  "deadline": "2027-07-01T08:30:00Z", "requirementCount": 68, "supplierCount": 2}]""");

        var ongoing = get("/markedsdialoger");
        var archived = get("/markedsdialoger?liste=arkiverede");

        assertThat(ongoing.statusCode()).isEqualTo(200);
        assertThat(ongoing.body())
                .contains("Igangværende", "Arkiverede", "Ny markedsdialog", "EOJ version 2.0", "Aktiv")
                .contains("30.11.2026 10:00") // winter: UTC+1
                .contains("01.07.2027 10:30") // summer: UTC+2
                .contains("href=\"/markedsdialoger/7\"");
        assertThat(DIALOGUES.received().getFirst().query()).isEqualTo("list=ONGOING");
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(DIALOGUES.received().getLast().query()).isEqualTo("list=ARCHIVED");
    }

    @Test
    void everyPurchaserPageIsRefusedToOtherMunicipalUsersAndToSuppliersWithoutAskingTheService() throws Exception {
        List<String> pages = List.of(
                "/markedsdialoger",
                "/markedsdialoger/ny",
                "/markedsdialoger/7",
                "/markedsdialoger/7/start",
                "/markedsdialoger/7/guidet",
                "/markedsdialoger/7/aktiver",
                "/markedsdialoger/7/udskyd",
                "/markedsdialoger/7/annuller",
                "/markedsdialoger/7/tilfoej",
                "/markedsdialoger/7/fritekst",
                "/markedsdialoger/7/inviter");
        for (String token : List.of(employee(), supplier())) {
            for (String page : pages) {
                var response = get(page, token);
                assertThat(response.statusCode()).as(page).isEqualTo(403);
                assertThat(response.body()).as(page).contains("Du har ikke adgang");
            }
            assertThat(post("/markedsdialoger/ny", Map.of("title", "Snyd"), token)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(post("/markedsdialoger/7/annuller", Map.of("reason", "x", "bekraeft", "ja"), token)
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(DIALOGUES.received()).isEmpty();
    }

    @Test
    void theCreateFormOffersTheCataloguesDomainsAndTheUsersAddress() throws Exception {
        var response = get("/markedsdialoger/ny");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Sundhed og omsorg", "Børn og unge", "Prioritering af krav", "Pris ønskes")
                .contains("value=\"ida@favrskov.example\"")
                .contains("<legend class=\"form-label\">Domæn(er) *</legend>");
    }

    @Test
    void creatingPostsTheDraftAsJsonAndLeadsToTheGuidedQuestion() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues", 201, DRAFT);

        var response = post(
                "/markedsdialoger/ny",
                "title=EOJ+version+2.0&description=Elektronisk+omsorgsjournal&contactEmail=indkoeb%40favrskov.example"
                        + "&domainIds=1&domainIds=2&prioritiesVisible=true",
                purchaser());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/markedsdialoger/7/start");
        JsonNode sent =
                JSON.readTree(DIALOGUES.last("POST", "/api/v1/dialogues").body());
        assertThat(sent.get("title").asString()).isEqualTo("EOJ version 2.0");
        assertThat(sent.get("description").asString()).isEqualTo("Elektronisk omsorgsjournal");
        assertThat(sent.get("contactEmail").asString()).isEqualTo("indkoeb@favrskov.example");
        assertThat(sent.get("domainIds").toString()).isEqualTo("[1,2]");
        assertThat(sent.get("prioritiesVisible").asBoolean()).isTrue();
        assertThat(sent.get("pricesRequested").asBoolean()).isFalse();
        assertThat(sent.get("communityId").isNull()).isTrue();

        var start = get("/markedsdialoger/7/start");
        assertThat(start.body())
                .contains("Guidet forløb til at vælge krav", "Ja tak", "Nej tak, jeg klarer det selv")
                .contains("href=\"/markedsdialoger/7/guidet\"");
    }

    @Test
    void aRefusedDraftComesBackWithTheServicesReasonAtTheFieldAndEverythingTyped() throws Exception {
        DIALOGUES.reply("POST /api/v1/dialogues", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400, "detail": "Ugyldig",
                 "errors": [{"field": "domainIds", "message": "Vælg mindst ét domæne"},
                            {"field": "title", "message": "Titlen skal have mindst 5 tegn"}]}""");

        var response = post(
                "/markedsdialoger/ny",
                "title=EOJ&description=Elektronisk+omsorgsjournal&contactEmail=indkoeb%40favrskov.example"
                        + "&pricesRequested=true",
                purchaser());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"error-summary\"")
                .contains("href=\"#title\"", "Titlen skal have mindst 5 tegn")
                .contains("href=\"#domainIds\"", "Vælg mindst ét domæne")
                .contains("id=\"title-error\"", "value=\"EOJ\"")
                .contains("Elektronisk omsorgsjournal", "value=\"indkoeb@favrskov.example\"")
                .containsPattern("id=\"pricesRequested\"[^>]*checked");
        // Title first: the summary follows the form's order, not the service's.
        assertThat(response.body().indexOf("href=\"#title\""))
                .isLessThan(response.body().indexOf("href=\"#domainIds\""));
    }

    @Test
    void theDialoguePageShowsFactsTheFilledTextAndEachSuppliersStatus() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ACTIVE", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/requirements", 200, """
                [{"id": 70, "kravId": "1042", "catalogRequirementId": 1042, "position": 1, "name": "Anmodning om restore",
                  "description": "Restore inden for {{restore_tid|4 timer|timer}}.",
                  "descriptionRendered": "Restore inden for 2 timer.", "localDescription": null, "rationale": null,
                  "elaborationRequired": false, "category": "Drift", "subCategory": null, "priority": "ABSOLUTE",
                  "parameters": [{"name": "restore_tid", "defaultValue": "4 timer", "unit": "timer", "value": "2 timer"}],
                  "reasons": ["favourite"]},
                 {"id": 71, "kravId": "F1", "catalogRequirementId": null, "position": 2, "name": "RDS",
                  "description": "Skal kunne køre på RDS", "descriptionRendered": "Skal kunne køre på RDS",
                  "localDescription": null, "rationale": null, "elaborationRequired": false, "category": "Drift",
                  "subCategory": null, "priority": "NORMAL", "parameters": [], "reasons": ["free-text"]}]""");
        DIALOGUES.reply("GET /api/v1/dialogues/7/suppliers", 200, """
                [{"answerSetId": "00000000-0000-0000-0000-000000000001", "organisationId": "00000000-0000-0000-0000-000000000002",
                  "organisationName": "Formpipe Software A/S", "cvr": "12345674", "status": "ANSWERING",
                  "contacts": ["lis@formpipe.example"], "invitedAt": "2026-12-01T09:00:00Z",
                  "answeredCount": 12, "requirementCount": 68, "declineReason": null},
                 {"answerSetId": "00000000-0000-0000-0000-000000000003", "organisationId": "00000000-0000-0000-0000-000000000004",
                  "organisationName": "KMD A/S", "cvr": "26911745", "status": "DECLINED",
                  "contacts": ["kim@kmd.example"], "invitedAt": "2026-12-01T09:05:00Z",
                  "answeredCount": 0, "requirementCount": 68, "declineReason": "Vi har ikke et EOJ-produkt"}]""");

        var response = get("/markedsdialoger/7?besked=aktiveret");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Aktiv", "Sundhed og omsorg", "indkoeb@favrskov.example", "15.01.2027 12:00")
                .contains("Markedsdialogen er aktiveret")
                .contains("1042", "Anmodning om restore", "Restore inden for 2 timer.", "Mindstekrav")
                .contains("F1", "RDS")
                .contains("Formpipe Software A/S", "CVR 12345674", "Besvarer", "12 af 68 besvaret")
                .contains("KMD A/S", "Afslået", "Vi har ikke et EOJ-produkt")
                .contains("Inviter leverandør", "Udskyd svarfrist", "Afbryd markedsdialog")
                // Frozen once active: no editing of the requirement set is offered.
                .doesNotContain("Tilføj krav", "Tilføj fritekstkrav", "/krav/70/fjern", "Aktiver markedsdialog");
    }

    @Test
    void aDraftOffersEditingAndTheGuidedQuestionsWhileItHasNoRequirements() throws Exception {
        var response = get("/markedsdialoger/7");

        assertThat(response.body())
                .contains("Aktiver markedsdialog", "Tilføj krav", "Tilføj fritekstkrav")
                .contains("href=\"/markedsdialoger/7/guidet\"")
                .doesNotContain("Inviter leverandør", "Udskyd svarfrist");
        assertThat(DIALOGUES.got("GET", "/api/v1/dialogues/7/suppliers")).isFalse();
    }

    @Test
    void aDialogueOfAnotherMunicipalityIsNotFound() throws Exception {
        assertThat(get("/markedsdialoger/8").statusCode()).isEqualTo(404);
    }

    @Test
    void editorsMayUseThePagesTooAndEnglishIsOffered() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues", 200, "[]");
        String editor = TestTokens.shared()
                .user("redaktoer-0710")
                .municipality("0710", "Favrskov Kommune")
                .roles("editor")
                .mint();

        var danish = get("/markedsdialoger", editor);
        var english = get("/markedsdialoger?sprog=en", editor);

        assertThat(danish.statusCode()).isEqualTo(200);
        assertThat(danish.body()).contains("Der er ingen igangværende markedsdialoger.");
        assertThat(english.body())
                .contains("Market dialogues", "Ongoing", "Archived", "New market dialogue")
                .contains("There are no ongoing market dialogues.");
    }
}
