package dk.anskaf.portal.requirement;

import feign.FeignException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the field errors (or the detail) of a catalogue refusal (problem+json), to show them next to the fields. */
public final class CatalogErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogErrors() {}

    /** Field name → Danish message, in the form's field order; a general message under "" otherwise. */
    public static Map<String, String> of(FeignException refused, List<String> fieldOrder) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            JsonNode problem = JSON.readTree(refused.contentUTF8());
            for (JsonNode error : problem.path("errors")) {
                errors.putIfAbsent(
                        error.path("field").asString(), error.path("message").asString());
            }
            if (errors.isEmpty()) {
                errors.put("", problem.path("detail").asString("Oplysningerne blev afvist"));
            }
        } catch (RuntimeException unreadable) {
            errors.put("", "Oplysningerne blev afvist");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        fieldOrder.stream().filter(errors::containsKey).forEach(field -> ordered.put(field, errors.get(field)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
