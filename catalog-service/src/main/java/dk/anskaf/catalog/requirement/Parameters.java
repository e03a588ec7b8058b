package dk.anskaf.catalog.requirement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameters in requirement texts: values the purchaser sets per dialogue. An editor marks one explicitly as
 * {@code {{name|default|unit}}}, e.g. {@code {{restore_tid|4 timer|timer}}}. Plain square brackets, which
 * also refer to documents ("[bilag 3]"), are never parameters. Dialogues fill the values; until then the
 * text renders with the defaults.
 */
public final class Parameters {

    private static final Pattern MARKER =
            Pattern.compile("\\{\\{\\s*([a-z0-9_æøå]{1,40})\\s*\\|([^|{}]{0,100})\\|([^|{}]{0,40})}}");

    private Parameters() {}

    /** One parameter of a text. */
    public record Parameter(String name, String defaultValue, String unit) {}

    public static List<Parameter> of(String text) {
        List<Parameter> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            Parameter parameter = new Parameter(
                    matcher.group(1), matcher.group(2).strip(), matcher.group(3).strip());
            if (found.stream().noneMatch(p -> p.name().equals(parameter.name()))) {
                found.add(parameter);
            }
        }
        return found;
    }

    /** The text with every parameter replaced by its default value. */
    public static String renderWithDefaults(String text) {
        if (text == null) {
            return null;
        }
        return MARKER.matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(match.group(2).strip()));
    }
}
