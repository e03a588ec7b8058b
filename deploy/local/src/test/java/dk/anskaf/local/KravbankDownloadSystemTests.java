package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Four people download the whole kravbank at once through the gateway, the catalogue at real size
 * (30,000 cross-municipal requirements with texts of realistic length) and catalog-service at the
 * launcher's heap ({@code -Xmx384m}). Before the exports streamed, the gateway's 10-second route timeout
 * (which waits for the response head) cut such downloads off with 503 while the service was still
 * filling a temporary file; now every one must arrive whole.
 */
class KravbankDownloadSystemTests {

    static final int ROWS = 30_000;

    static LocalStack stack;

    @BeforeAll
    static void seedAtSize() throws Exception {
        stack = SystemStack.get();
        try (Connection db = stack.catalogDatabase()) {
            CatalogueAtSize.seed(db, ROWS);
        }
    }

    @AfterAll
    static void removeSeed() throws Exception {
        try (Connection db = stack.catalogDatabase();
                Statement sql = db.createStatement()) {
            sql.execute("begin");
            sql.execute("select set_config('app.cross_tenant', 'on', true)");
            sql.execute("update requirement set deleted_at = now() where name like 'Eksportkrav %'");
            sql.execute("commit");
        }
    }

    @Test
    void fourConcurrentXlsxDownloadsThroughTheGatewayAllArriveWhole() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI kravbank = URI.create(stack.gatewayUrls().getFirst() + "/api/v1/public/kravbank.xlsx");

        List<Future<HttpResponse<byte[]>>> downloads = new ArrayList<>();
        try (ExecutorService people = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                downloads.add(people.submit(() ->
                        http.send(HttpRequest.newBuilder(kravbank).build(), HttpResponse.BodyHandlers.ofByteArray())));
            }
        }

        for (Future<HttpResponse<byte[]>> download : downloads) {
            HttpResponse<byte[]> response = download.get();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(sheetRows(response.body())).isGreaterThan(ROWS);
        }
    }

    /** Rows of the sheet "Krav", counted in its XML as it is inflated (no workbook in memory). */
    private static long sheetRows(byte[] xlsx) throws Exception {
        // ZipFile, not ZipInputStream: the streamed workbook's entries carry their sizes after the data.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("krav", ".xlsx");
        try (var zip = new java.util.zip.ZipFile(
                        java.nio.file.Files.write(file, xlsx).toFile());
                InputStream sheet =
                        new java.io.BufferedInputStream(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")))) {
            return countRows(sheet);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static long countRows(InputStream sheet) throws Exception {
        byte[] marker = "<row ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long rows = 0;
        int matched = 0;
        for (int b = sheet.read(); b >= 0; b = sheet.read()) {
            matched = b == marker[matched] ? matched + 1 : (b == marker[0] ? 1 : 0);
            if (matched == marker.length) {
                rows++;
                matched = 0;
            }
        }
        return rows;
    }
}
