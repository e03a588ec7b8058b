package dk.anskaf.local;

import dk.anskaf.platform.test.infra.DatabaseProvisioner;
import dk.anskaf.platform.test.infra.EmbeddedPostgresServer;
import dk.anskaf.platform.test.infra.ServiceDatabase;
import dk.anskaf.platform.test.kafka.KafkaProcessBroker;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine with only a JDK: embedded PostgreSQL, a Kafka broker process and an
 * SMTP sink with a web page, then every service as its own process on its own port. Data is kept in
 * {@code .anskaf-local/} between runs; Ctrl-C stops everything.
 */
public final class LocalStack implements AutoCloseable {

    static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("identity", "identity", 9000, "identity"),
            new ServiceSpec("gateway", "gateway", 8080, "gateway"),
            new ServiceSpec("catalog-service", "catalog-service", 8081, "catalog"),
            new ServiceSpec("notification-service", "notification-service", 8082, "notification"),
            new ServiceSpec("portal", "portal", 8083, null));

    /** Local-only secrets of the local run; deployments take theirs from a secret store. */
    static final String LOCAL_GATEWAY_SECRET = "local-gateway-secret";

    static final String LOCAL_KEY_SECRET = "local-only-key-encryption-secret";
    static final String DEMO_PASSWORD = "Anskaf-demo-2026!";
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
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private KafkaProcessBroker kafka;
    private MailSink mail;
    private MailViewer mailViewer;

    public LocalStack(Settings settings) {
        this.settings = settings;
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
        stack.printSummary(Duration.ofNanos(System.nanoTime() - started));
        stopped.await();
    }

    public void start() throws IOException {
        Files.createDirectories(settings.state().resolve("logs"));
        log("Starting PostgreSQL 17 (embedded) on port " + settings.postgresPort());
        postgres = EmbeddedPostgresServer.start(settings.state().resolve("postgres"), settings.postgresPort());
        log("Starting Kafka (KRaft) on port " + settings.kafkaPort());
        kafka = KafkaProcessBroker.launch(settings.state().resolve("kafka"), settings.kafkaPort());
        mail = MailSink.start(settings.smtpPort());
        mailViewer = MailViewer.start(mail, settings.mailViewerPort());
        for (ServiceSpec spec : SERVICES) {
            // Local-only passwords for local-only roles; deployments take theirs from a secret store.
            ServiceDatabase database = spec.database() == null
                    ? null
                    : DatabaseProvisioner.provision(
                            postgres,
                            spec.database(),
                            "local-" + spec.database() + "-owner",
                            "local-" + spec.database());
            int instances =
                    spec.name().equals("catalog-service") || spec.name().equals("gateway") ? settings.instances() : 1;
            for (int i = 0; i < instances; i++) {
                int port = spec.port() + settings.portOffset() + i * 100;
                String name = instances == 1 ? spec.name() : spec.name() + "-" + (i + 1);
                log("Starting " + name + " on port " + port);
                services.add(ServiceProcess.start(
                        name,
                        command(spec.executableJar(settings.root())),
                        environment(database, port),
                        settings.state().resolve("logs").resolve(name + ".log"),
                        RestartPolicy.DEFAULT,
                        LocalStack::log));
            }
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(3));
        }
    }

    /**
     * The shared options first ({@link JvmOptions}), then the local run's sizing: a small heap so six JVMs
     * fit on a laptop, and the C1 compiler only for a faster start.
     */
    private List<String> command(Path jar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(
                java,
                JvmOptions.argumentFile(settings.root()),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString());
    }

    private Map<String, String> environment(ServiceDatabase database, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        if (database != null) {
            database.springProperties().forEach((key, value) -> env.put(toEnv(key), value));
        }
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", identityUrl() + "/oauth2/jwks");
        env.put("ANSKAF_IDENTITY_URL", identityUrl());
        env.put("ANSKAF_IDENTITY_PUBLIC_URL", identityUrl());
        env.put("ANSKAF_IDENTITY_ISSUER", identityUrl());
        env.put("ANSKAF_IDENTITY_KEY_SECRET", LOCAL_KEY_SECRET);
        env.put("ANSKAF_GATEWAY_CLIENT_SECRET", LOCAL_GATEWAY_SECRET);
        env.put(
                "ANSKAF_GATEWAY_REDIRECT_URIS",
                gatewayUrls().stream()
                        .map(url -> url + "/login/oauth2/code/anskaf")
                        .collect(java.util.stream.Collectors.joining(",")));
        env.put(
                "ANSKAF_GATEWAY_POST_LOGOUT_URIS",
                String.join(",", gatewayUrls().stream().map(url -> url + "/").toList()));
        env.put("ANSKAF_DEMO_USERS", "true");
        env.put("ANSKAF_CATALOG_DEMO_DATA", "true");
        env.put("ANSKAF_DEMO_CLIENT_ID", DEMO_CLIENT_ID);
        env.put("ANSKAF_DEMO_CLIENT_SECRET", DEMO_CLIENT_SECRET);
        env.put("ANSKAF_CATALOG_URL", "http://localhost:" + (8081 + settings.portOffset()));
        env.put("ANSKAF_NOTIFICATION_URL", "http://localhost:" + (8082 + settings.portOffset()));
        env.put("ANSKAF_PORTAL_URL", "http://localhost:" + (8083 + settings.portOffset()));
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(mail.port()));
        env.put("ANSKAF_BOARD_ADDRESSES", settings.boardAddresses());
        env.put("ANSKAF_PUBLIC_URL", gatewayUrls().getFirst());
        env.put("ANSKAF_INSTANCE", "local-" + port);
        env.put("ANSKAF_EXIT_WITH_PARENT", "true");
        return env;
    }

    public String identityUrl() {
        return "http://localhost:" + (9000 + settings.portOffset());
    }

    /** One per gateway instance; the first is where browsers start. */
    public List<String> gatewayUrls() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < settings.instances(); i++) {
            urls.add("http://localhost:" + (8080 + settings.portOffset() + i * 100));
        }
        return urls;
    }

    static String toEnv(String property) {
        return property.toUpperCase().replace('.', '_').replace('-', '_');
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public MailSink mail() {
        return mail;
    }

    /** The catalogue's database as PostgreSQL's administrator, for system tests that seed it at real size. */
    public java.sql.Connection catalogDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(
                postgres.jdbcUrl("catalog"), postgres.adminUser(), postgres.adminPassword());
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** An access token of the demo integration client of Favrskov Kommune (editor rights), from identity. */
    public String demoEditorToken() {
        return clientCredentialsToken(identityUrl(), DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
    }

    /** The local run's metrics reader (role operator): Prometheus endpoints need an operator's token. */
    static String demoMetricsToken(String identityUrl) {
        return clientCredentialsToken(identityUrl, DEMO_METRICS_CLIENT_ID, DEMO_CLIENT_SECRET);
    }

    /** A token of Favrskov's demo API client (editor), for the benchmarks. */
    static String demoApiToken(String identityUrl) {
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

    private void printSummary(Duration startup) {
        System.out.println("""

                ==================================================================
                 Anskaf is running (started in %d s). Ctrl-C stops everything.
                ------------------------------------------------------------------
                 Open                  %s  (log in through "Vælg myndighed")
                 identity              %s
                 catalog-service       http://localhost:%d   (API docs: /swagger-ui.html)
                 notification-service  http://localhost:%d
                 sent mails            http://localhost:%d
                 PostgreSQL            localhost:%d  (data in .anskaf-local/postgres)
                 Kafka                 %s
                 service logs          .anskaf-local/logs/
                ------------------------------------------------------------------
                 Demo users in Favrskov, Fredericia and Horsens Kommune, all with
                 password %s:
                   redaktoer (editor), indkoeber (purchaser), admin (administrator),
                   sih (SIH), medarbejder (employee), kravredaktoer (editor + board)
                 and under Driftsoperatør: drift (operator).

                 API client of Favrskov (editor): get a token, call the catalog via the gateway:
                 export TOKEN=$(curl -s -u %s:%s -d grant_type=client_credentials -d scope=api \
                   %s/oauth2/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                 curl -s -X POST %s/api/v1/requirements -H "Authorization: Bearer $TOKEN" \
                   -H 'Content-Type: application/json' \
                   -d '{"name":"Anmodning om restore","description":"Leverandøren skal gendanne data inden for 4 timer.","categoryId":6,"priority":"NORMAL","allDomains":true}'
                ==================================================================
                """.formatted(
                        startup.toSeconds(),
                        gatewayUrls().getFirst(),
                        identityUrl(),
                        SERVICES.get(2).port(),
                        SERVICES.get(3).port(),
                        mailViewer.port(),
                        postgres.port(),
                        kafka.bootstrapServers(),
                        DEMO_PASSWORD,
                        DEMO_CLIENT_ID,
                        DEMO_CLIENT_SECRET,
                        identityUrl(),
                        gatewayUrls().getFirst()));
    }

    @Override
    public void close() {
        // All at once: one after the other, seven graceful shutdowns outlast a test JVM's exit timeout and
        // the rest are left running.
        services.forEach(ServiceProcess::askToStop);
        for (ServiceProcess service : services) {
            service.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (mailViewer != null) {
            mailViewer.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    private static void log(String line) {
        System.out.println("[anskaf] " + line);
    }
}
