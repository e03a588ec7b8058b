package dk.anskaf.dialogue.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.dialogue.client.AnswerReview;
import dk.anskaf.dialogue.client.AnswerSetOverview;
import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.SupplierAnswers;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's records of the review part read what this service answers, strictly (no field the client
 * lacks, no primitive left out): Besvarelser, one supplier's answers with a review and a round, and the
 * supplier's dialogue and requirements during the round.
 */
@AnskafIntegrationTest
class ReviewClientShapesIntegrationTests {

    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyReviewAnswerReadsIntoTheClientsRecords() {
        var data = new SupplierSideTestData(fixture, transactions);
        long dialogue = data.activeDialogue("0710", true, true, Duration.ofDays(3));
        long requirement = data.requirement("0710", dialogue, 1001, "Gendannelse.", false, true, true);
        InvitedSupplier invited = InvitedSupplier.invite(api, "0710", dialogue);
        var supplier = api.asSupplier(invited.organisation(), invited.email());
        String supplierBase = "/api/v1/supplier/dialogues/" + dialogue;
        supplier.put(supplierBase + "/answers/" + requirement, "{\"choice\":\"JA_TILKOEB\",\"price\":\"1 kr.\"}")
                .assertStatus(200);
        supplier.put(supplierBase + "/it-system", "{\"kitosUuid\":\"5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e01\"}")
                .assertStatus(200);
        supplier.post(supplierBase + "/finish", "").assertStatus(200);
        var purchaser = api.as(TestRole.PURCHASER, "0710");
        String base = "/api/v1/dialogues/" + dialogue + "/answer-sets";

        List<AnswerSetOverview> overview =
                STRICT.readValue(purchaser.get(base).assertStatus(200).body(), new TypeReference<>() {});
        AnswerReview review = STRICT.readValue(
                purchaser
                        .put(
                                base + "/" + invited.answerSet() + "/reviews/" + requirement,
                                "0",
                                "{\"status\":\"ELABORATION_NEEDED\",\"comment\":\"Hvorfor?\"}")
                        .assertStatus(200)
                        .body(),
                AnswerReview.class);
        SupplierAnswers requested = STRICT.readValue(
                purchaser
                        .post(base + "/" + invited.answerSet() + "/elaboration-requests", "{\"message\":\"Uddyb\"}")
                        .assertStatus(201)
                        .body(),
                SupplierAnswers.class);
        DialogueClient.SupplierDialogue page = STRICT.readValue(
                supplier.get(supplierBase).assertStatus(200).body(), DialogueClient.SupplierDialogue.class);
        List<DialogueClient.SupplierRequirement> requirements = STRICT.readValue(
                supplier.get(supplierBase + "/requirements").assertStatus(200).body(), new TypeReference<>() {});
        DialogueClient.SupplierDialogue sentBack = STRICT.readValue(
                supplier.post(supplierBase + "/elaboration/send-back", "")
                        .assertStatus(200)
                        .body(),
                DialogueClient.SupplierDialogue.class);
        SupplierAnswers after = STRICT.readValue(
                purchaser
                        .get(base + "/" + invited.answerSet())
                        .assertStatus(200)
                        .body(),
                SupplierAnswers.class);

        assertThat(overview)
                .singleElement()
                .satisfies(row -> assertThat(row.visible()).isTrue());
        assertThat(review.version()).isEqualTo(1);
        assertThat(requested.itSystem().kitosUrl()).endsWith("5b0f3f64-1c2a-4e8e-9d51-0a6f1c2d3e01");
        assertThat(requested.rounds())
                .singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("Uddyb"));
        assertThat(page.answersVisibility()).isEqualTo("ON_FINISH");
        assertThat(page.elaborationRounds()).hasSize(1);
        assertThat(requirements.getFirst().review().comment()).isEqualTo("Hvorfor?");
        assertThat(sentBack.status()).isEqualTo("FINISHED");
        assertThat(after.rounds().getFirst().sentBackAt()).isNotNull();
    }
}
