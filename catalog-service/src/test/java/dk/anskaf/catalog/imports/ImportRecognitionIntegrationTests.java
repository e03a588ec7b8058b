package dk.anskaf.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports that recognise what they read (issue #11): owner-scoped matching, per-row refusal of control
 * characters, and what spreadsheets do to values (merged cells, number formats, no-break spaces, category
 * spellings, bracketed values). Each test uses its own municipality and Krav ids.
 */
@AnskafIntegrationTest
class ImportRecognitionIntegrationTests {

    static final List<String> HEADERS = List.of("Krav id", "Navn", "Type", "Beskrivelse", "Kategori", "Prioritet");
    static final String LOCAL = "Lokalt krav";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApiClient api;

    @Test
    void aBoardMembersLocalImportNeverMatchesAnotherMunicipalitysRequirement() throws Exception {
        String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
        String fredericiaBoard = CatalogApi.withRole("0607", "Fredericia Kommune", "editor", "board");
        String koldingEditor = CatalogApi.editor("0621", "Kolding Kommune");
        report(api.upload(
                "/api/v1/imports?dryRun=false", favrskov, "krav.xlsx", xlsx(row("990001", "Favrskovs krav"))));
        long favrskovs = id("kravbank:990001", "0710");
        // Awaiting promotion, Favrskov's requirement is readable (and writable) for board members elsewhere.
        assertThat(api.post(
                                "/api/v1/requirements/" + favrskovs + "/promotion-requests",
                                favrskov,
                                "{\"reason\":\"Til alle\"}")
                        .statusCode())
                .isEqualTo(201);
        byte[] fredericias = xlsx(row("990001", "Fredericias krav"));

        JsonNode byBoard =
                report(api.upload("/api/v1/imports?dryRun=false", fredericiaBoard, "krav.xlsx", fredericias));
        JsonNode byEditor = report(api.upload("/api/v1/imports?dryRun=false", koldingEditor, "krav.xlsx", fredericias));

        assertThat(byBoard.get("created").asInt()).isEqualTo(1);
        assertThat(byBoard.get("updated").asInt()).isZero();
        assertThat(byEditor.get("created").asInt()).isEqualTo(1);
        assertThat(name(favrskovs)).isEqualTo("Favrskovs krav");
    }

    @Test
    void aControlCharacterIsRefusedForItsRowWithTheColumnAndTheCleanRowIsImported() throws Exception {
        String horsens = CatalogApi.editor("0615", "Horsens Kommune");
        // Excel stores control characters as escapes (_x0000_); POI decodes them on reading.
        byte[] file = xlsx(
                row("970001", "Rent krav"),
                List.of("970002", "Med NUL", LOCAL, "Før_x0000_efter", "Sikkerhed", "Krav"),
                List.of("970003", "Klokke_x0007_", LOCAL, "Tekst", "Sikkerhed", "Krav"),
                List.of("970004", "Med tabulator", LOCAL, "Linje 1\n\tLinje 2", "Sikkerhed", "Krav"));

        JsonNode dryRun = report(api.upload("/api/v1/imports", horsens, "krav.xlsx", file));
        JsonNode imported =
                report(api.post("/api/v1/imports/" + dryRun.get("uploadId").asString(), horsens, ""));

        for (JsonNode report : List.of(dryRun, imported)) {
            assertThat(report.get("created").asInt()).isEqualTo(2);
            assertThat(report.get("rejected").asInt()).isEqualTo(2);
            assertThat(reason(report, 3)).contains("\"Beskrivelse\"").contains("U+0000");
            assertThat(reason(report, 4)).contains("\"Navn\"").contains("U+0007");
        }
        assertThat(id("kravbank:970001", "0615")).isPositive();
        assertThat(id("kravbank:970004", "0615")).isPositive();
    }

    @Test
    void aFileNameWithAControlCharacterIsRefusedNamingTheField() throws Exception {
        String horsens = CatalogApi.editor("0615", "Horsens Kommune");

        HttpResponse<String> nul =
                api.upload("/api/v1/imports", horsens, "krav\u0000.xlsx", xlsx(row("970101", "Krav")));
        HttpResponse<String> bell =
                api.upload("/api/v1/imports", horsens, "krav\u0007.xlsx", xlsx(row("970101", "Krav")));

        for (HttpResponse<String> refused : List.of(nul, bell)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("\"file\"").contains("styretegn");
        }
    }

    @Test
    void categoriesWrittenSlightlyDifferentlyMatchAndUnknownOnesAreMappedBeforeConfirming() throws Exception {
        String silkeborg = CatalogApi.editor("0740", "Silkeborg Kommune");
        byte[] file = xlsx(
                List.of("960001", "Drift", LOCAL, "Tekst", "Drift vedligehold og support", "Krav"),
                List.of("960002", "Sikkerhed", LOCAL, "Tekst", "  SIKKERHED\u00A0", "Krav"),
                List.of("960003", "Ukendt", LOCAL, "Tekst", "Persondata", "Krav"),
                List.of("960004", "Også ukendt", LOCAL, "Tekst", "Helt andet", "Krav"));
        int sikkerhed = categoryId("Sikkerhed");

        JsonNode dryRun = report(api.upload("/api/v1/imports", silkeborg, "krav.xlsx", file));
        String confirm = "/api/v1/imports/" + dryRun.get("uploadId").asString();
        HttpResponse<String> badMapping =
                api.post(confirm + "?dryRun=true", silkeborg, "{\"categories\":{\"Persondata\":99999}}");
        JsonNode mapped = report(
                api.post(confirm + "?dryRun=true", silkeborg, "{\"categories\":{\"Persondata\":" + sikkerhed + "}}"));
        JsonNode imported = report(api.post(confirm, silkeborg, "{\"categories\":{\"Persondata\":" + sikkerhed + "}}"));

        assertThat(dryRun.get("created").asInt()).isEqualTo(2);
        assertThat(strings(dryRun.get("unknownCategories"))).containsExactly("Persondata", "Helt andet");
        assertThat(badMapping.statusCode()).isEqualTo(400);
        assertThat(badMapping.body()).contains("categories");
        assertThat(mapped.get("created").asInt()).isEqualTo(3);
        assertThat(mapped.get("uploadId").isNull()).isFalse();
        assertThat(imported.get("created").asInt()).isEqualTo(3);
        assertThat(imported.get("rejected").asInt()).isEqualTo(1);
        assertThat(reason(imported, 5)).isEqualTo("Ukendt kategori: Helt andet");
    }

    @Test
    void aCategoryMergedOverRowsAppliesToEachAndNoMessageShowsNull() throws Exception {
        String skive = CatalogApi.editor("0779", "Skive Kommune");
        byte[] file = xlsx(
                sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 3, 4, 4)),
                List.of("950001", "Første", LOCAL, "Tekst", "Sikkerhed", "Krav"),
                List.of("950002", "Anden", LOCAL, "Tekst", "", "Krav"),
                List.of("950003", "Tredje", LOCAL, "Tekst", "", "Krav"),
                List.of("950004", "Uden kategori", LOCAL, "Tekst", "", "Krav"));

        JsonNode report = report(api.upload("/api/v1/imports", skive, "krav.xlsx", file));

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(reason(report, 5)).isEqualTo("Ukendt kategori: (tom)");
        assertThat(report.toString()).doesNotContain("null\"").doesNotContain(": null");
    }

    @Test
    void numbersAreReadAsTheirValueAndEveryUnicodeSpaceIsTrimmed() throws Exception {
        String viborg = CatalogApi.editor("0791", "Viborg Kommune");
        byte[] file = xlsx(
                sheet -> {
                    var workbook = sheet.getWorkbook();
                    numeric(sheet, 1, 9400101, workbook.createDataFormat().getFormat("0.00"));
                    numeric(sheet, 2, 9400102, workbook.createDataFormat().getFormat("#,##0"));
                },
                List.of("x", "Formateret 0.00", LOCAL, "Tekst", "Sikkerhed", "Krav"),
                List.of("x", "Formateret #,##0", LOCAL, "Tekst", "Sikkerhed", "Krav"),
                List.of("9400103\u00A0", "Med hårdt mellemrum\u202F", LOCAL, "Tekst", "Sikkerhed", "Krav"));

        JsonNode imported = report(api.upload("/api/v1/imports?dryRun=false", viborg, "krav.xlsx", file));
        JsonNode again = report(api.upload("/api/v1/imports?dryRun=false", viborg, "krav.xlsx", file));

        assertThat(imported.get("created").asInt()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        imported.get("lines").forEach(line -> ids.add(line.get("kravId").asString()));
        assertThat(ids).containsExactly("9400101", "9400102", "9400103");
        assertThat(imported.get("lines").get(2).get("name").asString()).isEqualTo("Med hårdt mellemrum");
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void bracketedValuesAreProposedAsParametersAndBecomeParametersWhereAccepted() throws Exception {
        String holstebro = CatalogApi.editor("0661", "Holstebro Kommune");
        byte[] file = xlsx(
                List.of("940001", "Restore", LOCAL, "Gendan inden for [4 timer].", "Sikkerhed", "Krav"),
                List.of("940002", "Bilag", LOCAL, "Se [bilag 3].", "Sikkerhed", "Krav"));

        JsonNode dryRun = report(api.upload("/api/v1/imports", holstebro, "krav.xlsx", file));
        report(api.post("/api/v1/imports/" + dryRun.get("uploadId").asString(), holstebro, "{\"parameterRows\":[2]}"));

        assertThat(strings(dryRun.get("lines").get(0).get("proposedParameters")))
                .containsExactly("4 timer");
        assertThat(strings(dryRun.get("lines").get(1).get("proposedParameters")))
                .containsExactly("bilag 3");
        assertThat(description("kravbank:940001", "0661")).isEqualTo("Gendan inden for {{parameter_1|4 timer|timer}}.");
        assertThat(description("kravbank:940002", "0661")).isEqualTo("Se [bilag 3].");
    }

    @Test
    void anUnchangedOwnExportChangesNothingAndEditedRowsUpdateTheRequirementOrTheLocalExtension() throws Exception {
        String randers = CatalogApi.editor("0730", "Randers Kommune");
        String name = "Randers' eget krav " + java.util.UUID.randomUUID();
        assertThat(api.post("/api/v1/requirements", randers, CatalogApi.requirementJson(name))
                        .statusCode())
                .isEqualTo(201);
        byte[] export = api.getBytes("/api/v1/kravbank.xlsx", randers).body();
        long requirements = sql("select count(*) from requirement", Long.class);

        JsonNode unchanged = report(api.upload("/api/v1/imports", randers, "krav.xlsx", export));
        byte[] edited = edit(
                export,
                Map.of(
                        name,
                        Map.of("Navn", name + " (rettet)"),
                        "Anmodning om restore",
                        Map.of("Fortolkning", "Randers' fortolkning", "Beskrivelse", "Ignoreres")));
        JsonNode updated = report(api.upload("/api/v1/imports?dryRun=false", randers, "krav.xlsx", edited));

        assertThat(unchanged.get("unchanged").asInt())
                .isEqualTo(unchanged.get("lines").size())
                .isGreaterThan(1);
        assertThat(updated.get("updated").asInt()).isEqualTo(2);
        assertThat(updated.get("created").asInt() + updated.get("rejected").asInt())
                .isZero();
        assertThat(sql("select count(*) from requirement", Long.class)).isEqualTo(requirements);
        assertThat(sql(
                        "select count(*) from requirement where name = ? and tenant_id = '0730'",
                        Long.class,
                        name + " (rettet)"))
                .isEqualTo(1);
        assertThat(sql(
                        "select interpretation from local_extension where requirement_id = 209 and tenant_id = '0730'",
                        String.class))
                .isEqualTo("Randers' fortolkning");
        assertThat(sql("select description from requirement where id = 209", String.class))
                .doesNotContain("Ignoreres");
    }

    @Test
    void aCrossMunicipalRowTheCatalogueLacksNeverBecomesALocalCopy() throws Exception {
        String ikast = CatalogApi.editor("0756", "Ikast-Brande Kommune");
        byte[] file = xlsx(List.of("930001", "Fremmed", "Tværkommunalt krav", "Tekst", "Sikkerhed", "Krav"));

        JsonNode report = report(api.upload("/api/v1/imports?dryRun=false", ikast, "krav.xlsx", file));

        assertThat(report.get("created").asInt()).isZero();
        assertThat(reason(report, 2)).contains("findes ikke i kataloget");
        assertThat(sql("select count(*) from requirement where import_key = 'kravbank:930001'", Long.class))
                .isZero();
    }

    static List<String> row(String kravId, String name) {
        return List.of(kravId, name, LOCAL, "Beskrivelse af " + name, "Sikkerhed", "Krav");
    }

    @SafeVarargs
    static byte[] xlsx(List<String>... rows) throws Exception {
        return xlsx(sheet -> {}, rows);
    }

    @SafeVarargs
    static byte[] xlsx(Consumer<XSSFSheet> adjust, List<String>... rows) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Krav");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                var line = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    if (!rows[r].get(c).isEmpty()) {
                        line.createCell(c).setCellValue(rows[r].get(c));
                    }
                }
            }
            adjust.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The export with some cells changed: row by its Navn, cell by its header. */
    private static byte[] edit(byte[] xlsx, Map<String, Map<String, String>> changes) throws Exception {
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheet("Krav");
            Map<String, Integer> columns = new java.util.HashMap<>();
            sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            int found = 0;
            for (var row : sheet) {
                Map<String, String> change = changes.get(row.getCell(1).getStringCellValue());
                if (change != null) {
                    change.forEach((column, value) ->
                            row.createCell(columns.get(column)).setCellValue(value));
                    found++;
                }
            }
            assertThat(found).isEqualTo(changes.size());
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void numeric(XSSFSheet sheet, int row, double value, short format) {
        var style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(format);
        var cell = sheet.getRow(row).createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private JsonNode report(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String reason(JsonNode report, int row) {
        for (JsonNode line : report.get("lines")) {
            if (line.get("row").asInt() == row) {
                return line.get("reason").asString();
            }
        }
        throw new AssertionError("No line for row " + row + ": " + report);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private long id(String importKey, String tenant) {
        return sql("select id from requirement where import_key = ? and tenant_id = ?", Long.class, importKey, tenant);
    }

    private String description(String importKey, String tenant) {
        return sql(
                "select description from requirement where import_key = ? and tenant_id = ?",
                String.class,
                importKey,
                tenant);
    }

    private String name(long id) {
        return sql("select name from requirement where id = ?", String.class, id);
    }

    private int categoryId(String name) {
        return sql("select id from category where name = ?", Integer.class, name);
    }

    private <T> T sql(String query, Class<T> type, Object... params) {
        return fixture.acrossTenants(
                () -> jdbc.sql(query).params(params).query(type).single());
    }
}
