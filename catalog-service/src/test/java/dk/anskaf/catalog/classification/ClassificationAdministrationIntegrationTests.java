package dk.anskaf.catalog.classification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class ClassificationAdministrationIntegrationTests {

    final JsonMapper json = JsonMapper.builder().build();
    final String board = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");
    final String editor = CatalogApi.editor("0710", "Favrskov Kommune");

    @Autowired
    ApiClient api;

    @Test
    void theBoardKeepsClassificationsAndEditorsOnlyReadThem() {
        String name = "Domæne " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> byEditor =
                api.post("/api/v1/classifications/domains", editor, "{\"name\":\"" + name + "\"}");
        HttpResponse<String> byBoard =
                api.post("/api/v1/classifications/domains", board, "{\"name\":\"" + name + "\"}");
        HttpResponse<String> again = api.post("/api/v1/classifications/domains", board, "{\"name\":\"" + name + "\"}");

        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(byBoard.statusCode()).as(byBoard.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(409);
        int other = json.readTree(api.post("/api/v1/classifications/domains", board, "{\"name\":\"" + name + " 2\"}")
                        .body())
                .get("id")
                .asInt();
        HttpResponse<String> renamedOntoTaken =
                api.put("/api/v1/classifications/domains/" + other, board, null, "{\"name\":\"" + name + "\"}");
        assertThat(renamedOntoTaken.statusCode()).isEqualTo(409);
        assertThat(renamedOntoTaken.body()).contains("name-taken");
        assertThat(api.get("/api/v1/classifications", editor).body()).contains(name);
    }

    @Test
    void aClassificationUsedOnlyByADeletedRequirementOfAnotherMunicipalityCannotBeDeleted() {
        String name = "Filter " + UUID.randomUUID().toString().substring(0, 8);
        int filter = json.readTree(api.post(
                                "/api/v1/classifications/filters",
                                board,
                                "{\"name\":\"" + name + "\",\"text\":\"Skal løsningen noget særligt?\"}")
                        .body())
                .get("id")
                .asInt();
        HttpResponse<String> created = api.post("/api/v1/requirements", editor, """
                {"name":"Bruger filteret","description":"d","categoryId":1,"priority":"NORMAL","allDomains":true,"filterIds":[%d]}""".formatted(filter));
        api.delete(
                "/api/v1/requirements/"
                        + json.readTree(created.body()).get("id").asLong(),
                editor);

        HttpResponse<String> refused = api.delete("/api/v1/classifications/filters/" + filter, board);
        int unused = json.readTree(
                        api.post("/api/v1/classifications/principles", board, "{\"name\":\"Ubrugt " + name + "\"}")
                                .body())
                .get("id")
                .asInt();
        HttpResponse<String> deleted = api.delete("/api/v1/classifications/principles/" + unused, board);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("in-use").contains("slettede krav medregnet");
        assertThat(deleted.statusCode()).isEqualTo(204);
    }
}
