package dk.anskaf.dialogue.selection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fills a requirement text's parameters with a dialogue's values. The marker is the catalogue's ({@code
 * {{name|default|unit}}}, catalog-service {@code Parameters}); the dialogue never parses new parameters out
 * of a text, it only fills those the catalogue listed when the requirement was copied, so the two
 * definitions cannot drift apart in what is a parameter.
 */
final class ParameterText {

    private static final Pattern MARKER =
            Pattern.compile("\\{\\{\\s*([a-z0-9_æøå]{1,40})\\s*\\|([^|{}]{0,100})\\|([^|{}]{0,40})}}");

    private ParameterText() {}

    /**
     * The text as suppliers read it: each known parameter replaced by its value (or default), a marker the
     * dialogue holds no parameter for by the default it names; then the municipality's local description.
     */
    static String render(String text, List<ParameterValue> parameters, @Nullable String localDescription) {
        String filled = MARKER.matcher(text).replaceAll(match -> {
            String name = match.group(1);
            String value = parameters.stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .map(ParameterValue::effective)
                    .orElse(match.group(2).strip());
            return Matcher.quoteReplacement(value);
        });
        return localDescription == null || localDescription.isBlank()
                ? filled
                : filled + "\n\n" + localDescription.strip();
    }
}
