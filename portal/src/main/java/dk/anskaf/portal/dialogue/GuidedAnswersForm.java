package dk.anskaf.portal.dialogue;

import dk.anskaf.catalog.client.CatalogClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of the guided questions as the steps carry them from page to page (the portal keeps no
 * session): one parameter {@code f<filter id>} per question, JA, NEJ or VED_IKKE. "Ved ikke" is the
 * default and counts as yes (DOMAIN.md §5.4).
 *
 * @param answers filter id → answer, in the catalogue's order of the filters, one for every filter
 * @param invalid filters whose parameter held something other than the three answers
 */
public record GuidedAnswersForm(Map<Integer, String> answers, List<Integer> invalid) {

    static final String DEFAULT = "VED_IKKE";
    static final Set<String> CHOICES = Set.of("JA", "NEJ", DEFAULT);

    /** Reads the answers to {@code filters} from request parameters; a missing one is the default. */
    static GuidedAnswersForm read(List<CatalogClient.Named> filters, Map<String, String> parameters) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        List<Integer> invalid = new java.util.ArrayList<>();
        for (CatalogClient.Named filter : filters) {
            String given = parameters.get(name(filter.id()));
            if (given == null || given.isBlank()) {
                answers.put(filter.id(), DEFAULT);
            } else if (CHOICES.contains(given)) {
                answers.put(filter.id(), given);
            } else {
                answers.put(filter.id(), DEFAULT);
                invalid.add(filter.id());
            }
        }
        return new GuidedAnswersForm(answers, List.copyOf(invalid));
    }

    /** Every filter answered Nej: only the municipality's favourites remain ("Nej tak, jeg klarer det selv"). */
    static Map<Integer, String> allNo(List<CatalogClient.Named> filters) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        filters.forEach(filter -> answers.put(filter.id(), "NEJ"));
        return answers;
    }

    static String name(int filterId) {
        return "f" + filterId;
    }

    /** The answers as query parameters ({@code f3=JA&f5=VED_IKKE}); names and values need no escaping. */
    public String query() {
        return answers.entrySet().stream()
                .map(answer -> name(answer.getKey()) + "=" + answer.getValue())
                .collect(java.util.stream.Collectors.joining("&"));
    }

    public String answer(int filterId) {
        return answers.getOrDefault(filterId, DEFAULT);
    }
}
