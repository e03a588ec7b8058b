package dk.anskaf.portal.supplier;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.DialogueClient.SupplierDialogue;
import dk.anskaf.dialogue.client.DialogueClient.SupplierRequirement;
import dk.anskaf.platform.client.ServiceProblemException;
import jakarta.servlet.http.HttpServletResponse;
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
 * Answering one requirement at a time (DOMAIN.md §5.9.3): the requirement as the dialogue froze it, "Kan
 * jeres løsning imødekomme kravet?", Uddybning and (when the municipality asks for prices) Pris. Every move
 * (Forrige, Gem og næste, Gem) saves first, so closing the browser loses at most the requirement on screen;
 * the page's small script also saves on change. The service checks every rule: a refusal comes back on the
 * page with what was typed, the field marked, and nothing moves.
 */
@Controller
class AnswerPages {

    private static final String BASE = "/leverandoer/markedsdialoger/";

    /** The order of the form's fields, for the error summary. */
    static final List<String> FIELDS = List.of("choice", "elaboration", "price");

    private final DialogueClient dialogues;
    private final SupplierTime time;
    private final SupplierRefusals refusals;

    AnswerPages(DialogueClient dialogues, SupplierTime time, SupplierRefusals refusals) {
        this.dialogues = dialogues;
        this.time = time;
        this.refusals = refusals;
    }

    @GetMapping(BASE + "{id}/krav/{requirementId}")
    String answerPage(
            @PathVariable long id,
            @PathVariable long requirementId,
            @RequestParam(required = false) @Nullable String besked,
            Model model) {
        model.addAttribute("notice", "gemt".equals(besked) ? besked : null);
        return page(id, requirementId, null, Map.of(), model);
    }

    /**
     * Saves the answer, then moves.
     *
     * @param gaa where to go once saved: {@code forrige}, {@code naeste} (the last one leads back to the
     *     dialogue page) or {@code gem} (stay)
     */
    @PostMapping(BASE + "{id}/krav/{requirementId}")
    String answer(
            @PathVariable long id,
            @PathVariable long requirementId,
            @RequestParam(required = false) @Nullable String choice,
            @RequestParam(required = false) @Nullable String elaboration,
            @RequestParam(required = false) @Nullable String price,
            @RequestParam(required = false) @Nullable String gaa,
            Model model,
            HttpServletResponse response) {
        AnswerForm form = AnswerForm.typed(choice, elaboration, price);
        if (!form.untouched()) {
            try {
                dialogues.answer(id, requirementId, form.toInput());
            } catch (ServiceProblemException refused) {
                if (refused.unavailable() || refused instanceof ServiceProblemException.NotFound) {
                    throw refused;
                }
                response.setStatus(refused.status());
                // The language switch must show the page, not send the answer again.
                model.addAttribute("currentPath", BASE + id + "/krav/" + requirementId);
                return page(id, requirementId, form, refusals.of(refused, FIELDS), model);
            }
        }
        List<SupplierRequirement> requirements = dialogues.supplierRequirements(id);
        int at = indexOf(requirements, requirementId);
        if ("forrige".equals(gaa) && at > 0) {
            return "redirect:" + BASE + id + "/krav/" + requirements.get(at - 1).requirementId();
        }
        if ("naeste".equals(gaa)) {
            return at + 1 < requirements.size()
                    ? "redirect:" + BASE + id + "/krav/"
                            + requirements.get(at + 1).requirementId()
                    : "redirect:" + BASE + id + "?besked=gemt";
        }
        return "redirect:" + BASE + id + "/krav/" + requirementId + "?besked=gemt";
    }

    /** @param typed what the user sent, or null to show the saved answer */
    private String page(
            long id, long requirementId, @Nullable AnswerForm typed, Map<String, String> errors, Model model) {
        SupplierDialogue dialogue = dialogues.supplierDialogue(id);
        List<SupplierRequirement> requirements = dialogues.supplierRequirements(id);
        int at = indexOf(requirements, requirementId);
        if (at < 0) {
            throw ServiceProblemException.of(404, null);
        }
        SupplierRequirement requirement = requirements.get(at);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("answering", Answering.of(dialogue, time));
        model.addAttribute("requirement", requirement);
        model.addAttribute("number", at + 1);
        model.addAttribute("previous", at > 0 ? requirements.get(at - 1).requirementId() : null);
        model.addAttribute(
                "next", at + 1 < requirements.size() ? requirements.get(at + 1).requirementId() : null);
        model.addAttribute("form", typed != null ? typed : AnswerForm.of(requirement.answer()));
        model.addAttribute("choices", AnswerForm.CHOICES);
        model.addAttribute("errors", errors);
        return "leverandoer/answer";
    }

    private static int indexOf(List<SupplierRequirement> requirements, long requirementId) {
        for (int i = 0; i < requirements.size(); i++) {
            if (requirements.get(i).requirementId() == requirementId) {
                return i;
            }
        }
        return -1;
    }
}
