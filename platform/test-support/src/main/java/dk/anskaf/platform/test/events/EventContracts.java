package dk.anskaf.platform.test.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds producers and consumers to the events documented in {@code docs/events.md}: every {@code json}
 * block there that has a CloudEvents {@code type} is the example of that type.
 *
 * <ul>
 *   <li>Producer side, {@link #assertProducerMatches}: an event the producer really wrote (from its outbox
 *       or the topic) has the example's shape: the same field names, nested, with the same JSON types
 *       (a {@code null} on either side matches any type, as fields documented "or null" do); values may
 *       differ. So the documentation cannot drift from what is sent.
 *   <li>Consumer side, {@link #assertConsumerReads}: the consumer's own record for the event's data reads
 *       the example, and every component it declares (nested records and lists of records included) is
 *       a field of the example. Fields the consumer does not need are allowed (tolerant reader); a field
 *       it expects but the producer does not send is not, as it would silently read null.
 * </ul>
 *
 * The documentation is found from the working directory by walking up to the topmost directory that
 * holds a {@code pom.xml} (the repository root); a type without an example fails with its name.
 */
public final class EventContracts {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\s*\\n(.*?)\\n```", Pattern.DOTALL);

    // As the consumers' mapper (Spring Boot's): unknown fields ignored, but a primitive needs a value.
    private static final JsonMapper CONSUMER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static EventContracts documented;

    private final Path source;
    private final Map<String, JsonNode> examples;

    private EventContracts(Path source, Map<String, JsonNode> examples) {
        this.source = source;
        this.examples = examples;
    }

    /** The examples of the repository's {@code docs/events.md}, read once per JVM. */
    public static synchronized EventContracts documented() {
        if (documented == null) {
            documented = read(repositoryRoot(Path.of("").toAbsolutePath()).resolve("docs/events.md"));
        }
        return documented;
    }

    /** The examples of a Markdown file (each {@code json} block with a {@code type}). */
    public static EventContracts read(Path markdown) {
        try {
            return parse(markdown, Files.readString(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the event documentation " + markdown, e);
        }
    }

    static EventContracts parse(Path source, String markdown) {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        Matcher block = JSON_BLOCK.matcher(markdown);
        while (block.find()) {
            JsonNode example = CONSUMER.readTree(block.group(1));
            String type = example.path("type").asString("");
            if (!type.isEmpty() && examples.put(type, example) != null) {
                throw new IllegalStateException(source + " has two examples of " + type);
            }
        }
        return new EventContracts(source, examples);
    }

    /** The documented types, in the order of the document. */
    public List<String> types() {
        return List.copyOf(examples.keySet());
    }

    /** The documented example of {@code type}, the whole CloudEvent. */
    public JsonNode example(String type) {
        JsonNode example = examples.get(type);
        if (example == null) {
            throw new AssertionError(source + " has no JSON example of " + type + " (documented: " + types() + ")");
        }
        return example;
    }

    /**
     * Asserts that {@code actual}, a whole CloudEvent as the producer wrote it, has the shape of the
     * example of {@code type}; lists every difference as {@code path: problem}.
     */
    public void assertProducerMatches(String type, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", example(type), actual, differences);
        if (!differences.isEmpty()) {
            throw new AssertionError("The producer's " + type + " differs from the example in " + source + ":\n  "
                    + String.join("\n  ", differences) + "\nactual: " + actual);
        }
    }

    /**
     * Asserts that {@code consumerRecord} (the consumer's own type for the event's {@code data}) reads the
     * example of {@code type} and expects no field the example lacks; returns what it read.
     */
    public <T> T assertConsumerReads(String type, Class<T> consumerRecord) {
        JsonNode data = example(type).path("data");
        List<String> missing = new ArrayList<>();
        expectedFields("data", consumerRecord, data, missing);
        if (!missing.isEmpty()) {
            throw new AssertionError(consumerRecord.getName() + " expects fields the example of " + type + " in "
                    + source + " does not have: " + missing);
        }
        try {
            return CONSUMER.treeToValue(data, consumerRecord);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    consumerRecord.getName() + " cannot read the example of " + type + ": " + e.getMessage(), e);
        }
    }

    static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": " + actual.getNodeType() + " where the example has " + expected.getNodeType());
            return;
        }
        if (expected.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                if (!actual.has(name)) {
                    differences.add(path + "." + name + ": missing (documented, not sent)");
                } else if (!expected.has(name)) {
                    differences.add(path + "." + name + ": not documented (sent)");
                } else {
                    compare(path + "." + name, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray()) {
            if (expected.isEmpty()) {
                differences.add(path + ": the example's array is empty, so it shows no element");
                return;
            }
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", expected.get(0), actual.get(i), differences);
            }
        }
    }

    private static void expectedFields(String path, Type type, JsonNode example, List<String> missing) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> plain ? plain : Object.class;
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode value = example.get(component.getName());
                if (value == null) {
                    missing.add(path + "." + component.getName());
                } else {
                    expectedFields(path + "." + component.getName(), component.getGenericType(), value, missing);
                }
            }
        } else if (Collection.class.isAssignableFrom(raw)
                && type instanceof ParameterizedType parameterized
                && example.isArray()
                && !example.isEmpty()) {
            expectedFields(path + "[0]", parameterized.getActualTypeArguments()[0], example.get(0), missing);
        }
    }

    private static Path repositoryRoot(Path start) {
        Path root = null;
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                root = dir;
            }
        }
        if (root == null) {
            throw new IllegalStateException("No pom.xml in " + start + " or above: not inside the repository");
        }
        return root;
    }
}
