package dk.anskaf.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AnskafIntegrationTest
class KravbankExportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CrossTenantAccess crossTenant;

    CatalogApi api;
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

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
    void anUnknownFormatIsNotFound() {
        assertThat(api.get("/api/v1/public/kravbank.exe", null).statusCode()).isEqualTo(404);
    }

    private String createLocal(String name) {
        HttpResponse<String> created = api.post("/api/v1/requirements", favrskov, CatalogApi.requirementJson(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name.replace("\\\"", "\"");
    }

    private long downloads() {
        return crossTenant.call(
                "test",
                () -> transactions.execute(status -> jdbc.sql("select count(*) from kravbank_download")
                        .query(Long.class)
                        .single()));
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
