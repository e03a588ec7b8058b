package dk.anskaf.platform.test.kafka;

/** A real Kafka broker for tests and the local run. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    /** Makes the broker unreachable, as in an outage; its data is kept. */
    void stop();

    /** Brings a stopped broker back on the same address with the same data. */
    void start();

    String origin();

    @Override
    void close();
}
