package dk.anskaf.dialogue.offline;

import static dk.anskaf.dialogue.offline.TestSheets.ours;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.api.ApiResponse;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Files that broke other POI-based importers (zip bombs, huge sheets, formulas, merged cells, hidden
 * sheets, dates where text belongs, not a spreadsheet at all, nothing at all): each is a 400 or 413
 * problem with a Danish reason, or read as the supplier meant it, never a 500; and nothing is stored.
 */
@AnskafIntegrationTest
class HostileAnswerSheetIntegrationTests {

    static final String HERNING = "0657";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    long dialogue;
    UUID organisation;
    String email;

    @BeforeEach
    void anActiveDialogueWithAnInvitedSupplier() {
        SupplierSideTestData data = new SupplierSideTestData(fixture, transactions);
        dialogue = data.activeDialogue(HERNING, false, true, Duration.ofDays(10));
        data.requirement(HERNING, dialogue, 12, "Gendannelse.", false, true, true);
        data.requirement(HERNING, dialogue, 13, "Logning.", false, true, true);
        email = "tilbud-" + UUID.randomUUID() + "@netcompany.example";
        organisation = UUID.fromString(api.as(TestRole.PURCHASER, HERNING)
                .post(
                        "/api/v1/dialogues/" + dialogue + "/invitations",
                        "{\"newOrganisation\":{\"name\":\"Netcompany A/S\",\"cvr\":\"" + SupplierSideTestData.newCvr()
                                + "\"},\"email\":\"" + email
                                + "\",\"subject\":\"Invitation\",\"message\":\"Svar venligst.\"}")
                .assertStatus(201)
                .json()
                .path("organisationId")
                .asString());
    }

    @Test
    void filesThatAreNoAnswerSheetAreRefusedWith400NamingWhy() {
        assertRefused(upload("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), 400, "invalid-file")
                .contains("Excel-regneark");
        assertRefused(upload(new byte[0]), 400, "validation").contains("Vælg en fil");
        assertRefused(
                        upload(TestSheets.xlsx(sheet -> sheet.getWorkbook().setSheetName(0, "Ark1"))),
                        400,
                        "invalid-file")
                .contains("\\\"Besvarelse\\\"");
        byte[] noHeader = TestSheets.xlsx(sheet -> TestSheets.table(sheet, 25, TestSheets.OURS, List.of()));
        assertRefused(upload(noHeader), 400, "invalid-file").contains("række 1–20");
        byte[] formula = TestSheets.xlsx(sheet -> {
            TestSheets.table(sheet, 0, TestSheets.OURS, List.of(ours("12", "Gendannelse", null, null, null)));
            sheet.getRow(1).createCell(7).setCellFormula("\"Ja\"");
        });
        assertRefused(upload(formula), 400, "invalid-file").contains("H2").contains("formel");
        assertThat(answers()).isZero();
    }

    @Test
    void zipBombsHugeSheetsAndHugeFilesAreRefusedWith413() {
        assertRefused(upload(TestSheets.zipBomb()), 413, "spreadsheet-too-large")
                .contains("zip-bombe");
        assertRefused(upload(TestSheets.streamedRows(5_000)), 413, "spreadsheet-too-large")
                .contains("5000 rækker");
        assertThat(upload(new byte[11 * 1024 * 1024]).status()).isEqualTo(413);
        assertThat(answers()).isZero();
    }

    @Test
    void mergedCellsApplyToEachRowAndAHiddenSheetIsNotRead() {
        byte[] sheet = TestSheets.xlsx(besvarelse -> {
            TestSheets.table(
                    besvarelse,
                    0,
                    TestSheets.OURS,
                    List.of(ours("12", "Gendannelse", "Nej", null, null), ours("13", "Logning", null, null, null)));
            besvarelse.addMergedRegion(new CellRangeAddress(1, 2, 7, 7));
            var workbook = besvarelse.getWorkbook();
            workbook.createSheet("Skjult").createRow(0).createCell(0).setCellValue("Krav id");
            workbook.setSheetHidden(workbook.getSheetIndex("Skjult"), true);
        });

        JsonNode dryRun = dryRun(sheet).assertStatus(200).json();

        assertThat(OfflineAnsweringIntegrationTests.outcomes(dryRun)).containsExactly("2:NEW", "3:NEW");
        assertThat(dryRun.path("rows").get(1).path("newChoice").asString()).isEqualTo("NEJ");
    }

    @Test
    void aDateOrAnErrorValueWhereTextBelongsIsARowErrorNamingTheCellAndNothingIsStored() {
        byte[] sheet = TestSheets.xlsx(besvarelse -> {
            TestSheets.table(besvarelse, 0, TestSheets.OURS, List.of(ours(null, "Gendannelse", "Nej", null, null)));
            var date = besvarelse.getRow(1).createCell(0);
            date.setCellValue(LocalDate.of(2026, 12, 1));
            var style = besvarelse.getWorkbook().createCellStyle();
            style.setDataFormat((short) 14);
            date.setCellStyle(style);
            var error = besvarelse.createRow(2);
            error.createCell(0).setCellValue("13");
            error.createCell(7).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });

        JsonNode dryRun = dryRun(sheet).assertStatus(200).json();

        assertThat(OfflineAnsweringIntegrationTests.reason(dryRun, 2))
                .contains("er ikke et krav i denne markedsdialog");
        assertThat(OfflineAnsweringIntegrationTests.reason(dryRun, 3))
                .contains("H3")
                .contains("#N/A");
        assertThat(dryRun.path("planToken").isNull()).isTrue();
        assertThat(answers()).isZero();
    }

    /** Confirming at once with a made-up token: a refusal must come before anything is stored. */
    private ApiResponse upload(byte[] content) {
        return api.asSupplier(organisation, email)
                .upload(
                        "/api/v1/supplier/dialogues/" + dialogue + "/answer-sheet?dryRun=false&token=x",
                        "svar.xlsx",
                        content);
    }

    private ApiResponse dryRun(byte[] content) {
        return api.asSupplier(organisation, email)
                .upload("/api/v1/supplier/dialogues/" + dialogue + "/answer-sheet", "svar.xlsx", content);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertRefused(
            ApiResponse response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return assertThat(response.body()).contains(type);
    }

    private long answers() {
        return fixture.count(
                "select count(*) from answer a join answer_set s on s.id = a.answer_set_id where s.dialogue_id = ?",
                dialogue);
    }
}
