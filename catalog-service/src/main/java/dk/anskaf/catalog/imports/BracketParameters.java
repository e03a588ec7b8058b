package dk.anskaf.catalog.imports;

import dk.anskaf.catalog.requirement.Parameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incumbent's texts mark values to set with square brackets ("[4 timer]", "[x mdr.]"), but brackets
 * also cite documents ("[bilag 3]"), so they are only proposed as parameters and the user
 * accepts them per row. An accepted value becomes {@code {{parameter_1|4 timer|timer}}}: default the
 * bracketed text, unit what follows its leading number or "x".
 */
final class BracketParameters {

    /** What fits a parameter marker's default: no brackets, braces or bars, at most 100 characters. */
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]{}|\\n]{1,100})]");

    private static final Pattern LEADING_AMOUNT =
            Pattern.compile("^(?:\\d+(?:[.,]\\d+)?|x)\\s*", Pattern.CASE_INSENSITIVE);

    private BracketParameters() {}

    static List<String> propose(String text) {
        List<String> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        Matcher matcher = BRACKETED.matcher(text);
        while (matcher.find()) {
            if (!matcher.group(1).isBlank()) {
                values.add(matcher.group(1).strip());
            }
        }
        return values;
    }

    static String accept(String text) {
        Set<String> taken = new HashSet<>();
        Parameters.of(text).forEach(p -> taken.add(p.name()));
        int[] next = {1};
        return BRACKETED.matcher(text).replaceAll(match -> {
            String value = match.group(1).strip();
            if (value.isEmpty()) {
                return Matcher.quoteReplacement(match.group());
            }
            String name;
            do {
                name = "parameter_" + next[0]++;
            } while (!taken.add(name));
            String unit = LEADING_AMOUNT.matcher(value).replaceFirst("");
            unit = unit.length() > 40 ? unit.substring(0, 40) : unit;
            return Matcher.quoteReplacement("{{" + name + "|" + value + "|" + unit + "}}");
        });
    }
}
