package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class CommunityPromotionIntegrationTests {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();
    final String favrskov = CatalogApi.editor("0710", "Favrskov Kommune");
    final String fredericia = CatalogApi.editor("0607", "Fredericia Kommune");
    final String horsens = CatalogApi.editor("0615", "Horsens Kommune");
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

    @Test
    void anotherMemberApprovesAndTheRequirementBecomesTheCommunitysForMembersOnly() throws Exception {
        UUID community = community("Østjysk samarbejde " + UUID.randomUUID(), "0710", "0607");
        String name = "Fælles krav " + UUID.randomUUID();
        long id = json.readTree(api.post("/api/v1/requirements", favrskov, CatalogApi.requirementJson(name))
                        .body())
                .get("id")
                .asLong();

        String requestId = awaitRequest(id, community);
        HttpResponse<String> ownApproval = decide(favrskov, requestId, "APPROVE");
        HttpResponse<String> outsiderSees = api.get("/api/v1/requirements/" + id, horsens);
        HttpResponse<String> memberQueue = api.get("/api/v1/community/promotion-requests", fredericia);
        HttpResponse<String> memberReads = api.get("/api/v1/requirements/" + id, fredericia);
        HttpResponse<String> approved = decide(fredericia, requestId, "APPROVE");

        JsonNode afterwards =
                json.readTree(api.get("/api/v1/requirements/" + id, fredericia).body());
        HttpResponse<String> memberEdits = api.put(
                "/api/v1/requirements/" + id,
                fredericia,
                "\"" + afterwards.get("version").asInt() + "\"",
                CatalogApi.requirementJson(name + " (rettet)"));

        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(outsiderSees.statusCode()).isEqualTo(404);
        assertThat(memberQueue.body()).contains(name);
        assertThat(memberReads.statusCode()).isEqualTo(200);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(afterwards.get("type").asString()).isEqualTo("Samarbejdskrav");
        assertThat(api.get("/api/v1/requirements?list=COMMUNITY&size=500", favrskov)
                        .body())
                .contains(name);
        assertThat(memberEdits.statusCode()).as(memberEdits.body()).isEqualTo(200);
        assertThat(json.readTree(api.get("/api/v1/requirements/" + id + "/revisions", fredericia)
                                .body())
                        .findValuesAsString("change"))
                .containsExactly("created", "promoted", "changed");
        assertThat(api.get("/api/v1/requirements/" + id, horsens).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/requirements?list=COMMUNITY&size=500", horsens)
                        .body())
                .doesNotContain(name);
    }

    @Test
    void aMunicipalityCannotPromoteIntoACommunityItIsNotMemberOf() throws Exception {
        UUID community = community("Andre " + UUID.randomUUID(), "0607", "0615");
        long id = json.readTree(api.post(
                                "/api/v1/requirements",
                                favrskov,
                                CatalogApi.requirementJson("Udenfor " + UUID.randomUUID()))
                        .body())
                .get("id")
                .asLong();
        Thread.sleep(3000);

        HttpResponse<String> refused = api.post(
                "/api/v1/requirements/" + id + "/promotion-requests",
                favrskov,
                "{\"reason\":\"Del\",\"target\":\"COMMUNITY\",\"communityId\":\"" + community + "\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("communityId");
    }

    private UUID community(String name, String... members) {
        UUID id = UUID.randomUUID();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/anskaf/identity","type":"dk.anskaf.identity.community-membership-changed.v1",
                 "subject":"%s","time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"operator",
                 "data":{"communityId":"%s","name":"%s","members":["%s"]}}""".formatted(UUID.randomUUID(), id, id, name, String.join("\",\"", members));
        TopicProbe.send(Infrastructure.kafka(), "anskaf.identity.tenants", id.toString(), event);
        return id;
    }

    /** The membership arrives by event; until then the request is refused. */
    private String awaitRequest(long id, UUID community) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> requested = api.post(
                    "/api/v1/requirements/" + id + "/promotion-requests",
                    favrskov,
                    "{\"reason\":\"Til samarbejdet\",\"target\":\"COMMUNITY\",\"communityId\":\"" + community + "\"}");
            if (requested.statusCode() == 201) {
                return json.readTree(requested.body()).get("id").asString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Community membership never arrived");
    }

    private HttpResponse<String> decide(String token, String requestId, String decision) {
        return api.post(
                "/api/v1/promotion-requests/" + requestId + "/community-decision",
                token,
                "{\"decision\":\"" + decision + "\"}");
    }
}
