package dk.anskaf.catalog.guided;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uses Horsens and Aalborg so that favourites and opt-outs of other test classes do not interfere. */
@AnskafIntegrationTest
class GuidedSelectionIntegrationTests {

    static final String HEALTH = "[7]";

    final JsonMapper json = JsonMapper.builder().build();
    final String horsens = CatalogApi.editor("0615", "Horsens Kommune");
    final String aalborg = CatalogApi.editor("0851", "Aalborg Kommune");

    @Autowired
    ApiClient api;

    @Test
    void answersSelectByFilterAndAllFiltersKeepingRationaleAndTheElaborationFlag() {
        JsonNode result = select(horsens, "{\"1\":\"JA\",\"2\":\"NEJ\",\"3\":\"NEJ\",\"4\":\"NEJ\"}");

        JsonNode byId = index(result);
        assertThat(byId.has("178")).isTrue();
        assertThat(byId.get("178").get("reasons").get(0).asString()).isEqualTo("filter:1");
        assertThat(byId.get("178").get("rationale").asString())
                .isEqualTo("Overholdelse af databeskyttelsesforordningen.");
        assertThat(byId.get("178").has("elaborationRequired")).isTrue();
        assertThat(byId.get("171").get("reasons").get(0).asString()).isEqualTo("all-filters");
        assertThat(byId.has("193")).isFalse();
        assertThat(result.get("possibleCount").asInt())
                .isGreaterThan(result.get("selectedCount").asInt());
    }

    @Test
    void favouritesAreAlwaysSelectedAndOptedOutRequirementsNeverForThatMunicipalityOnly() {
        JsonNode before = select(horsens, "{\"1\":\"NEJ\",\"2\":\"NEJ\",\"3\":\"NEJ\",\"4\":\"NEJ\"}");
        extend(horsens, 193, "{\"favourite\":true}");
        extend(horsens, 178, "{\"optedOut\":true,\"optOutReason\":\"Vi har egen løsning\"}");

        JsonNode none = select(horsens, "{\"1\":\"NEJ\",\"2\":\"NEJ\",\"3\":\"NEJ\",\"4\":\"NEJ\"}");
        JsonNode personalData = select(horsens, "{\"1\":\"VED_IKKE\"}");
        JsonNode otherMunicipality = select(aalborg, "{\"1\":\"JA\"}");

        assertThat(index(none).has("193")).isTrue();
        assertThat(index(none).get("193").get("reasons").get(0).asString()).isEqualTo("favourite");
        assertThat(none.get("possibleCount").asInt())
                .isEqualTo(before.get("possibleCount").asInt() - 1);
        assertThat(index(personalData).has("178")).isFalse();
        assertThat(index(personalData).has("179")).isTrue();
        assertThat(index(otherMunicipality).has("178")).isTrue();
        assertThat(index(otherMunicipality).has("193")).isFalse();
    }

    @Test
    void optingOutNeedsAReasonAndNoDomainIsRefused() {
        HttpResponse<String> noReason =
                api.put("/api/v1/requirements/179/local-extension", horsens, null, "{\"optedOut\":true}");
        HttpResponse<String> noDomain =
                api.post("/api/v1/guided-selection", horsens, "{\"domainIds\":[],\"answers\":{}}");

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("optOutReason");
        assertThat(noDomain.statusCode()).isEqualTo(400);
    }

    private void extend(String token, long id, String body) {
        HttpResponse<String> response = api.put("/api/v1/requirements/" + id + "/local-extension", token, null, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonNode select(String token, String answers) {
        HttpResponse<String> response = api.post(
                "/api/v1/guided-selection", token, "{\"domainIds\":" + HEALTH + ",\"answers\":" + answers + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode index(JsonNode result) {
        var byId = json.createObjectNode();
        result.get("selected")
                .forEach(item -> byId.set(String.valueOf(item.get("id").asLong()), item));
        return byId;
    }
}
