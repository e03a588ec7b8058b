package dk.anskaf.platform.text;

import dk.anskaf.platform.errors.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Walks a JSON tree and lists every string (value or property name) that breaks {@link ControlCharacters},
 * each named by its path as the client wrote it: {@code notes}, {@code parameters[2].name}.
 */
public final class TextInspection {

    private TextInspection() {}

    /** Field errors for every offending string under {@code root}; empty when all text is clean. */
    public static List<FieldError> of(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        walk(root, "", errors);
        return errors;
    }

    private static void walk(JsonNode node, String path, List<FieldError> errors) {
        if (node.isString()) {
            String text = node.asString();
            if (!ControlCharacters.isClean(text)) {
                errors.add(new FieldError(path.isEmpty() ? "body" : path, ControlCharacters.describe(text)));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                String child = path.isEmpty() ? name : path + "." + name;
                if (!ControlCharacters.isClean(name)) {
                    errors.add(new FieldError(
                            path.isEmpty() ? "body" : path, "har et feltnavn der " + ControlCharacters.MESSAGE));
                } else {
                    walk(property.getValue(), child, errors);
                }
            }
        }
    }
}
