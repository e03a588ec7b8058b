package dk.anskaf.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.identity.IdentityIntegrationTest;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A federated user's roles come from upstream at every login, except those only Anskaf grants. */
@IdentityIntegrationTest
class FederatedRolesIntegrationTests {

    @Autowired
    UserAccounts users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aBoardMembershipSurvivesTheNextFederatedLoginWhileUpstreamRolesAreReplaced() {
        String subject = "S-1-5-21-" + UUID.randomUUID();
        String username = "federated." + UUID.randomUUID().toString().substring(0, 8);

        UserAccount first = login(subject, username, List.of("editor", "purchaser"));
        asFavrskov(() -> {
            users.replaceRoles(first.id(), TenantId.of("0710"), List.of("editor", "purchaser", "board"));
            return null;
        });
        UserAccount again = login(subject, username, List.of("editor"));

        assertThat(again.roles()).containsExactlyInAnyOrder("editor", "board");
    }

    private UserAccount login(String subject, String username, List<String> upstreamRoles) {
        return asFavrskov(() -> users.provision(
                TenantId.of("0710"),
                subject,
                username,
                "Federeret Bruger",
                username + "@favrskov.example",
                upstreamRoles));
    }

    private <T> T asFavrskov(Supplier<T> work) {
        return TenantContext.callAs(TenantId.of("0710"), () -> transactions.execute(status -> work.get()));
    }
}
