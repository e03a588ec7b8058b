package dk.anskaf.dialogue.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestUsers;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supplier side of the published {@link DialogueClient}, called as the portal calls it (the caller's
 * token relayed) against this service on its real port: the paths and JSON shapes the portal engineers
 * build on, and a refusal read back with its field.
 */
@AnskafIntegrationTest
class SupplierClientContractTests {

    static final String FAVRSKOV = "0710";

    /** The client's address is fixed when the context starts, so the port is chosen beforehand. */
    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int chosen = port;
        registry.add("server.port", () -> chosen);
        registry.add("anskaf.dialogue.url", () -> "http://localhost:" + chosen);
    }

    @TestConfiguration
    @EnableFeignClients(clients = DialogueClient.class)
    static class Clients {}

    @Autowired
    DialogueClient dialogues;

    @Autowired
    JwtDecoder jwtDecoder;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPurchaserInvitesAndASupplierAnswersAndFinishesThroughTheClient() {
        SupplierSideTestData data = new SupplierSideTestData(fixture, transactions);
        long dialogue = data.activeDialogue(FAVRSKOV, true, true, Duration.ofDays(7));
        long requirement = data.requirement(
                FAVRSKOV, dialogue, 4001, "Gendan inden for {{restore_tid|4 timer|timer}}.", false, true, true);
        String cvr = SupplierSideTestData.newCvr();

        actAs(TestUsers.token(FAVRSKOV, "Favrskov Kommune", TestRole.PURCHASER));
        DialogueClient.Organisation organisation =
                dialogues.registerOrganisation(new DialogueClient.NewOrganisation("Systematic A/S", cvr));
        DialogueClient.SupplierStatus invited = dialogues.invite(
                dialogue,
                new DialogueClient.Invitation(
                        organisation.id(), null, "salg@systematic.example", "Invitation", "Svar venligst"));
        assertThat(dialogues.organisations(cvr)).containsExactly(organisation);
        assertThat(dialogues.contacts(organisation.id()))
                .extracting(DialogueClient.Contact::email)
                .containsExactly("salg@systematic.example");
        assertThat(invited.status()).isEqualTo("INVITED");
        assertThat(invited.contacts()).containsExactly("salg@systematic.example");

        actAs(TestUsers.supplier(
                organisation.id(), "Systematic A/S", UUID.randomUUID().toString(), "salg@systematic.example"));
        assertThat(dialogues.supplierDialogues())
                .extracting(DialogueClient.SupplierDialogueSummary::dialogueId)
                .containsExactly(dialogue);
        assertThat(dialogues.supplierDialogue(dialogue).status()).isEqualTo("OPENED");
        DialogueClient.SupplierRequirement shown =
                dialogues.supplierRequirements(dialogue).getFirst();
        assertThat(shown.descriptionRendered()).isEqualTo("Gendan inden for 2 timer.");
        assertThat(shown.kravId()).isEqualTo("4001");
        assertThat(dialogues
                        .chooseOperatingModel(dialogue, new DialogueClient.OperatingModel("BOTH"))
                        .operatingModel())
                .isEqualTo("BOTH");
        List<DialogueClient.ItSystem> systems = dialogues.itSystems("Nexus");
        assertThat(dialogues
                        .chooseItSystem(
                                dialogue,
                                new DialogueClient.ItSystemChoice(
                                        systems.getFirst().kitosUuid()))
                        .itSystem())
                .isEqualTo(systems.getFirst());
        assertThatThrownBy(() -> dialogues.answer(
                        dialogue, requirement, new DialogueClient.AnswerInput("JA_TILKOEB", null, null)))
                .isInstanceOfSatisfying(
                        ServiceProblemException.BadRequest.class,
                        refused -> assertThat(refused.fieldErrors())
                                .extracting(dk.anskaf.platform.errors.FieldError::field)
                                .containsExactly("price"));
        DialogueClient.Answer answer = dialogues.answer(
                dialogue, requirement, new DialogueClient.AnswerInput("JA_TILKOEB", null, "1.000 kr."));
        assertThat(answer.price()).isEqualTo("1.000 kr.");
        assertThat(dialogues.copySources(dialogue)).isEmpty();
        DialogueClient.SupplierDialogue finished = dialogues.finish(dialogue);
        assertThat(finished.status()).isEqualTo("FINISHED");
        assertThat(finished.answeredCount()).isEqualTo(1);
        assertThatThrownBy(() -> dialogues.decline(dialogue, new DialogueClient.Reason("Alligevel ikke")))
                .isInstanceOfSatisfying(
                        ServiceProblemException.Conflict.class,
                        refused -> assertThat(refused.type()).endsWith("answers-finished"));

        actAs(TestUsers.token(FAVRSKOV, "Favrskov Kommune", TestRole.PURCHASER));
        assertThat(dialogues.suppliers(dialogue)).singleElement().satisfies(status -> {
            assertThat(status.status()).isEqualTo("FINISHED");
            assertThat(status.answeredCount()).isEqualTo(1);
            assertThat(status.requirementCount()).isEqualTo(1);
        });
    }

    private void actAs(String token) {
        var jwt = jwtDecoder.decode(token);
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }
}
