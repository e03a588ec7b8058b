package dk.anskaf.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A service the local stack runs: its module folder (where Maven put the executable jar), its port and
 * its database (none for the portal, which keeps no data). Later issues add their services to {@link LocalStack#SERVICES}.
 */
record ServiceSpec(String name, String module, int port, String database) {

    /** The Spring Boot executable jar built by {@code ./mvnw package}. */
    Path executableJar(Path root) {
        Path target = root.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("No executable jar in " + target + "; run ./mvnw package"));
        } catch (IOException e) {
            throw new UncheckedIOException("No build output in " + target + "; run ./mvnw package", e);
        }
    }
}
