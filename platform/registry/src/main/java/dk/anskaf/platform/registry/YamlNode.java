package dk.anskaf.platform.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One mapping of the registry's YAML, with errors that say which field of which entry is wrong. */
record YamlNode(String where, Map<?, ?> fields) {

    static YamlNode root(@Nullable Object document) {
        if (!(document instanceof Map<?, ?> map)) {
            throw invalid(ServiceRegistry.RESOURCE, "is not a mapping with a list of services");
        }
        return new YamlNode(ServiceRegistry.RESOURCE, map);
    }

    void allowOnly(String... names) {
        Set<String> allowed = Set.of(names);
        for (Object key : fields.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw invalid(where, "unknown field '" + key + "' (known: " + String.join(", ", names) + ")");
            }
        }
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw invalid(where, "field '" + field + "' is missing");
        }
        return value;
    }

    @Nullable
    String optionalText(String field) {
        Object value = fields.get(field);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(where, "field '" + field + "' must be a single value");
        }
        return value == null ? null : String.valueOf(value);
    }

    int integer(String field) {
        if (!(fields.get(field) instanceof Integer value)) {
            throw invalid(where, "field '" + field + "' must be a whole number");
        }
        return value;
    }

    boolean flag(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw invalid(where, "field '" + field + "' must be true or false");
        }
        return flag;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        try {
            return Enum.valueOf(type, ServiceRegistry.constant(value));
        } catch (IllegalArgumentException e) {
            throw invalid(where, "field '" + field + "' cannot be '" + value + "'");
        }
    }

    List<String> textList(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(where, "field '" + field + "' must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    Map<String, String> textMap(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(where, "field '" + field + "' must be a mapping");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        map.forEach((key, text) -> texts.put(String.valueOf(key), String.valueOf(text)));
        return texts;
    }

    /** The entries of a list of mappings, each named for its errors by its {@code name} or {@code id}. */
    List<YamlNode> list(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(where, "field '" + field + "' must be a list");
        }
        return list.stream()
                .map(item -> {
                    if (!(item instanceof Map<?, ?> map)) {
                        throw invalid(where, "each of '" + field + "' must be a mapping");
                    }
                    Object label = map.containsKey("name") ? map.get("name") : map.get("id");
                    return new YamlNode(where + " > " + field + " '" + label + "'", map);
                })
                .toList();
    }

    private static IllegalStateException invalid(String where, String message) {
        return new IllegalStateException("Invalid service registry: " + where + ": " + message);
    }
}
