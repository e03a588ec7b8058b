package dk.anskaf.local;

import dk.anskaf.platform.registry.ServiceEntry;
import dk.anskaf.platform.registry.ServiceRegistry;
import dk.anskaf.platform.test.infra.DatabaseProvisioner;
import dk.anskaf.platform.test.infra.PostgresServer;
import dk.anskaf.platform.test.infra.ServiceDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One database per registry service that keeps data, with its owner and app roles, provisioned the way an
 * operator would (idempotent, so every start of the local run may do it again).
 */
final class StackDatabases {

    private final Map<String, ServiceDatabase> byService;

    private StackDatabases(Map<String, ServiceDatabase> byService) {
        this.byService = byService;
    }

    static StackDatabases provision(ServiceRegistry registry, PostgresServer postgres) {
        Map<String, ServiceDatabase> databases = new LinkedHashMap<>();
        for (ServiceEntry service : registry.withDatabase()) {
            String name = service.databaseName().orElseThrow();
            // Local-only passwords for local-only roles; deployments take theirs from a secret store.
            databases.put(
                    service.name(),
                    DatabaseProvisioner.provision(postgres, name, "local-" + name + "-owner", "local-" + name));
        }
        return new StackDatabases(databases);
    }

    /** The service's database, empty for a service that keeps no data. */
    Optional<ServiceDatabase> of(ServiceEntry service) {
        return Optional.ofNullable(byService.get(service.name()));
    }
}
