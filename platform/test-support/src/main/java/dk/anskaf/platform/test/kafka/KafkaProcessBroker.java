package dk.anskaf.platform.test.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker, run from the Kafka jars on our classpath in its own JVM. A
 * separate process can be stopped and started again on the same port with the same data, which is how
 * tests show that nothing is lost while the broker is away.
 */
public final class KafkaProcessBroker implements KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KafkaProcessBroker.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final String clusterId;
    private Process process;

    private KafkaProcessBroker(Path directory, int port, String clusterId) {
        this.directory = directory;
        this.port = port;
        this.clusterId = clusterId;
    }

    /** A throw-away broker on free ports, for tests. */
    public static KafkaProcessBroker launch() {
        try {
            return launch(Files.createTempDirectory("anskaf-kafka"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker keeping its data in {@code directory} (the local run) on {@code port}. */
    public static KafkaProcessBroker launch(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            Path idFile = directory.resolve("cluster-id");
            if (!Files.exists(idFile)) {
                Files.writeString(idFile, Uuid.randomUuid().toString());
            }
            KafkaProcessBroker broker = new KafkaProcessBroker(
                    directory, port, Files.readString(idFile).trim());
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Path logDir = directory.resolve("data");
            Path properties = writeProperties(logDir);
            Path logbackConfig = directory.resolve("logback-kafka.xml");
            try (var in = KafkaProcessBroker.class.getResourceAsStream("/anskaf-test/logback-quiet.xml")) {
                Files.write(logbackConfig, in.readAllBytes());
            }
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(
                            java,
                            "-Xms64m",
                            "-Xmx384m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-Dlogback.configurationFile=" + logbackConfig,
                            "-Dlog4j2.level=WARN",
                            "-cp",
                            classpath(),
                            KafkaServerMain.class.getName(),
                            properties.toString(),
                            clusterId,
                            logDir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("kafka.log").toFile())
                    .start();
            awaitReady();
            log.info("Kafka broker ready on {} (process {})", bootstrapServers(), process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitPortFree();
        process = null;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public String origin() {
        return "embedded";
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
    }

    private Path writeProperties(Path logDir) throws IOException {
        int controllerPort = port + 1;
        Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDir.toString());
        config.put("num.partitions", "3");
        config.put("auto.create.topics.enable", "true");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "3");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        StringBuilder text = new StringBuilder();
        config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path file = directory.resolve("server.properties");
        Files.writeString(file, text);
        return file;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited during start-up; see " + directory.resolve("kafka.log"));
            }
            if (accepts()) {
                try (Admin admin = Admin.create(config)) {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    admin.listTopics().names().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    // retry until the deadline
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("Kafka did not become ready; see " + directory.resolve("kafka.log"));
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitPortFree() {
        Instant deadline = Instant.now().plusSeconds(10);
        while (accepts() && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
    }

    /**
     * The classpath of this JVM, which holds the Kafka server jars: under Surefire the real one is in
     * {@code surefire.test.class.path} (java.class.path is a manifest-only jar there).
     */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** A free port whose neighbour (used by the controller listener) is free too. */
    public static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate;
            try (ServerSocket socket = new ServerSocket(0)) {
                candidate = socket.getLocalPort();
            }
            if (candidate < 65535 && isFree(candidate + 1)) {
                return candidate;
            }
        }
        throw new IOException("No free port pair found");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
