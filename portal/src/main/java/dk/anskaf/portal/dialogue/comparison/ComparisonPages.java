package dk.anskaf.portal.dialogue.comparison;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.DialogueComparison;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.ServiceErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Sammenligning": one dialogue's requirements against its suppliers' answers, filtered by a GET form (so
 * a filtered view is a link that can be shared or printed), with the summary per supplier, the optional
 * weights and a link to the same view as .xlsx. {@code print=true} gives the same content without the
 * portal's frame, for printing. A filter or weight dialogue-service refuses comes back at its field, with
 * the unfiltered comparison underneath.
 */
@Controller
class ComparisonPages {

    static final List<String> PRIORITIES = List.of("ABSOLUTE", "HIGH", "NORMAL", "OPTIONAL");
    static final List<String> CHOICES = List.of("JA", "JA_TILKOEB", "JA_DELVIST", "NEJ", "IKKE_RELEVANT", "UNANSWERED");

    private final DialogueClient dialogues;
    private final MessageSource messages;

    ComparisonPages(DialogueClient dialogues, MessageSource messages) {
        this.dialogues = dialogues;
        this.messages = messages;
    }

    @GetMapping("/markedsdialoger/{id}/sammenligning")
    String comparison(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "print", defaultValue = "false") boolean print,
            Model model) {
        ComparisonChoice chosen = ComparisonChoice.of(params);
        Map<String, String> errors = Map.of();
        DialogueComparison comparison;
        try {
            comparison = dialogues.comparison(
                    id, orNull(chosen.priorities()), orNull(chosen.categories()), chosen.weightParams());
        } catch (ServiceProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            errors = refused.messagesByField(fields(), ServiceErrors.REFUSED);
            comparison = dialogues.comparison(id, null, null, Map.of());
        }
        model.addAttribute("dialogue", comparison);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("priorities", PRIORITIES);
        model.addAttribute("choices", CHOICES);
        model.addAttribute("breakdowns", breakdowns(comparison));
        String base = "/markedsdialoger/" + id + "/sammenligning";
        model.addAttribute("currentPath", base);
        model.addAttribute("xlsxHref", link("/api/v1/dialogues/" + id + "/comparison.xlsx", chosen, false));
        model.addAttribute("printHref", link(base, chosen, true));
        model.addAttribute("screenHref", link(base, chosen, false));
        return print ? "markedsdialog/comparison-print" : "markedsdialog/comparison";
    }

    /**
     * Per supplier and choice, its count by priority in words ("Mindstekrav 1, Krav 2"), the priorities
     * without answers of that choice left out: answer set → choice → text ("" for none).
     */
    private Map<UUID, Map<String, String>> breakdowns(DialogueComparison comparison) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, Map<String, String>> breakdowns = new HashMap<>();
        for (DialogueComparison.Supplier supplier : comparison.suppliers()) {
            Map<String, String> byChoice = new HashMap<>();
            supplier.summary().byChoiceAndPriority().forEach((choice, counts) -> {
                List<String> parts = new ArrayList<>();
                for (String priority : PRIORITIES) {
                    int count = counts.getOrDefault(priority, 0);
                    if (count > 0) {
                        parts.add(
                                messages.getMessage("krav.priority." + priority, null, priority, locale) + " " + count);
                    }
                }
                byChoice.put(choice, String.join(", ", parts));
            });
            breakdowns.put(supplier.answerSetId(), byChoice);
        }
        return breakdowns;
    }

    /** Null for none: Feign sends an empty list as a parameter without a value. */
    private static @Nullable List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    /** The form's fields in the order it shows them, for the error summary. */
    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("priority", "category"));
        PRIORITIES.forEach(priority -> fields.add("weight." + priority));
        return fields;
    }

    /** The same choice as a link, encoded once (the xlsx and the printable view show what the page shows). */
    private static String link(String path, ComparisonChoice chosen, boolean print) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        chosen.priorities().forEach(priority -> uri.queryParam("priority", priority));
        chosen.categories().forEach(category -> uri.queryParam("category", category));
        chosen.weightParams().forEach(uri::queryParam);
        if (print) {
            uri.queryParam("print", "true");
        }
        return uri.encode().build().toUriString();
    }

    /**
     * What the purchaser asked for, as typed (the form shows it again; dialogue-service judges it).
     *
     * @param weights priority → the weight as typed, blank ones left out
     */
    record ComparisonChoice(List<String> priorities, List<String> categories, Map<String, String> weights) {

        static ComparisonChoice of(MultiValueMap<String, String> params) {
            Map<String, String> weights = new LinkedHashMap<>();
            for (String priority : PRIORITIES) {
                String weight = params.getFirst("weight." + priority);
                if (weight != null && !weight.isBlank()) {
                    weights.put(priority, weight.strip());
                }
            }
            return new ComparisonChoice(nonBlank(params.get("priority")), nonBlank(params.get("category")), weights);
        }

        boolean weighted() {
            return !weights.isEmpty();
        }

        Map<String, String> weightParams() {
            Map<String, String> params = new LinkedHashMap<>();
            weights.forEach((priority, weight) -> params.put("weight." + priority, weight));
            return params;
        }

        private static List<String> nonBlank(List<String> values) {
            return values == null
                    ? List.of()
                    : values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .distinct()
                            .toList();
        }
    }
}
