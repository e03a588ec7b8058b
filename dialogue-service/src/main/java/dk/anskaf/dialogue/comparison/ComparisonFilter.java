package dk.anskaf.dialogue.comparison;

import dk.anskaf.platform.errors.ApiProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The comparison's query parameters, read once and refused with a 400 that names the parameter:
 * {@code priority} (repeated or comma-separated: OPTIONAL, NORMAL, HIGH, ABSOLUTE), {@code category}
 * (repeated; each must be a category of the dialogue, checked by {@link ComparisonQueries}) and
 * {@code weight.<PRIORITY>} (a number from 0 to 100 with at most two decimals, comma or point). Empty
 * values count as not given, as an HTML form sends its blank fields.
 */
record ComparisonFilter(Set<String> priorities, Set<String> categories, Map<String, BigDecimal> weights) {

    static final List<String> PRIORITIES = List.of("OPTIONAL", "NORMAL", "HIGH", "ABSOLUTE");
    private static final String WEIGHT = "weight.";
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    /** What the comparison was filtered by, echoed in the answer; empty lists mean everything. */
    public record Applied(List<String> priorities, List<String> categories) {}

    static ComparisonFilter of(MultiValueMap<String, String> params) {
        Set<String> priorities = new LinkedHashSet<>();
        for (String value : values(params, "priority")) {
            for (String priority : value.split(",")) {
                String name = priority.strip();
                if (!PRIORITIES.contains(name)) {
                    throw ApiProblemException.invalidField(
                            "priority", "Prioritet skal være OPTIONAL, NORMAL, HIGH eller ABSOLUTE");
                }
                priorities.add(name);
            }
        }
        Set<String> categories = new LinkedHashSet<>(values(params, "category"));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String key : params.keySet()) {
            if (!key.startsWith(WEIGHT)) {
                continue;
            }
            String priority = key.substring(WEIGHT.length());
            if (!PRIORITIES.contains(priority)) {
                throw ApiProblemException.invalidField(
                        key, "Vægte gives som weight.OPTIONAL, weight.NORMAL, weight.HIGH og weight.ABSOLUTE");
            }
            List<String> given = values(params, key);
            if (given.size() > 1) {
                throw ApiProblemException.invalidField(key, "Giv højst én vægt pr. prioritet");
            }
            if (!given.isEmpty()) {
                weights.put(priority, weight(key, given.getFirst()));
            }
        }
        return new ComparisonFilter(Set.copyOf(priorities), Set.copyOf(categories), weights);
    }

    boolean keeps(String priority, String category) {
        return (priorities.isEmpty() || priorities.contains(priority))
                && (categories.isEmpty() || categories.contains(category));
    }

    boolean scored() {
        return !weights.isEmpty();
    }

    Applied applied() {
        List<String> shownPriorities =
                PRIORITIES.stream().filter(priorities::contains).toList();
        return new Applied(shownPriorities, categories.stream().sorted().toList());
    }

    private static BigDecimal weight(String key, String text) {
        BigDecimal weight;
        try {
            weight = new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ApiProblemException.invalidField(key, "Vægten skal være et tal fra 0 til 100");
        }
        if (weight.signum() < 0
                || weight.compareTo(MAX_WEIGHT) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            throw ApiProblemException.invalidField(key, "Vægten skal være et tal fra 0 til 100 med højst to decimaler");
        }
        return weight.stripTrailingZeros();
    }

    /** The parameter's non-blank values. */
    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
