package dk.anskaf.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ServiceRegistryTests {

    @Test
    void everyServiceOfThePlatformIsDescribedWithItsPortAndDatabase() {
        ServiceRegistry registry = ServiceRegistry.load();

        assertThat(registry.services())
                .extracting(ServiceEntry::name)
                .startsWith("identity", "gateway", "catalog-service", "notification-service", "portal");
        assertThat(registry.service("catalog-service").port()).isEqualTo(8081);
        assertThat(registry.service("catalog-service").database()).isEqualTo("catalog");
        assertThat(registry.service("portal").database()).isNull();
        assertThat(registry.service("gateway").scales()).isTrue();
        assertThat(registry.service("identity").scales()).isFalse();
    }

    @Test
    void theImportRouteIsLongRunningAndThePortalTakesEverythingButTheApis() {
        ServiceRegistry registry = ServiceRegistry.load();

        ServiceRoute imports = registry.routes().stream()
                .filter(route -> route.id().equals("catalog-imports"))
                .findFirst()
                .orElseThrow();
        ServiceRoute portal = registry.service("portal").routes().getLast();
        assertThat(imports.timeout()).isEqualTo(ServiceRoute.Timeout.IMPORT);
        assertThat(imports.order()).isEqualTo(-1);
        assertThat(portal.kind()).isEqualTo(ServiceRoute.Kind.PAGES);
        assertThat(portal.except()).contains("/api/**");
    }

    @Test
    void theOthersReachAServiceThroughItsVariablesDerivedFromItsAddress() {
        ServiceEntry identity = ServiceRegistry.load().service("identity");

        assertThat(identity.environmentFor("http://localhost:29000"))
                .containsEntry("ANSKAF_IDENTITY_URL", "http://localhost:29000")
                .containsEntry("ANSKAF_IDENTITY_ISSUER", "http://localhost:29000")
                .containsEntry(
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://localhost:29000/oauth2/jwks");
        assertThat(identity.port(20000, 1)).isEqualTo(29100);
    }

    @Test
    void twoServicesOnOnePortAreRefusedNamingTheService() {
        String yaml = """
                services:
                  - {name: one, module: one, port: 8090, url-env: ONE_URL}
                  - {name: two, module: two, port: 8090, url-env: TWO_URL}
                """;

        assertThatThrownBy(() -> ServiceRegistry.read(new StringReader(yaml)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("service two")
                .hasMessageContaining("port 8090 is taken");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        String yaml = """
                services:
                  - {name: one, module: one, port: 8090, databse: one}
                """;

        assertThatThrownBy(() -> ServiceRegistry.read(new StringReader(yaml)))
                .hasMessageContaining("services 'one'")
                .hasMessageContaining("unknown field 'databse'");
    }

    @Test
    void aRouteWithoutPathsOrWithAnUnknownKindIsRefused() {
        String noPaths = """
                services:
                  - {name: one, module: one, port: 8090, url-env: ONE_URL, routes: [{id: one}]}
                """;
        String badKind = """
                services:
                  - {name: one, module: one, port: 8090, url-env: ONE_URL, routes: [{id: one, kind: web, paths: [/x]}]}
                """;

        assertThatThrownBy(() -> ServiceRegistry.read(new StringReader(noPaths)))
                .hasMessageContaining("route one has no paths");
        assertThatThrownBy(() -> ServiceRegistry.read(new StringReader(badKind)))
                .hasMessageContaining("field 'kind' cannot be 'web'");
    }

    @Test
    void twoRoutesOfOneIdAndAnInvalidDatabaseNameAreRefused() {
        String twoIds = """
                services:
                  - {name: one, module: one, port: 8090, url-env: ONE_URL, routes: [{id: r, paths: [/a]}]}
                  - {name: two, module: two, port: 8091, url-env: TWO_URL, routes: [{id: r, paths: [/b]}]}
                """;
        String badDatabase = """
                services:
                  - {name: one, module: one, port: 8090, database: "One; drop"}
                """;

        assertThatThrownBy(() -> ServiceRegistry.read(new StringReader(twoIds)))
                .hasMessageContaining("route id r is taken");
        assertThatThrownBy(() -> ServiceRegistry.read(new StringReader(badDatabase)))
                .hasMessageContaining("database must match");
    }
}
