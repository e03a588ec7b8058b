package dk.anskaf.portal.dialogue.review;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.ElaborationRequest;
import dk.anskaf.dialogue.client.ReviewInput;
import dk.anskaf.dialogue.client.SupplierAnswers;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.dialogue.Refusals;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Besvarelser and one supplier's answers ({@code /markedsdialoger/{id}/besvarelser/**}; purchasers and
 * editors only, as every page under {@code /markedsdialoger}). A refused form comes back with the
 * service's reason next to the field and what was typed kept.
 */
@Controller
class ReviewPages {

    /** "Status og bemærkning" of one answer as posted; {@code version} is the review's as read. */
    record ReviewForm(
            @Nullable String status,
            @Nullable String comment,
            @Nullable Integer version) {}

    /** The elaboration request as posted. */
    record ElaborationForm(@Nullable String message) {}

    static final List<String> REVIEW_FIELDS = List.of("status", "comment");
    static final List<String> ELABORATION_FIELDS = List.of("message");

    private final DialogueClient dialogues;
    private final Refusals refusals;

    ReviewPages(DialogueClient dialogues, Refusals refusals) {
        this.dialogues = dialogues;
        this.refusals = refusals;
    }

    @GetMapping("/markedsdialoger/{id}/besvarelser")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("sets", dialogues.answerSets(id));
        return "markedsdialog/besvarelser";
    }

    @GetMapping("/markedsdialoger/{id}/besvarelser/{answerSetId}")
    String answers(
            @PathVariable long id,
            @PathVariable UUID answerSetId,
            @RequestParam(required = false) @Nullable String besked,
            Model model) {
        return page(model, id, answerSetId, besked, Map.of(), null, null, null);
    }

    @PostMapping("/markedsdialoger/{id}/besvarelser/{answerSetId}/status/{requirementId}")
    String review(
            @PathVariable long id,
            @PathVariable UUID answerSetId,
            @PathVariable long requirementId,
            @ModelAttribute ReviewForm form,
            Model model) {
        try {
            dialogues.review(
                    id,
                    answerSetId,
                    requirementId,
                    "\"" + (form.version() == null ? 0 : form.version()) + "\"",
                    new ReviewInput(form.status(), form.comment()));
            return "redirect:/markedsdialoger/" + id + "/besvarelser/" + answerSetId + "?besked=status#krav-"
                    + requirementId;
        } catch (ServiceProblemException.PreconditionFailed stale) {
            return page(
                    model, id, answerSetId, null, Map.of("", refusals.text("review.stale")), requirementId, form, null);
        } catch (ServiceProblemException refused) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            refusals.onForm(refused, REVIEW_FIELDS)
                    .forEach((field, text) -> errors.put(field.isEmpty() ? "" : field + "-" + requirementId, text));
            return page(model, id, answerSetId, null, errors, requirementId, form, null);
        }
    }

    @PostMapping("/markedsdialoger/{id}/besvarelser/{answerSetId}/uddybning")
    String requestElaboration(
            @PathVariable long id, @PathVariable UUID answerSetId, @ModelAttribute ElaborationForm form, Model model) {
        try {
            dialogues.requestElaboration(id, answerSetId, new ElaborationRequest(form.message()));
            return "redirect:/markedsdialoger/" + id + "/besvarelser/" + answerSetId + "?besked=uddybning";
        } catch (ServiceProblemException refused) {
            return page(model, id, answerSetId, null, refusals.onForm(refused, ELABORATION_FIELDS), null, null, form);
        }
    }

    private String page(
            Model model,
            long id,
            UUID answerSetId,
            @Nullable String notice,
            Map<String, String> errors,
            @Nullable Long typedFor,
            @Nullable ReviewForm typed,
            @Nullable ElaborationForm elaboration) {
        SupplierAnswers answers = dialogues.supplierAnswers(id, answerSetId);
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("answers", answers);
        Map<Long, String> kravIds = new java.util.HashMap<>();
        answers.answers().forEach(a -> kravIds.put(a.requirementId(), a.kravId()));
        model.addAttribute("kravIds", kravIds);
        model.addAttribute("notice", notice);
        model.addAttribute("errors", errors);
        model.addAttribute("typedFor", typedFor);
        model.addAttribute("typed", typed);
        model.addAttribute("elaboration", elaboration == null ? new ElaborationForm("") : elaboration);
        model.addAttribute(
                "statuses", List.of("NONE", "ACCEPTED", "ACCEPTED_WITH_COMMENT", "REJECTED", "ELABORATION_NEEDED"));
        model.addAttribute("canRequestElaboration", "FINISHED".equals(answers.status()));
        return "markedsdialog/besvarelse";
    }
}
