package dk.anskaf.dialogue.supplier;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dialogue requirement's text as suppliers read it: each {@code {{name|default|unit}}} parameter
 * replaced by this dialogue's value or else its default, and the municipality's local description after
 * it. The unit is part of the default and of the value as typed ("4 timer"), so it is not added again.
 */
public final class RequirementText {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\{([^|{}]+)\\|([^|{}]*)\\|([^|{}]*)}}");

    private RequirementText() {}

    /** @param values parameter name → this dialogue's value (absent or blank: the default) */
    public static String render(String description, @Nullable String localDescription, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(description);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1).strip());
            String shown = value == null || value.isBlank() ? matcher.group(2).strip() : value.strip();
            matcher.appendReplacement(text, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(text);
        if (localDescription != null && !localDescription.isBlank()) {
            text.append("\n\n").append(localDescription.strip());
        }
        return text.toString();
    }

    /** A dialogue requirement's parameter values by name (V2: {@code [{"name":…,"value":…}, …]}). */
    public static Map<String, String> parameterValues(JsonMapper json, String parameters) {
        Map<String, String> values = new HashMap<>();
        for (JsonNode parameter : json.readTree(parameters)) {
            JsonNode value = parameter.path("value");
            if (value.isString()) {
                values.put(parameter.path("name").asString(""), value.asString());
            }
        }
        return values;
    }
}
