package dk.anskaf.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Sammenligning": the table, filters, summary, weights, the printable view and refusals. */
class ComparisonPagesTests extends PurchaserPageTests {

    static final String PATH = "GET /api/v1/dialogues/7/comparison";

    /** Two suppliers, two requirements; Alfa's Nej to the Mindstekrav is flagged and rejected by the purchaser. */
    static String comparison(String score, String alfaScore) {
        return """
                {"dialogueId": 7, "title": "EOJ version 2.0", "status": "ANSWERED", "answersVisibility": "ON_FINISH",
                 "pricesRequested": true, "filter": {"priorities": [], "categories": []},
                 "categories": ["Drift", "Sikkerhed"],
                 "suppliers": [
                   {"answerSetId": "00000000-0000-0000-0000-00000000000a", "organisationName": "Alfa Software A/S",
                    "itSystemName": "Acadre", "itSystemSupplier": "Formpipe Software A/S", "status": "FINISHED",
                    "summary": {"byChoiceAndPriority": {
                        "JA": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 1, "ABSOLUTE": 0},
                        "JA_TILKOEB": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0},
                        "JA_DELVIST": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0},
                        "NEJ": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 1},
                        "IKKE_RELEVANT": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0},
                        "UNANSWERED": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0}},
                      "answered": 2, "unanswered": 0, "mindstekravNotMet": 1},
                    "score": %2$s, "maxScore": %3$s},
                   {"answerSetId": "00000000-0000-0000-0000-00000000000b", "organisationName": "Beta Data A/S",
                    "itSystemName": null, "itSystemSupplier": null, "status": "FINISHED",
                    "summary": {"byChoiceAndPriority": {
                        "JA": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 1, "ABSOLUTE": 1},
                        "JA_TILKOEB": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0},
                        "JA_DELVIST": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0},
                        "NEJ": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0},
                        "IKKE_RELEVANT": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0},
                        "UNANSWERED": {"OPTIONAL": 0, "NORMAL": 0, "HIGH": 0, "ABSOLUTE": 0}},
                      "answered": 2, "unanswered": 0, "mindstekravNotMet": 0},
                    "score": %2$s, "maxScore": %3$s}],
                 "rows": [
                   {"requirementId": 70, "kravId": "4101", "position": 1, "name": "Gendannelse",
                    "description": "Gendannelse inden for 2 timer.", "category": "Drift", "subCategory": null,
                    "priority": "ABSOLUTE", "cells": [
                      {"answerSetId": "00000000-0000-0000-0000-00000000000a", "choice": "NEJ",
                       "elaboration": "Et døgn <script>alert(1)</script>", "price": null, "reviewStatus": "REJECTED",
                       "reviewComment": "For længe", "mindstekravNotMet": true},
                      {"answerSetId": "00000000-0000-0000-0000-00000000000b", "choice": "JA", "elaboration": null,
                       "price": null, "reviewStatus": "NONE", "reviewComment": null, "mindstekravNotMet": false}]},
                   {"requirementId": 71, "kravId": "F1", "position": 2, "name": "RDS",
                    "description": "Afvikles på RDS.", "category": "Sikkerhed", "subCategory": null,
                    "priority": "HIGH", "cells": [
                      {"answerSetId": "00000000-0000-0000-0000-00000000000a", "choice": "JA", "elaboration": null,
                       "price": "12.000 kr. om året", "reviewStatus": "NONE", "reviewComment": null, "mindstekravNotMet": false},
                      {"answerSetId": "00000000-0000-0000-0000-00000000000b", "choice": "JA", "elaboration": null,
                       "price": null, "reviewStatus": "NONE", "reviewComment": null, "mindstekravNotMet": false}]}],
                 "score": %1$s}""".formatted(score, alfaScore, alfaScore.equals("null") ? "null" : "7");
    }

    static final String WEIGHTED = comparison("""
            {"label": "Hjælpetal – ikke en evalueringsmodel", "labelEn": "Aid only – not an evaluation model",
             "weights": {"ABSOLUTE": 4, "HIGH": 3},
             "choicePoints": {"JA": 1, "JA_TILKOEB": 0.75, "JA_DELVIST": 0.5, "NEJ": 0, "IKKE_RELEVANT": 0}}""", "3");

    @BeforeEach
    void aComparison() {
        DIALOGUES.reply(PATH, 200, comparison("null", "null"));
    }

    @Test
    void theTableShowsEachSupplierSideBySideWithMindstekravNotMetInWords() throws Exception {
        var response = get("/markedsdialoger/7/sammenligning");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page)
                .contains("<caption id=\"comparison-caption\">Krav og leverandørernes svar side om side</caption>")
                .contains("role=\"region\" tabindex=\"0\" aria-labelledby=\"comparison-caption\"")
                .contains("<th scope=\"col\">Alfa Software A/S")
                .contains("Acadre (Formpipe Software A/S)")
                .containsPattern("<th scope=\"row\"><span class=\"anskaf-id\">4101</span> Gendannelse")
                .contains("Mindstekrav · Drift")
                .contains("class=\"anskaf-not-met\"")
                .contains("<strong class=\"anskaf-flag\">Mindstekrav ikke opfyldt</strong>")
                .contains("Et døgn &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .contains("Afvist: For længe")
                .contains("Pris: 12.000 kr. om året")
                .contains("<span class=\"anskaf-id\">F1</span> RDS");
        // Exactly one flagged cell: Beta's Ja to the Mindstekrav is none.
        assertThat(page.split("anskaf-not-met", -1)).hasSize(2);
        // The summary: choices by priority in words, Mindstekrav not met counted.
        assertThat(page)
                .contains("<caption class=\"sr-only\">Svar pr. leverandør fordelt på svar og prioritet</caption>")
                .contains("<th scope=\"row\">Alfa Software A/S</th>")
                .contains("(Mindstekrav 1)", "(Vigtigt krav 1)", "(Mindstekrav 1, Vigtigt krav 1)")
                .contains("2 af 2")
                .doesNotContain("Hjælpetal</th>");
        assertThat(page)
                .contains("href=\"/api/v1/dialogues/7/comparison.xlsx\" download")
                .contains("href=\"/markedsdialoger/7/sammenligning?print=true\"")
                .contains("<li class=\"breadcrumbs__list-item\"", "Sammenligning");
    }

    @Test
    void theFilterFormSendsItsChoiceToTheServiceAndTheDownloadAndPrintLinksKeepIt() throws Exception {
        var response = get("/markedsdialoger/7/sammenligning?priority=ABSOLUTE&priority=HIGH&category=Drift"
                + "&weight.ABSOLUTE=4&weight.HIGH=&weight.NORMAL=2%2C5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(DIALOGUES.last("GET", "/api/v1/dialogues/7/comparison").query())
                .isEqualTo("priority=ABSOLUTE&priority=HIGH&category=Drift&weight.ABSOLUTE=4&weight.NORMAL=2%2C5");
        assertThat(response.body())
                .containsPattern("id=\"priority-ABSOLUTE\" value=\"ABSOLUTE\" checked")
                .containsPattern("id=\"priority-OPTIONAL\" value=\"OPTIONAL\">")
                .containsPattern("id=\"category-0\" value=\"Drift\" checked")
                .containsPattern("id=\"weight.NORMAL\" name=\"weight.NORMAL\"\\s+value=\"2,5\"")
                .contains(
                        "href=\"/api/v1/dialogues/7/comparison.xlsx?priority=ABSOLUTE&amp;priority=HIGH&amp;category=Drift"
                                + "&amp;weight.ABSOLUTE=4&amp;weight.NORMAL=2,5\"")
                .contains("sammenligning?priority=ABSOLUTE&amp;priority=HIGH&amp;category=Drift"
                        + "&amp;weight.ABSOLUTE=4&amp;weight.NORMAL=2,5&amp;print=true\"");
    }

    @Test
    void weightsShowAScoreAlwaysLabelledAsAnAidNotAnEvaluationModel() throws Exception {
        DIALOGUES.reply(PATH, 200, WEIGHTED);

        String page = get("/markedsdialoger/7/sammenligning?weight.ABSOLUTE=4&weight.HIGH=3")
                .body();

        assertThat(page)
                .contains("<strong>Hjælpetal – ikke en evalueringsmodel</strong>")
                .contains("id=\"score-label\"")
                .contains("<th scope=\"col\">Hjælpetal</th>")
                .contains("3,00 af 7,00");
        assertThat(get("/markedsdialoger/7/sammenligning?weight.ABSOLUTE=4&sprog=en")
                        .body())
                .contains("Aid only – not an evaluation model", "Printable view", "Not answered")
                .contains("3.00 of 7.00");
    }

    @Test
    void thePrintableViewHasTheSummaryAndTableWithoutTheFrameOrForms() throws Exception {
        String page = get("/markedsdialoger/7/sammenligning?priority=ABSOLUTE&print=true")
                .body();

        assertThat(page)
                .contains("<html lang=\"da\">")
                .contains("<caption id=\"comparison-caption\">")
                .contains("id=\"summary\"")
                .contains("Prioritet: Mindstekrav · Kategori: alle")
                .contains("href=\"/markedsdialoger/7/sammenligning?priority=ABSOLUTE\"")
                .doesNotContain("class=\"mainmenu\"", "id=\"filters\"", "class=\"header\"");
    }

    @Test
    void aWeightTheServiceRefusesComesBackAtItsFieldWithTheUnfilteredComparison() throws Exception {
        DIALOGUES.reply(PATH + "?weight.HIGH=meget", 400, """
                {"type": "https://anskaf.dk/problems/validation", "status": 400, "detail": "Ugyldig",
                 "errors": [{"field": "weight.HIGH", "message": "Vægten skal være et tal fra 0 til 100"}]}""");

        var response = get("/markedsdialoger/7/sammenligning?weight.HIGH=meget");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(DIALOGUES.received()).extracting(r -> r.query()).containsExactly("weight.HIGH=meget", null);
        assertThat(response.body())
                .contains("id=\"error-summary\"")
                .contains("href=\"#weight.HIGH\"", "Vægten skal være et tal fra 0 til 100")
                .contains("id=\"weight.HIGH-error\"")
                .containsPattern(
                        "id=\"weight.HIGH\" name=\"weight.HIGH\"\\s+value=\"meget\"\\s+aria-describedby=\"weight.HIGH-error\"")
                .contains("Alfa Software A/S");
        assertThat(DIALOGUES.received().getLast().query()).isNull();
    }

    @Test
    void anotherMunicipalitysDialogueIsTheNotFoundPageAndOthersAreRefusedWithoutAskingTheService() throws Exception {
        DIALOGUES.reply(PATH, 404, """
                {"type": "https://anskaf.dk/problems/not-found", "status": 404}""");
        assertThat(get("/markedsdialoger/7/sammenligning").statusCode()).isEqualTo(404);

        DIALOGUES.reset();
        for (String token : List.of(employee(), supplier())) {
            assertThat(get("/markedsdialoger/7/sammenligning", token).statusCode())
                    .isEqualTo(403);
            assertThat(get("/markedsdialoger/7/sammenligning?print=true", token).statusCode())
                    .isEqualTo(403);
        }
        assertThat(DIALOGUES.received()).isEmpty();
    }

    @Test
    void theDialoguePageLinksToTheComparisonOnceSuppliersAreInvited() throws Exception {
        DIALOGUES.reply("GET /api/v1/dialogues/7", 200, dialogue("ANSWERED", "\"2027-01-15T11:00:00Z\""));
        DIALOGUES.reply("GET /api/v1/dialogues/7/suppliers", 200, """
                [{"answerSetId": "00000000-0000-0000-0000-00000000000a", "organisationId": "00000000-0000-0000-0000-0000000000aa",
                  "organisationName": "Alfa Software A/S", "cvr": "12345678", "contacts": ["a@alfa.example"],
                  "invitedAt": "2026-12-01T09:00:00Z", "status": "FINISHED", "answeredCount": 2, "requirementCount": 2,
                  "declineReason": null}]""");

        assertThat(get("/markedsdialoger/7").body())
                .contains("href=\"/markedsdialoger/7/sammenligning\"", "Sammenlign leverandørernes svar");
    }
}
