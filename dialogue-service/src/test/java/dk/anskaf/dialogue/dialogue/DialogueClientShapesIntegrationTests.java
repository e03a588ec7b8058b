package dk.anskaf.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's {@link DialogueClient} reads what this service answers on the same paths: every answer of the
 * purchaser's endpoints is read strictly into the client's records (no field the client lacks, no primitive
 * the service leaves out), so the two cannot drift apart unnoticed.
 */
@AnskafIntegrationTest
class DialogueClientShapesIntegrationTests {

    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    @Autowired
    ApiClient api;

    @Test
    void everyPurchaserAnswerReadsIntoTheClientsRecords() {
        var purchaser = api.as(TestRole.PURCHASER, "0710");
        String created =
                purchaser.post("/api/v1/dialogues", """
                        {"title":"Omsorgssystem","description":"Sundhed og omsorg","contactEmail":"indkoeb@favrskov.example",
                         "domainIds":[1,3],"prioritiesVisible":true,"pricesRequested":true,"communityId":null}
                        """).assertStatus(201).body();
        DialogueClient.Dialogue dialogue = STRICT.readValue(created, DialogueClient.Dialogue.class);
        String base = "/api/v1/dialogues/" + dialogue.id();

        DialogueClient.GuidedResult guided = STRICT.readValue(
                purchaser
                        .post(base + "/guided-selection", "{\"answers\":{\"1\":\"JA\"}}")
                        .assertStatus(200)
                        .body(),
                DialogueClient.GuidedResult.class);
        DialogueClient.DialogueRequirement freeText = STRICT.readValue(
                purchaser
                        .post(base + "/requirements/free-text", """
                                {"name":"RDS","category":"Drift","priority":"NORMAL","description":"Afvikles på RDS"}
                                """)
                        .assertStatus(201)
                        .body(),
                DialogueClient.DialogueRequirement.class);
        DialogueClient.DialogueRequirement manual = STRICT.readValue(
                purchaser
                        .post(base + "/requirements", "{\"catalogRequirementId\":171}")
                        .assertStatus(201)
                        .body(),
                DialogueClient.DialogueRequirement.class);
        List<DialogueClient.DialogueRequirement> set = STRICT.readValue(
                purchaser.get(base + "/requirements").assertStatus(200).body(), new TypeReference<>() {});
        DialogueClient.CandidatePage candidates = STRICT.readValue(
                purchaser
                        .get(base + "/candidates?page=0&size=100")
                        .assertStatus(200)
                        .body(),
                DialogueClient.CandidatePage.class);
        DialogueClient.Dialogue active = STRICT.readValue(
                purchaser
                        .post(
                                base + "/activate",
                                "{\"deadline\":\"" + OffsetDateTime.now().plusDays(3) + "\"}")
                        .assertStatus(200)
                        .body(),
                DialogueClient.Dialogue.class);
        List<DialogueClient.DialogueSummary> ongoing = STRICT.readValue(
                purchaser
                        .get("/api/v1/dialogues?list=ONGOING")
                        .assertStatus(200)
                        .body(),
                new TypeReference<>() {});

        assertThat(dialogue.status()).isEqualTo("DRAFT");
        assertThat(dialogue.pricesRequested()).isTrue();
        assertThat(guided.requirements()).hasSize(guided.selectedCount());
        assertThat(guided.requirements().getLast().parameters()).isNotEmpty();
        assertThat(freeText.kravId()).isEqualTo("F1");
        assertThat(manual.catalogRequirementId()).isEqualTo(171L);
        assertThat(set).hasSize(4);
        assertThat(candidates.items()).anySatisfy(c -> assertThat(c.selected()).isTrue());
        assertThat(active.requirementCount()).isEqualTo(4);
        assertThat(ongoing).anySatisfy(s -> assertThat(s.id()).isEqualTo(dialogue.id()));
    }
}
