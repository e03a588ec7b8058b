package dk.anskaf.dialogue.testdata;

import com.sun.net.httpserver.HttpExchange;
import dk.anskaf.platform.test.web.StubHttpService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small catalogue for dialogue-service's tests, on a real HTTP port: three requirements (171, 178, and
 * 209 with a parameter and the municipality's local description), the guided selection the seed's example
 * would give (178 for a question answered Ja, 209 as a favourite, 68 of 82 in the seed: here 2 of 82), the
 * candidate list and snapshots. It records what the dialogue service sent, and can be revised or taken
 * down. The catalogue's own endpoints are proven against the client in catalog-service's contract tests.
 */
public final class CatalogueStub {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static StubHttpService server;

    /** Set: the catalogue answers 503 to everything. */
    public static volatile boolean down;

    /** Set: requirement 209's text was changed in the catalogue after a dialogue copied it. */
    public static volatile boolean revised;

    public static volatile String lastAuthorization = "";
    public static volatile String lastGuidedRequest = "";
    public static volatile String lastCandidatesQuery = "";

    private CatalogueStub() {}

    public static synchronized String url() {
        if (server == null) {
            server = StubHttpService.start()
                    .on("/api/v1/guided-selection", CatalogueStub::guided)
                    .on("/api/v1/dialogue-candidates", CatalogueStub::candidates)
                    .on("/api/v1/requirement-snapshots", CatalogueStub::snapshots);
        }
        return server.url();
    }

    private static void guided(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        lastGuidedRequest = body(exchange);
        ObjectNode result = JSON.createObjectNode().put("selectedCount", 2).put("possibleCount", 82);
        ArrayNode selected = result.putArray("selected");
        selected.add(brief(178, "filter:1"));
        selected.add(brief(209, "favourite"));
        json(exchange, result);
    }

    private static void candidates(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        lastCandidatesQuery = exchange.getRequestURI().getRawQuery();
        ObjectNode page =
                JSON.createObjectNode().put("page", 0).put("size", 100).put("total", 3);
        ArrayNode items = page.putArray("items");
        for (long id : List.of(171L, 178L, 209L)) {
            JsonNode full = snapshot(id);
            items.addObject()
                    .put("id", id)
                    .put("name", full.get("name").asString())
                    .put("description", full.get("description").asString())
                    .put("priority", full.get("priority").asString())
                    .put("type", "Tværkommunalt krav")
                    .put("category", full.get("category").asString())
                    .putNull("subCategory");
        }
        json(exchange, page);
    }

    private static void snapshots(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        JsonNode request = JSON.readTree(body(exchange));
        List<Long> ids = new ArrayList<>();
        request.get("ids").forEach(id -> ids.add(id.asLong()));
        ArrayNode answer = JSON.createArrayNode();
        ids.stream()
                .sorted()
                .filter(id -> List.of(171L, 178L, 209L).contains(id))
                .forEach(id -> answer.add(snapshot(id)));
        json(exchange, answer);
    }

    private static ObjectNode brief(long id, String reason) {
        ObjectNode full = snapshot(id);
        ObjectNode node = JSON.createObjectNode()
                .put("id", id)
                .put("name", full.get("name").asString())
                .put("description", full.get("description").asString())
                .put("rationale", full.get("rationale").asString())
                .put("priority", full.get("priority").asString())
                .put("elaborationRequired", full.get("elaborationRequired").asBoolean());
        node.putArray("reasons").add(reason);
        return node;
    }

    private static ObjectNode snapshot(long id) {
        Map<String, Object> fields = switch ((int) id) {
            case 171 ->
                Map.of(
                        "name",
                        "Single sign-on",
                        "description",
                        "Løsningen skal understøtte single sign-on.",
                        "category",
                        "Sikkerhed",
                        "priority",
                        "NORMAL");
            case 178 ->
                Map.of(
                        "name",
                        "Logning",
                        "description",
                        "Løsningen skal logge adgang til personoplysninger.",
                        "category",
                        "Sikkerhed",
                        "priority",
                        "HIGH");
            default ->
                Map.of(
                        "name",
                        "Anmodning om restore",
                        "description",
                        revised
                                ? "Leverandøren skal gendanne data inden for en time."
                                : "Leverandøren skal gendanne data inden for {{restore_tid|4 timer|timer}}.",
                        "category",
                        "Drift, vedligehold og support",
                        "priority",
                        "NORMAL");
        };
        ObjectNode node = JSON.createObjectNode()
                .put("id", id)
                .put("version", revised ? 2 : 1)
                .put("name", (String) fields.get("name"))
                .put("description", (String) fields.get("description"))
                .put("rationale", "Begrundelse for " + fields.get("name"))
                .put("elaborationRequired", id == 209)
                .put("category", (String) fields.get("category"))
                .put("priority", (String) fields.get("priority"))
                .put("saas", true)
                .put("onPremise", id != 178);
        if (id == 209) {
            node.put("localDescription", "Hos os: også i weekenden").put("subCategory", "Backup / restore");
            node.putArray("parameters")
                    .addObject()
                    .put("name", "restore_tid")
                    .put("defaultValue", "4 timer")
                    .put("unit", "timer");
        } else {
            node.putNull("localDescription").putNull("subCategory");
            node.putArray("parameters");
        }
        return node;
    }

    private static boolean refused(HttpExchange exchange) throws IOException {
        lastAuthorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (down) {
            exchange.getRequestBody().readAllBytes();
            StubHttpService.answer(
                    exchange, 503, "application/problem+json", "{\"status\":503,\"title\":\"Service Unavailable\"}");
            return true;
        }
        return false;
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, JsonNode body) throws IOException {
        StubHttpService.answer(exchange, 200, "application/json", JSON.writeValueAsString(body));
    }
}
