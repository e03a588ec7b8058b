package dk.anskaf.portal.dialogue;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.client.ServiceProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Guidet forløb" (DOMAIN.md §5.4): one step per filter of the catalogue with its question, Ja / Nej /
 * Ved ikke (Ved ikke chosen), back and next; then the answers to check, and only then the post that copies
 * the selection into the dialogue. The steps are plain GET forms carrying the answers so far, so the
 * browser's back button and the keyboard work as anywhere else. The result page says n of m and, per
 * requirement, why it was selected.
 */
@Controller
class GuidedPages {

    static final String BAD_ANSWER = "dialogue.error.answer";

    private final DialogueClient dialogues;
    private final CatalogClient catalog;
    private final Refusals refusals;
    private final MessageSource messages;

    GuidedPages(DialogueClient dialogues, CatalogClient catalog, Refusals refusals, MessageSource messages) {
        this.dialogues = dialogues;
        this.catalog = catalog;
        this.refusals = refusals;
        this.messages = messages;
    }

    /** @param trin the step, 1 … number of questions; one past the last shows the answers to check */
    @GetMapping("/markedsdialoger/{id}/guidet")
    String step(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") int trin,
            @RequestParam Map<String, String> parameters,
            Model model) {
        List<CatalogClient.Named> filters = catalog.classifications().filters();
        GuidedAnswersForm answers = GuidedAnswersForm.read(filters, parameters);
        int step = Math.clamp(trin, 1, filters.size() + 1);
        return page(model, id, filters, answers, step, Map.of());
    }

    @PostMapping("/markedsdialoger/{id}/guidet")
    String select(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model) {
        List<CatalogClient.Named> filters = catalog.classifications().filters();
        GuidedAnswersForm answers = GuidedAnswersForm.read(filters, parameters);
        if (!answers.invalid().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            answers.invalid().forEach(filter -> errors.put(GuidedAnswersForm.name(filter), refusals.text(BAD_ANSWER)));
            return page(model, id, filters, answers, filters.size() + 1, errors);
        }
        DialogueClient.GuidedResult result;
        try {
            result = dialogues.guidedSelection(id, new DialogueClient.GuidedAnswers(answers.answers()));
        } catch (ServiceProblemException refused) {
            return page(model, id, filters, answers, filters.size() + 1, refusals.onForm(refused, List.of()));
        }
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("result", result);
        model.addAttribute("why", why(result.requirements(), filters, answers));
        model.addAttribute("currentPath", "/markedsdialoger/" + id); // the language switch must not repeat the post
        return "markedsdialog/result";
    }

    /**
     * "Nej tak, jeg klarer det selv": as in the incumbent, only the municipality's favourites are added
     * (§5.3), which is what the selection gives when every question is answered Nej. A dialogue that
     * already has requirements keeps them.
     */
    @PostMapping("/markedsdialoger/{id}/selv")
    String manual(@PathVariable long id) {
        try {
            dialogues.guidedSelection(
                    id,
                    new DialogueClient.GuidedAnswers(
                            GuidedAnswersForm.allNo(catalog.classifications().filters())));
            return "redirect:/markedsdialoger/" + id + "?besked=valgt";
        } catch (ServiceProblemException.Conflict alreadyChosen) {
            return "redirect:/markedsdialoger/" + id;
        }
    }

    private String page(
            Model model,
            long id,
            List<CatalogClient.Named> filters,
            GuidedAnswersForm answers,
            int step,
            Map<String, String> errors) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("filters", filters);
        model.addAttribute("answers", answers);
        model.addAttribute("step", step);
        model.addAttribute("current", step <= filters.size() ? filters.get(step - 1) : null);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/guidet");
        return "markedsdialog/guided";
    }

    /** Why each requirement was selected, in words: "Du svarede Ja til: …", "Gælder alle filtre", "Favorit". */
    private Map<Long, List<String>> why(
            List<DialogueClient.DialogueRequirement> requirements,
            List<CatalogClient.Named> filters,
            GuidedAnswersForm answers) {
        Map<Long, List<String>> why = new LinkedHashMap<>();
        for (DialogueClient.DialogueRequirement requirement : requirements) {
            why.put(
                    requirement.id(),
                    requirement.reasons().stream()
                            .map(reason -> reason(reason, filters, answers))
                            .toList());
        }
        return why;
    }

    private String reason(String reason, List<CatalogClient.Named> filters, GuidedAnswersForm answers) {
        if (reason.startsWith("filter:")) {
            Integer filterId = filterId(reason.substring("filter:".length()));
            CatalogClient.Named filter = filters.stream()
                    .filter(f -> filterId != null && f.id() == filterId)
                    .findFirst()
                    .orElse(null);
            if (filter != null) {
                String answer = message("dialogue.guided.answer." + answers.answer(filter.id()));
                String question =
                        filter.question() == null || filter.question().isBlank() ? filter.name() : filter.question();
                return message("dialogue.reason.filter", answer, question);
            }
        }
        String known = messages.getMessage("dialogue.reason." + reason, null, null, LocaleContextHolder.getLocale());
        return known != null ? known : reason;
    }

    private static @Nullable Integer filterId(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
