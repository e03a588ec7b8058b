package dk.anskaf.platform.test.kafka;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka in a container; an outage is simulated by pausing the container. */
final class ContainerKafkaBroker implements KafkaBroker {

    private final KafkaContainer container;

    private ContainerKafkaBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafkaBroker launch() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
        container.start();
        return new ContainerKafkaBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void stop() {
        DockerClientFactory.instance()
                .client()
                .pauseContainerCmd(container.getContainerId())
                .exec();
    }

    @Override
    public void start() {
        DockerClientFactory.instance()
                .client()
                .unpauseContainerCmd(container.getContainerId())
                .exec();
    }

    @Override
    public String origin() {
        return "testcontainers";
    }

    @Override
    public void close() {
        container.stop();
    }
}
