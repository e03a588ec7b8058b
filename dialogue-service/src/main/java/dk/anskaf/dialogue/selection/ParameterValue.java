package dk.anskaf.dialogue.selection;

import org.jspecify.annotations.Nullable;

/**
 * A parameter of a requirement's text as this dialogue holds it (the jsonb of {@code
 * dialogue_requirement.parameters}).
 *
 * @param value this dialogue's value; null means the default
 */
record ParameterValue(
        String name,
        String defaultValue,
        String unit,
        @Nullable String value) {

    String effective() {
        return value == null ? defaultValue : value;
    }
}
