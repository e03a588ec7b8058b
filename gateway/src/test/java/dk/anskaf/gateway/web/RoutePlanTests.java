package dk.anskaf.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.gateway.GatewayProperties;
import dk.anskaf.platform.registry.ServiceRegistry;
import dk.anskaf.platform.registry.ServiceRoute;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The gateway's routes are the registry's: none added by hand, none left out. */
class RoutePlanTests {

    private static final GatewayProperties PROPERTIES = new GatewayProperties(
            "http://localhost:9000", "", Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(600));

    @Test
    void theGatewayRoutesExactlyTheRegistrysRoutesInItsOrder() {
        ServiceRegistry registry = ServiceRegistry.load();

        List<RoutePlan> plans = RoutePlan.from(registry, PROPERTIES, new MockEnvironment());

        assertThat(plans).extracting(RoutePlan::route).containsExactlyElementsOf(registry.routes());
        assertThat(plans)
                .extracting(plan -> plan.route().id())
                .contains("catalog-imports", "catalog", "notification", "portal-imports", "portal");
    }

    @Test
    void importsGetTheImportTimeoutAndEverythingElseTheRouteTimeout() {
        List<RoutePlan> plans = RoutePlan.from(ServiceRegistry.load(), PROPERTIES, new MockEnvironment());

        for (RoutePlan plan : plans) {
            Duration expected = plan.route().timeout() == ServiceRoute.Timeout.IMPORT
                    ? Duration.ofSeconds(600)
                    : Duration.ofSeconds(10);
            assertThat(plan.timeout()).as(plan.route().id()).isEqualTo(expected);
        }
        assertThat(plans)
                .filteredOn(plan -> plan.route().timeout() == ServiceRoute.Timeout.IMPORT)
                .extracting(plan -> plan.route().id())
                .containsExactly("catalog-imports", "portal-imports");
    }

    @Test
    void aServiceIsReachedAtItsPropertyElseItsVariableElseItsLocalPort() {
        ServiceRegistry registry = ServiceRegistry.load();
        MockEnvironment environment = new MockEnvironment()
                .withProperty("anskaf.gateway.catalog-url", "http://catalog:8080")
                .withProperty("ANSKAF_NOTIFICATION_URL", "http://notification:8080");

        List<RoutePlan> plans = RoutePlan.from(registry, PROPERTIES, environment);

        assertThat(plans)
                .filteredOn(plan -> plan.service().equals("catalog-service"))
                .extracting(RoutePlan::uri)
                .containsOnly("http://catalog:8080");
        assertThat(plans)
                .filteredOn(plan -> plan.service().equals("notification-service"))
                .extracting(RoutePlan::uri)
                .containsOnly("http://notification:8080");
        assertThat(plans)
                .filteredOn(plan -> plan.service().equals("portal"))
                .extracting(RoutePlan::uri)
                .containsOnly("http://localhost:8083");
    }

    @Test
    void aNewRegistryEntryIsRoutedWithoutAChangeToTheGateway() {
        ServiceRegistry registry = ServiceRegistry.read(new StringReader("""
                services:
                  - name: tender-service
                    module: tender-service
                    port: 8090
                    url-env: ANSKAF_TENDER_URL
                    routes: [{id: tender, paths: [/api/v1/tenders/**]}]
                """));

        List<RoutePlan> plans = RoutePlan.from(registry, PROPERTIES, new MockEnvironment());

        assertThat(plans).singleElement().satisfies(plan -> {
            assertThat(plan.route().paths()).containsExactly("/api/v1/tenders/**");
            assertThat(plan.route().kind()).isEqualTo(ServiceRoute.Kind.API);
            assertThat(plan.uri()).isEqualTo("http://localhost:8090");
        });
    }
}
