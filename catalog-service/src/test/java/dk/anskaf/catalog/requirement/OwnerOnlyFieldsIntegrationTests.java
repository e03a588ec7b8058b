package dk.anskaf.catalog.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A municipality's notes, interpretation, stakeholders and tenant id never leave it, on any
 * read path (live view, list, revisions, diff, revision export, kravbank file), also not after its
 * requirement is promoted; and inside it, purchasers read no notes in the history either.
 */
@AnskafIntegrationTest
class OwnerOnlyFieldsIntegrationTests {

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
    final String favrskovPurchaser = CatalogApi.withRole("0710", "Favrskov Kommune", "purchaser");
    final String horsensEditor = CatalogApi.editor("0615", "Horsens Kommune");
    final String horsensPurchaser = CatalogApi.withRole("0615", "Horsens Kommune", "purchaser");
    final String board = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");
    /** In the owner-only texts only, so finding it anywhere else is a leak. */
    final String marker = UUID.randomUUID().toString();
    /** In names, which everybody who sees the requirement reads. */
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    final String note = "Favrskov-note " + marker;
    final String interpretation = "Favrskov-fortolkning " + marker;
    final String stakeholders = "Favrskov-IT " + marker;

    @Autowired
    ApiClient api;

    @Test
    void aPromotedRequirementShowsNoOtherMunicipalityTheFormerOwnersNotesTextsOrTenant() throws Exception {
        long id = createWithOwnerTexts("Ophøjet med noter " + tag);
        HttpResponse<String> requested =
                api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"Til alle\"}");
        String requestId = json.readTree(requested.body()).get("id").asString();

        // The board deciding reads the requirement, not the municipality's own texts.
        String boardReadsPending = api.get("/api/v1/requirements/" + id, board).body();
        String boardsKravbankWhilePending = csv("/api/v1/kravbank.csv", board);
        String boardsHistoryWhilePending =
                api.get("/api/v1/requirements/" + id + "/revisions/1", board).body();
        HttpResponse<String> approved =
                api.post("/api/v1/promotion-requests/" + requestId + "/decision", board, "{\"decision\":\"APPROVE\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        int latest = json.readTree(api.get("/api/v1/requirements/" + id, horsensEditor)
                                .body())
                        .get("version")
                        .asInt()
                + 1;

        String live = api.get("/api/v1/requirements/" + id, horsensEditor).body();
        String list = api.get(
                        "/api/v1/requirements?list=CROSS_MUNICIPAL&sort=UPDATED&descending=true&size=50", horsensEditor)
                .body();
        JsonNode firstRevision = json.readTree(api.get("/api/v1/requirements/" + id + "/revisions/1", horsensPurchaser)
                        .body())
                .get("snapshot");
        String diff = api.get("/api/v1/requirements/" + id + "/diff?from=1&to=" + latest, horsensEditor)
                .body();
        String revisionExport = xlsxText(api.getBytes("/api/v1/requirements/" + id + "/revisions/1.xlsx", horsensEditor)
                .body());
        String kravbank = csv("/api/v1/kravbank.csv", horsensEditor);

        assertThat(boardReadsPending).contains("Ophøjet med noter").doesNotContain(marker);
        assertThat(boardsKravbankWhilePending).doesNotContain(marker);
        assertThat(boardsHistoryWhilePending).contains("created").doesNotContain(marker);
        assertThat(live).contains("Tværkommunalt krav").doesNotContain(marker);
        assertThat(list).contains("Ophøjet med noter").doesNotContain(marker);
        assertThat(firstRevision.get("name").asString()).startsWith("Ophøjet med noter");
        for (String field : new String[] {"notes", "interpretation", "stakeholders", "tenantId"}) {
            assertThat(firstRevision.get(field).isNull()).as(field).isTrue();
        }
        assertThat(diff).doesNotContain(marker);
        assertThat(revisionExport).contains("Ophøjet med noter").doesNotContain(marker);
        assertThat(kravbank).contains("Ophøjet med noter").doesNotContain(marker);
        // Favrskov keeps its own history, and its texts as its local extension.
        JsonNode ownHistory = json.readTree(api.get("/api/v1/requirements/" + id + "/revisions/1", favrskov)
                        .body())
                .get("snapshot");
        assertThat(ownHistory.get("notes").asString()).isEqualTo(note);
        assertThat(ownHistory.get("tenantId").asString()).isEqualTo("0710");
        assertThat(api.get("/api/v1/requirements/" + id + "/local-extension", favrskov)
                        .body())
                .contains(interpretation)
                .contains(stakeholders);
    }

    @Test
    void aPurchaserOfTheOwningMunicipalityReadsNoNotesInTheHistoryEither() throws Exception {
        long id = createWithOwnerTexts("Noter i historikken " + tag);
        JsonNode created =
                json.readTree(api.get("/api/v1/requirements/" + id, favrskov).body());
        var changed = json.readTree(
                        api.get("/api/v1/requirements/" + id, favrskov).body())
                .deepCopy();
        ((tools.jackson.databind.node.ObjectNode) changed).put("notes", "Ny note " + marker);
        HttpResponse<String> saved = api.put(
                "/api/v1/requirements/" + id,
                favrskov,
                "\"" + created.get("version").asInt() + "\"",
                json.writeValueAsString(CatalogApi.inputOf(changed)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        JsonNode purchasersRevision = json.readTree(
                        api.get("/api/v1/requirements/" + id + "/revisions/1", favrskovPurchaser)
                                .body())
                .get("snapshot");
        String purchasersDiff = api.get("/api/v1/requirements/" + id + "/diff?from=1&to=2", favrskovPurchaser)
                .body();
        String editorsDiff = api.get("/api/v1/requirements/" + id + "/diff?from=1&to=2", favrskov)
                .body();

        assertThat(purchasersRevision.get("notes").isNull()).isTrue();
        assertThat(purchasersRevision.get("interpretation").asString()).isEqualTo(interpretation);
        assertThat(purchasersDiff).doesNotContain(marker).doesNotContain("notes");
        assertThat(editorsDiff).contains("Ny note " + marker);
    }

    @Test
    void theBoardChangingAPendingRequirementKeepsTheTextsItCannotSee() throws Exception {
        long id = createWithOwnerTexts("Rettes af redaktionen " + tag);
        api.post("/api/v1/requirements/" + id + "/promotion-requests", favrskov, "{\"reason\":\"Til alle\"}");
        JsonNode seen =
                json.readTree(api.get("/api/v1/requirements/" + id, board).body());
        var input = CatalogApi.inputOf(seen);
        input.put("name", "Rettet af redaktionen " + tag);

        HttpResponse<String> saved = api.put(
                "/api/v1/requirements/" + id,
                board,
                "\"" + seen.get("version").asInt() + "\"",
                json.writeValueAsString(input));
        JsonNode own =
                json.readTree(api.get("/api/v1/requirements/" + id, favrskov).body());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(note);
        assertThat(own.get("name").asString()).startsWith("Rettet af redaktionen");
        assertThat(own.get("notes").asString()).isEqualTo(note);
        assertThat(own.get("interpretation").asString()).isEqualTo(interpretation);
    }

    private long createWithOwnerTexts(String name) {
        HttpResponse<String> created =
                api.post("/api/v1/requirements", favrskov, """
                {"name":"%s","description":"Beskrivelse","categoryId":1,"priority":"NORMAL","allDomains":true,
                 "interpretation":"%s","stakeholders":"%s","notes":"%s"}""".formatted(name, interpretation, stakeholders, note));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private String csv(String path, String token) {
        HttpResponse<byte[]> file = api.getBytes(path, token);
        assertThat(file.statusCode()).isEqualTo(200);
        return new String(file.body(), StandardCharsets.UTF_8);
    }

    private static String xlsxText(byte[] file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
