package dk.anskaf.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.catalog.IncumbentSample;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Imports into Odense (0461) and Vejle (0630), so counts are not disturbed by other test classes. */
@AnskafIntegrationTest
class KravbankImportIntegrationTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApiClient api;

    @Test
    void theIncumbentsXlsIsDryRunThenImportedAndImportingItAgainChangesNothing() throws Exception {
        String odense = CatalogApi.editor("0461", "Odense Kommune");
        // The sample is the incumbent's cross-municipal catalogue; as a municipality's own file it has local rows.
        byte[] sample = IncumbentSample.asLocalRequirements();

        JsonNode dryRun = report(api.upload("/api/v1/imports", odense, "krav.xls", sample));
        long afterDryRun = localCount(odense);
        JsonNode imported = report(api.upload("/api/v1/imports?dryRun=false", odense, "krav.xls", sample));
        long afterImport = localCount(odense);
        JsonNode again = report(api.upload("/api/v1/imports?dryRun=false", odense, "krav.xls", sample));

        assertThat(dryRun.get("lines")).hasSize(1000);
        assertThat(dryRun.get("created").asInt() + dryRun.get("rejected").asInt())
                .isEqualTo(1000);
        assertThat(dryRun.get("created").asInt()).isGreaterThan(0);
        assertThat(afterDryRun).isZero();
        assertThat(imported.get("created").asInt())
                .isEqualTo(dryRun.get("created").asInt());
        assertThat(afterImport).isEqualTo(imported.get("created").asLong());
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt())
                .isEqualTo(imported.get("created").asInt());
        assertThat(localCount(odense)).isEqualTo(afterImport);
    }

    @Test
    void anXlsxIsReadAndEveryRejectedRowSaysWhy() throws Exception {
        String vejle = CatalogApi.editor("0630", "Vejle Kommune");
        byte[] file = xlsx(List.of(
                List.of("9001", "Gyldigt krav", "Lokalt krav", "Beskrivelse", "Sikkerhed", "Vigtigt krav"),
                List.of("9002", "Forkert kategori", "Lokalt krav", "Beskrivelse", "Findes ikke", "Krav"),
                List.of("9003", "Forkert prioritet", "Lokalt krav", "Beskrivelse", "Data", "Meget vigtigt"),
                List.of("9001", "Dublet", "Lokalt krav", "Beskrivelse", "Data", "Krav")));

        JsonNode report = report(api.upload("/api/v1/imports", vejle, "krav.xlsx", file));

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("lines").get(1).get("reason").asString()).contains("Ukendt kategori");
        assertThat(report.get("lines").get(2).get("reason").asString()).contains("Ukendt prioritet");
        assertThat(report.get("lines").get(3).get("reason").asString()).contains("flere gange");
    }

    @Test
    void hostileOrMalformedFilesAreRefusedAndNothingIsImported() throws Exception {
        String vejle = CatalogApi.editor("0630", "Vejle Kommune");
        long before = localCount(vejle);

        HttpResponse<String> notExcel = api.upload(
                "/api/v1/imports?dryRun=false",
                vejle,
                "krav.xlsx",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> formula = api.upload("/api/v1/imports?dryRun=false", vejle, "krav.xlsx", withFormula());
        HttpResponse<String> wrongSheet = api.upload("/api/v1/imports?dryRun=false", vejle, "krav.xlsx", wrongSheet());
        HttpResponse<String> missingHeaders = api.upload(
                "/api/v1/imports?dryRun=false", vejle, "krav.xlsx", xlsx(List.of(), List.of("Krav id", "Navn")));
        HttpResponse<String> zipBomb = api.upload("/api/v1/imports?dryRun=false", vejle, "krav.xlsx", zipBomb());
        HttpResponse<String> tooLarge =
                api.upload("/api/v1/imports?dryRun=false", vejle, "krav.xlsx", new byte[11 * 1024 * 1024]);

        for (HttpResponse<String> refused : List.of(notExcel, formula, wrongSheet, missingHeaders)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("invalid-file");
        }
        assertThat(zipBomb.statusCode()).as(zipBomb.body()).isEqualTo(413);
        assertThat(zipBomb.body()).contains("spreadsheet-too-large").contains("zip-bombe");
        assertThat(formula.body()).contains("formler");
        assertThat(wrongSheet.body()).contains("\\\"Krav\\\"");
        assertThat(missingHeaders.body()).contains("Beskrivelse");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(localCount(vejle)).isEqualTo(before);
    }

    @Test
    void aDryRunIsConfirmedOnceByTheSameUserAndNobodyElse() throws Exception {
        String esbjerg = CatalogApi.editor("0561", "Esbjerg Kommune");
        String colleague = CatalogApi.withRole("0561", "Esbjerg Kommune", "editor", "board");
        String aalborg = CatalogApi.editor("0851", "Aalborg Kommune");
        byte[] file = xlsx(List.of(
                List.of("9101", "Første", "Lokalt krav", "Beskrivelse", "Sikkerhed", "Krav"),
                List.of("9102", "Anden", "Lokalt krav", "Beskrivelse", "Sikkerhed", "Option")));

        JsonNode dryRun = report(api.upload("/api/v1/imports", esbjerg, "to-krav.xlsx", file));
        String confirm = "/api/v1/imports/" + dryRun.get("uploadId").asString();
        HttpResponse<String> byOtherMunicipality = api.post(confirm, aalborg, "");
        HttpResponse<String> byColleague = api.post(confirm, colleague, "");
        long beforeConfirm = localCount(esbjerg);
        JsonNode imported = report(api.post(confirm, esbjerg, ""));
        HttpResponse<String> twice = api.post(confirm, esbjerg, "");

        assertThat(dryRun.get("created").asInt()).isEqualTo(2);
        assertThat(byOtherMunicipality.statusCode()).isEqualTo(404);
        assertThat(byColleague.statusCode()).isEqualTo(404);
        assertThat(beforeConfirm).isZero();
        assertThat(imported.get("dryRun").asBoolean()).isFalse();
        assertThat(imported.get("created").asInt()).isEqualTo(2);
        assertThat(imported.get("uploadId").isNull()).isTrue();
        assertThat(localCount(esbjerg)).isEqualTo(2);
        assertThat(twice.statusCode()).isEqualTo(404);
        assertThat(twice.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theIncumbentsCrossMunicipalRowsNeverBecomeLocalCopies() throws Exception {
        String vejle = CatalogApi.editor("0630", "Vejle Kommune");
        long before = localCount(vejle);

        JsonNode report = report(api.upload("/api/v1/imports?dryRun=false", vejle, "krav.xls", IncumbentSample.raw()));

        assertThat(report.get("created").asInt()).isZero();
        assertThat(localCount(vejle)).isEqualTo(before);
    }

    @Test
    void onlyTheBoardImportsCrossMunicipalRequirements() throws Exception {
        String editor = CatalogApi.editor("0630", "Vejle Kommune");

        HttpResponse<String> refused =
                api.upload("/api/v1/imports?target=CROSS_MUNICIPAL", editor, "krav.xls", IncumbentSample.raw());

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aFilePastARowOrCellLimitIsRefusedWith413NamingTheLimitAndRowAndNothingIsImported() throws Exception {
        String vejle = CatalogApi.editor("0630", "Vejle Kommune");
        long before = localCount(vejle);
        List<String> valid = List.of("9501", "Gyldigt krav", "Lokalt krav", "Beskrivelse", "Sikkerhed", "Krav");
        // 200,000 rows is the limit (the header counts): row 200,001 is one too many.
        byte[] tooManyRows = streamed(sheet -> {
            var first = sheet.createRow(1);
            for (int c = 0; c < valid.size(); c++) {
                first.createCell(c).setCellValue(valid.get(c));
            }
            for (int r = 2; r <= 200_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(9501 + r);
            }
        });
        // Excel's own limit is 32,767 characters; a writer that ignores it must not get 40,000 through.
        byte[] overlongCell = replaced(
                streamed(sheet -> {
                    for (int r = 1; r <= 2; r++) {
                        var row = sheet.createRow(r);
                        for (int c = 0; c < valid.size(); c++) {
                            row.createCell(c).setCellValue(valid.get(c) + (c < 2 ? r : ""));
                        }
                    }
                    sheet.getRow(2).getCell(3).setCellValue("LANG-TEKST");
                }),
                "LANG-TEKST",
                danish(40_000));

        HttpResponse<String> rows = api.upload("/api/v1/imports?dryRun=false", vejle, "krav.xlsx", tooManyRows);
        HttpResponse<String> cell = api.upload("/api/v1/imports?dryRun=false", vejle, "krav.xlsx", overlongCell);

        assertThat(rows.statusCode()).as(rows.body()).isEqualTo(413);
        assertThat(rows.body()).contains("spreadsheet-too-large").contains("mere end 200000 rækker (række 200001)");
        assertThat(cell.statusCode()).as(cell.body()).isEqualTo(413);
        assertThat(cell.body()).contains("Cellen D3 i række 3 er længere end 32767 tegn");
        assertThat(localCount(vejle)).isEqualTo(before);
    }

    private long localCount(String token) {
        return json.readTree(
                        api.get("/api/v1/requirements?list=LOCAL&size=1", token).body())
                .get("total")
                .asLong();
    }

    private JsonNode report(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static final List<String> HEADERS = List.of(
            "Krav id", "Navn", "Type", "Beskrivelse", "Kategori", "Prioritet", "Rationale", "Bilag", "Sidst ændret");

    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        return xlsx(rows, HEADERS);
    }

    private static byte[] xlsx(List<List<String>> rows, List<String> headers) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
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
            return out.toByteArray();
        }
    }

    private static byte[] withFormula() throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Krav");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("9100");
            row.createCell(1).setCellFormula("HYPERLINK(\"http://evil.example\",\"klik\")");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] wrongSheet() throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Ark1").createRow(0).createCell(0).setCellValue("Krav id");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A header row and what {@code rows} adds, written as SXSSF streams it (texts inline). */
    private static byte[] streamed(java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> rows)
            throws Exception {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Krav");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            rows.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The file with a text of its sheet replaced, as a writer that ignores Excel's limits could write it. */
    private static byte[] replaced(byte[] xlsx, String text, String replacement) throws Exception {
        var out = new ByteArrayOutputStream();
        // The central directory, not the stream: POI writes entries a ZipInputStream cannot size.
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("krav", ".xlsx");
        java.nio.file.Files.write(copy, xlsx);
        try (var in = new java.util.zip.ZipFile(copy.toFile());
                var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace(text, replacement)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } finally {
            java.nio.file.Files.delete(copy);
        }
        return out.toByteArray();
    }

    private static String danish(int length) {
        String[] words = "leverandøren skal sikre oppetid logning data borgere kommunen adgang svartid".split(" ");
        var random = new java.util.Random(7);
        StringBuilder text = new StringBuilder(length + 20);
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.substring(0, length);
    }

    /** A small file that inflates about a thousand times: the shape of a zip bomb. */
    private static byte[] zipBomb() throws Exception {
        String filler = "a".repeat(32_000);
        try (var workbook = new SXSSFWorkbook(10);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Krav");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 1; r <= 2000; r++) {
                sheet.createRow(r).createCell(1).setCellValue(filler);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
