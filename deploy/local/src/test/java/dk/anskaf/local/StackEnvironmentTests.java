package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.registry.ServiceEntry;
import dk.anskaf.platform.registry.ServiceRegistry;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The launcher's plan and environment come from the registry alone: no service is named in its code. */
class StackEnvironmentTests {

    private static final LocalStack.Settings SETTINGS =
            new LocalStack.Settings(Path.of("."), Path.of("state"), 0, 0, 0, 0, 20000, 2, "board@test");

    @Test
    void scalingServicesRunAsOftenAsAskedAndTheOthersOnceEachOnItsOwnPort() {
        List<ServiceInstance> plan = ServiceInstance.plan(ServiceRegistry.load().services(), 20000, 2);

        assertThat(plan)
                .extracting(ServiceInstance::name, ServiceInstance::port)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("identity", 29000),
                        org.assertj.core.groups.Tuple.tuple("gateway-1", 28080),
                        org.assertj.core.groups.Tuple.tuple("gateway-2", 28180),
                        org.assertj.core.groups.Tuple.tuple("catalog-service-2", 28181),
                        org.assertj.core.groups.Tuple.tuple("portal", 28083));
        assertThat(plan.stream().map(ServiceInstance::port).distinct()).hasSameSizeAs(plan);
    }

    @Test
    void everyServiceReachesEveryOtherThroughTheVariablesTheRegistryNames() {
        ServiceRegistry registry = ServiceRegistry.load();
        List<ServiceInstance> plan = ServiceInstance.plan(registry.services(), 20000, 2);
        StackEnvironment environment = new StackEnvironment(registry, plan, SETTINGS, "localhost:1", 2);

        Map<String, String> env = environment.of(plan.getFirst(), Optional.empty());

        for (ServiceEntry service : registry.services()) {
            if (service.urlEnv() != null) {
                assertThat(env).containsEntry(service.urlEnv(), "http://localhost:" + service.port(20000, 0));
            }
        }
        assertThat(env)
                .containsEntry("PORT", "29000")
                .containsEntry("ANSKAF_CATALOG_URL", "http://localhost:28081")
                .containsEntry(
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://localhost:29000/oauth2/jwks")
                .containsEntry(
                        "ANSKAF_GATEWAY_REDIRECT_URIS",
                        "http://localhost:28080/login/oauth2/code/anskaf,http://localhost:28180/login/oauth2/code/anskaf");
    }

    @Test
    void theNotificationClientSecretIsGeneratedPerRunAndGivenOnlyToIdentityAndNotificationService() {
        ServiceRegistry registry = ServiceRegistry.load();
        List<ServiceInstance> plan = ServiceInstance.plan(registry.services(), 20000, 2);
        StackEnvironment run = new StackEnvironment(registry, plan, SETTINGS, "localhost:1", 2);
        StackEnvironment nextRun = new StackEnvironment(registry, plan, SETTINGS, "localhost:1", 2);

        Map<String, Map<String, String>> envs = new java.util.HashMap<>();
        plan.forEach(instance -> envs.put(instance.name(), run.of(instance, Optional.empty())));
        String secret = envs.get("identity").get("ANSKAF_NOTIFICATION_CLIENT_SECRET");

        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(envs.get("notification-service")).containsEntry("ANSKAF_NOTIFICATION_CLIENT_SECRET", secret);
        assertThat(envs.get("gateway-1")).doesNotContainKey("ANSKAF_NOTIFICATION_CLIENT_SECRET");
        assertThat(envs.get("portal")).doesNotContainKey("ANSKAF_NOTIFICATION_CLIENT_SECRET");
        assertThat(nextRun.of(plan.getFirst(), Optional.empty()).get("ANSKAF_NOTIFICATION_CLIENT_SECRET"))
                .isNotEqualTo(secret);
    }

    @Test
    void aNewRegistryEntryIsStartedAndReachableWithoutAChangeToTheLauncher() {
        ServiceRegistry registry = ServiceRegistry.read(new StringReader("""
                services:
                  - {name: identity, module: identity, port: 9000, url-env: ANSKAF_IDENTITY_URL}
                  - {name: gateway, module: gateway, port: 8080, scales: true, url-env: ANSKAF_PUBLIC_URL}
                  - {name: tender-service, module: tender-service, port: 8090, database: tender, url-env: ANSKAF_TENDER_URL}
                """));
        List<ServiceInstance> plan = ServiceInstance.plan(registry.services(), 0, 1);
        StackEnvironment environment = new StackEnvironment(registry, plan, SETTINGS, "localhost:1", 2);

        assertThat(plan).extracting(ServiceInstance::name).contains("tender-service");
        assertThat(environment.of(plan.getFirst(), Optional.empty()))
                .containsEntry("ANSKAF_TENDER_URL", "http://localhost:8090");
    }
}
