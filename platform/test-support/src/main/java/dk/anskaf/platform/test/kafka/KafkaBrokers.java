package dk.anskaf.platform.test.kafka;

/** Factory for the three kinds of broker, used by {@code Infrastructure}. */
public final class KafkaBrokers {

    private KafkaBrokers() {}

    public static KafkaBroker external(String bootstrapServers) {
        return new ExternalKafkaBroker(bootstrapServers);
    }

    public static KafkaBroker container() {
        return ContainerKafkaBroker.launch();
    }

    public static KafkaBroker process() {
        return KafkaProcessBroker.launch();
    }
}
