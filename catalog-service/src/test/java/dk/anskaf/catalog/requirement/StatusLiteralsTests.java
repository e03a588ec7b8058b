package dk.anskaf.catalog.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Owner kinds and promotion statuses are named through their enums ({@link OwnerKind}, {@code
 * PromotionStatus}, {@code PromotionTarget}), in Java and in the SQL the Java holds: a renamed or added
 * value then cannot be missed in one of many strings. (The migrations are SQL of their own and keep theirs.)
 */
class StatusLiteralsTests {

    static final Pattern LITERAL =
            Pattern.compile("'(PENDING|CANCELLED|APPROVED|REJECTED|MUNICIPALITY|COMMUNITY|CROSS_MUNICIPAL)'"
                    + "|\"(PENDING|CANCELLED|APPROVED|REJECTED|COMMUNITY|CROSS_MUNICIPAL)\"");

    @Test
    void noStatusOrOwnerKindIsSpelledOutInTheCatalogsCode() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            found = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(StatusLiteralsTests::literalsIn)
                    .toList();
        }

        assertThat(found).isEmpty();
    }

    private static Stream<String> literalsIn(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> LITERAL.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
