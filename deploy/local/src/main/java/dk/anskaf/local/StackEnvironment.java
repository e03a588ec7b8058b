package dk.anskaf.local;

import dk.anskaf.platform.registry.ServiceEntry;
import dk.anskaf.platform.registry.ServiceRegistry;
import dk.anskaf.platform.test.infra.ServiceDatabase;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The environment of one service process: its port and database, the infrastructure's addresses, and the
 * variables through which it reaches every other service, all from the registry; then the local run's
 * secrets and demo switches.
 */
final class StackEnvironment {

    /** Local-only secrets of the local run; deployments take theirs from a secret store. */
    static final String LOCAL_GATEWAY_SECRET = "local-gateway-secret";

    static final String LOCAL_KEY_SECRET = "local-only-key-encryption-secret";

    /**
     * The two ends of notification-service's machine client at identity (supplier sign-in links): identity
     * registers it, notification-service authenticates with it; no other service gets the secret.
     */
    static final Set<String> NOTIFICATION_CLIENT_ENDS = Set.of("identity", "notification-service");

    /** Generated once per run, never printed or logged: a supplier sign-in link is a login. */
    private final String notificationClientSecret = randomSecret();

    private final ServiceRegistry registry;
    private final List<ServiceInstance> instances;
    private final LocalStack.Settings settings;
    private final String kafkaBootstrapServers;
    private final int smtpPort;

    StackEnvironment(
            ServiceRegistry registry,
            List<ServiceInstance> instances,
            LocalStack.Settings settings,
            String kafkaBootstrapServers,
            int smtpPort) {
        this.registry = registry;
        this.instances = instances;
        this.settings = settings;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.smtpPort = smtpPort;
    }

    /** Where the others reach a service: its first instance (a deployment puts a load balancer there). */
    String url(String service) {
        return urls(service).getFirst();
    }

    /** Every instance of a service, in order. */
    List<String> urls(String service) {
        return ServiceInstance.urls(instances, service);
    }

    Map<String, String> of(ServiceInstance instance, Optional<ServiceDatabase> database) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(instance.port()));
        database.ifPresent(db -> db.springProperties().forEach((key, value) -> env.put(toEnv(key), value)));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        for (ServiceEntry other : registry.services()) {
            env.putAll(other.environmentFor(url(other.name())));
        }
        env.put("ANSKAF_IDENTITY_KEY_SECRET", LOCAL_KEY_SECRET);
        env.put("ANSKAF_GATEWAY_CLIENT_SECRET", LOCAL_GATEWAY_SECRET);
        if (NOTIFICATION_CLIENT_ENDS.contains(instance.service().name())) {
            env.put("ANSKAF_NOTIFICATION_CLIENT_SECRET", notificationClientSecret);
        }
        // Identity lets a browser come back to any gateway instance, and leave through any.
        List<String> gateways = urls("gateway");
        env.put(
                "ANSKAF_GATEWAY_REDIRECT_URIS",
                gateways.stream().map(url -> url + "/login/oauth2/code/anskaf").collect(Collectors.joining(",")));
        env.put(
                "ANSKAF_GATEWAY_POST_LOGOUT_URIS",
                String.join(",", gateways.stream().map(url -> url + "/").toList()));
        env.put("ANSKAF_DEMO_USERS", "true");
        env.put("ANSKAF_CATALOG_DEMO_DATA", "true");
        env.put("ANSKAF_DEMO_CLIENT_ID", LocalStack.DEMO_CLIENT_ID);
        env.put("ANSKAF_DEMO_CLIENT_SECRET", LocalStack.DEMO_CLIENT_SECRET);
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(smtpPort));
        env.put("ANSKAF_BOARD_ADDRESSES", settings.boardAddresses());
        env.put("ANSKAF_INSTANCE", "local-" + instance.port());
        env.put("ANSKAF_EXIT_WITH_PARENT", "true");
        return env;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String toEnv(String property) {
        return property.toUpperCase().replace('.', '_').replace('-', '_');
    }
}
