package dk.anskaf.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An export sends its first bytes while the database cursor is still far from the end. The cursor is
 * stopped at row {@value #PAUSE_AT} until the client has received the file's first bytes: an export that
 * sends nothing until its last row is read (as the xlsx did, through a temporary file) keeps the client
 * waiting past the pause, and the test sees the cursor at the end.
 */
@AnskafIntegrationTest
class KravbankStreamingIntegrationTests {

    @Autowired
    ApiClient api;

    static final int PAUSE_AT = 1_000;
    static final int SEEDED = 2_000;
    static final String TAASTRUP = "0169";

    /** Rows the export's cursor has read so far in the current download. */
    static final AtomicLong cursor = new AtomicLong();
    /** Armed by a test: the cursor waits at {@link #PAUSE_AT} until it is counted down. */
    static final AtomicReference<CountDownLatch> firstBytes = new AtomicReference<>();

    @TestConfiguration
    static class ObservedCursor {
        @Bean
        KravbankRows.CursorProgress cursorProgress() {
            return rows -> {
                cursor.set(rows);
                CountDownLatch latch = firstBytes.get();
                if (rows == PAUSE_AT && latch != null) {
                    try {
                        // Bounded: an export that never sends early must fail the test, not hang it.
                        latch.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }

    /** A purchaser: the logged-in layout without the editors' notes. */
    final String purchaser = CatalogApi.withRole(TAASTRUP, "Høje-Taastrup Kommune", "purchaser");

    @BeforeAll
    static void seed(@Autowired IntegrationFixture fixture) {
        // Texts of realistic length (about 650 characters, several lines), as municipalities write them.
        fixture.acrossTenants(
                () -> fixture.jdbc().sql("""
                        insert into requirement (owner_kind, tenant_id, name, description, rationale, category_id,
                                                 priority, created_by)
                        select 'MUNICIPALITY', ?, 'Strømmet krav ' || g,
                               repeat('Leverandøren skal sikre, at løsningen understøtter kommunens arbejdsgange '
                                      || g || E'.\\n', 8),
                               'Begrundelse ' || g, 6, 'NORMAL', 'test'
                        from generate_series(1, ?) g
                        """).params(TAASTRUP, SEEDED).update());
    }

    @AfterAll
    static void removeSeed(@Autowired IntegrationFixture fixture) {
        fixture.acrossTenants(() -> fixture.jdbc()
                .sql("update requirement set deleted_at = now() where tenant_id = ? and deleted_at is null")
                .param(TAASTRUP)
                .update());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv", "json"})
    void theFirstBytesArriveBeforeTheCursorHasReadTheLastRow(String format) throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        cursor.set(0);
        firstBytes.set(received);
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(api.baseUri().resolve("/api/v1/kravbank." + format))
                                    .header("Authorization", "Bearer " + purchaser)
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] first = body.readNBytes(4);
                long cursorAtFirstBytes = cursor.get();
                received.countDown();
                long rest = body.transferTo(java.io.OutputStream.nullOutputStream());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(first).hasSize(4);
                assertThat(cursorAtFirstBytes).isLessThanOrEqualTo(PAUSE_AT);
                assertThat(rest).isPositive();
                assertThat(cursor.get()).isGreaterThanOrEqualTo(SEEDED);
            }
        } finally {
            firstBytes.set(null);
            received.countDown();
        }
    }

    @Test
    void theStreamedXlsxOpensInPoiWithEveryRowAndTheLoggedInColumns() throws Exception {
        byte[] xlsx = api.getBytes("/api/v1/kravbank.xlsx", purchaser).body();

        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var krav = workbook.getSheet("Krav");
            java.util.List<String> headers = new java.util.ArrayList<>();
            krav.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers)
                    .containsExactly(
                            "Krav id",
                            "Navn",
                            "Type",
                            "Beskrivelse",
                            "Lokal Beskrivelse",
                            "Fortolkning",
                            "Interessenter",
                            "Kategori",
                            "Prioritet",
                            "Rationale",
                            "Bilag",
                            "Sidst ændret");
            long streamed = 0;
            for (var row : krav) {
                if (row.getCell(1).getStringCellValue().startsWith("Strømmet krav ")) {
                    streamed++;
                }
            }
            assertThat(streamed).isEqualTo(SEEDED);
            assertThat(workbook.getSheet("Metadata").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Udtræk foretaget");
        }
    }
}
