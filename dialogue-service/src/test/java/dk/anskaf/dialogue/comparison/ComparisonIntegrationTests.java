package dk.anskaf.dialogue.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.dialogue.client.DialogueComparison;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison against real PostgreSQL: suppliers answer through the supplier API, the purchaser's
 * review is a row in {@code answer_review} (the review part writes it; until then SQL does), and what the
 * purchaser sees follows the view {@code reviewable_answer_set} and row-level security.
 */
@AnskafIntegrationTest
class ComparisonIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String AARHUS = "0751";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    long dialogue;
    long restore;
    long logging;
    long rds;
    long calendar;
    Invited alfa;
    Invited beta;
    Invited gamma;
    Invited delta;

    record Invited(UUID organisation, UUID answerSet, String email) {}

    /**
     * Four requirements (Mindstekrav, Vigtigt krav, a free-text Krav, an Option) in three categories; Alfa
     * and Beta answer everything and finish, Gamma declines, Delta answers one and is still at it.
     */
    @BeforeEach
    void aDialogueWithFourSuppliers() {
        data = new SupplierSideTestData(fixture, transactions);
        dialogue = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(10));
        restore = requirement(1, 4101L, null, "Gendannelse", "Drift", "ABSOLUTE");
        logging = requirement(2, 4102L, null, "Logning af opslag", "Sikkerhed", "HIGH");
        rds = requirement(3, null, 1, "RDS", "Drift", "NORMAL");
        calendar = requirement(4, 4103L, null, "Kalenderintegration", "Integration", "OPTIONAL");
        alfa = invite("Alfa Software A/S");
        beta = invite("Beta Data A/S");
        gamma = invite("Gamma IT ApS");
        delta = invite("Delta Systemer A/S");

        answer(alfa, restore, "{\"choice\":\"NEJ\",\"elaboration\":\"Gendannelse tager et døgn hos os.\"}");
        answer(alfa, logging, "{\"choice\":\"JA\"}");
        answer(alfa, rds, "{\"choice\":\"JA_TILKOEB\",\"price\":\"12.000 kr. om året\"}");
        answer(alfa, calendar, "{\"choice\":\"JA_DELVIST\",\"elaboration\":\"=HYPERLINK(\\\"http://x.example\\\")\"}");
        finish(alfa);
        answer(beta, restore, "{\"choice\":\"JA_DELVIST\",\"elaboration\":\"Inden for 8 timer.\"}");
        answer(beta, logging, "{\"choice\":\"JA\"}");
        answer(beta, rds, "{\"choice\":\"NEJ\"}");
        answer(beta, calendar, "{\"choice\":\"JA\"}");
        finish(beta);
        api.asSupplier(gamma.organisation(), gamma.email())
                .post("/api/v1/supplier/dialogues/" + dialogue + "/decline", "{\"reason\":\"Ikke vores marked\"}")
                .assertStatus(200);
        answer(delta, logging, "{\"choice\":\"JA\"}");
        review(alfa, restore, "REJECTED", "Et døgn er for længe");
    }

    @Test
    void whileAktivOnlyFinishedSuppliersAreColumnsAndEachCellHasAnswerAndReview() {
        JsonNode comparison = purchaser().get(path("")).assertStatus(200).json();

        assertThat(SupplierSideTestData.texts(comparison.path("suppliers"), "organisationName"))
                .containsExactly("Alfa Software A/S", "Beta Data A/S");
        assertThat(SupplierSideTestData.texts(comparison.path("rows"), "kravId"))
                .containsExactly("4101", "4102", "F1", "4103");
        assertThat(comparison.path("categories").toString()).isEqualTo("[\"Drift\",\"Integration\",\"Sikkerhed\"]");
        JsonNode alfaRestore = comparison.path("rows").get(0).path("cells").get(0);
        assertThat(alfaRestore.path("answerSetId").asString())
                .isEqualTo(alfa.answerSet().toString());
        assertThat(alfaRestore.path("choice").asString()).isEqualTo("NEJ");
        assertThat(alfaRestore.path("elaboration").asString()).isEqualTo("Gendannelse tager et døgn hos os.");
        assertThat(alfaRestore.path("reviewStatus").asString()).isEqualTo("REJECTED");
        assertThat(alfaRestore.path("reviewComment").asString()).isEqualTo("Et døgn er for længe");
        assertThat(alfaRestore.path("mindstekravNotMet").asBoolean()).isTrue();
        JsonNode betaRestore = comparison.path("rows").get(0).path("cells").get(1);
        assertThat(betaRestore.path("choice").asString()).isEqualTo("JA_DELVIST");
        assertThat(betaRestore.path("reviewStatus").asString()).isEqualTo("NONE");
        assertThat(betaRestore.path("mindstekravNotMet").asBoolean()).isTrue();
        JsonNode alfaRds = comparison.path("rows").get(2).path("cells").get(0);
        assertThat(alfaRds.path("price").asString()).isEqualTo("12.000 kr. om året");
        // Nej to a requirement that is not a Mindstekrav is no flag.
        assertThat(comparison
                        .path("rows")
                        .get(2)
                        .path("cells")
                        .get(1)
                        .path("mindstekravNotMet")
                        .asBoolean())
                .isFalse();
        assertThat(comparison.path("score").isNull()).isTrue();
        assertThat(comparison.path("suppliers").get(0).path("score").isNull()).isTrue();
    }

    @Test
    void eachSuppliersSummaryCountsChoicesByPriorityAndMindstekravNotMet() {
        JsonNode suppliers = purchaser().get(path("")).json().path("suppliers");

        JsonNode alfaSummary = suppliers.get(0).path("summary");
        assertThat(alfaSummary.path("answered").asInt()).isEqualTo(4);
        assertThat(alfaSummary.path("unanswered").asInt()).isZero();
        assertThat(alfaSummary.path("mindstekravNotMet").asInt()).isEqualTo(1);
        JsonNode alfaCounts = alfaSummary.path("byChoiceAndPriority");
        assertThat(alfaCounts.path("NEJ").path("ABSOLUTE").asInt()).isEqualTo(1);
        assertThat(alfaCounts.path("JA").path("HIGH").asInt()).isEqualTo(1);
        assertThat(alfaCounts.path("JA_TILKOEB").path("NORMAL").asInt()).isEqualTo(1);
        assertThat(alfaCounts.path("JA_DELVIST").path("OPTIONAL").asInt()).isEqualTo(1);
        assertThat(alfaCounts.path("JA").path("ABSOLUTE").asInt()).isZero();
        assertThat(alfaCounts.path("UNANSWERED").path("NORMAL").asInt()).isZero();
        JsonNode betaCounts = suppliers.get(1).path("summary").path("byChoiceAndPriority");
        assertThat(betaCounts.path("JA").path("HIGH").asInt()).isEqualTo(1);
        assertThat(betaCounts.path("JA").path("OPTIONAL").asInt()).isEqualTo(1);
        assertThat(suppliers.get(1).path("summary").path("mindstekravNotMet").asInt())
                .isEqualTo(1);
    }

    @Test
    void afterDeadlineVisibilityHidesEveryoneWhileAktivAndShowsAllButTheDeclinedOnceBesvaret() {
        fixture.asTenant(
                FAVRSKOV,
                () -> data.jdbc()
                        .sql("update dialogue set answers_visibility = 'AFTER_DEADLINE' where id = ?")
                        .param(dialogue)
                        .update());

        JsonNode aktiv = purchaser().get(path("")).assertStatus(200).json();
        assertThat(aktiv.path("suppliers").size()).isZero();
        assertThat(aktiv.path("rows").get(0).path("cells").size()).isZero();
        assertThat(aktiv.path("answersVisibility").asString()).isEqualTo("AFTER_DEADLINE");

        fixture.asTenant(
                FAVRSKOV,
                () -> data.jdbc()
                        .sql("update dialogue set status = 'ANSWERED', closed_at = now() where id = ?")
                        .param(dialogue)
                        .update());

        JsonNode besvaret = purchaser().get(path("")).json();
        assertThat(SupplierSideTestData.texts(besvaret.path("suppliers"), "organisationName"))
                .containsExactly("Alfa Software A/S", "Beta Data A/S", "Delta Systemer A/S");
        JsonNode deltaSummary = besvaret.path("suppliers").get(2).path("summary");
        assertThat(deltaSummary.path("answered").asInt()).isEqualTo(1);
        assertThat(deltaSummary.path("unanswered").asInt()).isEqualTo(3);
        assertThat(besvaret.path("rows")
                        .get(0)
                        .path("cells")
                        .get(2)
                        .path("choice")
                        .isNull())
                .isTrue();
    }

    @Test
    void filtersByPriorityAndCategoryKeepOnlyThoseRowsAndTheSummaryCountsThem() {
        JsonNode filtered = purchaser()
                .get(path("?priority=ABSOLUTE,HIGH&category=Drift"))
                .assertStatus(200)
                .json();

        assertThat(SupplierSideTestData.texts(filtered.path("rows"), "kravId")).containsExactly("4101");
        assertThat(filtered.path("filter").path("priorities").toString()).isEqualTo("[\"HIGH\",\"ABSOLUTE\"]");
        assertThat(filtered.path("filter").path("categories").toString()).isEqualTo("[\"Drift\"]");
        assertThat(filtered.path("categories").size()).isEqualTo(3);
        assertThat(filtered.path("suppliers")
                        .get(0)
                        .path("summary")
                        .path("answered")
                        .asInt())
                .isEqualTo(1);

        JsonNode repeated = purchaser()
                .get(path("?priority=NORMAL&priority=OPTIONAL&category=Drift&category=Integration"))
                .json();
        assertThat(SupplierSideTestData.texts(repeated.path("rows"), "kravId")).containsExactly("F1", "4103");
    }

    @Test
    void weightsGiveEachSupplierAScoreLabelledAsAnAidByTheDocumentedPoints() {
        JsonNode weighted = purchaser()
                .get(path("?weight.ABSOLUTE=4&weight.HIGH=3&weight.NORMAL=2&weight.OPTIONAL=1"))
                .assertStatus(200)
                .json();

        // Alfa: Nej 4×0 + Ja 3×1 + Ja som tilkøb 2×0.75 + Ja delvist 1×0.5 = 5; Beta: 4×0.5 + 3 + 0 + 1 = 6.
        assertThat(weighted.path("suppliers").get(0).path("score").decimalValue())
                .isEqualByComparingTo("5.00");
        assertThat(weighted.path("suppliers").get(1).path("score").decimalValue())
                .isEqualByComparingTo("6.00");
        assertThat(weighted.path("suppliers").get(0).path("maxScore").decimalValue())
                .isEqualByComparingTo("10");
        assertThat(weighted.path("score").path("label").asString()).isEqualTo("Hjælpetal – ikke en evalueringsmodel");
        assertThat(weighted.path("score").path("labelEn").asString()).isEqualTo("Aid only – not an evaluation model");
        assertThat(weighted.path("score")
                        .path("choicePoints")
                        .path("JA_TILKOEB")
                        .decimalValue())
                .isEqualByComparingTo("0.75");

        // Priorities without a weight count nothing; a comma is a decimal point; the filter applies first.
        JsonNode partial = purchaser()
                .get(path("?weight.ABSOLUTE=2,5&priority=ABSOLUTE&priority=HIGH"))
                .json();
        assertThat(partial.path("suppliers").get(1).path("score").decimalValue())
                .isEqualByComparingTo("1.25");
        assertThat(partial.path("suppliers").get(1).path("maxScore").decimalValue())
                .isEqualByComparingTo("2.5");
    }

    @Test
    void badFiltersAndWeightsAreRefusedNamingTheParameter() {
        purchaser().get(path("?priority=MUST")).assertProblem(400, "validation").assertFieldError("priority");
        purchaser()
                .get(path("?category=Ukendt"))
                .assertProblem(400, "validation")
                .assertFieldError("category");
        purchaser()
                .get(path("?weight.HIGH=meget"))
                .assertProblem(400, "validation")
                .assertFieldError("weight.HIGH");
        purchaser()
                .get(path("?weight.HIGH=-1"))
                .assertProblem(400, "validation")
                .assertFieldError("weight.HIGH");
        purchaser()
                .get(path("?weight.HIGH=101"))
                .assertProblem(400, "validation")
                .assertFieldError("weight.HIGH");
        purchaser()
                .get(path("?weight.HIGH=1.005"))
                .assertProblem(400, "validation")
                .assertFieldError("weight.HIGH");
        purchaser().get(path("?weight.MUST=1")).assertProblem(400, "validation").assertFieldError("weight.MUST");
        purchaser()
                .get(path(".xlsx?weight.LOW=1"))
                .assertProblem(400, "validation")
                .assertFieldError("weight.LOW");
    }

    @Test
    void anotherMunicipalityGets404AndASupplierOrEmployee403() {
        api.as(TestRole.PURCHASER, AARHUS).get(path("")).assertProblem(404, "not-found");
        api.as(TestRole.EDITOR, AARHUS).get(path(".xlsx")).assertProblem(404, "not-found");
        api.asSupplier(alfa.organisation(), alfa.email()).get(path("")).assertStatus(403);
        api.as(TestRole.EDITOR, FAVRSKOV).get(path("")).assertStatus(200);
    }

    @Test
    void theWorkbookHasTheComparisonTheSummaryAndMetadataStreamedAndSafeAgainstFormulas() throws Exception {
        var response = api.getBytes(
                path(".xlsx?weight.ABSOLUTE=4&weight.HIGH=3"),
                dk.anskaf.platform.test.security.TestUsers.token(FAVRSKOV, "Kommune " + FAVRSKOV, TestRole.PURCHASER));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(ComparisonWorkbook.CONTENT_TYPE));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"sammenligning-" + dialogue + ".xlsx\"");
        // Written by the streaming writer: inline strings, no shared-strings table kept in memory.
        assertThat(zipEntry(response.body(), "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Sammenligning");
            assertThat(workbook.getSheetName(1)).isEqualTo("Opsummering");
            assertThat(workbook.getSheetName(2)).isEqualTo("Metadata");
            Sheet sheet = workbook.getSheet("Sammenligning");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Alfa Software A/S");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Beta Data A/S");
            assertThat(text(sheet.getRow(1), 0, 5)).isEqualTo("Krav id|Krav|Beskrivelse|Kategori|Prioritet");
            assertThat(text(sheet.getRow(1), 5, 5)).isEqualTo("Svar|Uddybning|Pris|Status|Bemærkning");
            Row restoreRow = sheet.getRow(2);
            assertThat(restoreRow.getCell(0).getStringCellValue()).isEqualTo("4101");
            assertThat(restoreRow.getCell(2).getStringCellValue()).isEqualTo("Gendannelse inden for 2 timer.");
            assertThat(restoreRow.getCell(4).getStringCellValue()).isEqualTo("Mindstekrav");
            assertThat(restoreRow.getCell(5).getStringCellValue()).isEqualTo("Nej – Mindstekrav ikke opfyldt");
            assertThat(restoreRow.getCell(8).getStringCellValue()).isEqualTo("Afvist");
            assertThat(restoreRow.getCell(9).getStringCellValue()).isEqualTo("Et døgn er for længe");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("F1");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("12.000 kr. om året");
            Cell hostile = sheet.getRow(5).getCell(6);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x.example\")");
            assertThat(hostile.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(restoreRow.getCell(6).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(restoreRow.getCell(6).getCellStyle().getWrapText()).isTrue();
            Sheet summary = workbook.getSheet("Opsummering");
            assertThat(text(summary.getRow(0), 0, 7))
                    .isEqualTo(
                            "Leverandør|IT-system|Besvaret|Ubesvaret|Mindstekrav ikke opfyldt|Hjælpetal|Højst muligt");
            assertThat(summary.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1);
            // Alfa: Mindstekrav Nej 4×0 + Vigtigt krav Ja 3×1.
            assertThat(summary.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Hjælpetal – ikke en evalueringsmodel");
            assertThat(workbook.getSheet("Metadata").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Udtræk foretaget");
            assertThat(workbook.getSheet("Metadata").getRow(1).getCell(0).getStringCellValue())
                    .matches("\\d{4}/\\d{2}/\\d{2} - \\d{2}:\\d{2}");
        }
    }

    static String text(Row row, int first, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            text.append(i == first ? "" : "|").append(row.getCell(i).getStringCellValue());
        }
        return text.toString();
    }

    static String zipEntry(byte[] zip, String name) throws java.io.IOException {
        // The streamed file's entries carry their sizes after the data, which ZipInputStream refuses.
        Path file = Files.createTempFile("sammenligning", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile entries = new ZipFile(file.toFile())) {
                ZipEntry entry = entries.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(entries.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void thePortalsClientReadsTheComparisonStrictly() {
        JsonMapper strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .build();

        DialogueComparison plain = strict.readValue(purchaser().get(path("")).body(), DialogueComparison.class);
        DialogueComparison weighted = strict.readValue(
                purchaser().get(path("?weight.HIGH=3&priority=HIGH")).body(), DialogueComparison.class);

        assertThat(plain.rows()).hasSize(4);
        assertThat(plain.rows().getFirst().cells().getFirst().mindstekravNotMet())
                .isTrue();
        assertThat(plain.score()).isNull();
        assertThat(weighted.score()).isNotNull();
        assertThat(weighted.suppliers().getFirst().score()).isEqualByComparingTo("3");
        assertThat(weighted.filter().priorities()).containsExactly("HIGH");
    }

    long requirement(int position, Long catalogId, Integer freeText, String name, String category, String priority) {
        return fixture.asTenant(
                FAVRSKOV,
                () -> data.jdbc()
                        .sql("""
                        insert into dialogue_requirement (dialogue_id, catalog_requirement_id, catalog_version,
                                                          free_text_number, position, name, description, category,
                                                          priority, parameters)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                                '[{"name":"tid","defaultValue":"4 timer","unit":"timer","value":"2 timer"}]')
                        returning id
                        """)
                        .params(
                                dialogue,
                                catalogId,
                                catalogId == null ? null : 1,
                                freeText,
                                position,
                                name,
                                name + " inden for {{tid|4 timer|timer}}.",
                                category,
                                priority)
                        .query(Long.class)
                        .single());
    }

    Invited invite(String name) {
        String email = "salg-" + UUID.randomUUID() + "@leverandoer.example";
        JsonNode status = purchaser()
                .post(
                        "/api/v1/dialogues/" + dialogue + "/invitations",
                        "{\"newOrganisation\":{\"name\":\"" + name + "\",\"cvr\":\"" + SupplierSideTestData.newCvr()
                                + "\"},\"email\":\"" + email
                                + "\",\"subject\":\"Invitation\",\"message\":\"Vi ser frem til jeres svar.\"}")
                .assertStatus(201)
                .json();
        return new Invited(
                UUID.fromString(status.path("organisationId").asString()),
                UUID.fromString(status.path("answerSetId").asString()),
                email);
    }

    void answer(Invited supplier, long requirement, String json) {
        api.asSupplier(supplier.organisation(), supplier.email())
                .put("/api/v1/supplier/dialogues/" + dialogue + "/answers/" + requirement, json)
                .assertStatus(200);
    }

    void finish(Invited supplier) {
        api.asSupplier(supplier.organisation(), supplier.email())
                .post("/api/v1/supplier/dialogues/" + dialogue + "/finish", "")
                .assertStatus(200);
    }

    void review(Invited supplier, long requirement, String status, String comment) {
        fixture.asTenant(
                FAVRSKOV,
                () -> data.jdbc()
                        .sql("""
                        insert into answer_review (answer_set_id, requirement_id, organisation_id, status, comment,
                                                   reviewed_by, reviewed_by_name)
                        values (?, ?, ?, ?, ?, 'indkoeber', 'Ida Indkøber')
                        """)
                        .params(supplier.answerSet(), requirement, supplier.organisation(), status, comment)
                        .update());
    }

    ApiClient.Caller purchaser() {
        return api.as(TestRole.PURCHASER, FAVRSKOV);
    }

    String path(String rest) {
        return "/api/v1/dialogues/" + dialogue + "/comparison" + rest;
    }
}
