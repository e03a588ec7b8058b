package dk.anskaf.catalog.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class AttachmentIntegrationTests {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
    final String fredericia = CatalogApi.editor("0607", "Fredericia Kommune");
    final String board = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");

    @Autowired
    ApiClient api;

    @Test
    void aMunicipalitysAttachmentIsServedToItOnlyAsADownload() {
        long id = json.readTree(api.post(
                                "/api/v1/requirements",
                                favrskov,
                                CatalogApi.requirementJson("Med bilag " + UUID.randomUUID()))
                        .body())
                .get("id")
                .asLong();

        HttpResponse<String> uploaded =
                api.upload("/api/v1/requirements/" + id + "/attachments", favrskov, "driftsaftale.pdf", PDF);
        String attachment = json.readTree(uploaded.body()).get("id").asString();
        HttpResponse<byte[]> own = api.getBytes("/api/v1/public/attachments/" + attachment, favrskov);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF);
        assertThat(own.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.getBytes("/api/v1/public/attachments/" + attachment, fredericia)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.getBytes("/api/v1/public/attachments/" + attachment, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void sharedAttachmentsArePublicWithTheCatalogueAndLocalOnesStayLocal() {
        HttpResponse<String> shared = api.upload("/api/v1/requirements/175/attachments", board, "sikkerhed.pdf", PDF);
        HttpResponse<String> local =
                api.upload("/api/v1/requirements/175/attachments", favrskov, "vores-fortolkning.pdf", PDF);
        String sharedId = json.readTree(shared.body()).get("id").asString();
        String localId = json.readTree(local.body()).get("id").asString();

        String anonymousKravbank =
                new String(api.getBytes("/api/v1/public/kravbank.csv", null).body(), StandardCharsets.UTF_8);

        assertThat(json.readTree(shared.body()).get("local").asBoolean()).isFalse();
        assertThat(json.readTree(local.body()).get("local").asBoolean()).isTrue();
        assertThat(api.getBytes("/api/v1/public/attachments/" + sharedId, null).statusCode())
                .isEqualTo(200);
        assertThat(api.getBytes("/api/v1/public/attachments/" + localId, null).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/requirements/175/attachments", fredericia).body())
                .contains(sharedId)
                .doesNotContain(localId);
        assertThat(anonymousKravbank)
                .contains("/api/v1/public/attachments/" + sharedId)
                .doesNotContain(localId);
    }

    @Test
    void onlyEditorsRemoveTheMunicipalitysFilesAndOnlyTheBoardTheSharedOnes() {
        String purchaser = CatalogApi.withRole("0710", "Favrskov Kommune", "purchaser");
        String noRoles = CatalogApi.withRole("0710", "Favrskov Kommune");
        long id = json.readTree(api.post(
                                "/api/v1/requirements",
                                favrskov,
                                CatalogApi.requirementJson("Slet bilag " + UUID.randomUUID()))
                        .body())
                .get("id")
                .asLong();
        String local = "/api/v1/attachments/"
                + json.readTree(api.upload("/api/v1/requirements/" + id + "/attachments", favrskov, "a.pdf", PDF)
                                .body())
                        .get("id")
                        .asString();
        String shared = "/api/v1/attachments/"
                + json.readTree(api.upload("/api/v1/requirements/175/attachments", board, "fælles.pdf", PDF)
                                .body())
                        .get("id")
                        .asString();

        HttpResponse<String> byPurchaser = api.delete(local, purchaser);
        HttpResponse<String> withoutRoles = api.delete(local, noRoles);
        HttpResponse<String> purchaserUploads =
                api.upload("/api/v1/requirements/" + id + "/attachments", purchaser, "b.pdf", PDF);
        HttpResponse<String> sharedByEditor = api.delete(shared, favrskov);

        assertThat(byPurchaser.statusCode()).as(byPurchaser.body()).isEqualTo(403);
        assertThat(byPurchaser.body()).contains("redaktører");
        assertThat(withoutRoles.statusCode()).isEqualTo(403);
        assertThat(purchaserUploads.statusCode()).isEqualTo(403);
        assertThat(sharedByEditor.statusCode()).isEqualTo(403);
        assertThat(api.getBytes(local.replace("/api/v1/", "/api/v1/public/"), favrskov)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.getBytes(shared.replace("/api/v1/", "/api/v1/public/"), null)
                        .statusCode())
                .isEqualTo(200);
        // Row-level security alone: a purchaser's delete and an editor's delete of a shared file touch no row.
        String localId = local.substring(local.lastIndexOf('/') + 1);
        String sharedId = shared.substring(shared.lastIndexOf('/') + 1);
        assertThat(fixture.asTenant(
                        "0710",
                        List.of("purchaser"),
                        () -> jdbc.sql("delete from attachment where id = ?::uuid")
                                .param(localId)
                                .update()))
                .isZero();
        assertThat(fixture.asTenant(
                        "0710",
                        List.of("editor"),
                        () -> jdbc.sql("delete from attachment where id = ?::uuid")
                                .param(sharedId)
                                .update()))
                .isZero();
        assertThat(api.delete(local, favrskov).statusCode()).isEqualTo(204);
        assertThat(api.delete(shared, board).statusCode()).isEqualTo(204);
    }

    @Test
    void disguisedOrDisallowedFilesAreRefused() {
        String path = "/api/v1/requirements/175/attachments";

        HttpResponse<String> htmlAsPdf =
                api.upload(path, favrskov, "faktura.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> executable = api.upload(path, favrskov, "setup.exe", new byte[] {'M', 'Z', 1, 2});
        HttpResponse<String> empty = api.upload(path, favrskov, "tom.pdf", new byte[0]);
        HttpResponse<String> huge = api.upload(path, favrskov, "stor.pdf", new byte[11 * 1024 * 1024]);

        assertThat(htmlAsPdf.statusCode()).isEqualTo(400);
        assertThat(executable.statusCode()).isEqualTo(400);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(api.get(path, favrskov).body()).doesNotContain("faktura.pdf").doesNotContain("setup.exe");
    }
}
