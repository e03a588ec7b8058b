package dk.anskaf.catalog.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@AnskafIntegrationTest
class RequirementCatalogIntegrationTests {

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
    final String fredericia = CatalogApi.editor("0607", "Fredericia Kommune");

    @Autowired
    ApiClient api;

    @Test
    void theSeededCrossMunicipalCatalogueIsVisibleToEveryMunicipality() {
        JsonNode forFavrskov = page("/api/v1/requirements?list=CROSS_MUNICIPAL&size=500", favrskov);
        JsonNode forFredericia = page("/api/v1/requirements?list=CROSS_MUNICIPAL&size=500", fredericia);

        assertThat(forFavrskov.get("total").asInt()).isGreaterThanOrEqualTo(29);
        assertThat(forFredericia.get("total").asInt())
                .isEqualTo(forFavrskov.get("total").asInt());
        assertThat(forFavrskov.get("items").get(0).get("id").asLong()).isEqualTo(171);
        assertThat(forFavrskov.get("items").get(0).get("type").asString()).isEqualTo("Tværkommunalt krav");
    }

    @Test
    void allRequirementsCanBeGroupedByCategory() {
        JsonNode grouped = page("/api/v1/requirements?list=CROSS_MUNICIPAL&sort=CATEGORY&size=500", favrskov);

        List<String> categories = grouped.get("items").findValuesAsString("category");
        List<String> blocks = new java.util.ArrayList<>();
        categories.forEach(category -> {
            if (blocks.isEmpty() || !blocks.getLast().equals(category)) {
                blocks.add(category);
            }
        });
        assertThat(blocks).doesNotHaveDuplicates().hasSizeGreaterThan(3);
    }

    @Test
    void parametersAreMarkedExplicitlyAndRenderedWithDefaults() {
        JsonNode restore =
                json.readTree(api.get("/api/v1/requirements/209", favrskov).body());
        JsonNode browsers =
                json.readTree(api.get("/api/v1/requirements/210", favrskov).body());

        assertThat(restore.get("parameters").get(0).get("name").asString()).isEqualTo("restore_tid");
        assertThat(restore.get("parameters").get(0).get("defaultValue").asString())
                .isEqualTo("4 timer");
        assertThat(restore.get("parameters").get(0).get("unit").asString()).isEqualTo("timer");
        assertThat(restore.get("descriptionRendered").asString()).contains("inden for 4 timer.");
        assertThat(restore.get("description").asString()).contains("{{restore_tid|4 timer|timer}}");
        assertThat(browsers.get("parameters")).hasSize(1);
        assertThat(browsers.get("descriptionRendered").asString()).contains("[bilag 3]");
    }

    @Test
    void aStaleEditGets412AndAnEditWithoutIfMatchGets428() {
        JsonNode created = create(favrskov, "Samtidighed " + UUID.randomUUID());
        String path = "/api/v1/requirements/" + created.get("id").asLong();
        String etag = api.get(path, favrskov).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = api.put(path, favrskov, etag, body("Første ændring"));
        HttpResponse<String> stale = api.put(path, favrskov, etag, body("Anden ændring"));
        HttpResponse<String> blind = api.put(path, favrskov, null, body("Blind ændring"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("stale-version");
        assertThat(blind.statusCode()).isEqualTo(428);
        assertThat(json.readTree(api.get(path, favrskov).body()).get("name").asString())
                .isEqualTo("Første ændring");
    }

    @Test
    void historyNamesTheAuthorAndDiffShowsTheChangedFields() {
        JsonNode created = create(favrskov, "Historik " + UUID.randomUUID());
        String path = "/api/v1/requirements/" + created.get("id").asLong();
        HttpResponse<String> current = api.get(path, favrskov);
        ObjectNode change = CatalogApi.inputOf(json.readTree(current.body()));
        change.put("name", "Historik ændret");
        api.put(path, favrskov, current.headers().firstValue("ETag").orElseThrow(), change.toString());

        JsonNode history = json.readTree(api.get(path + "/revisions", favrskov).body());
        JsonNode diff =
                json.readTree(api.get(path + "/diff?from=1&to=2", favrskov).body());

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("authorName").asString()).isEqualTo("Rita Redaktør");
        assertThat(history.get(0).get("change").asString()).isEqualTo("created");
        assertThat(history.get(1).get("change").asString()).isEqualTo("changed");
        assertThat(diff.findValuesAsString("field")).containsExactly("name");
        assertThat(diff.get(0).get("to").asString()).isEqualTo("Historik ændret");
    }

    @Test
    void aRevisionIsExportedInTheVerticalLayout() throws Exception {
        JsonNode created = create(favrskov, "Revision til Excel " + UUID.randomUUID());

        HttpResponse<byte[]> file =
                api.getBytes("/api/v1/requirements/" + created.get("id").asLong() + "/revisions/1.xlsx", favrskov);

        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.body()))) {
            var sheet = workbook.getSheet("Krav");
            List<String> labels = new java.util.ArrayList<>();
            sheet.forEach(row -> labels.add(row.getCell(0).getStringCellValue()));
            assertThat(labels)
                    .containsExactly(
                            "Krav id",
                            "Navn",
                            "Prioritet",
                            "Kategori",
                            "Beskrivelse",
                            "Rationale",
                            "Sidst ændret",
                            "Fortolkning",
                            "Domæner",
                            "Filtre",
                            "Principper");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Vigtigt krav");
            assertThat(sheet.getRow(8).getCell(1).getStringCellValue())
                    .isEqualTo("IT og digitalisering\nSundhed og omsorg");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).matches("\\d{4}/\\d{2}/\\d{2} - \\d{2}:\\d{2}");
            assertThat(workbook.getSheet("Metadata").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Udtræk foretaget");
        }
        assertThat(api.getBytes("/api/v1/requirements/" + created.get("id").asLong() + "/revisions/1.xlsx", fredericia)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theApiIsDocumentedAsOpenApi() {
        HttpResponse<String> docs = api.get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/requirements/{id}")
                .contains("/api/v1/imports")
                .contains("/api/v1/guided-selection");
    }

    @Test
    void deleteAndRestoreBringsBackTheExactLastState() {
        JsonNode created = create(favrskov, "Gendan mig " + UUID.randomUUID());
        String path = "/api/v1/requirements/" + created.get("id").asLong();
        JsonNode before = json.readTree(api.get(path, favrskov).body());

        HttpResponse<String> deleted = api.delete(path, favrskov);
        JsonNode deletedList = page("/api/v1/requirements?list=DELETED&size=500", favrskov);
        JsonNode allList = page("/api/v1/requirements?list=ALL&size=500", favrskov);
        HttpResponse<String> restored = api.post(path + "/restore", favrskov, "");
        JsonNode after = json.readTree(api.get(path, favrskov).body());

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deletedList.get("items").findValuesAsString("name"))
                .contains(before.get("name").asString());
        assertThat(allList.get("items").findValuesAsString("name"))
                .doesNotContain(before.get("name").asString());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(content(after)).isEqualTo(content(before));
        assertThat(json.readTree(api.get(path + "/revisions", favrskov).body()).findValuesAsString("change"))
                .containsExactly("created", "deleted", "restored");
    }

    @Test
    void anotherMunicipalitysRequirementIsInvisibleInEveryListSearchAndHistory() {
        String word =
                "Zyxwvutsrq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        JsonNode created = create(favrskov, word + " hemmeligt krav");
        long id = created.get("id").asLong();
        api.delete(
                "/api/v1/requirements/"
                        + create(favrskov, word + " slettet").get("id").asLong(),
                favrskov);
        String q = URLEncoder.encode(word, StandardCharsets.UTF_8);

        for (String list : List.of("ALL", "LOCAL", "CROSS_MUNICIPAL", "DELETED")) {
            assertThat(api.get("/api/v1/requirements?size=500&list=" + list + "&q=" + q, fredericia)
                            .body())
                    .doesNotContain(word);
        }
        assertThat(page("/api/v1/requirements?list=ALL&q=" + q, favrskov)
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/requirements/" + id, fredericia).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/requirements/" + id + "/revisions", fredericia)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/requirements/" + id + "/revisions/1", fredericia)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/requirements/" + id + "/diff?from=1&to=1", fredericia)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/requirements/" + id, fredericia, "\"0\"", body("Kapret"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/requirements/" + id, fredericia).statusCode())
                .isEqualTo(404);
    }

    @Test
    void danishFullTextSearchFindsInflectedWords() {
        String marker = "Qx" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[^a-z]", "k");
        create(favrskov, marker + " sikkerhedskopiering af databaserne");

        JsonNode found = page(
                "/api/v1/requirements?q=" + URLEncoder.encode("database " + marker, StandardCharsets.UTF_8), favrskov);

        assertThat(found.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheBoardChangesCrossMunicipalRequirements() {
        String board = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");
        String path = "/api/v1/requirements/180";
        JsonNode current = json.readTree(api.get(path, favrskov).body());
        String etag = "\"" + current.get("version").asInt() + "\"";
        ObjectNode change = CatalogApi.inputOf(current);
        change.put("stakeholders", "Kravredaktionen " + UUID.randomUUID());

        HttpResponse<String> byEditor = api.put(path, favrskov, etag, change.toString());
        HttpResponse<String> byBoard = api.put(path, board, etag, change.toString());

        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(byBoard.statusCode()).as(byBoard.body()).isEqualTo(200);
    }

    @Test
    void editorNotesAreNotShownToPurchasers() {
        JsonNode created = create(favrskov, "Noter " + UUID.randomUUID());
        String purchaser = CatalogApi.withRole("0710", "Favrskov Kommune", "purchaser");

        JsonNode seenByPurchaser = json.readTree(
                api.get("/api/v1/requirements/" + created.get("id").asLong(), purchaser)
                        .body());

        assertThat(created.get("notes").asString()).isEqualTo("Kun til redaktører");
        assertThat(seenByPurchaser.get("notes").isNull()).isTrue();
    }

    @Test
    void classificationsMustExistAndADomainIsRequiredUnlessAllDomains() {
        HttpResponse<String> unknownDomain = api.post("/api/v1/requirements", favrskov, """
                {"name":"n","description":"d","categoryId":1,"priority":"NORMAL","domainIds":[9999]}""");
        HttpResponse<String> noDomain = api.post("/api/v1/requirements", favrskov, """
                {"name":"n","description":"d","categoryId":1,"priority":"NORMAL"}""");
        HttpResponse<String> wrongSubCategory = api.post("/api/v1/requirements", favrskov, """
                {"name":"n","description":"d","categoryId":1,"subCategoryId":1,"priority":"NORMAL","allDomains":true}""");

        assertThat(unknownDomain.statusCode()).isEqualTo(400);
        assertThat(unknownDomain.body()).contains("domainIds");
        assertThat(noDomain.statusCode()).isEqualTo(400);
        assertThat(noDomain.body()).contains("domainIds");
        assertThat(wrongSubCategory.statusCode()).isEqualTo(400);
        assertThat(wrongSubCategory.body()).contains("subCategoryId");
    }

    private JsonNode create(String token, String name) {
        HttpResponse<String> response = api.post("/api/v1/requirements", token, """
                {"name":"%s","description":"Løsningen skal kunne gendanne data.","rationale":"Drift",
                 "categoryId":6,"subCategoryId":1,"priority":"HIGH","domainIds":[5,7],"filterIds":[1],
                 "principleIds":[1],"interpretation":"Hjælp","stakeholders":"IT","notes":"Kun til redaktører",
                 "elaborationRequired":true,"saas":true,"onPremise":false}""".formatted(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private String body(String name) {
        return """
                {"name":"%s","description":"Løsningen skal kunne gendanne data.","categoryId":6,"priority":"HIGH",
                 "domainIds":[5]}""".formatted(name);
    }

    private static JsonNode content(JsonNode view) {
        ObjectNode copy = ((ObjectNode) view).deepCopy();
        copy.remove("version");
        copy.remove("updatedAt");
        return copy;
    }

    private JsonNode page(String path, String token) {
        HttpResponse<String> response = api.get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
