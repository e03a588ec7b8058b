package dk.anskaf.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared JVM options ({@code deploy/jvm.options}) as {@code java} reads them. */
class JvmOptionsTests {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void aJvmStartedWithTheSharedOptionsExitsOnOutOfMemoryInsteadOfLingering() throws Exception {
        Process process = victim(true);

        boolean ended = process.waitFor(30, TimeUnit.SECONDS);

        assertThat(ended).as("the JVM ended after its OutOfMemoryError").isTrue();
        // 3 is the JVM's own exit for -XX:+ExitOnOutOfMemoryError, not some other crash
        assertThat(process.exitValue()).isEqualTo(3);
    }

    @Test
    void withoutTheSharedOptionsTheSameJvmLingersHalfAlive() throws Exception {
        // The control: proves the test above measures the option, not the program.
        Process process = victim(false);
        try {
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theOptionsFileIsAnArgumentFileNamingExitOnOutOfMemoryError() throws Exception {
        String argument = JvmOptions.argumentFile(ROOT);

        assertThat(argument).startsWith("@").endsWith("deploy/jvm.options");
        assertThat(Files.readAllLines(Path.of(argument.substring(1))))
                .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                .contains("-XX:+ExitOnOutOfMemoryError")
                .noneMatch(line -> line.contains("HeapDumpOnOutOfMemoryError"));
    }

    private static Process victim(boolean sharedOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (sharedOptions) {
            command.add(JvmOptions.argumentFile(ROOT));
        }
        command.addAll(List.of(
                "-Xmx32m",
                "-cp",
                Path.of(OutOfMemoryVictim.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString(),
                OutOfMemoryVictim.class.getName()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
