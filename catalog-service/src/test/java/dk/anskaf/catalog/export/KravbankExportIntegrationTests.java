package dk.anskaf.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnskafIntegrationTest
class KravbankExportIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    ApiClient api;

    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");

    @Test
    void anAnonymousXlsxHasExactlyTheAnonymousColumnsAndOnlyTheCrossMunicipalCatalogue() throws Exception {
        String local = createLocal("Kun lokalt " + UUID.randomUUID());
        long before = downloads();

        HttpResponse<byte[]> response = api.getBytes("/api/v1/public/kravbank.xlsx", null);

        assertThat(response.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet krav = workbook.getSheet("Krav");
            assertThat(cells(krav.getRow(0)))
                    .containsExactly(
                            "Krav id",
                            "Navn",
                            "Type",
                            "Beskrivelse",
                            "Kategori",
                            "Prioritet",
                            "Rationale",
                            "Bilag",
                            "Sidst ændret");
            assertThat(workbook.getFontAt(
                                    krav.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(krav.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(171);
            assertThat(krav.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Tværkommunalt krav");
            List<String> names = new ArrayList<>();
            krav.forEach(row -> names.add(row.getCell(1).getStringCellValue()));
            assertThat(names).doesNotContain(local).contains("Anmodning om restore");
            Sheet metadata = workbook.getSheet("Metadata");
            assertThat(metadata.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Udtræk foretaget");
            assertThat(metadata.getRow(1).getCell(0).getStringCellValue()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(downloads()).isEqualTo(before + 1);
    }

    @Test
    void parametersAreExportedWithTheirDefaults() throws Exception {
        String csv =
                new String(api.getBytes("/api/v1/public/kravbank.csv", null).body(), StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("\uFEFFKrav id;Navn;Type;Beskrivelse;Kategori;Prioritet;Rationale;Bilag;Sidst ændret\r\n");
        assertThat(csv).contains("inden for 4 timer.").doesNotContain("{{restore_tid");
    }

    @Test
    void aLoggedInEditorGetsOwnRequirementsWithLocalColumnsAndNotes() throws Exception {
        String local = createLocal("Favrskovs eksport " + UUID.randomUUID());
        String fredericia = CatalogApi.editor("0607", "Fredericia Kommune");

        HttpResponse<byte[]> favrskovFile = api.getBytes("/api/v1/kravbank.xlsx", favrskov);
        String fredericiaFile =
                new String(api.getBytes("/api/v1/kravbank.json", fredericia).body(), StandardCharsets.UTF_8);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(favrskovFile.body()))) {
            Sheet krav = workbook.getSheet("Krav");
            assertThat(cells(krav.getRow(0))).contains("Lokal Beskrivelse", "Fortolkning", "Interessenter", "Noter");
            List<String> names = new ArrayList<>();
            krav.forEach(row -> names.add(row.getCell(1).getStringCellValue()));
            assertThat(names).contains(local);
        }
        assertThat(fredericiaFile).doesNotContain(local).contains("Tværkommunalt krav");
    }

    @Test
    void formulasInTextAreNeverExportedAsFormulas() throws Exception {
        String hostile = "=HYPERLINK(\\\"http://evil.example\\\",\\\"klik\\\") " + UUID.randomUUID();
        createLocal(hostile);

        String csv = new String(api.getBytes("/api/v1/kravbank.csv", favrskov).body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/kravbank.xlsx", favrskov);

        assertThat(csv).contains("'=HYPERLINK");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            workbook.getSheet("Krav")
                    .forEach(row -> assertThat(row.getCell(1).getCellType())
                            .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA));
        }
    }

    @Test
    void aFormulaAfterLeadingTabOrCarriageReturnIsNeutralisedInEveryWriter() throws Exception {
        String name = "Tabulatorformel " + UUID.randomUUID();
        HttpResponse<String> created = api.post("/api/v1/requirements", favrskov, """
                {"name":"%s","description":"\\r+SUM(A1)","rationale":"\\t=3+4",
                 "categoryId":6,"priority":"NORMAL","allDomains":true}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        String csv = new String(api.getBytes("/api/v1/kravbank.csv", favrskov).body(), StandardCharsets.UTF_8);
        byte[] xlsx = api.getBytes("/api/v1/kravbank.xlsx", favrskov).body();
        byte[] revision = api.getBytes("/api/v1/requirements/" + id + "/revisions/1.xlsx", favrskov)
                .body();

        assertThat(csv).contains("'\t=3+4").contains("\"'\r+SUM(A1)\"");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet krav = workbook.getSheet("Krav");
            Row row = rowNamed(krav, name);
            List<String> headers = cells(krav.getRow(0));
            var rationale = row.getCell(headers.indexOf("Rationale"));
            assertThat(rationale.getStringCellValue()).isEqualTo("\t=3+4");
            assertThat(rationale.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(headers.indexOf("Beskrivelse"))
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(revision))) {
            Sheet krav = workbook.getSheet("Krav");
            assertThat(krav.getRow(5).getCell(1).getStringCellValue()).isEqualTo("\t=3+4");
            assertThat(krav.getRow(5).getCell(1).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(krav.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(id);
        }
        assertThat(sheetXml(revision)).contains("<v>" + id + "</v>").doesNotContain("<v>" + id + ".0</v>");
    }

    @Test
    void theXlsxWritesKravIdsAsIntegers() throws Exception {
        byte[] xlsx = api.getBytes("/api/v1/public/kravbank.xlsx", null).body();

        assertThat(sheetXml(xlsx)).contains("<v>171</v>").doesNotContain("<v>171.0</v>");
    }

    private static Row rowNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(1).getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row named " + name);
    }

    /** The first sheet's XML as written, where a script reading the file sees "171" or "171.0". */
    private static String sheetXml(byte[] xlsx) throws Exception {
        // ZipFile, not ZipInputStream: the streamed workbook's entries carry their sizes after the data.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("krav", ".xlsx");
        try (var zip =
                new java.util.zip.ZipFile(java.nio.file.Files.write(file, xlsx).toFile())) {
            return new String(
                    zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void anUnknownFormatIsNotFound() {
        assertThat(api.get("/api/v1/public/kravbank.exe", null).statusCode()).isEqualTo(404);
    }

    private String createLocal(String name) {
        HttpResponse<String> created = api.post("/api/v1/requirements", favrskov, CatalogApi.requirementJson(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name.replace("\\\"", "\"");
    }

    private long downloads() {
        return fixture.count("select count(*) from kravbank_download");
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
