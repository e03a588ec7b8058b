package dk.anskaf.dialogue.review;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.security.TestRole;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Formpipe Software A/S (a new CVR each time) invited by a purchaser through the API, as the review tests need it. */
record InvitedSupplier(UUID organisation, UUID answerSet, String email) {

    static InvitedSupplier invite(ApiClient api, String tenant, long dialogue) {
        String email = "salg-" + UUID.randomUUID() + "@formpipe.example";
        JsonNode invited = api.as(TestRole.PURCHASER, tenant)
                .post(
                        "/api/v1/dialogues/" + dialogue + "/invitations",
                        "{\"newOrganisation\":{\"name\":\"Formpipe Software A/S\",\"cvr\":\""
                                + SupplierSideTestData.newCvr() + "\"},\"email\":\"" + email
                                + "\",\"subject\":\"Invitation\",\"message\":\"Vi ser frem til jeres svar.\"}")
                .assertStatus(201)
                .json();
        return new InvitedSupplier(
                UUID.fromString(invited.path("organisationId").asString()),
                UUID.fromString(invited.path("answerSetId").asString()),
                email);
    }
}
