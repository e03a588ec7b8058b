package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.test.kafka.KafkaProcessBroker;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A stack that cannot start its services leaves nothing running behind it. */
class LocalStackStartFailureTests {

    @Test
    void whenTheServicesCannotBeStartedTheInfrastructureAlreadyStartedIsStoppedAgain() throws Exception {
        // A root without the shared JVM options or any built service: the infrastructure starts, the
        // first service cannot.
        Path root = Files.createTempDirectory("anskaf-empty-root");
        int postgresPort = KafkaProcessBroker.freePort();
        int kafkaPort = KafkaProcessBroker.freePort();
        LocalStack stack = new LocalStack(new LocalStack.Settings(
                root, root.resolve("state"), postgresPort, kafkaPort, 0, 0, 0, 1, "board@test"));

        assertThatThrownBy(stack::start).isInstanceOf(IllegalStateException.class);

        assertThat(free(postgresPort)).as("PostgreSQL's port").isTrue();
        assertThat(free(kafkaPort)).as("Kafka's port").isTrue();
        assertThat(stack.services()).isEmpty();
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
