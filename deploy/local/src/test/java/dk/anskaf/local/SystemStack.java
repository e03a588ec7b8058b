package dk.anskaf.local;

import dk.anskaf.platform.test.kafka.KafkaProcessBroker;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One local stack for all system tests of this JVM, started by the same launcher a newcomer uses, on
 * random ports, with two catalog and two gateway instances; stopped when the JVM ends.
 */
final class SystemStack {

    private static LocalStack stack;
    private static int offset;

    private SystemStack() {}

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path root = Path.of("../..").toAbsolutePath().normalize();
            Path state = Files.createTempDirectory("anskaf-system-test");
            offset = 20000 + (int) (Math.random() * 20000);
            var settings = new LocalStack.Settings(
                    root,
                    state,
                    0,
                    KafkaProcessBroker.freePort(),
                    0,
                    0,
                    offset,
                    2,
                    "formand@board.test,medlem@board.test");
            LocalStack started = new LocalStack(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-system-stack"));
            started.start();
            stack = started;
        }
        return stack;
    }

    /** Port of the first catalog instance, from the registry. */
    static int catalogPort() {
        return catalogPort(0);
    }

    /** Port of a catalog instance (from 0), from the registry. */
    static int catalogPort(int index) {
        return stack.registry().service("catalog-service").port(offset, index);
    }
}
