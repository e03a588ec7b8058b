package dk.anskaf.local;

import dk.anskaf.platform.registry.ServiceRegistry;
import dk.anskaf.platform.test.mail.MailSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine with only a JDK: embedded PostgreSQL, a Kafka broker process and an
 * SMTP sink with a web page ({@link StackInfrastructure}), a database per service ({@link StackDatabases}),
 * then every service of the registry ({@code anskaf/services.yaml}) as its own process on its own port,
 * with the environment to reach the others ({@link StackEnvironment}). Data is kept in
 * {@code .anskaf-local/} between runs; Ctrl-C stops everything.
 */
public final class LocalStack implements AutoCloseable {

    public static final String DEMO_PASSWORD = "Anskaf-demo-2026!";
    static final String DEMO_CLIENT_ID = "favrskov-demo-integration";
    static final String DEMO_CLIENT_SECRET = "favrskov-demo-secret";
    /** Registered by identity's demo data beside the demo client, with the same secret. */
    static final String DEMO_METRICS_CLIENT_ID = "anskaf-demo-metrics";

    /** Ports and folders of one stack; the local run uses the fixed defaults, tests free ports. */
    public record Settings(
            Path root,
            Path state,
            int postgresPort,
            int kafkaPort,
            int smtpPort,
            int mailViewerPort,
            int portOffset,
            int instances,
            String boardAddresses) {

        static Settings defaults(Path root) {
            return new Settings(
                    root, root.resolve(".anskaf-local"), 15432, 19092, 3025, 8025, 0, 1, "kravredaktion@anskaf.local");
        }
    }

    private final Settings settings;
    private final ServiceRegistry registry;
    private final List<ServiceInstance> instances;
    private final List<ServiceProcess> services = new ArrayList<>();
    private StackInfrastructure infrastructure;
    private StackEnvironment environment;

    public LocalStack(Settings settings) {
        this(settings, ServiceRegistry.load());
    }

    LocalStack(Settings settings, ServiceRegistry registry) {
        this.settings = settings;
        this.registry = registry;
        this.instances = ServiceInstance.plan(registry.services(), settings.portOffset(), settings.instances());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        LocalStack stack = new LocalStack(Settings.defaults(root));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("\nStopping Anskaf ...");
                            stack.close();
                            stopped.countDown();
                        },
                        "stop-anskaf"));
        long started = System.nanoTime();
        stack.start();
        System.out.println(StackSummary.of(
                stack.registry,
                stack.environment,
                stack.infrastructure,
                Duration.ofNanos(System.nanoTime() - started)));
        stopped.await();
    }

    /**
     * Starts the infrastructure, then every service, and waits until each is ready. When anything fails
     * on the way, whatever already started is stopped again before the error is thrown: a half-started
     * stack would otherwise keep its ports and cores until the JVM ends, under the next attempt's feet.
     */
    public void start() throws IOException {
        try {
            startAll();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() throws IOException {
        Files.createDirectories(settings.state().resolve("logs"));
        infrastructure = StackInfrastructure.start(settings, LocalStack::log);
        StackDatabases databases = StackDatabases.provision(registry, infrastructure.postgres());
        environment = new StackEnvironment(
                registry,
                instances,
                settings,
                infrastructure.kafka().bootstrapServers(),
                infrastructure.mail().port());
        for (ServiceInstance instance : instances) {
            log("Starting " + instance.name() + " on port " + instance.port());
            services.add(ServiceProcess.start(
                    instance.name(),
                    command(instance.service().module()),
                    environment.of(instance, databases.of(instance.service())),
                    settings.state().resolve("logs").resolve(instance.name() + ".log"),
                    RestartPolicy.DEFAULT,
                    LocalStack::log));
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(3));
        }
    }

    /**
     * The shared options first ({@link JvmOptions}), then the local run's sizing: a small heap so six JVMs
     * fit on a laptop, and the C1 compiler only for a faster start.
     */
    private List<String> command(String module) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(
                java,
                JvmOptions.argumentFile(settings.root()),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                executableJar(settings.root(), module).toString());
    }

    /** The Spring Boot executable jar that {@code ./mvnw package} built in the module's target folder. */
    static Path executableJar(Path root, String module) {
        Path target = root.resolve(module).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("No executable jar in " + target + "; run ./mvnw package"));
        } catch (IOException e) {
            throw new UncheckedIOException("No build output in " + target + "; run ./mvnw package", e);
        }
    }

    /** The services this stack runs, as the registry describes them. */
    public ServiceRegistry registry() {
        return registry;
    }

    /** Where a registry service's first instance listens, e.g. {@code url("catalog-service")}. */
    public String url(String service) {
        return instanceUrls(service).getFirst();
    }

    /** Every instance of a registry service, in order. */
    public List<String> instanceUrls(String service) {
        return ServiceInstance.urls(instances, service);
    }

    public String identityUrl() {
        return url("identity");
    }

    /** One per gateway instance; the first is where browsers start. */
    public List<String> gatewayUrls() {
        return instanceUrls("gateway");
    }

    public String bootstrapServers() {
        return infrastructure.kafka().bootstrapServers();
    }

    public MailSink mail() {
        return infrastructure.mail();
    }

    /** The catalogue's database as PostgreSQL's administrator, for system tests that seed it at real size. */
    public java.sql.Connection catalogDatabase() throws java.sql.SQLException {
        var postgres = infrastructure.postgres();
        String database = registry.service("catalog-service").databaseName().orElseThrow();
        return java.sql.DriverManager.getConnection(
                postgres.jdbcUrl(database), postgres.adminUser(), postgres.adminPassword());
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** An access token of the demo integration client of Favrskov Kommune (editor rights), from identity. */
    public String demoEditorToken() {
        return clientCredentialsToken(identityUrl(), DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
    }

    /** The local run's metrics reader (role operator): Prometheus endpoints need an operator's token. */
    public static String demoMetricsToken(String identityUrl) {
        return clientCredentialsToken(identityUrl, DEMO_METRICS_CLIENT_ID, DEMO_CLIENT_SECRET);
    }

    /** A token of Favrskov's demo API client (editor), for the benchmarks. */
    public static String demoApiToken(String identityUrl) {
        return clientCredentialsToken(identityUrl, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
    }

    private static String clientCredentialsToken(String identityUrl, String clientId, String secret) {
        try {
            String basic = java.util.Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(identityUrl + "/oauth2/token"))
                                    .header("Authorization", "Basic " + basic)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "grant_type=client_credentials&scope=api"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops every service, then the infrastructure; safe to call again (the shutdown hook does). */
    @Override
    public synchronized void close() {
        // All at once: one after the other, seven graceful shutdowns outlast a test JVM's exit timeout and
        // the rest are left running.
        services.forEach(ServiceProcess::askToStop);
        for (ServiceProcess service : services) {
            service.stop();
        }
        services.clear();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }

    private static void log(String line) {
        System.out.println("[anskaf] " + line);
    }
}
