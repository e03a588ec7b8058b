package dk.anskaf.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.dialogue.testdata.DialogueRows;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestUsers;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * krav.xlsx and besvarelse.xlsx of a dialogue against the real database: the incumbent's layout (header on
 * row 8 exactly when an IT system was chosen, conditional columns, tall rows, Metadata), and who may
 * download what (another municipality, another organisation, the visibility setting).
 */
@AnskafIntegrationTest
class DialogueExportIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HORSENS = "0615";
    static final String ACADRE = "5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e01";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    ExportFixture export;
    String purchaser = TestUsers.token(FAVRSKOV, "Kommune " + FAVRSKOV, TestRole.PURCHASER);
    long dialogue;
    long requirement2001;
    long requirement1500;
    UUID formpipe;
    UUID aeroe;
    UUID formpipeSet;
    UUID aeroeSet;

    /**
     * Favrskov's dialogue (prices asked for, priorities shown) with a free-text requirement F1 and catalogue
     * requirements 1500 and 2001; Formpipe chose Acadre and answered both, Ærø Data chose no system; both
     * finished.
     */
    @BeforeEach
    void aDialogueTwoSuppliersAnswered() {
        data = new SupplierSideTestData(fixture, transactions);
        export = new ExportFixture(api, fixture, data);
        dialogue = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(5));
        requirement2001 = data.requirement(
                FAVRSKOV, dialogue, 2001, "Gendannelse inden for {{restore_tid|4 timer|timer}}", false, true, true);
        requirement1500 = data.requirement(FAVRSKOV, dialogue, 1500, "=HYPERLINK(\"http://x\")", false, true, true);
        new DialogueRows(fixture).requirement(FAVRSKOV, dialogue, 1);
        formpipe = export.invite(FAVRSKOV, dialogue, "Formpipe Software A/S", "svar@formpipe.example");
        aeroe = export.invite(FAVRSKOV, dialogue, "Ærø Data ApS", "svar@aeroe.example");
        formpipeSet = export.answerSet(dialogue, formpipe);
        aeroeSet = export.answerSet(dialogue, aeroe);
        api.asSupplier(formpipe, "svar@formpipe.example")
                .put("/api/v1/supplier/dialogues/" + dialogue + "/it-system", "{\"kitosUuid\":\"" + ACADRE + "\"}")
                .assertStatus(200);
        export.answer(
                formpipe,
                "svar@formpipe.example",
                dialogue,
                requirement2001,
                "{\"choice\":\"JA_TILKOEB\",\"elaboration\":\"Æblegrød på øen – ÅÆØ\",\"price\":\"12.000 kr.\"}");
        export.answer(formpipe, "svar@formpipe.example", dialogue, requirement1500, "{\"choice\":\"NEJ\"}");
        export.answer(
                aeroe,
                "svar@aeroe.example",
                dialogue,
                requirement2001,
                "{\"choice\":\"JA_DELVIST\"," + "\"elaboration\":\"Delvist: gendannelse inden for 3 timer\"}");
        export.sql(
                FAVRSKOV,
                "update answer_set set status = 'FINISHED', finished_at = now() where dialogue_id = ?",
                dialogue);
        export.review(
                FAVRSKOV, formpipeSet, formpipe, requirement2001, "ELABORATION_NEEDED", "Hvad koster det årligt?");
    }

    @Test
    void theHeaderIsOnRow8ExactlyWhenTheSupplierChoseAnItSystem() throws Exception {
        try (XSSFWorkbook sheet = export.workbook(purchaserSheet(formpipeSet))) {
            Sheet besvarelse = sheet.getSheet("Besvarelse");
            assertThat(texts(besvarelse.getRow(1))).containsExactly("IT System", "Acadre (Formpipe Software A/S)");
            assertThat(texts(besvarelse.getRow(3))).first().isEqualTo("KITOS");
            assertThat(besvarelse.getRow(3).getCell(1).getStringCellValue()).contains(ACADRE);
            assertThat(besvarelse.getRow(0)).isNull();
            assertThat(besvarelse.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Krav id");
            assertThat(sheet.getFontAt(besvarelse
                                    .getRow(7)
                                    .getCell(0)
                                    .getCellStyle()
                                    .getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(besvarelse.getLastRowNum()).isEqualTo(7 + 3);
        }
        try (XSSFWorkbook sheet = export.workbook(purchaserSheet(aeroeSet))) {
            Sheet besvarelse = sheet.getSheet("Besvarelse");
            assertThat(besvarelse.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Krav id");
            assertThat(besvarelse.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void theSheetHasTheIncumbentsColumnsTallSortedRowsDanishLabelsAndTheReview() throws Exception {
        try (XSSFWorkbook workbook = export.workbook(purchaserSheet(formpipeSet))) {
            Sheet besvarelse = workbook.getSheet("Besvarelse");
            assertThat(texts(besvarelse.getRow(7)))
                    .containsExactly(
                            "Krav id",
                            "Krav",
                            "Kategori",
                            "Prioritet",
                            "Beskrivelse",
                            "Rationale",
                            "Fortolkning",
                            "Leverandørens svar",
                            "Leverandørens uddybelse",
                            "Pris",
                            "Status",
                            "Spørgsmål/kommentar");
            // Sorted by Krav id, the free-text requirement first; Krav id is text.
            assertThat(List.of(cell(besvarelse, 8, 0), cell(besvarelse, 9, 0), cell(besvarelse, 10, 0)))
                    .containsExactly("F1", "1500", "2001");
            assertThat(besvarelse.getRow(9).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            Row row2001 = besvarelse.getRow(10);
            assertThat(texts(row2001))
                    .containsExactly(
                            "2001",
                            "Krav 2001",
                            "Drift",
                            "Vigtigt krav",
                            "Gendannelse inden for 2 timer",
                            "Ja, som et tilkøb",
                            "Æblegrød på øen – ÅÆØ",
                            "12.000 kr.",
                            "Uddybelse nødvendig",
                            "Hvad koster det årligt?");
            assertThat(cell(besvarelse, 9, 7)).isEqualTo("Nej");
            assertThat(cell(besvarelse, 9, 10)).isEqualTo("Ingen");
            // A text that starts a formula stays text, quote-prefixed.
            assertThat(besvarelse.getRow(9).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(besvarelse.getRow(9).getCell(4).getCellStyle().getQuotePrefixed())
                    .isTrue();
            float defaultHeight = besvarelse.getDefaultRowHeightInPoints();
            for (int i = 8; i <= 10; i++) {
                assertThat(besvarelse.getRow(i).getHeightInPoints()).isEqualTo(10 * defaultHeight);
                assertThat(besvarelse.getRow(i).getCell(4).getCellStyle().getWrapText())
                        .isTrue();
            }
            assertMetadata(workbook);
        }
    }

    @Test
    void prioritetAndPrisAppearOnlyWhenTheDialogueShowsPrioritiesAndAsksForPrices() throws Exception {
        export.sql(
                FAVRSKOV,
                "update dialogue set priorities_visible = false, prices_requested = false where id = ?",
                dialogue);

        try (XSSFWorkbook workbook = export.workbook(purchaserSheet(aeroeSet))) {
            assertThat(texts(workbook.getSheet("Besvarelse").getRow(0)))
                    .containsExactly(
                            "Krav id",
                            "Krav",
                            "Kategori",
                            "Beskrivelse",
                            "Rationale",
                            "Fortolkning",
                            "Leverandørens svar",
                            "Leverandørens uddybelse",
                            "Status",
                            "Spørgsmål/kommentar");
        }
        try (XSSFWorkbook workbook = export.workbook(api.getBytes(purchaserPath("/requirements.xlsx"), purchaser))) {
            assertThat(texts(workbook.getSheet("Krav").getRow(0)))
                    .containsExactly("Krav id", "Navn", "Beskrivelse", "Rationale", "Kategori");
        }
    }

    @Test
    void kravXlsxShowsFortolkningToThePurchaserWhenAnyExistsAndNeverToTheSupplier() throws Exception {
        try (XSSFWorkbook workbook = export.workbook(api.getBytes(purchaserPath("/requirements.xlsx"), purchaser))) {
            Sheet krav = workbook.getSheet("Krav");
            assertThat(texts(krav.getRow(0)))
                    .containsExactly("Krav id", "Navn", "Beskrivelse", "Rationale", "Kategori", "Prioritet");
            assertThat(cell(krav, 1, 0)).isEqualTo("F1");
            assertThat(krav.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1500);
            assertThat(cell(krav, 3, 2)).isEqualTo("Gendannelse inden for 2 timer");
            assertMetadata(workbook);
        }

        export.sql(
                FAVRSKOV,
                "update dialogue_requirement set interpretation = 'Vores fortolkning: RTO' where id = ?",
                requirement2001);

        try (XSSFWorkbook workbook = export.workbook(api.getBytes(purchaserPath("/requirements.xlsx"), purchaser))) {
            Sheet krav = workbook.getSheet("Krav");
            assertThat(texts(krav.getRow(0))).last().isEqualTo("Fortolkning");
            assertThat(cell(krav, 3, 6)).isEqualTo("Vores fortolkning: RTO");
        }
        try (XSSFWorkbook workbook = export.workbook(purchaserSheet(formpipeSet))) {
            assertThat(cell(workbook.getSheet("Besvarelse"), 10, 6)).isEqualTo("Vores fortolkning: RTO");
        }
        String supplier = supplierToken(formpipe, "svar@formpipe.example");
        try (XSSFWorkbook workbook = export.workbook(api.getBytes(supplierPath("/requirements.xlsx"), supplier))) {
            assertThat(texts(workbook.getSheet("Krav").getRow(0)))
                    .containsExactly("Krav id", "Navn", "Beskrivelse", "Rationale", "Kategori", "Prioritet");
        }
        try (XSSFWorkbook workbook = export.workbook(api.getBytes(supplierPath("/answers.xlsx"), supplier))) {
            Sheet own = workbook.getSheet("Besvarelse");
            assertThat(texts(own.getRow(7))).contains("Fortolkning");
            assertThat(own.getRow(10).getCell(6)).isNull();
        }
    }

    @Test
    void theSuppliersOwnSheetShowsThePurchasersReviewOnlyDuringAnElaborationRound() throws Exception {
        String supplier = supplierToken(formpipe, "svar@formpipe.example");
        try (XSSFWorkbook workbook = export.workbook(api.getBytes(supplierPath("/answers.xlsx"), supplier))) {
            Sheet own = workbook.getSheet("Besvarelse");
            assertThat(cell(own, 10, 7)).isEqualTo("Ja, som et tilkøb");
            assertThat(own.getRow(10).getCell(10)).isNull();
            assertThat(own.getRow(10).getCell(11)).isNull();
        }

        export.sql(FAVRSKOV, "update answer_set set status = 'ELABORATION_REQUESTED' where id = ?", formpipeSet);

        try (XSSFWorkbook workbook = export.workbook(api.getBytes(supplierPath("/answers.xlsx"), supplier))) {
            Sheet own = workbook.getSheet("Besvarelse");
            assertThat(cell(own, 10, 10)).isEqualTo("Uddybelse nødvendig");
            assertThat(cell(own, 10, 11)).isEqualTo("Hvad koster det årligt?");
        }
    }

    @Test
    void anotherMunicipalityGets404ForEveryFileAndASupplierTokenIsRefused() {
        String horsens = TestUsers.token(HORSENS, "Kommune " + HORSENS, TestRole.PURCHASER);
        for (String path : List.of(
                "/requirements.xlsx",
                "/answers.pdf",
                "/suppliers/" + formpipeSet + "/answers.xlsx",
                "/suppliers/" + formpipeSet + "/answers.pdf")) {
            HttpResponse<byte[]> refused = api.getBytes(purchaserPath(path), horsens);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(refused.body())).contains("not-found");
            assertThat(api.getBytes(purchaserPath(path), supplierToken(formpipe, "svar@formpipe.example"))
                            .statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
    }

    @Test
    void aSupplierGetsOnlyItsOwnFilesAndAnAnswerSetOfAnotherDialogueIs404() {
        long other = data.activeDialogue(FAVRSKOV, false, true, Duration.ofDays(5));
        UUID outsider = export.invite(FAVRSKOV, other, "Udenfor A/S", "svar@udenfor.example");
        String outsiderToken = supplierToken(outsider, "svar@udenfor.example");
        for (String path : List.of("/requirements.xlsx", "/answers.xlsx", "/answers.pdf")) {
            assertThat(api.getBytes(supplierPath(path), outsiderToken).statusCode())
                    .as(path)
                    .isEqualTo(404);
            assertThat(api.getBytes(supplierPath(path), purchaser).statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
        // The purchaser's own dialogue with an answer set of another dialogue.
        UUID otherSet = export.answerSet(other, outsider);
        assertThat(api.getBytes(purchaserPath("/suppliers/" + otherSet + "/answers.xlsx"), purchaser)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void afterDeadlineVisibilityHidesAFinishedSuppliersFileUntilTheDialogueIsAnswered() throws Exception {
        export.sql(FAVRSKOV, "update dialogue set answers_visibility = 'AFTER_DEADLINE' where id = ?", dialogue);

        assertThat(purchaserSheet(formpipeSet).statusCode()).isEqualTo(404);
        assertThat(api.getBytes(purchaserPath("/suppliers/" + formpipeSet + "/answers.pdf"), purchaser)
                        .statusCode())
                .isEqualTo(404);
        assertThat(PdfText.of(api.getBytes(purchaserPath("/answers.pdf"), purchaser))
                        .text())
                .doesNotContain("Formpipe")
                .contains("Ingen besvarelser kan vises endnu");

        export.sql(FAVRSKOV, "update dialogue set status = 'ANSWERED', closed_at = now() where id = ?", dialogue);

        try (XSSFWorkbook workbook = export.workbook(purchaserSheet(formpipeSet))) {
            assertThat(cell(workbook.getSheet("Besvarelse"), 10, 7)).isEqualTo("Ja, som et tilkøb");
        }
    }

    @Test
    void theDownloadCarriesASafeFileName() {
        HttpResponse<byte[]> file = purchaserSheet(aeroeSet);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"besvarelse-" + dialogue + "-aeroe-data-aps.xlsx\"");
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private HttpResponse<byte[]> purchaserSheet(UUID answerSet) {
        return api.getBytes(purchaserPath("/suppliers/" + answerSet + "/answers.xlsx"), purchaser);
    }

    private String purchaserPath(String file) {
        return "/api/v1/dialogues/" + dialogue + file;
    }

    private String supplierPath(String file) {
        return "/api/v1/supplier/dialogues/" + dialogue + file;
    }

    private static String supplierToken(UUID organisation, String email) {
        return TestUsers.supplier(organisation, "Leverandør " + organisation, "supplier-" + email, email);
    }

    private static void assertMetadata(XSSFWorkbook workbook) {
        Sheet metadata = workbook.getSheet("Metadata");
        assertThat(cell(metadata, 0, 0)).isEqualTo("Udtræk foretaget");
        assertThat(cell(metadata, 1, 0)).matches("\\d{4}/\\d{2}/\\d{2} - \\d{2}:\\d{2}");
        assertThat(workbook.getSheetIndex("Metadata")).isEqualTo(workbook.getNumberOfSheets() - 1);
    }

    private static String cell(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** The row's non-empty cells as text. */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(
                cell.getCellType() == CellType.NUMERIC
                        ? String.valueOf((long) cell.getNumericCellValue())
                        : cell.getStringCellValue()));
        return texts;
    }
}
