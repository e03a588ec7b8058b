package dk.anskaf.catalog.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.AsUser;
import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class CommunityPromotionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

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
    void aBoardMemberOutsideTheCommunityNeitherSeesNorDecidesItsRequests() throws Exception {
        String horsensBoard = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");
        UUID community = community("Uden Horsens " + UUID.randomUUID(), "0710", "0607");
        String name = "Samarbejdets sag " + UUID.randomUUID();
        long id = create(name, null);
        String requestId = awaitRequest(id, community);

        HttpResponse<String> boardsList = api.get("/api/v1/community/promotion-requests", horsensBoard);
        HttpResponse<String> boardsQueue = api.get("/api/v1/board/promotion-requests", horsensBoard);
        HttpResponse<String> boardReads = api.get("/api/v1/requirements/" + id, horsensBoard);
        HttpResponse<String> approved = decide(horsensBoard, requestId, "APPROVE");
        HttpResponse<String> rejected = api.post(
                "/api/v1/promotion-requests/" + requestId + "/community-decision",
                horsensBoard,
                "{\"decision\":\"REJECT\",\"reason\":\"Nej\"}");

        assertThat(boardsList.statusCode()).isEqualTo(200);
        assertThat(boardsList.body()).doesNotContain(name);
        assertThat(boardsQueue.body()).doesNotContain(name);
        assertThat(boardReads.statusCode()).isEqualTo(404);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(404);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(404);
        assertThat(json.readTree(api.get("/api/v1/requirements/" + id, favrskov).body())
                        .get("type")
                        .asString())
                .isEqualTo("Lokalt krav");
        assertThat(api.get("/api/v1/community/promotion-requests", fredericia).body())
                .contains(name);
        // Row-level security alone: the board role opens neither the request nor the requirement.
        long[] seenByBoardRole = AsUser.call(transactions, "0615", List.of("board", "editor"), () -> new long[] {
            jdbc.sql("select count(*) from promotion_request where id = ?::uuid")
                    .param(requestId)
                    .query(Long.class)
                    .single(),
            jdbc.sql("select count(*) from requirement where id = ?")
                    .param(id)
                    .query(Long.class)
                    .single(),
            jdbc.sql("update requirement set name = 'Flyttet' where id = ?")
                    .param(id)
                    .update()
        });
        assertThat(seenByBoardRole).containsExactly(0, 0, 0);
    }

    @Test
    void aMemberDecidingARequestCannotChangeTheRequirementAndIsToldWhy() throws Exception {
        UUID community = community("Rettes ikke " + UUID.randomUUID(), "0710", "0607");
        String name = "Afventer samarbejdet " + UUID.randomUUID();
        long id = create(name, null);
        awaitRequest(id, community);
        JsonNode seen =
                json.readTree(api.get("/api/v1/requirements/" + id, fredericia).body());

        HttpResponse<String> changed = api.put(
                "/api/v1/requirements/" + id,
                fredericia,
                "\"" + seen.get("version").asInt() + "\"",
                CatalogApi.requirementJson(name + " (rettet af Fredericia)"));
        HttpResponse<String> deleted = api.delete("/api/v1/requirements/" + id, fredericia);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(403);
        assertThat(changed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(changed.body()).get("detail").asString()).contains("ikke ændre kravet");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(403);
        JsonNode own =
                json.readTree(api.get("/api/v1/requirements/" + id, favrskov).body());
        assertThat(own.get("name").asString()).isEqualTo(name);
        assertThat(own.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void theOtherMembersNeverReadTheRequestingMunicipalitysNotesOrLocalTexts() throws Exception {
        UUID community = community("Noter " + UUID.randomUUID(), "0710", "0607");
        String secret = "Kun Favrskov " + UUID.randomUUID();
        long id = create("Med noter " + UUID.randomUUID(), secret);
        String requestId = awaitRequest(id, community);

        String whileDeciding = api.get("/api/v1/requirements/" + id, fredericia).body();
        HttpResponse<String> approved = decide(fredericia, requestId, "APPROVE");
        String live = api.get("/api/v1/requirements/" + id, fredericia).body();
        String history = api.get("/api/v1/requirements/" + id + "/revisions/1", fredericia)
                .body();
        String membersKravbank = new String(
                api.getBytes("/api/v1/kravbank.csv", fredericia).body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(whileDeciding).doesNotContain(secret);
        assertThat(live).contains("Samarbejdskrav").doesNotContain(secret);
        assertThat(history).contains("created").doesNotContain(secret);
        assertThat(json.readTree(history).get("snapshot").get("tenantId").isNull())
                .isTrue();
        assertThat(membersKravbank).doesNotContain(secret);
        assertThat(api.get("/api/v1/requirements/" + id + "/revisions/1", favrskov)
                        .body())
                .contains(secret);
    }

    @Test
    void theBoardsFileOnACommunityRequirementIsForTheMembersNotPublic() throws Exception {
        String memberBoard = CatalogApi.withRole("0607", "Fredericia Kommune", "editor", "board");
        String outsider = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");
        UUID community = community("Bilag " + UUID.randomUUID(), "0710", "0607");
        long id = create("Fælles bilag " + UUID.randomUUID(), null);
        assertThat(decide(fredericia, awaitRequest(id, community), "APPROVE").statusCode())
                .isEqualTo(200);

        HttpResponse<String> uploaded = api.upload(
                "/api/v1/requirements/" + id + "/attachments",
                memberBoard,
                "noter.txt",
                "Kun for samarbejdet".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String file = "/api/v1/public/attachments/"
                + json.readTree(uploaded.body()).get("id").asString();

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(api.getBytes(file, null).statusCode()).isEqualTo(404);
        assertThat(api.getBytes(file, outsider).statusCode()).isEqualTo(404);
        assertThat(api.getBytes(file, favrskov).statusCode()).isEqualTo(200);
        assertThat(new String(
                        api.getBytes("/api/v1/public/kravbank.csv", null).body(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(file);
        assertThat(api.delete(file.replace("/public", ""), outsider).statusCode())
                .isEqualTo(404);
        assertThat(api.delete(file.replace("/public", ""), favrskov).statusCode())
                .isEqualTo(204);
    }

    private long create(String name, String notes) {
        String body = CatalogApi.requirementJson(name);
        if (notes != null) {
            body = body.replace(
                    "\"allDomains\":true",
                    "\"allDomains\":true,\"notes\":\"" + notes + "\",\"interpretation\":\"" + notes
                            + "\",\"stakeholders\":\"" + notes + "\"");
        }
        HttpResponse<String> created = api.post("/api/v1/requirements", favrskov, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
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
