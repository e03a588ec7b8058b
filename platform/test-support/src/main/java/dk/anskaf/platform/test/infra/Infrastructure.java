package dk.anskaf.platform.test.infra;

import dk.anskaf.platform.test.kafka.KafkaBroker;
import dk.anskaf.platform.test.kafka.KafkaBrokers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The PostgreSQL server and Kafka broker of this JVM, started once on first use and stopped when the JVM
 * exits. Chosen in this order: (1) addresses from the environment, (2) Testcontainers when a Docker
 * engine answers, (3) real servers started from Maven artifacts (zonky PostgreSQL 17, a KRaft broker
 * process). Never a mock or an in-memory replacement.
 */
public final class Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private Infrastructure() {}

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = startPostgres();
            log.info("PostgreSQL for this JVM: {} ({})", postgres.jdbcUrl("postgres"), postgres.origin());
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgres"));
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = startKafka();
            log.info("Kafka for this JVM: {} ({})", kafka.bootstrapServers(), kafka.origin());
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-kafka"));
        }
        return kafka;
    }

    private static PostgresServer startPostgres() {
        String url = System.getenv("ANSKAF_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return new ExternalPostgresServer(
                    url,
                    envOr("ANSKAF_TEST_POSTGRES_USER", "postgres"),
                    envOr("ANSKAF_TEST_POSTGRES_PASSWORD", "postgres"));
        }
        if (dockerAvailable()) {
            return ContainerPostgresServer.start();
        }
        return EmbeddedPostgresServer.start();
    }

    private static KafkaBroker startKafka() {
        String bootstrap = System.getenv("ANSKAF_TEST_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            return KafkaBrokers.external(bootstrap);
        }
        if (dockerAvailable()) {
            return KafkaBrokers.container();
        }
        return KafkaBrokers.process();
    }

    static boolean dockerAvailable() {
        if ("false".equals(System.getenv("ANSKAF_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
