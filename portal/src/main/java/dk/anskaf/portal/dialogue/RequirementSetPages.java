package dk.anskaf.portal.dialogue;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.client.ServiceProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editing a draft's requirement set (DOMAIN.md §5.5, §5.6, §3.11): the candidate list with search and
 * 100 per page, adding the checked ones, a free-text requirement, per requirement its priority, text and
 * parameter values, and removing it. dialogue-service refuses all of it outside Udkast (409); the form
 * then shows why, with what was typed.
 */
@Controller
class RequirementSetPages {

    /** §5.5: the incumbent shows 100 rows per page. */
    static final int PAGE_SIZE = 100;

    static final String NOTHING_CHOSEN = "dialogue.error.nothingChosen";
    private static final List<String> FREE_TEXT_FIELDS = List.of("name", "category", "priority", "description");
    /** Parameter fields are named after the parameter: {@code parameter.restore_tid}. */
    static final String PARAMETER = "parameter.";

    private final DialogueClient dialogues;
    private final CatalogClient catalog;
    private final Refusals refusals;
    private final DialogueView view;

    RequirementSetPages(DialogueClient dialogues, CatalogClient catalog, Refusals refusals, DialogueView view) {
        this.dialogues = dialogues;
        this.catalog = catalog;
        this.refusals = refusals;
        this.view = view;
    }

    /** @param page from 0 */
    @GetMapping("/markedsdialoger/{id}/tilfoej")
    String candidates(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return candidatePage(model, id, q, Math.max(0, page), List.of(), Map.of());
    }

    /** Copies each checked candidate into the draft; stops at the first refusal and says why. */
    @PostMapping("/markedsdialoger/{id}/tilfoej")
    String add(
            @PathVariable long id,
            @RequestParam(name = "catalogRequirementId", required = false) @Nullable List<Long> chosen,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (chosen == null || chosen.isEmpty()) {
            return candidatePage(model, id, q, page, List.of(), Map.of("candidates", refusals.text(NOTHING_CHOSEN)));
        }
        for (int i = 0; i < chosen.size(); i++) {
            try {
                dialogues.addRequirement(id, new DialogueClient.RequirementChoice(chosen.get(i)));
            } catch (ServiceProblemException refused) {
                Map<String, String> errors = new LinkedHashMap<>();
                refusals.onForm(refused, List.of()).values().forEach(message -> errors.put("candidates", message));
                return candidatePage(model, id, q, page, chosen.subList(i, chosen.size()), errors);
            }
        }
        return "redirect:/markedsdialoger/" + id + "?besked=tilfoejet";
    }

    @GetMapping("/markedsdialoger/{id}/fritekst")
    String freeTextForm(@PathVariable long id, Model model) {
        return freeTextPage(model, id, new DialogueClient.FreeTextRequirement("", "", "NORMAL", ""), Map.of());
    }

    @PostMapping("/markedsdialoger/{id}/fritekst")
    String addFreeText(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable String description,
            Model model) {
        DialogueClient.FreeTextRequirement typed =
                new DialogueClient.FreeTextRequirement(name, category, priority, description);
        try {
            dialogues.addFreeText(id, typed);
            return "redirect:/markedsdialoger/" + id + "?besked=fritekst";
        } catch (ServiceProblemException refused) {
            return freeTextPage(model, id, typed, refusals.onForm(refused, FREE_TEXT_FIELDS));
        }
    }

    @GetMapping("/markedsdialoger/{id}/krav/{requirementId}")
    String editForm(@PathVariable long id, @PathVariable long requirementId, Model model) {
        DialogueClient.DialogueRequirement requirement = requirement(id, requirementId);
        Map<String, String> values = new LinkedHashMap<>();
        requirement.parameters().forEach(p -> values.put(p.name(), p.value() == null ? "" : p.value()));
        return editPage(model, id, requirement, requirement.priority(), requirement.description(), values, Map.of());
    }

    /**
     * Blank parameter values mean the parameter's default (sent as null); a field the form did not show is
     * sent as the requirement has it.
     */
    @PostMapping("/markedsdialoger/{id}/krav/{requirementId}")
    String edit(
            @PathVariable long id,
            @PathVariable long requirementId,
            @RequestParam Map<String, String> form,
            Model model) {
        DialogueClient.DialogueRequirement requirement = requirement(id, requirementId);
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(PARAMETER)) {
                values.put(field.substring(PARAMETER.length()), value);
            }
        });
        Map<String, @Nullable String> sent = new LinkedHashMap<>();
        values.forEach((name, value) -> sent.put(name, value.isBlank() ? null : value.strip()));
        // A dialogue that hides priorities has no priority field: the requirement keeps the one it has.
        String priority = form.getOrDefault("priority", requirement.priority());
        String description = form.getOrDefault("description", requirement.description());
        try {
            dialogues.editRequirement(
                    id, requirementId, new DialogueClient.RequirementEdit(priority, description, sent));
            return "redirect:/markedsdialoger/" + id + "?besked=gemt";
        } catch (ServiceProblemException refused) {
            List<String> order = new java.util.ArrayList<>(List.of("priority", "description"));
            values.keySet().forEach(name -> order.add(PARAMETER + name));
            Map<String, String> errors = new LinkedHashMap<>();
            // The service names a parameter parameterValues.<name> (or the whole map); the form, parameter.<name>.
            refusals.onForm(refused, order)
                    .forEach((field, message) -> errors.putIfAbsent(
                            field.startsWith("parameterValues.")
                                    ? PARAMETER + field.substring("parameterValues.".length())
                                    : field,
                            message));
            return editPage(model, id, requirement, priority, description, values, errors);
        }
    }

    @PostMapping("/markedsdialoger/{id}/krav/{requirementId}/fjern")
    String remove(@PathVariable long id, @PathVariable long requirementId, Model model) {
        try {
            dialogues.removeRequirement(id, requirementId);
            return "redirect:/markedsdialoger/" + id + "?besked=fjernet";
        } catch (ServiceProblemException refused) {
            return view.page(model, id, null, refusals.onForm(refused, List.of()));
        }
    }

    private DialogueClient.DialogueRequirement requirement(long id, long requirementId) {
        return dialogues.requirements(id).stream()
                .filter(r -> r.id() == requirementId)
                .findFirst()
                .orElseThrow(() -> ServiceProblemException.of(404, null));
    }

    private String candidatePage(
            Model model, long id, @Nullable String q, int page, List<Long> chosen, Map<String, String> errors) {
        DialogueClient.CandidatePage candidates = dialogues.candidates(id, blankToNull(q), page, PAGE_SIZE);
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("candidates", candidates);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (candidates.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/tilfoej");
        return "markedsdialog/candidates";
    }

    private String freeTextPage(
            Model model, long id, DialogueClient.FreeTextRequirement typed, Map<String, String> errors) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("typed", typed);
        model.addAttribute("categories", catalog.classifications().categories());
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/fritekst");
        return "markedsdialog/freetext";
    }

    private String editPage(
            Model model,
            long id,
            DialogueClient.DialogueRequirement requirement,
            @Nullable String priority,
            @Nullable String description,
            Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("requirement", requirement);
        model.addAttribute("priority", priority);
        model.addAttribute("description", description == null ? "" : description);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/krav/" + requirement.id());
        return "markedsdialog/requirement";
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
