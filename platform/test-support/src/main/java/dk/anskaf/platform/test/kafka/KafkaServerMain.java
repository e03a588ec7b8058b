package dk.anskaf.platform.test.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.utils.Exit;

/**
 * Entry point of the Kafka broker process started by {@link KafkaProcessBroker}: formats the KRaft log
 * directory on first use, then runs the real broker ({@code kafka.Kafka}). It exits when its parent goes
 * away (standard input closes), so a crashed test JVM or launcher leaves no broker behind.
 *
 * <p>Arguments: {@code <server.properties> <cluster id> <log dir>}.
 */
public final class KafkaServerMain {

    private KafkaServerMain() {}

    public static void main(String[] args) throws Exception {
        String properties = args[0];
        String clusterId = args[1];
        Path logDir = Path.of(args[2]);
        Thread.ofPlatform().daemon().name("exit-with-parent").start(KafkaServerMain::exitWhenParentGoes);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(properties, clusterId);
        }
        kafka.Kafka.main(new String[] {properties});
    }

    private static void format(String properties, String clusterId) {
        // StorageTool ends by calling Exit.exit; turn that into a return so the broker can start after it.
        Exit.setExitProcedure((status, message) -> {
            if (status != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed: " + message);
            }
            throw new FormatDone();
        });
        try {
            kafka.tools.StorageTool.main(new String[] {"format", "-t", clusterId, "-c", properties});
        } catch (FormatDone done) {
            // formatted
        } finally {
            Exit.resetExitProcedure();
        }
    }

    private static void exitWhenParentGoes() {
        byte[] buffer = new byte[64];
        try {
            while (System.in.read(buffer) >= 0) {
                // only the end of the stream matters
            }
        } catch (IOException ignored) {
            // parent gone
        }
        Runtime.getRuntime().halt(0);
    }

    private static final class FormatDone extends RuntimeException {
        FormatDone() {
            super(null, null, false, false);
        }
    }
}
