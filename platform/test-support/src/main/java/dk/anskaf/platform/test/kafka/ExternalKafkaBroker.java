package dk.anskaf.platform.test.kafka;

import org.opentest4j.TestAbortedException;

/** A broker given by the environment ({@code ANSKAF_TEST_KAFKA_BOOTSTRAP}); we cannot stop it. */
record ExternalKafkaBroker(String bootstrapServers) implements KafkaBroker {

    @Override
    public void stop() {
        throw new TestAbortedException("An external Kafka broker cannot be stopped by a test");
    }

    @Override
    public void start() {
        throw new TestAbortedException("An external Kafka broker cannot be started by a test");
    }

    @Override
    public String origin() {
        return "environment";
    }

    @Override
    public void close() {}
}
