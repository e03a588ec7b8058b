package dk.anskaf.identity.user;

import dk.anskaf.identity.IdentityProperties;
import dk.anskaf.identity.events.ReferenceEvents;
import dk.anskaf.identity.server.MachineClients;
import dk.anskaf.identity.tenant.TenantRegistry;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo users for the local run only ({@code anskaf.identity.demo-users=true}): Favrskov, Fredericia and
 * Horsens onboarded with a user per role, plus an operator. Never enabled in a deployment.
 */
@Component
class DemoUsers implements ApplicationRunner {

    static final Map<String, String> MUNICIPALITIES =
            Map.of("0710", "favrskov", "0607", "fredericia", "0615", "horsens");
    static final Map<String, List<String>> USERS = Map.of(
            "indkoeber", List.of("purchaser"),
            "redaktoer", List.of("editor", "purchaser"),
            "admin", List.of("administrator"),
            "sih", List.of("sih"),
            "medarbejder", List.of("employee"),
            "kravredaktoer", List.of("editor", "board"));

    private final IdentityProperties properties;
    private final TenantRegistry tenants;
    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    /** Client id of the local run's metrics reader (tenant and role {@code operator}). */
    static final String DEMO_METRICS_CLIENT = "anskaf-demo-metrics";

    private final RegisteredClientRepository clients;
    private final ReferenceEvents events;

    DemoUsers(
            IdentityProperties properties,
            TenantRegistry tenants,
            UserAccounts users,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            RegisteredClientRepository clients,
            ReferenceEvents events) {
        this.properties = properties;
        this.tenants = tenants;
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clients = clients;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoUsers()) {
            return;
        }
        String hash = passwords.encode(properties.demoPassword());
        MUNICIPALITIES.forEach((kommunekode, slug) -> {
            onboard(kommunekode);
            USERS.forEach((username, roles) -> ensure(TenantId.of(kommunekode), username, slug, roles, hash));
        });
        onboard("operator");
        ensure(TenantId.of("operator"), "drift", "driftsoperatoer", List.of("operator"), hash);
        if (!properties.demoClientId().isBlank() && clients.findByClientId(properties.demoClientId()) == null) {
            clients.save(MachineClients.of(
                    properties.demoClientId(),
                    passwords.encode(properties.demoClientSecret()),
                    "0710",
                    "editor,purchaser",
                    Duration.ofHours(1)));
        }
        // The operator's machine client, for reading metrics in the local run (benchmarks), same secret.
        if (!properties.demoClientId().isBlank() && clients.findByClientId(DEMO_METRICS_CLIENT) == null) {
            clients.save(MachineClients.of(
                    DEMO_METRICS_CLIENT,
                    passwords.encode(properties.demoClientSecret()),
                    "operator",
                    "operator",
                    Duration.ofHours(1)));
        }
    }

    /** As the operator's onboarding does it, with the same event, so other services learn of it. */
    private void onboard(String tenantId) {
        transactions.executeWithoutResult(status -> {
            if (tenants.find(tenantId).filter(tenant -> tenant.onboarded()).isEmpty()) {
                tenants.onboard(tenantId);
                events.tenantRegistered(TenantId.of(tenantId));
                events.tenantChanged(TenantId.of(tenantId));
            }
        });
    }

    private void ensure(TenantId tenantId, String username, String slug, List<String> roles, String hash) {
        TenantContext.runAs(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    if (users.findByUsername(username).isEmpty()) {
                        users.create(
                                tenantId,
                                username,
                                "Demo " + username + " (" + slug + ")",
                                username + "@" + slug + ".example",
                                hash,
                                roles);
                    }
                }));
    }
}
