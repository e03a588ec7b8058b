package dk.anskaf.identity.events;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.identity.IdentityTestProperties;
import dk.anskaf.identity.OidcFlow;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * identity's events as it really writes them to its outbox (seeded and published by the demo seed, or
 * by an operator's change), held against their examples in docs/events.md (producer side of the
 * contracts; catalog-service and notification-service hold the consumer side).
 */
@IdentityIntegrationTest
class IdentityEventContractIntegrationTests {

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    final EventContracts contracts = EventContracts.documented();

    @Test
    void aMunicipalitysRegistrationAndStateAreSentAsDocumented() {
        contracts.assertProducerMatches(
                IdentityEvents.TENANT_REGISTERED, fixture.outboxEvent(IdentityEvents.TENANT_REGISTERED, "0710"));
        contracts.assertProducerMatches(
                IdentityEvents.TENANT_CHANGED, fixture.outboxEvent(IdentityEvents.TENANT_CHANGED, "0710"));
    }

    @Test
    void aBoardMembershipIsSentAsDocumented() {
        var membership =
                fixture.outboxEvents(IdentityEvents.BOARD_MEMBERSHIP_CHANGED).getLast();

        contracts.assertProducerMatches(IdentityEvents.BOARD_MEMBERSHIP_CHANGED, membership);
    }

    @Test
    void aCommunityIsSentAsDocumented() {
        String operator = new OidcFlow(api.baseUri().toString())
                .login("operator", "drift", IdentityTestProperties.PASSWORD)
                .get("access_token")
                .asString();
        String community = api.as(operator)
                .post(
                        "/api/v1/communities",
                        "{\"name\":\"Kontrakt " + UUID.randomUUID() + "\",\"members\":[\"0710\",\"0607\"]}")
                .assertStatus(201)
                .json()
                .get("id")
                .asString();

        contracts.assertProducerMatches(
                IdentityEvents.COMMUNITY_MEMBERSHIP_CHANGED,
                fixture.outboxEvent(IdentityEvents.COMMUNITY_MEMBERSHIP_CHANGED, community));
    }
}
