package dk.anskaf.local;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one list of JVM options every service runs with, {@code deploy/jvm.options}: a java argument file,
 * so the launcher, the system tests and container images all hand the same file to {@code java}.
 */
final class JvmOptions {

    /** Relative to the repository root. */
    static final String FILE = "deploy/jvm.options";

    private JvmOptions() {}

    /**
     * The argument that makes {@code java} read the shared options ({@code @/absolute/path}).
     *
     * @throws IllegalStateException if the file is missing, rather than starting services without it
     */
    static String argumentFile(Path root) {
        Path file = root.resolve(FILE).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "Missing " + file + ": every service must start with the shared JVM options");
        }
        return "@" + file;
    }
}
